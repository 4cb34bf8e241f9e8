/* import_cmd.c: `conclab import FILE...`: merges learners' exported
 * progress into the database. Every file is checked completely before the
 * database is touched; then all are merged in one transaction, so a bad file
 * changes nothing. Merging is idempotent: a review is kept once per
 * learner, question and time; a card, reading or demo run only replaces an
 * older one. Files of every version up to PROGRESS_FILE_VERSION are read:
 * version 1 files may lack the challenge attempts. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "cli/cli.h"
#include "content/json_file.h"
#include "quiz/progress.h"
#include "quiz/when.h"
#include "store/store_bug.h"
#include "store/store_challenge.h"

#define MAX_FILE_BYTES (64u * 1024u * 1024u)

/* Reading one file: where we are and what went wrong. */
struct reader {
    const char *file;   /* the file, for messages */
    store *st;          /* NULL while only checking */
    int64_t learner;    /* the file's learner once merging */
    int added[6];       /* rows merged: cards, reviews, reading, demo runs,
                           challenge attempts, bug gallery steps */
    int kept[6];        /* rows already there */
    char err[1024];     /* "FILE: key path: what is wrong" */
    int db_failed;      /* the failure is the database's */
};

static int fail(struct reader *r, const char *path, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static int fail(struct reader *r, const char *path, const char *fmt, ...)
{
    va_list ap;
    int n = snprintf(r->err, sizeof r->err, "%s: %s%s", r->file, path, *path ? ": " : "");
    if (n < 0 || (size_t)n >= sizeof r->err)
        n = 0;
    va_start(ap, fmt);
    vsnprintf(r->err + n, sizeof r->err - (size_t)n, fmt, ap);
    va_end(ap);
    json_file_one_line(r->err, sizeof r->err);
    return -1;
}

/* Refuses keys outside allowed (a NULL-terminated list). */
static int check_keys(struct reader *r, const cJSON *obj, const char *path,
                      const char *const *allowed)
{
    if (!cJSON_IsObject(obj))
        return fail(r, path, "must be an object");
    for (const cJSON *k = obj->child; k; k = k->next) {
        int known = 0;
        for (const char *const *a = allowed; *a && !known; a++)
            known = strcmp(k->string, *a) == 0;
        if (!known)
            return fail(r, path, "unknown key \"%s\"", k->string);
    }
    return 0;
}

static const cJSON *member(struct reader *r, const cJSON *obj, const char *path, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!v)
        fail(r, path, "missing \"%s\"", key);
    return v;
}

static int get_string(struct reader *r, const cJSON *obj, const char *path, const char *key,
                      int nonempty, const char **out)
{
    *out = NULL; /* set on every path: the compiler cannot see fail's -1 */
    const cJSON *v = member(r, obj, path, key);
    if (!v)
        return -1;
    if (!cJSON_IsString(v) || (nonempty && !*v->valuestring))
        return fail(r, path, "\"%s\" must be a%s string", key, nonempty ? " non-empty" : "");
    *out = v->valuestring;
    return 0;
}

static int get_number(struct reader *r, const cJSON *obj, const char *path, const char *key,
                      double lo, double hi, int whole, double *out)
{
    *out = 0;
    const cJSON *v = member(r, obj, path, key);
    if (!v)
        return -1;
    double x = cJSON_IsNumber(v) ? v->valuedouble : lo - 1;
    if (!cJSON_IsNumber(v) || x < lo || x > hi || (whole && x != (double)(long long)x))
        return fail(r, path, "\"%s\" must be a%s number from %g to %g", key,
                    whole ? " whole" : "", lo, hi);
    *out = x;
    return 0;
}

static int get_time(struct reader *r, const cJSON *obj, const char *path, const char *key,
                    int64_t *out)
{
    const char *text;
    *out = 0;
    if (get_string(r, obj, path, key, 1, &text) != 0)
        return -1;
    if (when_parse_iso(text, out) != 0)
        return fail(r, path, "\"%s\" must be a UTC time like 2026-11-29T10:00:00Z", key);
    return 0;
}

