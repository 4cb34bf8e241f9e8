/* test_store_oom.c: the store under a failing allocator, SQLite-style: for
 * each operation, fail its Nth allocation for N = 1, 2, ... until it runs
 * with no failure injected. Every run must end cleanly (a status and a
 * message, never a crash), leave the database as before or fully changed
 * (never half), keep it usable, and leak nothing. The allocator wraps
 * SQLite's (SQLITE_CONFIG_MALLOC); the store allocates through SQLite. */
#include "test_store_util.h"

#include <sqlite3.h>

#include "../tap.h"
#include "store/store.h"
#include "store/store_challenge.h"

static const int64_t T0 = 1796032800;

static sqlite3_mem_methods real_mem; /* SQLite's own allocator */
static long fail_at;                 /* fail this allocation (1-based); 0: never */
static long alloc_count;             /* allocations since armed */
static long live;                    /* blocks allocated and not yet freed */
static long injected;                /* failures injected since armed */

static int should_fail(void)
{
    if (fail_at && ++alloc_count == fail_at) {
        injected++;
        return 1;
    }
    return 0;
}

static void *oom_malloc(int n)
{
    if (should_fail())
        return NULL;
    void *p = real_mem.xMalloc(n);
    live += p != NULL;
    return p;
}

static void oom_free(void *p)
{
    live -= p != NULL;
    real_mem.xFree(p);
}

static void *oom_realloc(void *p, int n)
{
    if (should_fail())
        return NULL;
    return real_mem.xRealloc(p, n);
}

static int oom_size(void *p)
{
    return real_mem.xSize(p);
}

static int oom_roundup(int n)
{
    return real_mem.xRoundup(n);
}

static int oom_init(void *ud)
{
    (void)ud;
    return real_mem.xInit(real_mem.pAppData);
}

static void oom_shutdown(void *ud)
{
    (void)ud;
    real_mem.xShutdown(real_mem.pAppData);
}

static void install_allocator(void)
{
    static sqlite3_mem_methods wrap = {oom_malloc, oom_free,     oom_realloc, oom_size,
                                       oom_roundup, oom_init, oom_shutdown, NULL};
    sqlite3_shutdown();
    sqlite3_config(SQLITE_CONFIG_GETMALLOC, &real_mem);
    sqlite3_config(SQLITE_CONFIG_MALLOC, &wrap);
    sqlite3_config(SQLITE_CONFIG_LOOKASIDE, 0, 0); /* every allocation is seen */
    sqlite3_initialize();
}

static void arm(long n)
{
    fail_at = n;
    alloc_count = 0;
    injected = 0;
}

static char template_db[512], work_db[512];

static void copy_file(const char *from, const char *to)
{
    size_t n = 0;
    char *bytes = tsu_read(from, &n);
    tsu_write(to, bytes, n);
    free(bytes);
    char side[600];
    snprintf(side, sizeof side, "%s-wal", to);
    unlink(side);
    snprintf(side, sizeof side, "%s-shm", to);
    unlink(side);
}

/* The template: one learner with one reviewed card and some reading. */
static void make_template(void)
{
    char err[512];
    store *s = NULL;
    int64_t id;
    tsu_path(template_db, sizeof template_db, "template.db");
    tsu_path(work_db, sizeof work_db, "work.db");
    store_open(template_db, &s, err, sizeof err);
    store_learner(s, "ada", 1, T0, &id);
    fsrs_card c = fsrs_card_new(), after = c;
    fsrs_review(&fsrs_default_params, &after, FSRS_GOOD, T0, 1);
    store_review r = {.question = "goroutines", .time = T0, .grade = 3, .answer = "threads",
                      .took_ms = 1, .feedback = "f", .has_before = 1, .before = c};
    store_review_add(s, id, &r, &after);
    store_reading_set(s, id, "channels", 0.5, 3, T0);
    store_close(s);
}

