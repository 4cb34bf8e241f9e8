/* test_store.c: the progress database on real files in a temp folder:
 * creation, WAL and pragmas, the schema file, cards and the review log with
 * undo, merging, reading progress, demo runs, and refusing bad files without
 * touching them. */
#include "test_store_util.h"

#include <sqlite3.h>

#include "store/store.h"
#include "store/store_bug.h"
#include "../tap.h"

static const int64_t T0 = 1796032800; /* 2026-11-30T10:00:00Z */

static store *open_ok(const char *path)
{
    char err[512];
    store *s = NULL;
    if (store_open(path, &s, err, sizeof err) != STORE_OK)
        diag("store_open: %s", err);
    return s;
}

static int pragma_int(const char *path, const char *sql)
{
    sqlite3 *db;
    sqlite3_stmt *st;
    int v = -1;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
        sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK) {
        if (sqlite3_step(st) == SQLITE_ROW)
            v = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return v;
}

static void test_schema_file(void)
{
    const char *src = getenv("CONCLAB_SRC");
    char path[1024];
    size_t size = 0;
    snprintf(path, sizeof path, "%s/data/schema.sql", src ? src : ".");
    char *file = tsu_read(path, &size);
    ok(file != NULL, "data/schema.sql is readable");
    size_t total = 0;
    for (int v = 1; v <= store_schema_version(); v++)
        total += strlen(store_schema_migration(v));
    char *joined = calloc(1, total + 1);
    for (int v = 1; v <= store_schema_version(); v++)
        strcat(joined, store_schema_migration(v));
    ok(file && strcmp(file, joined) == 0,
       "data/schema.sql is exactly the migrations the code applies");
    ok(store_schema_migration(0) == NULL && store_schema_migration(99) == NULL,
       "no migration outside 1..version");
    free(file);
    free(joined);
}

static void test_open_creates(void)
{
    char path[512];
    tsu_path(path, sizeof path, "a/b/c/progress.db");
    store *s = open_ok(path);
    ok(s != NULL, "opens a database in folders that do not exist yet");
    int64_t id = 0, id2 = 0;
    is_int(store_learner(s, "ada", 0, T0, &id), STORE_NONE, "unknown learner without create");
    is_int(store_learner(s, "ada", 1, T0, &id), STORE_OK, "learner created");
    is_int(store_learner(s, "ada", 1, T0, &id2), STORE_OK, "learner found");
    is_int(id, id2, "same learner, same id");
    store_close(s);
    ok(!tsu_sidecars(path), "closing checkpoints and removes the -wal file");
    is_int(pragma_int(path, "PRAGMA user_version"), store_schema_version(),
           "user_version is the schema version");
    char hdr[20];
    size_t n;
    char *bytes = tsu_read(path, &n);
    memcpy(hdr, bytes, sizeof hdr);
    free(bytes);
    is_int(hdr[18], 2, "the file is in WAL mode (header byte 18 = 2)");
    s = open_ok(path);
    ok(s != NULL, "reopens");
    is_int(store_learner(s, "ada", 0, T0, &id2), STORE_OK, "learner persisted");
    store_close(s);
}

struct collect {
    int count;        /* rows seen */
    char last[128];   /* last question or section seen */
    int64_t last_id;  /* last review id */
};

static int count_review(void *ud, int64_t learner, const store_review *r)
{
    struct collect *c = ud;
    (void)learner;
    c->count++;
    snprintf(c->last, sizeof c->last, "%s|%s|%s", r->question, r->answer, r->feedback);
    c->last_id = r->id;
    return 0;
}

static int count_card(void *ud, int64_t learner, const char *q, const fsrs_card *card)
{
    struct collect *c = ud;
    (void)learner, (void)card;
    c->count++;
    snprintf(c->last, sizeof c->last, "%s", q);
    return 0;
}

