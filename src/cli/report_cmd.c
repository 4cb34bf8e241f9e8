/* report_cmd.c: `conclab report [--format text|csv|json]`, the instructor's
 * view of a class sharing one database (or merged with `import`): per
 * question the class's average recall now, its lapse rate and how many have
 * studied it, the hardest questions, per challenge puzzle how many tried and
 * won it, and each learner's standing (challenges included). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "cli/cli.h"
#include "quiz/progress.h"
#include "quiz/when.h"
#include "store/store_challenge.h"

/* Challenge attempts of one kind, counted. */
struct attempts {
    int tried;       /* attempts made */
    int won;         /* of which won (broke the program / answered exactly) */
};

/* One learner's standing. */
struct learner {
    char *name;                  /* learner name */
    progress p;                  /* their progress now */
    struct attempts games;       /* "you are the scheduler" games */
    struct attempts predictions; /* "which outputs?" answers */
};

/* The class, per challenge puzzle and kind. */
struct challenge_row {
    char puzzle[48];       /* the puzzle's name */
    char kind[16];         /* "scheduler" or "predict" */
    int learners;          /* learners who tried it */
    int winners;           /* learners who won it at least once */
    struct attempts all;   /* every attempt of the class */
    size_t last_learner;   /* 1 + index of the last learner counted in learners */
    size_t last_winner;    /* 1 + index of the last learner counted in winners */
};

/* The class, per question. */
struct question_row {
    const content_question *q; /* the question */
    int studied;               /* learners who studied it */
    double recall;             /* mean recall among them */
    int reviews;               /* grades given by the class */
    int lapses;                /* lapses in the class */
};

struct report {
    const content *c;
    store *st;
    int64_t now;
    struct learner *learners;
    size_t count, cap;
    struct question_row *rows;
    struct challenge_row *challenges; /* in first-attempted order */
    size_t challenge_count;
    int failed;                 /* progress_load failed */
    char err[1024];
};

/* The class row of c's puzzle and kind, added when new; NULL when out of
 * memory. */
static struct challenge_row *challenge_row_of(struct report *r, const store_challenge *c)
{
    for (size_t i = 0; i < r->challenge_count; i++)
        if (strcmp(r->challenges[i].puzzle, c->puzzle) == 0 &&
            strcmp(r->challenges[i].kind, c->kind) == 0)
            return &r->challenges[i];
    struct challenge_row *grown =
        realloc(r->challenges, (r->challenge_count + 1) * sizeof *grown);
    if (!grown)
        return NULL;
    r->challenges = grown;
    struct challenge_row *row = &grown[r->challenge_count++];
    memset(row, 0, sizeof *row);
    snprintf(row->puzzle, sizeof row->puzzle, "%s", c->puzzle);
    snprintf(row->kind, sizeof row->kind, "%s", c->kind);
    return row;
}

/* Counts attempt c of the learner being added (r->learners[r->count]). */
static int count_attempt(void *ud, const store_challenge *c)
{
    struct report *r = ud;
    struct learner *l = &r->learners[r->count];
    struct challenge_row *row = challenge_row_of(r, c);
    if (!row) {
        snprintf(r->err, sizeof r->err, "out of memory");
        r->failed = 1;
        return 1;
    }
    struct attempts *mine = strcmp(c->kind, "predict") == 0 ? &l->predictions : &l->games;
    mine->tried++, row->all.tried++;
    mine->won += c->won != 0, row->all.won += c->won != 0;
    if (row->last_learner != r->count + 1)
        row->learners++, row->last_learner = r->count + 1;
    if (c->won && row->last_winner != r->count + 1)
        row->winners++, row->last_winner = r->count + 1;
    return 0;
}

