/* store.c: the connection to the progress database: opening it (after
 * store_check.c has vetted the file) with a busy timeout, foreign keys, WAL
 * and the migrations; transactions; and the statement and error helpers the
 * other store files share. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "store/store_int.h"


int store_fail(store *s, const char *fmt, ...)
{
    va_list ap;
    int n = snprintf(s->err, sizeof s->err, "%s: ", s->path ? s->path : "database");
    if (n < 0 || (size_t)n >= sizeof s->err)
        n = 0;
    va_start(ap, fmt);
    vsnprintf(s->err + n, sizeof s->err - (size_t)n, fmt, ap);
    va_end(ap);
    return STORE_ERROR;
}

const char *store_code_words(int code)
{
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return "the database is busy (another conclab holds it too long)";
    case SQLITE_NOMEM:
        return "out of memory";
    case SQLITE_READONLY:
        return "the database cannot be written";
    case SQLITE_CORRUPT:
        return "the database is corrupt";
    case SQLITE_NOTADB:
        return "not an SQLite database";
    case SQLITE_FULL:
        return "the disk is full";
    case SQLITE_IOERR:
        return "input/output error";
    case SQLITE_CANTOPEN:
        return "cannot open the database";
    default:
        return NULL;
    }
}

int store_fail_sql(store *s, const char *what)
{
    int code = s->db ? sqlite3_extended_errcode(s->db) : SQLITE_NOMEM;
    const char *words = store_code_words(code);
    const char *msg = s->db ? sqlite3_errmsg(s->db) : "out of memory";
    if (words && strcmp(words, "out of memory") != 0 && strstr(msg, "out of memory") == NULL)
        return store_fail(s, "%s: %s (%s)", what, words, msg);
    return store_fail(s, "%s: %s", what, words ? words : msg);
}

sqlite3_stmt *store_prepare(store *s, const char *sql)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
        store_fail_sql(s, "preparing a query");
        sqlite3_finalize(st);
        return NULL;
    }
    return st;
}

int store_exec_stmt(store *s, sqlite3_stmt *st, const char *what)
{
    return store_finish_read(s, st, sqlite3_step(st), what);
}

int store_finish_read(store *s, sqlite3_stmt *st, int rc, const char *what)
{
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        store_fail_sql(s, what);
        sqlite3_finalize(st);
        return STORE_ERROR;
    }
    sqlite3_finalize(st);
    return STORE_OK;
}

int store_bind_text(sqlite3_stmt *st, int index, const char *text)
{
    return sqlite3_bind_text(st, index, text ? text : "", -1, SQLITE_STATIC);
}

int store_bind_card(sqlite3_stmt *st, int first, const fsrs_card *c)
{
    int rc = sqlite3_bind_int(st, first, c->state);
    rc |= sqlite3_bind_int(st, first + 1, c->step);
    rc |= sqlite3_bind_double(st, first + 2, c->stability);
    rc |= sqlite3_bind_double(st, first + 3, c->difficulty);
    rc |= sqlite3_bind_int64(st, first + 4, c->due);
    rc |= sqlite3_bind_int64(st, first + 5, c->last_review);
    rc |= sqlite3_bind_int(st, first + 6, c->reps);
    rc |= sqlite3_bind_int(st, first + 7, c->lapses);
    return rc;
}

void store_column_card(sqlite3_stmt *st, int first, fsrs_card *c)
{
    c->state = sqlite3_column_int(st, first);
    c->step = sqlite3_column_int(st, first + 1);
    c->stability = sqlite3_column_double(st, first + 2);
    c->difficulty = sqlite3_column_double(st, first + 3);
    c->due = sqlite3_column_int64(st, first + 4);
    c->last_review = sqlite3_column_int64(st, first + 5);
    c->reps = sqlite3_column_int(st, first + 6);
    c->lapses = sqlite3_column_int(st, first + 7);
}

/* Runs one SQL text without results. */
static int exec_sql(store *s, const char *sql, const char *what)
{
    if (sqlite3_exec(s->db, sql, NULL, NULL, NULL) != SQLITE_OK)
        return store_fail_sql(s, what);
    return STORE_OK;
}