static void test_reviews(void)
{
    char path[512];
    tsu_path(path, sizeof path, "reviews.db");
    store *s = open_ok(path);
    int64_t ada, bob;
    store_learner(s, "ada", 1, T0, &ada);
    store_learner(s, "bob", 1, T0, &bob);

    fsrs_card c;
    is_int(store_card_get(s, ada, "goroutines", &c), STORE_NONE, "no card before a review");
    is_int(c.state, FSRS_NEW, "a missing card reads as new");
    fsrs_card after = c;
    fsrs_review(&fsrs_default_params, &after, FSRS_GOOD, T0, 1);
    store_review r = {.question = "goroutines", .time = T0, .grade = 3,
                      .answer = "light threads", .took_ms = 4200, .feedback = "used: goroutine",
                      .has_before = 1, .before = c};
    is_int(store_review_add(s, ada, &r, &after), STORE_OK, "review recorded");
    ok(r.id > 0, "review has an id");
    is_int(store_card_get(s, ada, "goroutines", &c), STORE_OK, "card stored with the review");
    is_int(c.due, after.due, "card due as scheduled");
    is_int(store_card_get(s, bob, "goroutines", &c), STORE_NONE, "learners are kept apart");

    store_review dup = r;
    is_int(store_review_add(s, ada, &dup, &after), STORE_NONE,
           "a grade from a card since graded elsewhere is refused");
    dup.has_before = 0;
    is_int(store_review_add(s, ada, &dup, &after), STORE_ERROR,
           "the same review twice at the same time is refused");
    ok(strstr(store_error(s), path) != NULL, "the error names the file: %s", store_error(s));
    is_int(store_card_get(s, ada, "goroutines", &c), STORE_OK, "card still there");
    is_int(c.reps, 1, "the refused reviews changed nothing");

    fsrs_card second = after;
    fsrs_review(&fsrs_default_params, &second, FSRS_AGAIN, T0 + 600, 2);
    store_review r2 = {.question = "goroutines", .time = T0 + 600, .grade = 1, .answer = "",
                       .took_ms = 1000, .feedback = "", .has_before = 1, .before = after};
    is_int(store_review_add(s, ada, &r2, &second), STORE_OK, "second review");
    is_int(store_review_undo(s, ada, r2.id), STORE_OK, "undo the second review");
    store_card_get(s, ada, "goroutines", &c);
    ok(c.reps == after.reps && c.due == after.due && c.stability == after.stability,
       "undo restores the card exactly");
    is_int(store_review_undo(s, ada, r2.id), STORE_NONE, "undo twice finds nothing");
    is_int(store_review_undo(s, bob, r.id), STORE_NONE, "cannot undo another learner's review");
    is_int(store_review_undo(s, ada, r.id), STORE_OK, "undo the first review");
    is_int(store_card_get(s, ada, "goroutines", &c), STORE_NONE, "card is new again");

    store_review_add(s, ada, &r, &after);
    struct collect col = {0};
    store_review_each(s, ada, count_review, &col);
    is_int(col.count, 1, "one review in the log");
    is_str(col.last, "goroutines|light threads|used: goroutine", "typed answer and feedback kept");

    int n = -1;
    store_review_new_since(s, ada, T0, &n);
    is_int(n, 1, "one new card today");
    store_review_new_since(s, ada, T0 + 1, &n);
    is_int(n, 0, "none after");

    store_review imported = {.question = "channels", .time = T0 - 86400, .grade = 4,
                             .answer = "pipes", .took_ms = 10, .feedback = "f"};
    is_int(store_review_merge(s, bob, &imported), STORE_OK, "merge adds a review");
    is_int(store_review_merge(s, bob, &imported), STORE_NONE, "merging it again changes nothing");
    is_int(store_review_undo(s, bob, 0), STORE_NONE, "nothing to undo by id 0");

    fsrs_card old = after, newer = after;
    old.last_review = T0 - 100;
    newer.last_review = T0 + 100;
    newer.reps = 7;
    is_int(store_card_merge(s, ada, "goroutines", &old), STORE_NONE, "older card not merged");
    is_int(store_card_merge(s, ada, "goroutines", &newer), STORE_OK, "newer card merged");
    is_int(store_card_merge(s, ada, "goroutines", &newer), STORE_NONE, "merging twice: no change");
    store_card_get(s, ada, "goroutines", &c);
    is_int(c.reps, 7, "merged card stored");
    col.count = 0;
    store_card_each(s, 0, count_card, &col);
    is_int(col.count, 1, "one card in all");

    is_int(store_begin(s), STORE_OK, "outer transaction");
    store_card_merge(s, bob, "select", &newer);
    is_int(store_end(s, 1), STORE_ERROR, "rolled back on request");
    is_int(store_card_get(s, bob, "select", &c), STORE_NONE, "rollback undid the merge");
    store_close(s);
}

static int count_reading(void *ud, const char *section, double f, int pos, int64_t upd)
{
    struct collect *c = ud;
    (void)f, (void)pos, (void)upd;
    c->count++;
    snprintf(c->last, sizeof c->last, "%s", section);
    return 0;
}

