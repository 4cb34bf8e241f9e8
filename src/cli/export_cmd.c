/* export_cmd.c: `conclab export`: one learner's whole progress (cards,
 * reviews with what they typed, reading, demo runs) as versioned JSON on
 * stdout, the format `conclab import` merges. Times are ISO 8601 UTC; seeds
 * are strings so 64 bits survive JSON's numbers. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "challenge/bug_record.h"
#include "challenge/record.h"
#include "cli/cli.h"
#include "quiz/progress.h"
#include "quiz/when.h"

static void add_time(cJSON *obj, const char *key, int64_t t)
{
    char iso[WHEN_ISO_LEN];
    when_format_iso(t, iso);
    cJSON_AddStringToObject(obj, key, iso);
}

/* The card's fields into obj. */
static void add_card_fields(cJSON *obj, const fsrs_card *c)
{
    cJSON_AddStringToObject(obj, "state", fsrs_state_name(c->state) ? fsrs_state_name(c->state)
                                                                     : "new");
    cJSON_AddNumberToObject(obj, "step", c->step);
    cJSON_AddNumberToObject(obj, "stability", c->stability);
    cJSON_AddNumberToObject(obj, "difficulty", c->difficulty);
    add_time(obj, "due", c->due);
    add_time(obj, "last_review", c->last_review);
    cJSON_AddNumberToObject(obj, "reps", c->reps);
    cJSON_AddNumberToObject(obj, "lapses", c->lapses);
}

static int put_card(void *ud, int64_t learner, const char *question, const fsrs_card *c)
{
    cJSON *o = cJSON_CreateObject();
    (void)learner;
    cJSON_AddStringToObject(o, "question", question);
    add_card_fields(o, c);
    cJSON_AddItemToArray(ud, o);
    return 0;
}

static int put_review(void *ud, int64_t learner, const store_review *r)
{
    cJSON *o = cJSON_CreateObject();
    (void)learner;
    cJSON_AddStringToObject(o, "question", r->question);
    add_time(o, "time", r->time);
    cJSON_AddNumberToObject(o, "grade", r->grade);
    cJSON_AddStringToObject(o, "answer", r->answer);
    cJSON_AddNumberToObject(o, "took_ms", (double)r->took_ms);
    cJSON_AddStringToObject(o, "feedback", r->feedback);
    if (r->has_before)
        add_card_fields(cJSON_AddObjectToObject(o, "before"), &r->before);
    else
        cJSON_AddNullToObject(o, "before");
    cJSON_AddItemToArray(ud, o);
    return 0;
}

static int put_reading(void *ud, const char *section, double fraction, int position,
                       int64_t updated)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "section", section);
    cJSON_AddNumberToObject(o, "fraction", fraction);
    cJSON_AddNumberToObject(o, "position", position);
    add_time(o, "updated", updated);
    cJSON_AddItemToArray(ud, o);
    return 0;
}

static int put_demo_run(void *ud, const store_demo_run *run)
{
    char seed[32];
    cJSON *o = cJSON_CreateObject();
    snprintf(seed, sizeof seed, "%" PRIu64, run->seed);
    cJSON_AddStringToObject(o, "demo", run->demo);
    cJSON_AddStringToObject(o, "seed", seed);
    cJSON_AddStringToObject(o, "verdict", run->verdict);
    add_time(o, "time", run->time);
    cJSON_AddItemToArray(ud, o);
    return 0;
}

int cli_export(cli_ctx *ctx)
{
    if (ctx->argc > 1) {
        cli_error("export: unknown argument '%s' (export takes none; use --user NAME)",
                  ctx->argv[1]);
        return EXIT_USAGE;
    }
    int64_t now, learner = -1;
    store *st = NULL;
    char err[1024];
    int status = progress_open(ctx->db_path, &st, &now, err, sizeof err);
    if (status != 0) {
        cli_error("%s", err);
        return status;
    }
    cJSON *root = cJSON_CreateObject();
    cJSON_AddStringToObject(root, "format", PROGRESS_FILE_FORMAT);
    cJSON_AddNumberToObject(root, "version", PROGRESS_FILE_VERSION);
    cJSON_AddStringToObject(root, "learner", ctx->user);
    add_time(root, "exported", now);
    cJSON *cards = cJSON_AddArrayToObject(root, "cards");
    cJSON *reviews = cJSON_AddArrayToObject(root, "reviews");
    cJSON *reading = cJSON_AddArrayToObject(root, "reading");
    cJSON *runs = cJSON_AddArrayToObject(root, "demo_runs");
    int found = store_learner(st, ctx->user, 0, now, &learner);
    if (found == STORE_NONE) {
        cli_error("export: no learner '%s' in %s (choose one with --user NAME)", ctx->user,
                  ctx->db_path);
        status = EXIT_USAGE;
    } else if (found == STORE_ERROR ||
        store_card_each(st, learner, put_card, cards) != STORE_OK ||
        store_review_each(st, learner, put_review, reviews) != STORE_OK ||
        store_reading_each(st, learner, put_reading, reading) != STORE_OK ||
        store_demo_run_each(st, learner, put_demo_run, runs) != STORE_OK ||
        record_add_json(root, st, learner) != STORE_OK ||
        bug_record_add_json(root, st, learner) != STORE_OK) {
        cli_error("%s", store_error(st));
        status = EXIT_DATABASE;
    }
    if (status == EXIT_OK) {
        if (progress_print_json(root) != 0)
            cli_error("export: out of memory"), status = EXIT_USAGE;
    } else {
        cJSON_Delete(root);
    }
    store_close(st);
    return status;
}