/* The card fields of obj (a card, or a review's "before"). */
static int get_card(struct reader *r, const cJSON *obj, const char *path, fsrs_card *c)
{
    const char *state;
    double step, s, d, reps, lapses;
    if (get_string(r, obj, path, "state", 1, &state) != 0)
        return -1;
    if ((c->state = fsrs_state_parse(state)) < 0)
        return fail(r, path, "\"state\" must be new, learning, review or relearning");
    if (get_number(r, obj, path, "step", 0, FSRS_MAX_STEPS, 1, &step) ||
        get_number(r, obj, path, "stability", 0, 36500, 0, &s) ||
        get_number(r, obj, path, "difficulty", 0, 10, 0, &d) ||
        get_time(r, obj, path, "due", &c->due) ||
        get_time(r, obj, path, "last_review", &c->last_review) ||
        get_number(r, obj, path, "reps", 0, 1e9, 1, &reps) ||
        get_number(r, obj, path, "lapses", 0, 1e9, 1, &lapses))
        return -1;
    c->step = (int)step, c->stability = s, c->difficulty = d;
    c->reps = (int)reps, c->lapses = (int)lapses;
    return 0;
}

#define CARD_KEYS "state", "step", "stability", "difficulty", "due", "last_review", "reps", "lapses"

/* Counts a merge result into added/kept; fails on a database error. */
static int merged(struct reader *r, int kind, int rc)
{
    if (rc == STORE_ERROR) {
        snprintf(r->err, sizeof r->err, "%s", store_error(r->st));
        r->db_failed = 1;
        return -1;
    }
    if (rc == STORE_OK)
        r->added[kind]++;
    else
        r->kept[kind]++;
    return 0;
}

static int read_cardlist(struct reader *r, const cJSON *item, const char *path)
{
    static const char *const keys[] = {"question", CARD_KEYS, NULL};
    const char *question;
    fsrs_card c;
    if (check_keys(r, item, path, keys) || get_string(r, item, path, "question", 1, &question) ||
        get_card(r, item, path, &c))
        return -1;
    return r->st ? merged(r, 0, store_card_merge(r->st, r->learner, question, &c)) : 0;
}

static int read_review(struct reader *r, const cJSON *item, const char *path)
{
    static const char *const keys[] = {"question", "time",     "grade", "answer",
                                       "took_ms",  "feedback", "before", NULL};
    store_review rv;
    double grade, took;
    char sub[300];
    memset(&rv, 0, sizeof rv);
    if (check_keys(r, item, path, keys) || get_string(r, item, path, "question", 1, &rv.question) ||
        get_time(r, item, path, "time", &rv.time) ||
        get_number(r, item, path, "grade", 1, 4, 1, &grade) ||
        get_string(r, item, path, "answer", 0, &rv.answer) ||
        get_number(r, item, path, "took_ms", 0, 1e15, 1, &took) ||
        get_string(r, item, path, "feedback", 0, &rv.feedback))
        return -1;
    rv.grade = (int)grade;
    rv.took_ms = (int64_t)took;
    const cJSON *before = member(r, item, path, "before");
    if (!before)
        return -1;
    if (!cJSON_IsNull(before)) {
        static const char *const card_keys[] = {CARD_KEYS, NULL};
        snprintf(sub, sizeof sub, "%s.before", path);
        if (check_keys(r, before, sub, card_keys) || get_card(r, before, sub, &rv.before))
            return -1;
        rv.has_before = 1;
    }
    return r->st ? merged(r, 1, store_review_merge(r->st, r->learner, &rv)) : 0;
}

static int read_reading(struct reader *r, const cJSON *item, const char *path)
{
    static const char *const keys[] = {"section", "fraction", "position", "updated", NULL};
    const char *section;
    double fraction, position;
    int64_t updated;
    if (check_keys(r, item, path, keys) || get_string(r, item, path, "section", 1, &section) ||
        get_number(r, item, path, "fraction", 0, 1, 0, &fraction) ||
        get_number(r, item, path, "position", 0, 1e9, 1, &position) ||
        get_time(r, item, path, "updated", &updated))
        return -1;
    if (!r->st)
        return 0;
    return merged(r, 2, store_reading_merge(r->st, r->learner, section, fraction, (int)position,
                                            updated));
}

