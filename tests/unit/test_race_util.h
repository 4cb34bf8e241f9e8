/* test_race_util.h: the harness of the race detector's litmus programs
 * (test_race_litmus.c, test_race_sync.c): what a racy program expects to see
 * reported, the checks of a run's report, and the runs under FIFO, FIFO
 * preempting at every choice point, RANDOM seeds 1-50 and the explorer. */
#ifndef CONCLAB_TEST_RACE_UTIL_H
#define CONCLAB_TEST_RACE_UTIL_H

#include "test_rt_util.h"
#include "explore/explore.h"

#include <stdio.h>
#include <stdlib.h>

/* One access the racy version expects in the report. */
typedef struct expect_access {
    char kind;        /* 'r', 'w', or '?' (a load-and-store line: either) */
    const char *file; /* its source file */
    int line;         /* its line */
    int g;            /* the goroutine that made it */
} expect_access;

static expect_access want[2]; /* the racing pair, set as the program runs */

/* AT(i, kind): records the access on this same line as racing access i. */
#define AT(i, k) (want[i] = (expect_access){(k), __FILE__, __LINE__, goid()})

static long x;             /* the shared variable every program uses */
static sync_waitgroup fin; /* main waits on it last, after its racy access:
                              keeps the run alive until every goroutine has
                              made its accesses */

/* Starts a program: resets x and the expectation, adds n goroutines to
 * `fin`. */
static inline void begin(int n)
{
    x = 0;
    want[0] = want[1] = (expect_access){0, "", 0, 0};
    wg_add(&fin, n);
}

/* Lets main wait for every goroutine before the run ends. */
static inline void end(void)
{
    wg_wait(&fin);
}

/* A goroutine is done with its accesses. */
static inline void done(void)
{
    wg_done(&fin);
}

/* One litmus program. */
typedef struct litmus {
    const char *rule;       /* the happens-before rule exercised */
    void (*main)(void *);   /* the program */
    bool racy;              /* it has a data race */
} litmus;

/* One access parsed from a report. */
typedef struct seen_access {
    char kind;      /* 'r' or 'w' */
    int g;          /* goroutine */
    char file[128]; /* source file */
    int line;       /* line */
} seen_access;

/* Parses the two access blocks of a report ("Read at x by goroutine 3:",
 * a frame, "      file:line"). Returns how many it found (at most 2). */
static inline int parse_report(const char *rep, seen_access out[2])
{
    int n = 0;
    for (const char *l = rep; l && *l && n < 2; l = strchr(l, '\n'), l = l ? l + 1 : NULL) {
        const char *end = strchr(l, '\n');
        const char *by = strstr(l, " by ");
        if (!end || !by || by > end || end[-1] != ':' || strncmp(l, "Goroutine", 9) == 0)
            continue;
        seen_access *a = &out[n++];
        a->kind = strstr(l, "rite at") && strstr(l, "rite at") < by ? 'w' : 'r';
        a->g = strncmp(by, " by main goroutine", 18) == 0 ? 1 : atoi(by + strlen(" by goroutine "));
        const char *frame = strchr(end + 1, '\n'); /* "  main.f()" */
        const char *loc = frame ? frame + 1 : "";  /* "      file:line" */
        loc += strspn(loc, " ");
        size_t flen = strcspn(loc, ":\n");
        snprintf(a->file, sizeof a->file, "%.*s", (int)flen, loc);
        a->line = loc[flen] == ':' ? atoi(loc + flen + 1) : 0;
    }
    return n;
}

static inline bool matches(const seen_access *s, const expect_access *w)
{
    return s->g == w->g && s->line == w->line && strcmp(s->file, w->file) == 0 &&
           (w->kind == '?' || w->kind == s->kind);
}

/* Checks a racy program's run: one race, reported with both accesses.
 * Returns NULL when right, else what is wrong. */
