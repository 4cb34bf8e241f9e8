/* stats_cmd.c: `conclab stats [--json]`: one learner's progress: per
 * question reviews, lapses, stability, difficulty, recall now and next due;
 * per section reading and how well its questions are known; the 7-day
 * forecast of due cards; the streak. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cjson/cJSON.h>

#include "challenge/bug_record.h"
#include "challenge/record.h"
#include "cli/cli.h"
#include "quiz/progress.h"
#include "quiz/when.h"

/* "in 3 days", "due now", "new" for a question. */
static void due_words(const progress *p, const progress_question *q, char *buf, size_t len)
{
    if (!q->studied) {
        snprintf(buf, len, "new");
    } else if (q->card.due <= p->now) {
        char ago[48];
        when_describe(q->card.due - p->now, ago, sizeof ago);
        snprintf(buf, len, strcmp(ago, "now") == 0 ? "due now" : "due (since %s)", ago);
    } else {
        when_describe(q->card.due - p->now, buf, len);
    }
}

static void day_name(int64_t day, char *buf, size_t len)
{
    time_t t = (time_t)day;
    struct tm tm;
    localtime_r(&t, &tm);
    strftime(buf, len, "%a %d", &tm);
}

static void print_text(const char *user, const progress *p)
{
    char iso[WHEN_ISO_LEN], due[64];
    when_format_iso(p->now, iso);
    printf("Progress of %s at %s: %d of %zu questions studied, %d reviews, recall %.0f%% of "
           "the studied, known %.0f%% of all\n",
           user, iso, p->studied, p->question_count, p->reviews, p->recall * 100, p->known * 100);
    printf("(recall: FSRS's chance you remember a card now; known: recall averaged over every "
           "question, an unstudied one as 0)\n\n");
    printf("%3s  %-28s %7s %6s %9s %10s %6s  %s\n", "#", "question", "reviews", "lapses",
           "stability", "difficulty", "recall", "next");
    for (size_t i = 0; i < p->question_count; i++) {
        const progress_question *q = &p->questions[i];
        due_words(p, q, due, sizeof due);
        if (q->studied)
            printf("%3d  %-28.28s %7d %6d %7.1f d %10.2f %5.0f%%  %s\n", q->question->number,
                   q->question->id, q->reviews, q->card.lapses, q->card.stability,
                   q->card.difficulty, q->recall * 100, due);
        else
            printf("%3d  %-28.28s %7d %6s %9s %10s %6s  %s\n", q->question->number,
                   q->question->id, q->reviews, "-", "-", "-", "-", due);
    }
    printf("\n%3s  %-28s %5s %9s %7s %6s\n", "#", "section", "read", "questions", "studied",
           "known");
    for (size_t i = 0; i < p->section_count; i++) {
        const progress_section *s = &p->sections[i];
        char known[16] = "-"; /* a section no question is about */
        if (s->questions)
            snprintf(known, sizeof known, "%.0f%%", s->known * 100);
        printf("%3zu  %-28.28s %4.0f%% %9d %7d %6s\n", i + 1, s->section->id, s->read * 100,
               s->questions, s->studied, known);
    }
    printf("\nDue in the next %d days:", PROGRESS_FORECAST_DAYS);
    for (int i = 0; i < PROGRESS_FORECAST_DAYS; i++) {
        char name[32];
        day_name(p->forecast_day[i], name, sizeof name);
        printf("%s %s: %d", i ? "," : "", i == 0 ? "today" : name, p->forecast[i]);
    }
    printf("\nStreak: %d day%s (%d review%s today)\n", p->streak, p->streak == 1 ? "" : "s",
           p->reviews_today, p->reviews_today == 1 ? "" : "s");
}

/* Adds "key": ISO time, or null for 0. */
static void add_time(cJSON *obj, const char *key, int64_t t)
{
    char iso[WHEN_ISO_LEN];
    when_format_iso(t, iso);
    if (t)
        cJSON_AddStringToObject(obj, key, iso);
    else
        cJSON_AddNullToObject(obj, key);
}