static int count_demo(void *ud, const store_demo_run *run)
{
    struct collect *c = ud;
    c->count++;
    snprintf(c->last, sizeof c->last, "%s %llu %s", run->demo, (unsigned long long)run->seed,
             run->verdict);
    return 0;
}

static void test_reading_demos(void)
{
    char path[512];
    tsu_path(path, sizeof path, "reading.db");
    store *s = open_ok(path);
    int64_t ada;
    store_learner(s, "ada", 1, T0, &ada);
    double f;
    int pos;
    is_int(store_reading_get(s, ada, "channels", &f, &pos), STORE_NONE, "not read yet");
    is_int(store_reading_set(s, ada, "channels", 0.5, 12, T0), STORE_OK, "reading saved");
    store_reading_get(s, ada, "channels", &f, &pos);
    ok(f == 0.5 && pos == 12, "reading read back");
    store_reading_set(s, ada, "channels", 1.7, 30, T0 + 5);
    store_reading_get(s, ada, "channels", &f, &pos);
    ok(f == 1.0 && pos == 30, "fraction clamped to 1");
    is_int(store_reading_merge(s, ada, "channels", 0.1, 1, T0), STORE_NONE,
           "older reading not merged");
    is_int(store_reading_merge(s, ada, "mutex", 0.25, 3, T0), STORE_OK, "new section merged");
    struct collect col = {0};
    store_reading_each(s, ada, count_reading, &col);
    is_int(col.count, 2, "two sections read");

    store_demo_run run = {.demo = "data-race", .seed = 18446744073709551615ull,
                          .verdict = "race", .time = T0};
    is_int(store_demo_run_add(s, ada, &run), STORE_OK, "demo run saved");
    is_int(store_demo_run_add(s, ada, &run), STORE_NONE, "the same run is stored once");
    memset(&col, 0, sizeof col);
    store_demo_run_each(s, ada, count_demo, &col);
    is_int(col.count, 1, "one demo run");
    is_str(col.last, "data-race 18446744073709551615 race", "a 64-bit seed survives");
    store_close(s);
}

/* Opening path must fail with a message naming it and leave it unchanged. */
static void expect_refused(const char *path, const char *what, const char *words)
{
    size_t n0 = 0, n1 = 0;
    char *before = tsu_read(path, &n0), err[512] = "";
    store *s = NULL;
    int rc = store_open(path, &s, err, sizeof err);
    is_int(rc, STORE_ERROR, "%s: refused", what);
    ok(strncmp(err, path, strlen(path)) == 0 && strstr(err, words) && !strchr(err, '\n'),
       "%s: one line naming the file: %s", what, err);
    char *after = tsu_read(path, &n1);
    ok(before && after && n0 == n1 && memcmp(before, after, n0) == 0,
       "%s: file unchanged", what);
    ok(!tsu_sidecars(path), "%s: no -wal, -shm or -journal created", what);
    free(before);
    free(after);
    store_close(s);
}

static void make_good(const char *path)
{
    store *s = open_ok(path);
    int64_t id;
    store_learner(s, "ada", 1, T0, &id);
    for (int i = 0; i < 40; i++) {
        char q[32];
        snprintf(q, sizeof q, "question-%d", i);
        store_reading_set(s, id, q, 0.5, i, T0);
    }
    store_close(s);
}