static int add_learner(void *ud, int64_t id, const char *name)
{
    struct report *r = ud;
    if (r->count == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 8;
        struct learner *grown = realloc(r->learners, cap * sizeof *grown);
        if (!grown)
            goto oom;
        r->learners = grown;
        r->cap = cap;
    }
    struct learner *l = &r->learners[r->count];
    memset(l, 0, sizeof *l);
    l->name = strdup(name);
    if (!l->name)
        goto oom;
    if (progress_load(r->st, r->c, id, r->now, &l->p, r->err, sizeof r->err) != STORE_OK) {
        free(l->name);
        r->failed = 1;
        return 1;
    }
    if (store_challenge_each(r->st, id, count_attempt, r) != STORE_OK || r->failed) {
        if (!r->failed)
            snprintf(r->err, sizeof r->err, "%s", store_error(r->st));
        progress_free(&l->p);
        free(l->name);
        r->failed = 1;
        return 1;
    }
    r->count++;
    return 0;
oom:
    snprintf(r->err, sizeof r->err, "out of memory");
    r->failed = 1;
    return 1;
}

static void tally(struct report *r)
{
    for (size_t i = 0; i < r->c->question_count; i++) {
        struct question_row *row = &r->rows[i];
        row->q = &r->c->questions[i];
        double sum = 0;
        for (size_t k = 0; k < r->count; k++) {
            const progress_question *pq = &r->learners[k].p.questions[i];
            row->studied += pq->studied;
            sum += pq->recall;
            row->reviews += pq->reviews;
            row->lapses += pq->card.lapses;
        }
        row->recall = row->studied ? sum / row->studied : 0;
    }
}

/* Hardest first: studied before unstudied, then lower recall, then more
 * lapses per review. */
static int harder(const void *a, const void *b)
{
    const struct question_row *x = *(struct question_row *const *)a;
    const struct question_row *y = *(struct question_row *const *)b;
    if (!x->studied != !y->studied)
        return x->studied ? -1 : 1;
    if (x->recall != y->recall)
        return x->recall < y->recall ? -1 : 1;
    return x->q->number - y->q->number;
}

static double lapse_rate(const struct question_row *row)
{
    return row->reviews ? (double)row->lapses / row->reviews : 0;
}

static void print_text(const struct report *r, struct question_row **hard, size_t nhard)
{
    char iso[WHEN_ISO_LEN];
    when_format_iso(r->now, iso);
    printf("Class report at %s: %zu learner%s, %zu questions\n\n", iso, r->count,
           r->count == 1 ? "" : "s", r->c->question_count);
    printf("%3s  %-28s %7s %7s %7s %10s\n", "#", "question", "studied", "recall", "reviews",
           "lapse rate");
    for (size_t i = 0; i < r->c->question_count; i++) {
        const struct question_row *row = &r->rows[i];
        char recall[16] = "-";
        if (row->studied)
            snprintf(recall, sizeof recall, "%.0f%%", row->recall * 100);
        printf("%3d  %-28.28s %3d/%-3zu %7s %7d %9.0f%%\n", row->q->number, row->q->id,
               row->studied, r->count, recall, row->reviews, lapse_rate(row) * 100);
    }
    printf("\nHardest questions:");
    for (size_t i = 0; i < nhard; i++)
        printf("%s %d %s (%.0f%%)", i ? "," : "", hard[i]->q->number, hard[i]->q->id,
               hard[i]->recall * 100);
    printf("%s\n\n", nhard ? "" : " none studied yet");
    printf("Challenges (learners who tried, who won, attempts won of made):%s\n",
           r->challenge_count ? "" : " none tried yet");
    for (size_t i = 0; i < r->challenge_count; i++) {
        const struct challenge_row *row = &r->challenges[i];
        printf("  %-20.20s %-17s tried %3d/%-3zu won %3d/%-3zu attempts %d/%d\n", row->puzzle,
               strcmp(row->kind, "predict") == 0 ? "which outputs" : "you the scheduler",
               row->learners, r->count, row->winners, r->count, row->all.won, row->all.tried);
    }
    printf("\n%-20s %7s %7s %7s %7s %6s  %-20s %7s %11s\n", "learner", "studied", "recall",
           "reviews", "lapses", "streak", "last review", "games", "predictions");
    for (size_t k = 0; k < r->count; k++) {
        const struct learner *l = &r->learners[k];
        const progress *p = &l->p;
        char games[32], predictions[32];
        snprintf(games, sizeof games, "%d/%d", l->games.won, l->games.tried);
        snprintf(predictions, sizeof predictions, "%d/%d", l->predictions.won,
                 l->predictions.tried);
        when_format_iso(p->last_review, iso);
        printf("%-20.20s %3d/%-3zu %6.0f%% %7d %7d %6d  %-20s %7s %11s\n", l->name, p->studied,
               p->question_count, p->recall * 100, p->reviews, p->lapses, p->streak,
               p->last_review ? iso : "never", games, predictions);
    }
}

