/* run.c: runs a demo's parts, each on a fresh runtime seeded from the
 * options, and gathers each run's value (output with Go's report, trace,
 * verdict, steps) for the views to render; plus the calls a demo's own code
 * makes back into the demo layer (demo_fail, demo_measuring). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "demos/demos.h"
#include "rt/rt.h"

/* The part running now: demo_fail and demo_measuring report to it. Runs are
 * on one thread, one at a time. */
static struct {
    demos_part_result *result; /* where demo_fail writes, NULL between runs */
    const demos_options *options; /* the run's options */
} running;

/* Joins a and b (either may be NULL) into a new string, b on a fresh line. */
static char *join_text(const char *a, const char *b)
{
    size_t la = a ? strlen(a) : 0, lb = b ? strlen(b) : 0;
    int newline = la && lb && a[la - 1] != '\n';
    char *s = malloc(la + newline + lb + 2);
    if (!s)
        return NULL;
    memcpy(s, a ? a : "", la);
    if (newline)
        s[la++] = '\n';
    memcpy(s + la, b ? b : "", lb);
    s[la + lb] = '\0';
    if (la + lb && s[la + lb - 1] != '\n')
        strcpy(s + la + lb, "\n");
    return s;
}

static int verdict_of(rt_verdict v)
{
    switch (v) {
    case RT_OK:
        return DEMO_EXPECT_OK;
    case RT_PANIC:
        return DEMO_EXPECT_PANIC;
    case RT_DEADLOCK:
        return DEMO_EXPECT_DEADLOCK;
    case RT_RACE:
        return DEMO_EXPECT_RACE;
    default:
        return -1;
    }
}

/* Runs one part into *pr. Returns 0, or -1 when memory ran out. */
static int run_part(const demo_part *part, const demos_options *o, demos_part_result *pr)
{
    rt_config cfg = {
        .seed = o->seed,
        /* a measuring part measures the runtime, not the random chooser
         * (whose pick walks the run queue): it runs first in, first out */
        .policy = o->schedule                     ? RT_REPLAY
                  : (part->flags & DEMO_MEASURED) ? RT_FIFO
                                                  : RT_RANDOM,
        .schedule = o->schedule,
        .max_steps = (part->flags & DEMO_MEASURED) ? RT_UNLIMITED : DEMO_STEP_BUDGET,
        /* measured goroutines get small stacks from arenas, as Go's start
         * small: 16 KiB still holds the stdio a measuring main calls */
        .stack_mode = (part->flags & DEMO_MEASURED) ? RT_STACK_ARENA : RT_STACK_AUTO,
        .stack_size = (part->flags & DEMO_MEASURED) ? 16 * 1024 : 0,
        .trace = o->trace != 0,
        .race = (o->race && !(part->flags & DEMO_MEASURED)) || (part->flags & DEMO_RACE),
    };
    int expect = part->expect;
    if (cfg.race && (part->flags & DEMO_RACY) && expect == DEMO_EXPECT_OK)
        expect = DEMO_EXPECT_RACE;
    memset(pr, 0, sizeof *pr);
    pr->part = part;
    pr->verdict = -1;
    rt *r = rt_new(&cfg);
    if (!r)
        return -1;
    running.result = pr;
    running.options = o;
    rt_verdict v = rt_run(r, part->main, NULL);
    running.result = NULL;
    running.options = NULL;

    pr->verdict = verdict_of(v);
    pr->steps = rt_steps(r);
    /* races reported before another verdict ended the run come first; an
     * RT_RACE run's report is its races */
    char *races = v == RT_RACE ? NULL : join_text(rt_output_text(r), rt_race_report(r));
    pr->output = join_text(races ? races : rt_output_text(r), rt_report(r));
    free(races);
    pr->verdict_text = strdup(rt_verdict_name(v));
    pr->trace = o->trace ? strdup(rt_trace_text(r)) : NULL;
    pr->schedule = strdup(rt_schedule(r));
    rt_free(r);
    if (!pr->output || !pr->verdict_text || !pr->schedule || (o->trace && !pr->trace))
        return -1;
    pr->showed = pr->verdict == expect && !pr->failure;
    return 0;
}

int demos_run(const demo *d, const demos_options *o, demos_result *out)
{
    memset(out, 0, sizeof *out);
    out->demo = d;
    out->parts = calloc(d->part_count, sizeof *out->parts);
    if (!out->parts)
        return -1;
    out->showed = 1;
    for (size_t k = 0; k < d->part_count; k++) {
        if (o->only_part && (size_t)o->only_part != k + 1)
            continue;
        demos_part_result *pr = &out->parts[out->part_count++];
        if (run_part(&d->parts[k], o, pr) != 0) {
            out->showed = 0;
            return -1;
        }
        out->showed &= pr->showed;
    }
    if (out->part_count == 0)
        out->showed = 0;
    return 0;
}

void demos_result_free(demos_result *r)
{
    for (size_t k = 0; r->parts && k < r->part_count; k++) {
        free(r->parts[k].output);
        free(r->parts[k].trace);
        free(r->parts[k].verdict_text);
        free(r->parts[k].failure);
        free(r->parts[k].schedule);
    }
    free(r->parts);
    memset(r, 0, sizeof *r);
}

void demo_fail(const char *fmt, ...)
{
    if (!running.result || running.result->failure)
        return; /* the first reason is the one that counts */
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    running.result->failure = strdup(buf);
    if (!running.result->failure)
        running.result->failure = strdup("out of memory");
}

static long probe_value; /* the racy probe's shared variable */

static void probe_writer(void *arg)
{
    (void)arg;
    shared_store(&probe_value, 1);
}

static void probe_main(void *arg)
{
    (void)arg;
    go(probe_writer, NULL);
    shared_store(&probe_value, 2);
    sleep_for(1);
}

int demos_race_available(void)
{
    static int known = -1;
    if (known < 0) {
        rt_config cfg = {.seed = 1, .policy = RT_FIFO, .race = true};
        rt *r = rt_new(&cfg);
        known = r && rt_run(r, probe_main, NULL) == RT_RACE;
        rt_free(r);
    }
    return known;
}

int demo_measuring(void)
{
    return running.options ? running.options->measure : 0;
}

double demo_wall_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}