static void test_bad_files(void)
{
    char path[512];
    tsu_path(path, sizeof path, "text.db");
    const char *text = "this is not a database, just some notes\n";
    tsu_write(path, text, strlen(text));
    expect_refused(path, "text file", "not a conclab database");

    tsu_path(path, sizeof path, "truncated.db");
    make_good(path);
    size_t n;
    char *bytes = tsu_read(path, &n);
    tsu_write(path, bytes, n / 2);
    expect_refused(path, "truncated (half)", "truncated");
    tsu_write(path, bytes, n - 100);
    expect_refused(path, "truncated (ragged)", "truncated");

    tsu_path(path, sizeof path, "flipped.db");
    bytes[4096] ^= 0xff; /* page 2: its b-tree page type */
    tsu_write(path, bytes, n);
    expect_refused(path, "byte-flipped page header", "corrupt");
    bytes[4096] ^= 0xff;
    bytes[16] ^= 0x01; /* page size */
    tsu_write(path, bytes, n);
    expect_refused(path, "byte-flipped page size", "corrupt");
    bytes[16] ^= 0x01;
    free(bytes);

    tsu_path(path, sizeof path, "readonly.db");
    make_good(path);
    chmod(path, 0444);
    expect_refused(path, "read-only file", "read-only");

    char dir[512];
    tsu_path(dir, sizeof dir, "locked");
    mkdir(dir, 0755);
    tsu_path(path, sizeof path, "locked/progress.db");
    make_good(path);
    chmod(dir, 0555);
    expect_refused(path, "unwritable folder", "not writable");
    tsu_path(path, sizeof path, "locked/new/progress.db");
    char err[512];
    store *s = NULL;
    is_int(store_open(path, &s, err, sizeof err), STORE_ERROR, "cannot create below a locked folder");
    ok(strstr(err, "cannot create the folder") != NULL, "says so: %s", err);
    chmod(dir, 0755);

    tsu_path(path, sizeof path, "foreign.db");
    sqlite3 *db;
    sqlite3_open(path, &db);
    sqlite3_exec(db, "CREATE TABLE t (x); INSERT INTO t VALUES (1);", 0, 0, 0);
    sqlite3_close(db);
    expect_refused(path, "another program's database", "not a conclab database");

    tsu_path(path, sizeof path, "newer.db");
    make_good(path);
    sqlite3_open(path, &db);
    sqlite3_exec(db, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;", 0, 0, 0);
    sqlite3_close(db);
    expect_refused(path, "a newer schema", "newer conclab");

    tsu_path(path, sizeof path, "empty.db");
    tsu_write(path, "", 0);
    s = open_ok(path);
    ok(s != NULL, "an empty file becomes a new database");
    store_close(s);
}

/* A second connection to a file already open in this process is refused:
 * its file check would drop the first one's POSIX locks. */
static void test_open_twice(void)
{
    char path[512], other[512], err[1024] = "";
    tsu_path(path, sizeof path, "twice.db");
    tsu_path(other, sizeof other, "other.db");
    store *a = open_ok(path), *b = NULL, *c = open_ok(other);
    ok(a && c, "two different files open side by side");
    is_int(store_open(path, &b, err, sizeof err), STORE_ERROR, "the same file again is refused");
    ok(strstr(err, "twice.db: already open in this process") != NULL, "saying so: %s", err);
    ok(b == NULL, "and no store is returned");
    int64_t id = 0;
    is_int(store_learner(a, "ada", 1, T0, &id), STORE_OK, "the first connection still writes");
    store_close(a);
    b = open_ok(path);
    ok(b != NULL, "once closed, the file opens again");
    store_close(b);
    store_close(c);
    is_int(pragma_int(path, "SELECT count(*) FROM learner"), 1, "the learner written before is there");
}

/* Collects the bug gallery's steps as "bug step outcome;" text. */
static int collect_step(void *ud, const store_bug_step *b)
{
    char *out = ud;
    size_t n = strlen(out);
    snprintf(out + n, 256 - n, "%s %s %s;", b->bug, b->step, b->outcome);
    return 0;
}

static void test_bug_steps(void)
{
    char path[512];
    tsu_path(path, sizeof path, "bugs.db");
    store *s = open_ok(path);
    int64_t ada;
    store_learner(s, "ada", 1, T0, &ada);
    store_bug_step read = {"timeout_first_reply", "read", "", T0};
    store_bug_step found = {"timeout_first_reply", "explore", "failed", T0 + 60};
    is_int(store_bug_add(s, ada, &found), STORE_OK, "a step saved");
    is_int(store_bug_add(s, ada, &read), STORE_OK, "another");
    is_int(store_bug_add(s, ada, &read), STORE_NONE, "the very same step is kept once");
    store_bug_step bad = {"timeout_first_reply", "peek", "", T0};
    is_int(store_bug_add(s, ada, &bad), STORE_ERROR, "a step the schema does not know is refused");
    store_bug_step bad_outcome = {"timeout_first_reply", "run", "maybe", T0};
    is_int(store_bug_add(s, ada, &bad_outcome), STORE_ERROR, "so is an unknown outcome");
    char got[256] = "";
    is_int(store_bug_each(s, ada, collect_step, got), STORE_OK, "the steps read back");
    is_str(got, "timeout_first_reply read ;timeout_first_reply explore failed;",
           "in time order, nothing refused among them");
    store_close(s);
}

int main(void)
{
    tsu_tmpdir();
    test_open_twice();
    test_schema_file();
    test_open_creates();
    test_reviews();
    test_reading_demos();
    test_bug_steps();
    test_bad_files();
    return tap_done();
}