static cJSON *to_json(const char *user, const progress *p)
{
    cJSON *root = cJSON_CreateObject(), *qs, *ss, *fc;
    cJSON_AddStringToObject(root, "learner", user);
    add_time(root, "now", p->now);
    cJSON_AddNumberToObject(root, "reviews", p->reviews);
    cJSON_AddNumberToObject(root, "studied", p->studied);
    cJSON_AddNumberToObject(root, "recall", p->recall);
    cJSON_AddNumberToObject(root, "known", p->known);
    cJSON_AddNumberToObject(root, "streak", p->streak);
    cJSON_AddNumberToObject(root, "reviews_today", p->reviews_today);
    qs = cJSON_AddArrayToObject(root, "questions");
    for (size_t i = 0; i < p->question_count; i++) {
        const progress_question *q = &p->questions[i];
        cJSON *o = cJSON_CreateObject();
        cJSON_AddNumberToObject(o, "number", q->question->number);
        cJSON_AddStringToObject(o, "id", q->question->id);
        cJSON_AddStringToObject(o, "state", q->studied ? fsrs_state_name(q->card.state) : "new");
        cJSON_AddNumberToObject(o, "reviews", q->reviews);
        cJSON_AddNumberToObject(o, "lapses", q->card.lapses);
        if (q->studied) {
            cJSON_AddNumberToObject(o, "stability", q->card.stability);
            cJSON_AddNumberToObject(o, "difficulty", q->card.difficulty);
            cJSON_AddNumberToObject(o, "recall", q->recall);
        } else {
            cJSON_AddNullToObject(o, "stability");
            cJSON_AddNullToObject(o, "difficulty");
            cJSON_AddNullToObject(o, "recall");
        }
        add_time(o, "due", q->studied ? q->card.due : 0);
        cJSON_AddItemToArray(qs, o);
    }
    ss = cJSON_AddArrayToObject(root, "sections");
    for (size_t i = 0; i < p->section_count; i++) {
        const progress_section *s = &p->sections[i];
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "id", s->section->id);
        cJSON_AddNumberToObject(o, "read", s->read);
        cJSON_AddNumberToObject(o, "position", s->position);
        cJSON_AddNumberToObject(o, "questions", s->questions);
        cJSON_AddNumberToObject(o, "studied", s->studied);
        if (s->questions)
            cJSON_AddNumberToObject(o, "known", s->known);
        else
            cJSON_AddNullToObject(o, "known");
        cJSON_AddItemToArray(ss, o);
    }
    fc = cJSON_AddArrayToObject(root, "forecast");
    for (int i = 0; i < PROGRESS_FORECAST_DAYS; i++) {
        cJSON *o = cJSON_CreateObject();
        add_time(o, "day", p->forecast_day[i]);
        cJSON_AddNumberToObject(o, "due", p->forecast[i]);
        cJSON_AddItemToArray(fc, o);
    }
    return root;
}

int cli_stats(cli_ctx *ctx)
{
    int json = 0;
    for (int i = 1; i < ctx->argc; i++) {
        if (strcmp(ctx->argv[i], "--json") == 0) {
            json = 1;
        } else {
            cli_error("stats: unknown argument '%s' (stats [--json])", ctx->argv[i]);
            return EXIT_USAGE;
        }
    }
    int64_t now;
    store *st = NULL;
    char err[1024];
    int status = progress_open(ctx->db_path, &st, &now, err, sizeof err);
    if (status != 0) {
        cli_error("%s", err);
        return status;
    }
    int64_t learner = -1; /* unknown learner: no rows, all new */
    progress p;
    int rc = store_learner(st, ctx->user, 0, now, &learner);
    if (rc == STORE_ERROR || progress_load(st, ctx->content, learner, now, &p, err, sizeof err)) {
        cli_error("%s", rc == STORE_ERROR ? store_error(st) : err);
        store_close(st);
        return EXIT_DATABASE;
    }
    if (json) {
        cJSON *root = to_json(ctx->user, &p);
        if (record_add_json(root, st, learner) != STORE_OK ||
            bug_record_add_json(root, st, learner) != STORE_OK) {
            cli_error("%s", store_error(st));
            cJSON_Delete(root);
            status = EXIT_DATABASE;
        } else if (progress_print_json(root) != 0)
            cli_error("stats: out of memory"), status = EXIT_USAGE;
    } else {
        print_text(ctx->user, &p);
        if (record_print_text(stdout, st, learner) != STORE_OK ||
            bug_record_print_text(stdout, st, learner, ctx->content) != STORE_OK)
            cli_error("%s", store_error(st)), status = EXIT_DATABASE;
    }
    progress_free(&p);
    store_close(st);
    return status;
}