/* CSV: one table, a kind column telling question rows from learner rows. */
static void csv_field(const char *s)
{
    putchar('"');
    for (; *s; s++) {
        if (*s == '"')
            putchar('"');
        putchar(*s);
    }
    putchar('"');
}

static void print_csv(const struct report *r)
{
    printf("kind,number,id,studied,recall,reviews,lapses,lapse_rate,streak,last_review,"
           "games_tried,games_won,predictions_tried,predictions_won,winners\n");
    for (size_t i = 0; i < r->c->question_count; i++) {
        const struct question_row *row = &r->rows[i];
        printf("question,%d,", row->q->number);
        csv_field(row->q->id);
        printf(",%d,%.4f,%d,%d,%.4f,,,,,,,\n", row->studied, row->recall, row->reviews,
               row->lapses, lapse_rate(row));
    }
    for (size_t i = 0; i < r->challenge_count; i++) {
        const struct challenge_row *row = &r->challenges[i];
        int predict = strcmp(row->kind, "predict") == 0;
        printf("%s,,", row->kind);
        csv_field(row->puzzle);
        printf(",%d,,,,,,", row->learners);
        if (predict)
            printf(",,,%d,%d,%d\n", row->all.tried, row->all.won, row->winners);
        else
            printf(",%d,%d,,,%d\n", row->all.tried, row->all.won, row->winners);
    }
    for (size_t k = 0; k < r->count; k++) {
        const struct learner *l = &r->learners[k];
        const progress *p = &l->p;
        char iso[WHEN_ISO_LEN];
        when_format_iso(p->last_review, iso);
        printf("learner,,");
        csv_field(l->name);
        printf(",%d,%.4f,%d,%d,,%d,%s,%d,%d,%d,%d,\n", p->studied, p->recall, p->reviews,
               p->lapses, p->streak, p->last_review ? iso : "", l->games.tried, l->games.won,
               l->predictions.tried, l->predictions.won);
    }
}

/* Adds key: {"tried", "won"} to obj. */
static void add_attempts(cJSON *obj, const char *key, const struct attempts *a)
{
    cJSON *o = cJSON_AddObjectToObject(obj, key);
    cJSON_AddNumberToObject(o, "tried", a->tried);
    cJSON_AddNumberToObject(o, "won", a->won);
}

