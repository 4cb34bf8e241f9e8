/* store.c: opening the progress database safely (check the file before
 * SQLite may write beside it, then WAL, busy timeout, foreign keys and the
 * migrations), transactions, and the error reporting the other store files
 * share. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "store/store_int.h"

#define BUSY_TIMEOUT_MS 10000

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

/* A reader's words for what SQLite's result code means. */
static const char *code_words(int code)
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
    const char *words = code_words(code);
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
    int rc = sqlite3_step(st);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        store_fail_sql(s, what);
        sqlite3_finalize(st);
        return STORE_ERROR;
    }
    sqlite3_finalize(st);
    return STORE_OK;
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

/* ---- opening ---------------------------------------------------------- */

/* Writable for us and meant to be written: as root access() says yes to
 * everything, so a file or folder without any write bit counts as read-only
 * too (the owner's intent). */
static int writable(const char *path, const struct stat *st)
{
    return access(path, W_OK) == 0 && (st->st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) != 0;
}

/* The folder part of path into dir ("." when there is none). */
static void dir_of(const char *path, char *dir, size_t len)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        snprintf(dir, len, ".");
    else if (slash == path)
        snprintf(dir, len, "/");
    else
        snprintf(dir, len, "%.*s", (int)(slash - path), path);
}

/* mkdir -p for the folders above path; a folder is only made inside one
 * that is writable() (so root, too, respects a folder made read-only). */
static int make_parents(store *s, const char *path)
{
    char dir[4096];
    dir_of(path, dir, sizeof dir);
    for (char *p = dir + 1;; p++) {
        if (*p == '/' || *p == '\0') {
            char keep = *p;
            struct stat st;
            *p = '\0';
            if (stat(dir, &st) != 0) {
                char parent[4096];
                dir_of(dir, parent, sizeof parent);
                if (stat(parent, &st) == 0 && !writable(parent, &st))
                    return store_fail(s, "cannot create the folder %s: %s is not writable", dir,
                                      parent);
                if (mkdir(dir, 0755) != 0 && errno != EEXIST)
                    return store_fail(s, "cannot create the folder %s: %s", dir,
                                      strerror(errno));
            }
            *p = keep;
            if (keep == '\0')
                break;
        }
    }
    return STORE_OK;
}

static uint32_t be32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* Reads the 100-byte header and checks what can be checked without SQLite:
 * the magic string, the page size, and that the file holds all its pages. */
static int check_header(store *s, const char *path, off_t size)
{
    unsigned char h[100];
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return store_fail(s, "cannot read: %s", strerror(errno));
    ssize_t n = read(fd, h, sizeof h);
    close(fd);
    if (n < 0)
        return store_fail(s, "cannot read: %s", strerror(errno));
    if (n < 16 || memcmp(h, "SQLite format 3", 16) != 0)
        return store_fail(s, "not a conclab database (not an SQLite file)");
    if (n < (ssize_t)sizeof h)
        return store_fail(s, "truncated database (%zd bytes, shorter than its header)", n);
    uint32_t page = (uint32_t)h[16] << 8 | h[17];
    if (page == 1)
        page = 65536;
    if (page < 512 || page > 65536 || (page & (page - 1)) != 0)
        return store_fail(s, "corrupt database (bad page size %u in the header)", page);
    if (size % page != 0)
        return store_fail(s, "truncated database (%lld bytes is not a whole number of %u-byte pages)",
                          (long long)size, page);
    uint32_t pages = be32(h + 28), change = be32(h + 24), valid_for = be32(h + 92);
    if (pages > 0 && change == valid_for && (off_t)pages * page > size)
        return store_fail(s, "truncated database (the header says %u pages, the file holds %lld)",
                          pages, (long long)(size / page));
    return STORE_OK;
}

/* Appends path to out as a URI path, escaping what URIs reserve. */
static void uri_path(const char *path, char *out, size_t len)
{
    size_t o = 0;
    for (const unsigned char *p = (const unsigned char *)path; *p && o + 4 < len; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
            strchr("/-_.~", *p))
            out[o++] = (char)*p;
        else
            o += (size_t)snprintf(out + o, len - o, "%%%02X", *p);
    }
    out[o] = '\0';
}

/* Reads a single integer result from db; returns SQLite's code. */
static int db_int(sqlite3 *db, const char *sql, int *out)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
    if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW)
        *out = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? SQLITE_OK : rc ? rc : SQLITE_ERROR;
}

/* Reads a single integer result. */
static int query_int(store *s, const char *sql, int *out)
{
    if (db_int(s->db, sql, out) != SQLITE_OK)
        return store_fail_sql(s, "reading the database");
    return STORE_OK;
}

/* Refuses databases that are not conclab's: tables but no user_version, or
 * a schema newer than this build knows. */
static int check_ours(store *s, sqlite3 *db)
{
    int version = 0, tables = 0;
    if (db_int(db, "PRAGMA user_version", &version) != SQLITE_OK ||
        db_int(db, "SELECT count(*) FROM sqlite_schema", &tables) != SQLITE_OK) {
        int code = sqlite3_extended_errcode(db);
        return store_fail(s, "reading the database: %s",
                          code_words(code) ? code_words(code) : sqlite3_errmsg(db));
    }
    if (version == 0 && tables > 0)
        return store_fail(s, "not a conclab database (it holds other tables)");
    if (version > store_schema_version())
        return store_fail(s, "written by a newer conclab (schema %d; this one knows %d)", version,
                          store_schema_version());
    return STORE_OK;
}

