/* demo_cmd.c: `conclab demo list` and `conclab demo NAME [options]`: runs a
 * demonstration on the runtime and prints its output part by part (with the
 * runtime's trace when asked), or explores every schedule of its parts; the
 * exit code says whether it showed its concept, and the run is recorded in
 * the learner's progress. With CONCLAB_DEMO_QUICK set in the environment,
 * the measuring parts make a token run instead of measuring (tests use it). */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdbool.h>
#include <unistd.h>
#include <time.h>

#include <cjson/cJSON.h>

#include "cli/cli.h"
#include "demos/demos.h"
#include "explore/explore.h"
#include "rt/rt.h"
#include "store/store.h"

static const char demo_usage[] =
    "usage: conclab demo list | conclab demo NAME [--seed N] [--trace] [--part K] [--race] "
    "[--explore [--json] [--no-reduce] [--budget D]] [--schedule S] [--pct N]";

/* What the command line asked for. */
typedef struct demo_args {
    demos_options run;   /* seed, trace, part, race, schedule */
    int explore;         /* --explore */
    int json;            /* --json (with --explore or --pct) */
    int no_reduce;       /* --no-reduce: explore without sleep sets */
    long long budget_ns; /* --budget: wall time of each part's search */
    uint64_t pct;        /* --pct N: N randomized PCT schedules, 0: none */
} demo_args;

static int demo_list(const content *c)
{
    for (size_t i = 0; i < demos_count; i++) {
        const demo *d = demos_table[i];
        const content_demo *words = c ? content_find_demo(c, d->name) : NULL;
        printf("%-28s %-28s %s\n", d->name, d->section,
               words ? words->summary : "(no summary in demos.json)");
    }
    return EXIT_OK;
}

/* Parses a whole unsigned decimal number; 0 on success. */
static int parse_u64(const char *s, uint64_t *out)
{
    if (!s || *s < '0' || *s > '9')
        return -1;
    errno = 0;
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end)
        return -1;
    *out = v;
    return 0;
}

/* Takes the value of "--opt VALUE" or "--opt=VALUE" at argv[*i]. Returns 1
 * when argv[*i] is the option (*value set, or NULL when it is missing). */
static int take_value(cli_ctx *ctx, int *i, const char *opt, const char **value)
{
    const char *arg = ctx->argv[*i];
    size_t len = strlen(opt);
    if (strncmp(arg, opt, len) != 0 || (arg[len] != '\0' && arg[len] != '='))
        return 0;
    *value = arg[len] == '=' ? arg + len + 1 : *i + 1 < ctx->argc ? ctx->argv[++*i] : NULL;
    return 1;
}

/* Parses the value of option opt as a number from lo to hi into *out.
 * Returns 0, or -1 after one line on stderr. */
static int number_of(const char *opt, const char *value, uint64_t lo, uint64_t hi, uint64_t *out)
{
    if (parse_u64(value, out) != 0) {
        cli_error("%s needs a whole number, not '%s'", opt, value ? value : "");
        return -1;
    }
    if (*out < lo || *out > hi) {
        cli_error("%s must be from %" PRIu64 " to %" PRIu64, opt, lo, hi);
        return -1;
    }
    return 0;
}

/* Parses the options after NAME into *a. Returns 0, or EXIT_USAGE after
 * one line on stderr. */
static int parse_args(cli_ctx *ctx, const demo *d, demo_args *a)
{
    const char *quick = getenv("CONCLAB_DEMO_QUICK");
    memset(a, 0, sizeof *a);
    a->run.seed = 1;
    a->run.measure = !(quick && *quick);
    for (int i = 2; i < ctx->argc; i++) {
        const char *arg = ctx->argv[i], *value;
        uint64_t n;
        if (strcmp(arg, "--trace") == 0) {
            a->run.trace = 1;
        } else if (strcmp(arg, "--race") == 0) {
            a->run.race = 1;
        } else if (strcmp(arg, "--explore") == 0) {
            a->explore = 1;
        } else if (strcmp(arg, "--json") == 0) {
            a->json = 1;
        } else if (strcmp(arg, "--no-reduce") == 0) {
            a->no_reduce = 1;
        } else if (take_value(ctx, &i, "--budget", &value)) {
            a->budget_ns = value ? cli_parse_duration(value) : 0;
            if (a->budget_ns <= 0) {
                cli_error("--budget needs a duration such as 10s, 500ms or 2m");
                return EXIT_USAGE;
            }
        } else if (take_value(ctx, &i, "--schedule", &value)) {
            if (!value || !*value) {
                cli_error("--schedule needs a schedule string (as --explore prints)");
                return EXIT_USAGE;
            }
            /* a malformed schedule is a usage error, found before running */
            rt *probe = rt_new(&(rt_config){.policy = RT_REPLAY, .schedule = value});
            if (!probe) {
                cli_error("--schedule '%s' is not a schedule string (as --explore prints)", value);
                return EXIT_USAGE;
            }
            rt_free(probe);
            a->run.schedule = value;
        } else if (take_value(ctx, &i, "--seed", &value)) {
            if (number_of("--seed", value, 0, UINT64_MAX, &a->run.seed) != 0)
                return EXIT_USAGE;
        } else if (take_value(ctx, &i, "--part", &value)) {
            if (number_of("--part", value, 1, d->part_count, &n) != 0)
                return EXIT_USAGE;
            a->run.only_part = (int)n;
        } else if (take_value(ctx, &i, "--pct", &value)) {
            if (number_of("--pct", value, 1, 1000000, &a->pct) != 0)
                return EXIT_USAGE;
        } else {
            cli_error("unknown option '%s' for demo (%s)", arg, demo_usage);
            return EXIT_USAGE;
        }
    }
    if (a->json && !a->explore && !a->pct) {
        cli_error("--json goes with --explore or --pct");
        return EXIT_USAGE;
    }
    if (a->budget_ns && !a->explore && !a->pct) {
        cli_error("--budget goes with --explore or --pct");
        return EXIT_USAGE;
    }
    if (a->no_reduce && !a->explore) {
        cli_error("--no-reduce goes with --explore");
        return EXIT_USAGE;
    }
    if ((a->explore || a->pct) && (a->run.schedule || a->run.trace)) {
        cli_error("--explore and --pct run many schedules: --schedule and --trace do not apply");
        return EXIT_USAGE;
    }
    if (a->run.schedule && !a->run.only_part)
        a->run.only_part = 1; /* a schedule replays one part: the example unless --part */
    if (a->run.race && !demos_race_available()) {
        cli_error("--race is not available: the runtime's race detector did not run");
        return EXIT_USAGE;
    }
    return 0;
}