static inline const char *check_racy(rt *r)
{
    static char why[512];
    seen_access s[2];
    const char *rep = rt_race_report(r);
    if (rt_verdict_of(r) != RT_RACE || rt_race_count(r) != 1)
        return "not reported as one race";
    if (strcmp(rep, rt_report(r)) != 0 || !strstr(rep, "Found 1 data race(s)\n"))
        return "report text or count line missing";
    if (parse_report(rep, s) != 2)
        return "the report does not name two accesses";
    bool straight = matches(&s[0], &want[0]) && matches(&s[1], &want[1]);
    bool crossed = matches(&s[0], &want[1]) && matches(&s[1], &want[0]);
    if ((!straight && !crossed) || (s[0].kind == 'r' && s[1].kind == 'r')) {
        snprintf(why, sizeof why, "reported %c g%d line %d / %c g%d line %d, wanted %c g%d line %d "
                 "/ %c g%d line %d", s[0].kind, s[0].g, s[0].line, s[1].kind, s[1].g, s[1].line,
                 want[0].kind, want[0].g, want[0].line, want[1].kind, want[1].g, want[1].line);
        return why;
    }
    for (int i = 0; i < 2; i++) {
        char block[64];
        snprintf(block, sizeof block, "Goroutine %d (", s[i].g);
        if (s[i].g != 1 && !strstr(rep, block))
            return "a goroutine's creation is not reported";
    }
    return NULL;
}

/* Runs one program under the schedules; counts the runs that were right. */
static inline void run_litmus(const litmus *l, const char *name)
{
    int runs = 0, right = 0;
    const char *first_wrong = NULL;
    char first_sched[64] = "";
    for (int k = 0; k < 52; k++) {
        rt_config cfg = {.race = true, .policy = k < 2 ? RT_FIFO : RT_RANDOM,
                         .seed = (uint64_t)(k - 1), .time_slice = k == 1 ? 1 : 0};
        rt *r = run_with(&cfg, l->main, NULL);
        const char *wrong = NULL;
        if (l->racy)
            wrong = check_racy(r);
        else if (rt_verdict_of(r) != RT_OK || rt_race_count(r) != 0 || *rt_race_report(r))
            wrong = rt_verdict_of(r) == RT_RACE ? "a race reported" : rt_report(r);
        runs++;
        right += wrong == NULL;
        if (wrong && !first_wrong) {
            first_wrong = wrong;
            if (k < 2)
                snprintf(first_sched, sizeof first_sched, "%s", k ? "FIFO slice 1" : "FIFO");
            else
                snprintf(first_sched, sizeof first_sched, "RANDOM seed %d", k - 1);
            diag("%s: %s", name, rt_race_report(r));
        }
        rt_free(r);
    }
    ok(right == runs, "%s %s: %s in %d of %d runs%s%s%s", l->racy ? "racy" : "correct", name,
       l->racy ? "reported with both goroutines and lines" : "clean", right, runs,
       first_wrong ? " (" : "", first_wrong ? first_sched : "", first_wrong ? ")" : "");
    if (first_wrong)
        diag("first wrong: %s", first_wrong);
}

/* Every schedule with at most two preemptions (the explorer): a racy
 * program's every run ends "race", a correct one's every run "ok". */
static inline void explore_litmus(const litmus *l, const char *name)
{
    explore_options opt = explore_defaults();
    opt.race = 1;
    opt.max_schedules = 400; /* the spinning programs have no end of schedules */
    opt.max_steps = 20000;
    explore_result res;
    char err[256];
    if (explore_run(l->main, NULL, &opt, &res, err, sizeof err) != 0) {
        ok(0, "explore %s: %s", name, err);
        return;
    }
    size_t wrong = 0;
    for (size_t i = 0; i < res.outcome_count; i++)
        wrong += strcmp(res.outcomes[i].verdict, l->racy ? "race" : "ok") != 0;
    ok(wrong == 0 && res.schedules > 0, "%s %s: every one of %llu explored schedules ends %s",
       l->racy ? "racy" : "correct", name, (unsigned long long)res.schedules,
       l->racy ? "race" : "ok");
    explore_result_free(&res);
}

/* Runs every program of the table under the seeds and (but under memcheck)
 * the explorer. */
static inline void run_table(const litmus *table, size_t n)
{
    int racy = 0, correct = 0;
    for (size_t i = 0; i < n; i++) {
        run_litmus(&table[i], table[i].rule);
        if (!getenv("CONCLAB_VALGRIND")) /* memcheck runs the seeds only */
            explore_litmus(&table[i], table[i].rule);
        racy += table[i].racy;
        correct += !table[i].racy;
    }
    diag("%d racy and %d correct litmus programs", racy, correct);
}

#endif