/* Runs quick_check (and reads the schema) on db; 0 when healthy, else the
 * problem is recorded. */
static int quick_check(store *s, sqlite3 *db)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(db, "PRAGMA quick_check(1)", -1, &st, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        const char *res = (const char *)sqlite3_column_text(st, 0);
        if (!res) {
            rc = SQLITE_NOMEM;
        } else if (strcmp(res, "ok") != 0) {
            const char *prefix = "*** in database main ***";
            char line[300];
            if (strncmp(res, prefix, strlen(prefix)) == 0)
                res += strlen(prefix);
            while (*res == '\n' || *res == ' ')
                res++;
            snprintf(line, sizeof line, "%s", res);
            for (char *c = line; *c; c++)
                if (*c == '\n' || *c == '\r')
                    *c = ' ';
            store_fail(s, "corrupt database (%s)", line);
            s->torn = 1;
            sqlite3_finalize(st);
            return STORE_ERROR;
        }
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW) {
        int code = sqlite3_extended_errcode(db);
        s->torn = (code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB;
        const char *words = code_words(code);
        if ((code & 0xff) == SQLITE_NOMEM)
            return store_fail(s, "checking the database: out of memory");
        return store_fail(s, "%s (%s)", words ? words : "cannot read the database",
                          sqlite3_errmsg(db));
    }
    return STORE_OK;
}

/* Checks an existing file with a read-only, immutable connection, which
 * creates nothing beside the file. When a -wal file exists the database is
 * in use (or was left by a crash): the check then runs on the real
 * connection after opening, since only it sees the WAL. */
static int check_existing(store *s, const char *path, int *checked)
{
    char wal[4200];
    struct stat st;
    snprintf(wal, sizeof wal, "%s-wal", path);
    *checked = 0;
    if (stat(wal, &st) == 0)
        return STORE_OK;
    char uri[13000];
    int n = snprintf(uri, sizeof uri, "file:");
    uri_path(path, uri + n, sizeof uri - (size_t)n - 16);
    strcat(uri, "?immutable=1");
    sqlite3 *db = NULL;
    int rc = sqlite3_open_v2(uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_busy_timeout(db, BUSY_TIMEOUT_MS);
    if (rc != SQLITE_OK) {
        rc = (rc & 0xff) == SQLITE_NOMEM || !db
                 ? store_fail(s, "opening the database: out of memory")
                 : store_fail(s, "cannot open the database (%s)", sqlite3_errmsg(db));
        sqlite3_close(db);
        return rc;
    }
    rc = quick_check(s, db);
    if (rc == STORE_OK)
        rc = check_ours(s, db);
    sqlite3_close(db);
    *checked = rc == STORE_OK;
    return rc;
}

/* Looks at the file before SQLite opens it for writing. Sets *fresh when
 * there is no file yet (the folders are then created). */
static int check_file(store *s, const char *path, int *fresh, int *checked)
{
    struct stat st;
    char dir[4096];
    *fresh = 0;
    *checked = 0;
    dir_of(path, dir, sizeof dir);
    if (stat(path, &st) != 0) {
        if (errno != ENOENT)
            return store_fail(s, "cannot open: %s", strerror(errno));
        *fresh = 1;
        if (make_parents(s, path) != STORE_OK)
            return STORE_ERROR;
    } else if (!S_ISREG(st.st_mode)) {
        return store_fail(s, "not a regular file");
    } else if (access(path, R_OK) != 0) {
        return store_fail(s, "cannot read: %s", strerror(errno));
    }
    struct stat dst;
    if (stat(dir, &dst) != 0)
        return store_fail(s, "cannot use the folder %s: %s", dir, strerror(errno));
    if (!writable(dir, &dst))
        return store_fail(s, "the folder %s is not writable (conclab keeps a -wal file beside "
                             "the database)", dir);
    if (*fresh || st.st_size == 0)
        return STORE_OK;
    if (check_header(s, path, st.st_size) != STORE_OK)
        return STORE_ERROR;
    s->torn = 0;
    if (check_existing(s, path, checked) != STORE_OK) {
        if (!s->torn)
            return STORE_ERROR;
        /* An immutable read takes no locks, so a checkpoint by another
         * conclab closing at that very moment could make a healthy file look
         * torn. Only a second failure a moment later counts. */
        struct timespec pause = {0, 100 * 1000 * 1000};
        nanosleep(&pause, NULL);
        if (check_existing(s, path, checked) != STORE_OK)
            return STORE_ERROR;
    }
    if (!writable(path, &st))
        return store_fail(s, "the file is read-only (conclab records progress in it)");
    return STORE_OK;
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
    rc = sqlite3_step(st);
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
    if (check_file(s, path, &fresh, &checked) != STORE_OK)
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
    if (!checked && (quick_check(s, s->db) != STORE_OK || check_ours(s, s->db) != STORE_OK))
        goto fail;
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
    sqlite3_close(s->db);
    sqlite3_free(s->path);
    sqlite3_free(s);
}
