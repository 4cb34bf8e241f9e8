/* store_check.c: vetting a database file before SQLite may write beside
 * it: folders made or found writable, the header (magic, page size, a file
 * holding all its pages), PRAGMA quick_check through an immutable read-only
 * connection that creates no -wal or -shm, and that the schema is
 * conclab's, all under a reader's lock so no other conclab changes the file
 * meanwhile. So a bad or foreign file is reported and left exactly as it
 * was. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "store/store_int.h"

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

/* SQLite's lock bytes in a database file on Unix (os_unix.c, and "File
 * Locking And Concurrency In SQLite Version 3"): a reader holds a read lock
 * on the SHARED range, taken while it holds a read lock on the PENDING byte;
 * writing the file (a rollback-mode commit, a checkpoint by the last
 * connection closing, which then deletes the -wal) needs a write lock on the
 * whole SHARED range. */
#define LOCK_PENDING_AT 0x40000000
#define LOCK_SHARED_AT (LOCK_PENDING_AT + 2)
#define LOCK_SHARED_BYTES 510

/* fcntl(F_SETLK) on one byte range of fd: 0, or -1 with errno set. */
static int lock_range(int fd, short type, off_t start, off_t len)
{
    struct flock fl;
    memset(&fl, 0, sizeof fl);
    fl.l_type = type;
    fl.l_whence = SEEK_SET;
    fl.l_start = start;
    fl.l_len = len;
    return fcntl(fd, F_SETLK, &fl);
}

/* Takes a reader's SHARED lock on the file open as fd, the way SQLite
 * does, waiting (up to the busy timeout) while a writer holds or awaits the
 * exclusive lock. Without it another conclab could write the file while we
 * read it: the last one closing checkpoints its WAL into the file, and a
 * header read before that with a size taken after (or the reverse) looked
 * "truncated", a b-tree read half before and half after looked corrupt.
 * POSIX locks belong to the process: closing any descriptor of this process
 * on the file drops the lock. */
static int lock_shared(store *s, int fd)
{
    for (int waited = 0;; waited += 5) {
        int rc = lock_range(fd, F_RDLCK, LOCK_PENDING_AT, 1);
        if (rc == 0) {
            rc = lock_range(fd, F_RDLCK, LOCK_SHARED_AT, LOCK_SHARED_BYTES);
            int saved = errno;
            lock_range(fd, F_UNLCK, LOCK_PENDING_AT, 1);
            errno = saved;
            if (rc == 0)
                return STORE_OK;
        }
        if (errno != EAGAIN && errno != EACCES)
            return store_fail(s, "cannot lock the database: %s", strerror(errno));
        if (waited >= BUSY_TIMEOUT_MS)
            return store_fail(s, "checking the database: %s", store_code_words(SQLITE_BUSY));
        struct timespec pause = {0, 5 * 1000 * 1000};
        nanosleep(&pause, NULL);
    }
}

/* Reads the 100-byte header of the file open as fd and checks what can be
 * checked without SQLite: the magic string, the page size, and, when size is
 * not negative (the file's size while no WAL can be checkpointed into it),
 * that the file holds all its pages. */
static int check_header(store *s, int fd, off_t size)
{
    unsigned char h[100];
    ssize_t n = pread(fd, h, sizeof h, 0);
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
    if (size < 0)
        return STORE_OK;
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

/* Refuses databases that are not conclab's: tables but no user_version, or
 * a schema newer than this build knows. */
static int check_ours(store *s, sqlite3 *db)
{
    int version = 0, tables = 0;
    if (db_int(db, "PRAGMA user_version", &version) != SQLITE_OK ||
        db_int(db, "SELECT count(*) FROM sqlite_schema", &tables) != SQLITE_OK) {
        int code = sqlite3_extended_errcode(db);
        return store_fail(s, "reading the database: %s",
                          store_code_words(code) ? store_code_words(code) : sqlite3_errmsg(db));
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
            sqlite3_finalize(st);
            return STORE_ERROR;
        }
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW) {
        int code = sqlite3_extended_errcode(db);
        const char *words = store_code_words(code);
        if ((code & 0xff) == SQLITE_NOMEM)
            return store_fail(s, "checking the database: out of memory");
        return store_fail(s, "%s (%s)", words ? words : "cannot read the database",
                          sqlite3_errmsg(db));
    }
    return STORE_OK;
}

/* Checks the file with a read-only, immutable connection, which creates
 * nothing beside it (and takes no locks: the caller holds one). */
static int check_immutable(store *s, const char *path, int *checked)
{
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
    rc = store_check_db(s, db);
    sqlite3_close(db);
    *checked = rc == STORE_OK;
    return rc;
}

/* Checks an existing file under a reader's lock: its header, and its health
 * through an immutable connection. When a -wal file exists the database is
 * in use (or was left by a crash): its size may lag its header while a
 * connection checkpoints, and only a real connection sees the WAL, so the
 * size is not compared and the health check runs on the real connection
 * after opening. An empty file is left to that connection too. */
static int check_existing(store *s, const char *path, int *checked)
{
    char wal[4200];
    struct stat st, wst;
    *checked = 0;
    snprintf(wal, sizeof wal, "%s-wal", path);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return store_fail(s, "cannot read: %s", strerror(errno));
    int rc = lock_shared(s, fd);
    if (rc == STORE_OK && fstat(fd, &st) != 0)
        rc = store_fail(s, "cannot read: %s", strerror(errno));
    if (rc == STORE_OK && st.st_size > 0) {
        int in_use = stat(wal, &wst) == 0;
        rc = check_header(s, fd, in_use ? -1 : st.st_size);
        if (rc == STORE_OK && !in_use)
            rc = check_immutable(s, path, checked);
    }
    close(fd);
    return rc;
}

/* Looks at the file before SQLite opens it for writing. Sets *fresh when
 * there is no file yet (the folders are then created). */
int store_check_file(store *s, const char *path, int *fresh, int *checked)
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
    if (check_existing(s, path, checked) != STORE_OK)
        return STORE_ERROR;
    if (!writable(path, &st))
        return store_fail(s, "the file is read-only (conclab records progress in it)");
    return STORE_OK;
}

int store_check_db(store *s, sqlite3 *db)
{
    /* One read transaction for both checks: in autocommit mode each
     * statement would see its own snapshot, and another conclab creating the
     * same new file could commit its first migration in between, so that
     * user_version still read 0 while sqlite_schema already held its tables
     * ("not a conclab database"). */
    if (sqlite3_exec(db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
        return store_fail(s, "checking the database: %s", sqlite3_errmsg(db));
    int rc = quick_check(s, db);
    if (rc == STORE_OK)
        rc = check_ours(s, db);
    sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
    return rc;
}