static int read_demo_run(struct reader *r, const cJSON *item, const char *path)
{
    static const char *const keys[] = {"demo", "seed", "verdict", "time", NULL};
    const char *seed;
    char *end;
    store_demo_run run;
    if (check_keys(r, item, path, keys) || get_string(r, item, path, "demo", 1, &run.demo) ||
        get_string(r, item, path, "seed", 1, &seed) ||
        get_string(r, item, path, "verdict", 1, &run.verdict) ||
        get_time(r, item, path, "time", &run.time))
        return -1;
    errno = 0;
    run.seed = strtoull(seed, &end, 10);
    if (*end || errno || *seed == '-')
        return fail(r, path, "\"seed\" must be a whole number 0 to 2^64-1, written as a string");
    return r->st ? merged(r, 3, store_demo_run_add(r->st, r->learner, &run)) : 0;
}

/* A whole count from 0 to 1e6 or null (-1) at key of obj. */
static int get_count_or_null(struct reader *r, const cJSON *obj, const char *path,
                             const char *key, int *out)
{
    const cJSON *v = member(r, obj, path, key);
    double x;
    if (v && cJSON_IsNull(v)) {
        *out = -1;
        return 0;
    }
    if (!v || get_number(r, obj, path, key, 0, 1e6, 1, &x) != 0)
        return -1;
    *out = (int)x;
    return 0;
}

static int read_challenge(struct reader *r, const cJSON *item, const char *path)
{
    static const char *const keys[] = {"kind",        "puzzle", "won", "moves",
                                       "preemptions", "fewest", "time", NULL};
    store_challenge c;
    if (check_keys(r, item, path, keys) || get_string(r, item, path, "kind", 1, &c.kind) ||
        get_string(r, item, path, "puzzle", 1, &c.puzzle) ||
        get_string(r, item, path, "moves", 0, &c.moves) ||
        get_count_or_null(r, item, path, "preemptions", &c.preemptions) ||
        get_count_or_null(r, item, path, "fewest", &c.fewest) ||
        get_time(r, item, path, "time", &c.time))
        return -1;
    if (strcmp(c.kind, "scheduler") != 0 && strcmp(c.kind, "predict") != 0)
        return fail(r, path, "\"kind\" must be \"scheduler\" or \"predict\"");
    const cJSON *won = member(r, item, path, "won");
    if (!won)
        return -1;
    if (!cJSON_IsBool(won))
        return fail(r, path, "\"won\" must be true or false");
    c.won = cJSON_IsTrue(won);
    return r->st ? merged(r, 4, store_challenge_merge(r->st, r->learner, &c)) : 0;
}

static int read_bug(struct reader *r, const cJSON *item, const char *path)
{
    static const char *const keys[] = {"bug", "step", "outcome", "time", NULL};
    static const char *const steps[] = {"read", "run", "explore", "fix", "answer", NULL};
    static const char *const outcomes[] = {"", "failed", "passed", "stopped", NULL};
    store_bug_step b;
    if (check_keys(r, item, path, keys) || get_string(r, item, path, "bug", 1, &b.bug) ||
        get_string(r, item, path, "step", 1, &b.step) ||
        get_string(r, item, path, "outcome", 0, &b.outcome) ||
        get_time(r, item, path, "time", &b.time))
        return -1;
    int known = 0;
    for (int i = 0; steps[i]; i++)
        known |= strcmp(b.step, steps[i]) == 0;
    if (!known)
        return fail(r, path, "\"step\" must be read, run, explore, fix or answer");
    known = 0;
    for (int i = 0; outcomes[i]; i++)
        known |= strcmp(b.outcome, outcomes[i]) == 0;
    if (!known)
        return fail(r, path, "\"outcome\" must be \"\", failed, passed or stopped");
    return r->st ? merged(r, 5, store_bug_add(r->st, r->learner, &b)) : 0;
}

/* Reads the array key of root item by item. */
static int read_list(struct reader *r, const cJSON *root, const char *key,
                     int (*item_fn)(struct reader *, const cJSON *, const char *))
{
    const cJSON *list = cJSON_GetObjectItemCaseSensitive(root, key);
    if (!list)
        return 0;
    if (!cJSON_IsArray(list))
        return fail(r, key, "must be an array");
    int i = 0;
    for (const cJSON *item = list->child; item; item = item->next, i++) {
        char path[64];
        snprintf(path, sizeof path, "%s[%d]", key, i);
        if (item_fn(r, item, path) != 0)
            return -1;
    }
    return 0;
}