/* The search's progress on stderr, when it is a terminal: a line redrawn
 * at most every half second. */
typedef struct explore_progress {
    struct timespec start, last;
    bool shown;
} explore_progress;

static double seconds_between(const struct timespec *a, const struct timespec *b)
{
    return (double)(b->tv_sec - a->tv_sec) + (double)(b->tv_nsec - a->tv_nsec) / 1e9;
}

static void show_progress(const explore_result *r, void *arg)
{
    explore_progress *p = arg;
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    if (seconds_between(&p->last, &now) < 0.5)
        return;
    p->last = now;
    double secs = seconds_between(&p->start, &now);
    fprintf(stderr, "\r  explored %llu schedules, %zu distinct outcome%s, %.0f/s ",
            (unsigned long long)r->schedules, r->outcome_count, r->outcome_count == 1 ? "" : "s",
            secs > 0 ? (double)r->schedules / secs : 0.0);
    p->shown = true;
}

/* --explore and --pct: every schedule (or N random ones) of each part,
 * each part within the wall-time budget (--budget, 10 s). */
static int demo_explore(const demo *d, const demo_args *a)
{
    int status = EXIT_OK;
    /* --json: one document; for every part of a demo of several, an
     * array of {"part", "title", "result" (or "measured": true)} */
    bool json_array = a->json && !a->run.only_part && d->part_count > 1;
    bool first = true;
    if (json_array)
        printf("[");
    for (size_t k = 0; k < d->part_count; k++) {
        if (a->run.only_part && (size_t)a->run.only_part != k + 1)
            continue;
        const demo_part *part = &d->parts[k];
        if (json_array) {
            cJSON *title = cJSON_CreateString(part->title);
            char *t = title ? cJSON_PrintUnformatted(title) : NULL;
            printf("%s\n{\"part\": %zu, \"title\": %s, ", first ? "" : ",", k + 1, t ? t : "\"\"");
            free(t);
            cJSON_Delete(title);
            first = false;
            if (part->flags & DEMO_MEASURED) {
                printf("\"measured\": true}");
                continue;
            }
            printf("\"result\": ");
        }
        explore_options opt = explore_defaults();
        opt.seed = a->run.seed;
        opt.max_steps = DEMO_STEP_BUDGET;
        opt.race = a->run.race || (part->flags & DEMO_RACE);
        opt.reduce = !a->no_reduce;
        opt.budget_ns = a->budget_ns ? a->budget_ns : 10 * 1000000000LL;
        explore_progress prog = {0};
        clock_gettime(CLOCK_MONOTONIC, &prog.start);
        prog.last = prog.start;
        if (isatty(STDERR_FILENO)) {
            opt.progress = show_progress;
            opt.progress_arg = &prog;
        }
        explore_result r;
        char err[256];
        if (!a->json && d->part_count > 1)
            printf("== part %zu of %zu: %s\n", k + 1, d->part_count, part->title);
        if (part->flags & DEMO_MEASURED) {
            if (!a->json)
                printf("(a measuring part: not explored)\n");
            continue;
        }
        fflush(stdout); /* the part's header before its search */
        int rc = a->pct ? explore_pct(part->main, NULL, &opt, (int)a->pct, 3, &r, err, sizeof err)
                        : explore_run(part->main, NULL, &opt, &r, err, sizeof err);
        if (prog.shown)
            fputs("\r\033[K", stderr);
        if (rc != 0) {
            cli_error("demo %s part %zu: %s", d->name, k + 1, err);
            return EXIT_DEMO_FAILED;
        }
        if (a->json) {
            rc = explore_print_json(stdout, &r);
            if (json_array)
                printf("}");
        }
        else
            explore_print_text(stdout, &r, d->name);
        if (!a->json) {
            struct timespec end;
            clock_gettime(CLOCK_MONOTONIC, &end);
            double secs = seconds_between(&prog.start, &end);
            if (a->pct)
                printf("Ran %llu randomized schedules in %.1fs.\n", (unsigned long long)r.schedules, secs);
            else if (r.complete)
                printf("The space within the bound is exhausted: %llu schedules in %.1fs.\n",
                       (unsigned long long)r.schedules, secs);
            else
                printf("The budget (%.1fs) ended the search after %llu schedules: the space within "
                       "the bound is not exhausted.\n",
                       (double)opt.budget_ns / 1e9, (unsigned long long)r.schedules);
        }
        fflush(stdout);
        explore_result_free(&r);
        if (rc != 0)
            status = EXIT_DEMO_FAILED;
    }
    if (json_array)
        printf("\n]\n");
    return status;
}