/* Counts reviews and cards of learner 1 with a plain connection. */
static void count_rows(int *reviews, int *cards)
{
    sqlite3 *db;
    sqlite3_stmt *st;
    *reviews = *cards = -1;
    sqlite3_open_v2(work_db, &db, SQLITE_OPEN_READONLY, NULL);
    if (sqlite3_prepare_v2(db, "SELECT (SELECT count(*) FROM review), "
                               "(SELECT coalesce(sum(reps), 0) FROM card)",
                           -1, &st, NULL) == SQLITE_OK) {
        if (sqlite3_step(st) == SQLITE_ROW) {
            *reviews = sqlite3_column_int(st, 0);
            *cards = sqlite3_column_int(st, 1);
        }
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
}

/* One operation on an open store over work.db (NULL for the open test). */
typedef int (*op_fn)(store **s);

static int half_migrated; /* failed opens that left a partial schema */

/* Tables created by migrations 1 .. version. */
static int tables_of_version(int version)
{
    int n = 0;
    for (int v = 1; v <= version; v++)
        for (const char *p = store_schema_migration(v); p && (p = strstr(p, "CREATE TABLE")); p++)
            n++;
    return n;
}

/* Each migration of work.db is all or nothing: version v and exactly the
 * tables of migrations 1 .. v (each migration is its own transaction). */
static int schema_whole(void)
{
    sqlite3 *db;
    sqlite3_stmt *st;
    int version = -1, tables = -1;
    if (sqlite3_open_v2(work_db, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
        sqlite3_prepare_v2(db, "SELECT (SELECT user_version FROM pragma_user_version), "
                               "(SELECT count(*) FROM sqlite_schema WHERE type = 'table')",
                           -1, &st, NULL) == SQLITE_OK) {
        if (sqlite3_step(st) == SQLITE_ROW) {
            version = sqlite3_column_int(st, 0);
            tables = sqlite3_column_int(st, 1);
        }
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return version >= 0 && version <= store_schema_version() && tables == tables_of_version(version);
}

static int op_open_new(store **s)
{
    char err[512];
    unlink(work_db);
    int rc = store_open(work_db, s, err, sizeof err);
    if (rc != STORE_OK && (!strstr(err, work_db) || strchr(err, '\n')))
        diag("bad open message: %s", err);
    if (rc != STORE_OK && access(work_db, F_OK) == 0 && !schema_whole())
        half_migrated++;
    return rc;
}

static int op_open_existing(store **s)
{
    char err[512];
    int rc = store_open(work_db, s, err, sizeof err);
    if (rc != STORE_OK && !strstr(err, work_db))
        diag("bad open message: %s", err);
    return rc;
}

static int op_review(store **s)
{
    fsrs_card before, after;
    if (store_card_get(*s, 1, "goroutines", &before) == STORE_ERROR)
        return STORE_ERROR;
    after = before;
    fsrs_review(&fsrs_default_params, &after, FSRS_AGAIN, T0 + 600, 1);
    store_review r = {.question = "goroutines", .time = T0 + 600, .grade = 1, .answer = "x",
                      .took_ms = 1, .feedback = "f", .has_before = 1, .before = before};
    return store_review_add(*s, 1, &r, &after);
}

static int op_undo(store **s)
{
    return store_review_undo(*s, 1, 1);
}

static int op_learner(store **s)
{
    int64_t id;
    return store_learner(*s, "bob", 1, T0, &id);
}

static int op_reading(store **s)
{
    double f;
    int pos;
    int rc = store_reading_set(*s, 1, "mutex", 0.75, 9, T0);
    return rc == STORE_OK ? store_reading_get(*s, 1, "mutex", &f, &pos) : rc;
}

static int op_merge(store **s)
{
    store_review r = {.question = "select", .time = T0 - 5, .grade = 4, .answer = "",
                      .took_ms = 0, .feedback = ""};
    fsrs_card c = fsrs_card_new();
    c.state = FSRS_REVIEW, c.reps = 1, c.last_review = T0 - 5, c.stability = 3, c.difficulty = 4;
    int rc = store_begin(*s);
    if (rc != STORE_OK)
        return rc;
    rc = store_review_merge(*s, 1, &r);
    if (rc == STORE_OK)
        rc = store_card_merge(*s, 1, "select", &c);
    return store_end(*s, rc == STORE_ERROR);
}

static int count_cb(void *ud, int64_t learner, const store_review *r)
{
    (void)learner, (void)r;
    ++*(int *)ud;
    return 0;
}

static int op_read_log(store **s)
{
    int n = 0;
    int rc = store_review_each(*s, 0, count_cb, &n);
    return rc == STORE_OK && n != 1 ? STORE_ERROR : rc;
}

static int op_demo(store **s)
{
    store_demo_run run = {.demo = "deadlock", .seed = 7, .verdict = "deadlock", .time = T0};
    return store_demo_run_add(*s, 1, &run);
}

static int op_challenge(store **s)
{
    store_challenge c = {.kind = "scheduler", .puzzle = "data-race", .won = 1,
                         .moves = "1,1,1,3,3,2,2,2,2", .preemptions = 1, .fewest = 1, .time = T0};
    return store_challenge_add(*s, 1, &c);
}

/* Runs op with the Nth allocation failing, N = 1, 2, ... Checks: a clean
 * status, no leak, a database as before or as after, still usable. */
static void exercise(const char *name, op_fn op, int opens, int reviews_delta, int reps_delta)
{
    int errors = 0, clean_failures = 1, whole = 1, usable = 1, leaks = 0;
    long n;
    int r0, c0;
    copy_file(template_db, work_db);
    count_rows(&r0, &c0);
    for (n = 1; n < 20000; n++) {
        copy_file(template_db, work_db);
        long base = live;
        store *s = NULL;
        char err[512];
        if (!opens && store_open(work_db, &s, err, sizeof err) != STORE_OK) {
            diag("setup failed: %s", err);
            break;
        }
        arm(n);
        int rc = op(&s);
        long hit = injected;
        arm(0);
        if (rc == STORE_ERROR && s && !opens && !*store_error(s))
            clean_failures = 0;
        if (rc == STORE_ERROR && opens && s)
            clean_failures = 0;
        store_close(s);
        s = NULL;
        if (live != base)
            leaks++;
        int r1, c1;
        count_rows(&r1, &c1);
        int before = r1 == r0 && c1 == c0;
        int after = r1 == r0 + reviews_delta && c1 == c0 + reps_delta;
        if (!opens && !(rc == STORE_ERROR ? before : after))
            whole = 0, diag("%s: N=%ld: rc %d, reviews %d, reps %d", name, n, rc, r1, c1);
        if (store_open(work_db, &s, err, sizeof err) != STORE_OK)
            usable = 0, diag("%s: N=%ld: unusable after: %s", name, n, err);
        store_close(s);
        errors += rc == STORE_ERROR;
        if (!hit)
            break;
    }
    diag("%s: %ld allocations; failing one gave an error %d times, was absorbed %ld times", name,
         n - 1, errors, n - 1 - errors);
    ok(n > 1 && n < 20000, "%s: ran to success under failing allocations", name);
    ok(clean_failures, "%s: every failure reported cleanly", name);
    ok(whole, "%s: never half done", name);
    ok(usable, "%s: database usable after every failure", name);
    is_int(leaks, 0, "%s: no leak", name);
}

int main(void)
{
    tsu_tmpdir_in("/dev/shm"); /* tmpfs when there is one: fsync is free */
    install_allocator();
    make_template();
    exercise("open a new database", op_open_new, 1, 0, 0);
    is_int(half_migrated, 0, "a failed open never leaves a half-applied migration");
    exercise("open an existing database", op_open_existing, 1, 0, 0);
    exercise("add a learner", op_learner, 0, 0, 0);
    exercise("record a review", op_review, 0, 1, 1);
    exercise("undo a review", op_undo, 0, -1, -1);
    exercise("save reading progress", op_reading, 0, 0, 0);
    exercise("merge a review and a card", op_merge, 0, 1, 1);
    exercise("read the review log", op_read_log, 0, 0, 0);
    exercise("record a demo run", op_demo, 0, 0, 0);
    exercise("record a challenge attempt", op_challenge, 0, 0, 0);
    sqlite3_shutdown();
    is_int(live, 0, "everything SQLite allocated is freed at shutdown");
    return tap_done();
}