/* Checks (r->st NULL) or merges one parsed file. */
static int read_file(struct reader *r, const cJSON *root)
{
    static const char *const keys[] = {"format", "version", "learner",   "exported",
                                       "cards",  "reviews", "reading", "demo_runs",
                                       "challenges", "bugs", NULL};
    const char *format, *learner;
    double version;
    if (check_keys(r, root, "", keys) || get_string(r, root, "", "format", 1, &format))
        return -1;
    if (strcmp(format, PROGRESS_FILE_FORMAT) != 0)
        return fail(r, "format", "not a conclab progress file (\"%s\")", format);
    if (get_number(r, root, "", "version", 1, 1e9, 1, &version) != 0)
        return -1;
    if (version > PROGRESS_FILE_VERSION)
        return fail(r, "version", "%g is newer than this conclab reads (%d)", version,
                    PROGRESS_FILE_VERSION);
    if (get_string(r, root, "", "learner", 1, &learner) != 0)
        return -1;
    if (version >= PROGRESS_FILE_CHALLENGES_VERSION && !member(r, root, "", "challenges"))
        return -1;
    if (version >= PROGRESS_FILE_BUGS_VERSION && !member(r, root, "", "bugs"))
        return -1;
    if (r->st && store_learner(r->st, learner, 1, when_clock(), &r->learner) != STORE_OK)
        return merged(r, 0, STORE_ERROR);
    return read_list(r, root, "cards", read_cardlist) ||
                   read_list(r, root, "reviews", read_review) ||
                   read_list(r, root, "reading", read_reading) ||
                   read_list(r, root, "demo_runs", read_demo_run) ||
                   read_list(r, root, "challenges", read_challenge) ||
                   read_list(r, root, "bugs", read_bug)
               ? -1
               : 0;
}

/* Merges every file in one transaction; returns an exit code. */
static int merge_all(cli_ctx *ctx, cJSON **docs, int n)
{
    store *st = NULL;
    char err[1024];
    int64_t now;
    int status = progress_open(ctx->db_path, &st, &now, err, sizeof err);
    if (status != 0) {
        cli_error("%s", err);
        return status;
    }
    struct reader *rs = calloc((size_t)n, sizeof *rs);
    if (!rs || store_begin(st) != STORE_OK) {
        cli_error("%s", rs ? store_error(st) : "import: out of memory");
        free(rs);
        store_close(st);
        return EXIT_DATABASE;
    }
    for (int i = 0; i < n && status == EXIT_OK; i++) {
        rs[i].file = ctx->argv[i + 1];
        rs[i].st = st;
        if (read_file(&rs[i], docs[i]) != 0) {
            cli_error("%s", rs[i].err);
            status = rs[i].db_failed ? EXIT_DATABASE : EXIT_CONTENT;
        }
    }
    if (store_end(st, status != EXIT_OK) != STORE_OK && status == EXIT_OK) {
        cli_error("%s", store_error(st));
        status = EXIT_DATABASE;
    }
    for (int i = 0; i < n && status == EXIT_OK; i++)
        printf("%s: merged %d cards, %d reviews, %d reading, %d demo runs, %d challenge "
               "attempts, %d bug gallery steps (%d already there)\n",
               rs[i].file, rs[i].added[0], rs[i].added[1], rs[i].added[2], rs[i].added[3],
               rs[i].added[4], rs[i].added[5],
               rs[i].kept[0] + rs[i].kept[1] + rs[i].kept[2] + rs[i].kept[3] + rs[i].kept[4] +
                   rs[i].kept[5]);
    free(rs);
    store_close(st);
    return status;
}

int cli_import(cli_ctx *ctx)
{
    int n = ctx->argc - 1, status = EXIT_OK;
    if (n < 1) {
        cli_error("import: which files? (import FILE...)");
        return EXIT_USAGE;
    }
    cJSON **docs = calloc((size_t)n, sizeof *docs);
    if (!docs) {
        cli_error("import: out of memory");
        return EXIT_USAGE;
    }
    for (int i = 0; i < n && status == EXIT_OK; i++) {
        struct reader r = {.file = ctx->argv[i + 1]};
        docs[i] = json_file_parse(r.file, MAX_FILE_BYTES, 0, r.err, sizeof r.err);
        if (!docs[i] || read_file(&r, docs[i]) != 0) {
            cli_error("%s", r.err);
            status = EXIT_CONTENT;
        }
    }
    if (status == EXIT_OK)
        status = merge_all(ctx, docs, n);
    for (int i = 0; i < n; i++)
        cJSON_Delete(docs[i]);
    free(docs);
    return status;
}