static void print_part(const demos_result *r, size_t k, const demos_options *o)
{
    const demos_part_result *p = &r->parts[k];
    int trace = o->trace;
    if (r->demo->part_count > 1)
        printf("== part %zu of %zu: %s\n", (size_t)(p->part - r->demo->parts) + 1,
               r->demo->part_count, p->part->title);
    if (o->race && (p->part->flags & DEMO_MEASURED))
        printf("(a measuring part: it runs without the race detector, to measure the runtime "
               "as it is)\n");
    fputs(p->output, stdout);
    if (trace && p->trace) {
        printf("-- trace --\n");
        fputs(p->trace, stdout);
    }
    if (p->failure)
        printf("!! this part did not show its concept: %s\n", p->failure);
    else if (!p->showed && (p->part->flags & DEMO_RACE) && !demos_race_available())
        printf("!! this part needs the runtime's race detector, which did not run\n");
    else if (!p->showed)
        printf("!! this part did not show its concept: it ended in %s\n", p->verdict_text);
}

/* Records the run in the learner's progress. Returns EXIT_OK or
 * EXIT_DATABASE after one line on stderr. */
static int demo_record(const cli_ctx *ctx, const demos_result *r, uint64_t seed)
{
    const char *verdict = "ok";
    for (size_t k = 0; k < r->part_count && r->showed == 0; k++)
        if (!r->parts[k].showed) {
            verdict = r->parts[k].failure ? "failed" : r->parts[k].verdict_text;
            break;
        }
    store *st;
    char err[512];
    int64_t learner, now = (int64_t)time(NULL);
    if (store_open(ctx->db_path, &st, err, sizeof err) != STORE_OK) {
        cli_error("%s", err);
        return EXIT_DATABASE;
    }
    store_demo_run run = {.demo = r->demo->name, .seed = seed, .verdict = verdict, .time = now};
    int status = EXIT_OK;
    /* STORE_NONE: the same run was recorded already (same second). */
    if (store_learner(st, ctx->user, 1, now, &learner) != STORE_OK ||
        store_demo_run_add(st, learner, &run) == STORE_ERROR) {
        cli_error("%s", store_error(st));
        status = EXIT_DATABASE;
    }
    store_close(st);
    return status;
}

int cli_demo(cli_ctx *ctx)
{
    if (ctx->argc < 2) {
        cli_error("%s", demo_usage);
        return EXIT_USAGE;
    }
    const char *name = ctx->argv[1];
    if (strcmp(name, "list") == 0) {
        if (ctx->argc > 2) {
            cli_error("usage: conclab demo list");
            return EXIT_USAGE;
        }
        return demo_list(ctx->content);
    }
    const demo *d = demos_find(name);
    if (!d) {
        cli_error("no demo '%s' (conclab demo list names them)", name);
        return EXIT_USAGE;
    }
    demo_args a;
    int status = parse_args(ctx, d, &a);
    if (status != 0)
        return status;
    if (a.explore || a.pct)
        return demo_explore(d, &a);

    demos_result r;
    if (demos_run(d, &a.run, &r) != 0) {
        demos_result_free(&r);
        cli_error("out of memory running demo '%s'", d->name);
        return EXIT_DEMO_FAILED;
    }
    /* a schedule that does not fit the part is the caller's mistake */
    for (size_t k = 0; a.run.schedule && k < r.part_count; k++) {
        const char *why = strstr(r.parts[k].output, "schedule does not fit the program");
        if (r.parts[k].verdict_text && strcmp(r.parts[k].verdict_text, "error") == 0 && why) {
            cli_error("--schedule '%s': %.*s", a.run.schedule, (int)strcspn(why, "\n"), why);
            demos_result_free(&r);
            return EXIT_USAGE;
        }
    }
    for (size_t k = 0; k < r.part_count; k++)
        print_part(&r, k, &a.run);
    fflush(stdout);
    status = r.showed ? EXIT_OK : EXIT_DEMO_FAILED;
    int recorded = demo_record(ctx, &r, a.run.seed);
    demos_result_free(&r);
    return recorded != EXIT_OK ? recorded : status;
}
