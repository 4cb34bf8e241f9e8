/* store_int.h: what the store's files share and nobody else sees: the
 * connection struct and the helpers for statements, errors and transactions. */
#ifndef CONCLAB_STORE_INT_H
#define CONCLAB_STORE_INT_H

#include <sys/types.h>
#include <sqlite3.h>

#include "store/store.h"

/* How long a connection waits for another conclab's lock, in ms. */
#define BUSY_TIMEOUT_MS 10000

struct store {
    sqlite3 *db;      /* the connection */
    char *path;       /* the file, as given (sqlite3_malloc'd) */
    int tx_depth;     /* nesting of store_begin */
    int tx_failed;    /* a write inside the open transaction failed */
    char err[768];    /* last failure: "PATH: what is wrong" */
    dev_t dev;        /* the file's device and inode, once registered as */
    ino_t ino;        /* open in this process (store.c) */
    store *next_open; /* the next store open in this process, or NULL */
    int registered;   /* 1: on the open list */
};

/* Records "PATH: message" as the last failure; returns STORE_ERROR. */
int store_fail(store *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A reader's words for what SQLite's result code means, or NULL. */
const char *store_code_words(int code);

/* Vets the file at path before SQLite opens it for writing (store_check.c):
 * makes missing folders (*fresh set: no file yet), checks the folder can
 * hold a -wal file, the header, the file's permissions, and, when no -wal
 * file says it is in use, its health via an immutable connection (*checked
 * set), all under a reader's lock. Returns STORE_OK or STORE_ERROR with the
 * problem recorded. */
int store_check_file(store *s, const char *path, int *fresh, int *checked);

/* PRAGMA quick_check and "is this conclab's schema" on db. */
int store_check_db(store *s, sqlite3 *db);

/* Records "PATH: what: SQLite's message" for the connection's last error. */
int store_fail_sql(store *s, const char *what);

/* Prepares sql; NULL (failure recorded) on error. */
sqlite3_stmt *store_prepare(store *s, const char *sql);

/* Steps a write statement to completion and finalizes it. Returns STORE_OK
 * or STORE_ERROR (recorded with what). */
int store_exec_stmt(store *s, sqlite3_stmt *st, const char *what);

/* Finishes a read loop: finalizes st; rc is the last sqlite3_step result. */
int store_finish_read(store *s, sqlite3_stmt *st, int rc, const char *what);

/* Binds text without copying (the caller keeps it alive until the step). */
int store_bind_text(sqlite3_stmt *st, int index, const char *text);

/* Ends the transaction a write function began around its work, whose
 * status is rc: rolls back when rc is STORE_ERROR, else commits (or leaves
 * it to the caller's outer transaction). Returns rc, or STORE_ERROR when the
 * commit failed. */
int store_end_write(store *s, int rc);

/* Binds the eight card columns starting at index first. */
int store_bind_card(sqlite3_stmt *st, int first, const fsrs_card *c);

/* Reads the eight card columns starting at column first. */
void store_column_card(sqlite3_stmt *st, int first, fsrs_card *c);

#endif