int store_begin(store *s)
{
    if (s->tx_depth == 0) {
        if (exec_sql(s, "BEGIN IMMEDIATE", "starting a write") != STORE_OK)
            return STORE_ERROR;
        s->tx_failed = 0;
    }
    s->tx_depth++;
    return STORE_OK;
}

int store_end(store *s, int rollback)
{
    if (s->tx_depth <= 0)
        return store_fail(s, "no transaction to end");
    if (rollback)
        s->tx_failed = 1;
    if (--s->tx_depth > 0)
        return rollback ? STORE_ERROR : STORE_OK;
    if (s->tx_failed) {
        /* Keep the message of the failure, not of the rollback. */
        if (sqlite3_get_autocommit(s->db) == 0)
            sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        s->tx_failed = 0;
        return STORE_ERROR;
    }
    if (exec_sql(s, "COMMIT", "saving") != STORE_OK) {
        if (sqlite3_get_autocommit(s->db) == 0)
            sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        return STORE_ERROR;
    }
    return STORE_OK;
}

int store_end_write(store *s, int rc)
{
    int end = store_end(s, rc == STORE_ERROR);
    return rc == STORE_ERROR || end != STORE_OK ? STORE_ERROR : rc;
}

const char *store_error(const store *s)
{
    return s ? s->err : "out of memory";
}

/* Reads a single integer result. */
static int query_int(store *s, const char *sql, int *out)
{
    sqlite3_stmt *st = store_prepare(s, sql);
    if (!st)
        return STORE_ERROR;
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        *out = sqlite3_column_int(st, 0);
    return store_finish_read(s, st, rc, "reading the database");
}

/* Applies the pending migrations, each in its own BEGIN IMMEDIATE
 * transaction that re-reads the version, so two processes opening a new
 * file at once apply each migration exactly once. */
static int migrate(store *s)
{
    for (;;) {
        int version = 0;
        if (query_int(s, "PRAGMA user_version", &version) != STORE_OK)
            return STORE_ERROR;
        if (version >= store_schema_version())
            return STORE_OK;
        if (store_begin(s) != STORE_OK)
            return STORE_ERROR;
        int rc = query_int(s, "PRAGMA user_version", &version);
        if (rc == STORE_OK && version < store_schema_version()) {
            char set[64];
            snprintf(set, sizeof set, "PRAGMA user_version = %d", version + 1);
            rc = exec_sql(s, store_schema_migration(version + 1), "migrating the schema");
            if (rc == STORE_OK)
                rc = exec_sql(s, set, "migrating the schema");
        }
        if (store_end_write(s, rc) != STORE_OK)
            return STORE_ERROR;
    }
}

/* Steps the journal-mode switch st until it is not refused as busy, for up
 * to the busy timeout; returns the last sqlite3_step result. Switching a
 * file still in rollback mode to WAL reads its header, then upgrades that
 * read to a write; SQLite refuses the upgrade with SQLITE_BUSY at once,
 * without calling the busy handler (waiting could deadlock), whenever
 * another connection holds the write lock: exactly what happens when
 * several conclabs create the same new file and each switches it to WAL.
 * The refusal has dropped our read lock, so trying again is safe, and the
 * other switch takes milliseconds. */
static int step_switch(sqlite3_stmt *st)
{
    int rc, waited = 0, pause = 1;
    while (((rc = sqlite3_step(st)) & 0xff) == SQLITE_BUSY && waited < BUSY_TIMEOUT_MS) {
        sqlite3_reset(st);
        sqlite3_sleep(pause);
        waited += pause;
        pause = pause < 64 ? pause * 2 : pause;
    }
    return rc;
}

