/* record.c: the challenges in the learner's progress: one row per attempt
 * through the store, and the summary `conclab stats` prints. */
#include "challenge/record.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "quiz/when.h"

int record_attempt_in(store *st, const char *user, const store_challenge *c, char *err,
                      size_t errlen)
{
    int64_t learner, now = c->time ? c->time : (int64_t)time(NULL);
    store_challenge row = *c;
    row.time = now;
    if (store_learner(st, user, 1, now, &learner) != STORE_OK ||
        store_challenge_add(st, learner, &row) != STORE_OK) {
        snprintf(err, errlen, "%s", store_error(st));
        return -1;
    }
    return 0;
}

int record_attempt(const char *db_path, const char *user, const store_challenge *c, char *err,
                   size_t errlen)
{
    store *st;
    if (store_open(db_path, &st, err, errlen) != STORE_OK)
        return -1;
    int rc = record_attempt_in(st, user, c, err, errlen);
    store_close(st);
    return rc;
}

/* Totals of one puzzle and kind. */
typedef struct tally {
    char puzzle[48];  /* the puzzle */
    char kind[16];    /* "scheduler" or "predict" */
    int attempts;     /* rows */
    int won;          /* rows won */
    int best;         /* fewest preemptions in a won game, -1 none */
    int fewest;       /* the puzzle's fewest, as last recorded */
} tally;

/* The tallies being gathered. */
typedef struct tallies {
    tally *t;     /* one per puzzle and kind, in first-seen order */
    size_t n;     /* used */
    int oom;      /* memory ran out */
} tallies;

static int tally_row(void *ud, const store_challenge *c)
{
    tallies *ts = ud;
    tally *t = NULL;
    for (size_t i = 0; i < ts->n && !t; i++)
        if (strcmp(ts->t[i].puzzle, c->puzzle) == 0 && strcmp(ts->t[i].kind, c->kind) == 0)
            t = &ts->t[i];
    if (!t) {
        tally *grown = realloc(ts->t, (ts->n + 1) * sizeof *grown);
        if (!grown) {
            ts->oom = 1;
            return 1;
        }
        ts->t = grown;
        t = &ts->t[ts->n++];
        memset(t, 0, sizeof *t);
        snprintf(t->puzzle, sizeof t->puzzle, "%s", c->puzzle);
        snprintf(t->kind, sizeof t->kind, "%s", c->kind);
        t->best = -1;
    }
    t->attempts++;
    t->won += c->won != 0;
    if (c->won && c->preemptions >= 0 && (t->best < 0 || c->preemptions < t->best))
        t->best = c->preemptions;
    t->fewest = c->fewest;
    return 0;
}

int record_print_text(FILE *f, store *st, int64_t learner)
{
    tallies ts = {NULL, 0, 0};
    if (store_challenge_each(st, learner, tally_row, &ts) != STORE_OK || ts.oom) {
        free(ts.t);
        return STORE_ERROR;
    }
    if (ts.n)
        fprintf(f, "\nChallenges:\n");
    for (size_t i = 0; i < ts.n; i++) {
        const tally *t = &ts.t[i];
        if (strcmp(t->kind, "predict") == 0) {
            fprintf(f, "  %-18s which outputs:     %d of %d answered exactly\n", t->puzzle,
                    t->won, t->attempts);
        } else {
            fprintf(f, "  %-18s you the scheduler: won %d of %d", t->puzzle, t->won,
                    t->attempts);
            if (t->best >= 0)
                fprintf(f, ", best %d preemption%s", t->best, t->best == 1 ? "" : "s");
            if (t->fewest >= 0)
                fprintf(f, " (fewest possible %d)", t->fewest);
            else
                fprintf(f, " (no schedule breaks it)");
            fputc('\n', f);
        }
    }
    free(ts.t);
    return STORE_OK;
}

static int json_row(void *ud, const store_challenge *c)
{
    cJSON *o = cJSON_CreateObject(), *list = ud;
    char iso[WHEN_ISO_LEN];
    when_format_iso(c->time, iso);
    cJSON_AddStringToObject(o, "kind", c->kind);
    cJSON_AddStringToObject(o, "puzzle", c->puzzle);
    cJSON_AddBoolToObject(o, "won", c->won != 0);
    cJSON_AddStringToObject(o, "moves", c->moves);
    if (c->preemptions >= 0)
        cJSON_AddNumberToObject(o, "preemptions", c->preemptions);
    else
        cJSON_AddNullToObject(o, "preemptions");
    if (c->fewest >= 0)
        cJSON_AddNumberToObject(o, "fewest", c->fewest);
    else
        cJSON_AddNullToObject(o, "fewest");
    cJSON_AddStringToObject(o, "time", iso);
    cJSON_AddItemToArray(list, o);
    return 0;
}

int record_add_json(cJSON *root, store *st, int64_t learner)
{
    cJSON *list = cJSON_AddArrayToObject(root, "challenges");
    return store_challenge_each(st, learner, json_row, list);
}