static int print_json(const struct report *r, struct question_row **hard, size_t nhard)
{
    char iso[WHEN_ISO_LEN];
    cJSON *root = cJSON_CreateObject();
    when_format_iso(r->now, iso);
    cJSON_AddStringToObject(root, "now", iso);
    cJSON *qs = cJSON_AddArrayToObject(root, "questions");
    for (size_t i = 0; i < r->c->question_count; i++) {
        const struct question_row *row = &r->rows[i];
        cJSON *o = cJSON_CreateObject();
        cJSON_AddNumberToObject(o, "number", row->q->number);
        cJSON_AddStringToObject(o, "id", row->q->id);
        cJSON_AddNumberToObject(o, "studied", row->studied);
        cJSON_AddNumberToObject(o, "recall", row->recall);
        cJSON_AddNumberToObject(o, "reviews", row->reviews);
        cJSON_AddNumberToObject(o, "lapses", row->lapses);
        cJSON_AddNumberToObject(o, "lapse_rate", lapse_rate(row));
        cJSON_AddItemToArray(qs, o);
    }
    cJSON *hs = cJSON_AddArrayToObject(root, "hardest");
    for (size_t i = 0; i < nhard; i++)
        cJSON_AddItemToArray(hs, cJSON_CreateString(hard[i]->q->id));
    cJSON *cs = cJSON_AddArrayToObject(root, "challenges");
    for (size_t i = 0; i < r->challenge_count; i++) {
        const struct challenge_row *row = &r->challenges[i];
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "puzzle", row->puzzle);
        cJSON_AddStringToObject(o, "kind", row->kind);
        cJSON_AddNumberToObject(o, "learners", row->learners);
        cJSON_AddNumberToObject(o, "winners", row->winners);
        add_attempts(o, "attempts", &row->all);
        cJSON_AddItemToArray(cs, o);
    }
    cJSON *ls = cJSON_AddArrayToObject(root, "learners");
    for (size_t k = 0; k < r->count; k++) {
        const progress *p = &r->learners[k].p;
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "name", r->learners[k].name);
        cJSON_AddNumberToObject(o, "studied", p->studied);
        cJSON_AddNumberToObject(o, "recall", p->recall);
        cJSON_AddNumberToObject(o, "known", p->known);
        cJSON_AddNumberToObject(o, "reviews", p->reviews);
        cJSON_AddNumberToObject(o, "lapses", p->lapses);
        cJSON_AddNumberToObject(o, "streak", p->streak);
        add_attempts(o, "games", &r->learners[k].games);
        add_attempts(o, "predictions", &r->learners[k].predictions);
        when_format_iso(p->last_review, iso);
        if (p->last_review)
            cJSON_AddStringToObject(o, "last_review", iso);
        else
            cJSON_AddNullToObject(o, "last_review");
        cJSON_AddItemToArray(ls, o);
    }
    return progress_print_json(root);
}

/* Reads the options: the format, "text" by default. */
static int parse_format(cli_ctx *ctx, const char **format)
{
    *format = "text";
    for (int i = 1; i < ctx->argc; i++) {
        const char *a = ctx->argv[i];
        if (strncmp(a, "--format=", 9) == 0)
            *format = a + 9;
        else if (strcmp(a, "--format") == 0 && i + 1 < ctx->argc)
            *format = ctx->argv[++i];
        else {
            cli_error("report: unknown argument '%s' (report [--format text|csv|json])", a);
            return -1;
        }
    }
    if (strcmp(*format, "text") && strcmp(*format, "csv") && strcmp(*format, "json")) {
        cli_error("report: unknown format '%s' (text, csv or json)", *format);
        return -1;
    }
    return 0;
}

int cli_report(cli_ctx *ctx)
{
    const char *format;
    if (parse_format(ctx, &format) != 0)
        return EXIT_USAGE;
    struct report r = {.c = ctx->content};
    int status = progress_open(ctx->db_path, &r.st, &r.now, r.err, sizeof r.err);
    if (status != 0) {
        cli_error("%s", r.err);
        return status;
    }
    size_t n = ctx->content->question_count;
    r.rows = calloc(n ? n : 1, sizeof *r.rows);
    struct question_row **hard = calloc(n ? n : 1, sizeof *hard);
    if (!r.rows || !hard) {
        cli_error("report: out of memory");
        status = EXIT_USAGE;
    } else if (store_learner_each(r.st, add_learner, &r) != STORE_OK || r.failed) {
        cli_error("%s", r.failed ? r.err : store_error(r.st));
        status = EXIT_DATABASE;
    } else {
        tally(&r);
        size_t nhard = 0;
        for (size_t i = 0; i < n; i++)
            hard[nhard++] = &r.rows[i];
        qsort(hard, nhard, sizeof *hard, harder);
        while (nhard > 0 && !hard[nhard - 1]->studied)
            nhard--;
        nhard = nhard > 3 ? 3 : nhard;
        if (strcmp(format, "csv") == 0)
            print_csv(&r);
        else if (strcmp(format, "json") == 0 ? print_json(&r, hard, nhard) != 0 : 0)
            cli_error("report: out of memory"), status = EXIT_USAGE;
        else if (strcmp(format, "text") == 0)
            print_text(&r, hard, nhard);
    }
    for (size_t k = 0; k < r.count; k++) {
        free(r.learners[k].name);
        progress_free(&r.learners[k].p);
    }
    free(r.learners);
    free(r.challenges);
    free(r.rows);
    free(hard);
    store_close(r.st);
    return status;
}