/* Sets the connection up: foreign keys, WAL, durable commits. */
static int configure(store *s)
{
    sqlite3_stmt *st;
    int rc;
    if (exec_sql(s, "PRAGMA foreign_keys = ON", "configuring") != STORE_OK ||
        exec_sql(s, "PRAGMA synchronous = FULL", "configuring") != STORE_OK)
        return STORE_ERROR;
    if (!(st = store_prepare(s, "PRAGMA journal_mode = WAL")))
        return STORE_ERROR;
    rc = step_switch(st);
    if (rc == SQLITE_ROW) {
        const char *mode = (const char *)sqlite3_column_text(st, 0);
        if (!mode || strcmp(mode, "wal") != 0) {
            sqlite3_finalize(st);
            return mode ? store_fail(s, "cannot switch to WAL mode (journal mode is %s)", mode)
                        : store_fail(s, "configuring: out of memory");
        }
    }
    return store_finish_read(s, st, rc, "switching to WAL mode");
}

/* Stores open in this process. POSIX record locks belong to the process,
 * so a second connection's file check (a plain open and close of the file)
 * would drop the first connection's SQLite locks: one open per file per
 * process, and a second open of the same file is refused. */
static store *open_stores;

/* The store of this process already open on the file at path, or NULL. */
static store *open_store_of(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return NULL;
    for (store *o = open_stores; o; o = o->next_open)
        if (o->dev == st.st_dev && o->ino == st.st_ino)
            return o;
    return NULL;
}

/* Puts s on the open list (it is open on s->path). */
static void open_register(store *s)
{
    struct stat st;
    if (stat(s->path, &st) != 0)
        return;
    s->dev = st.st_dev;
    s->ino = st.st_ino;
    s->next_open = open_stores;
    s->registered = 1;
    open_stores = s;
}

static void open_unregister(store *s)
{
    for (store **p = &open_stores; *p; p = &(*p)->next_open)
        if (*p == s) {
            *p = s->next_open;
            break;
        }
    s->registered = 0;
}

int store_open(const char *path, store **out, char *err, size_t errlen)
{
    int fresh = 0, checked = 0;
    *out = NULL;
    store *s = sqlite3_malloc(sizeof *s);
    if (!s) {
        snprintf(err, errlen, "%s: out of memory", path ? path : "database");
        return STORE_ERROR;
    }
    memset(s, 0, sizeof *s);
    if (!path || !*path) {
        store_fail(s, "no database path given");
        goto fail;
    }
    s->path = sqlite3_mprintf("%s", path);
    if (!s->path) {
        snprintf(s->err, sizeof s->err, "%s: out of memory", path);
        goto fail;
    }
    if (open_store_of(path)) {
        store_fail(s, "already open in this process (share its connection: a second one would "
                      "drop the first one's locks)");
        goto fail;
    }
    if (store_check_file(s, path, &fresh, &checked) != STORE_OK)
        goto fail;
    int flags = SQLITE_OPEN_READWRITE | (fresh ? SQLITE_OPEN_CREATE : 0);
    int rc = sqlite3_open_v2(path, &s->db, flags, NULL);
    if (rc != SQLITE_OK) {
        if (!s->db || (rc & 0xff) == SQLITE_NOMEM)
            store_fail(s, "opening the database: out of memory");
        else
            store_fail_sql(s, "cannot open the database");
        goto fail;
    }
    sqlite3_extended_result_codes(s->db, 1);
    if (sqlite3_busy_timeout(s->db, BUSY_TIMEOUT_MS) != SQLITE_OK) {
        store_fail_sql(s, "configuring");
        goto fail;
    }
    if (!checked && store_check_db(s, s->db) != STORE_OK)
        goto fail;
    open_register(s);
    if (configure(s) != STORE_OK || migrate(s) != STORE_OK)
        goto fail;
    *out = s;
    return STORE_OK;
fail:
    snprintf(err, errlen, "%s", s->err);
    store_close(s);
    return STORE_ERROR;
}

void store_close(store *s)
{
    if (!s)
        return;
    if (s->registered)
        open_unregister(s);
    sqlite3_close(s->db);
    sqlite3_free(s->path);
    sqlite3_free(s);
}
