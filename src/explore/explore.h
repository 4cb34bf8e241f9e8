/* explore.h: runs a program on the runtime under every schedule (a
 * depth-first search over the choice points, bounded by the number of
 * preemptions) or under randomized PCT schedules, and groups the runs by
 * outcome: the output and the verdict. Built only on rt.h's custom-chooser
 * hook, so it is a client of the runtime, not part of it. */
#ifndef CONCLAB_EXPLORE_H
#define CONCLAB_EXPLORE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "rt/rt.h"

/* Preemption bound used when none is given. */
#define EXPLORE_DEFAULT_BOUND 2
/* Schedules run at most, by default, before the search gives up. */
#define EXPLORE_DEFAULT_MAX_SCHEDULES 200000u

/* How to explore. A zeroed struct means: bound 0 (use explore_defaults). */
typedef struct explore_outcome explore_outcome;
typedef struct explore_result explore_result;

typedef struct explore_options {
    int preemption_bound;    /* at most this many preemptions; -1: unbounded */
    uint64_t max_schedules;  /* stop after this many runs (complete = 0) */
    uint64_t max_steps;      /* step budget of each run (0: the runtime's) */
    uint64_t seed;           /* seed of each run (select's choice, PCT) */
    int race;                /* 1: each run has the race detector on, and a
                                run that races has the verdict "race" */
    int reduce;              /* 1: partial-order reduction with sleep sets
                                (explore_run only): a schedule that only
                                reorders commuting steps of one already run
                                is cut short and counted as pruned */
    int64_t budget_ns;       /* stop after this much wall time (0: none) */
    /* if set, the search stops once stop says yes to the outcome of the
     * run that just ended (conclab test: a test failed) */
    int (*stop)(const explore_outcome *o, void *arg);
    void *stop_arg;
    /* if set, called after every run with the search so far (a progress
     * line); it must not keep r */
    void (*progress)(const explore_result *r, void *arg);
    void *progress_arg;
    /* the client's hooks, given to each run's runtime (rt_config): the
     * call stacks of race reports, the words of the runtime's own panics */
    rt_stacker stack;
    rt_fatal_hook fatal;
    void *hooks_ud;
} explore_options;

/* One distinct way the program ended. */
struct explore_outcome {
    char *output;            /* everything it printed */
    char *verdict;           /* "ok", "deadlock", "panic", "race", ... */
    char *report;            /* the runtime's report for a bad verdict, or "" */
    uint64_t count;          /* schedules that ended this way */
    char *schedule;          /* a replayable schedule (rt_schedule) of the
                                run with the fewest preemptions */
    int preemptions;         /* the fewest preemptions that reach it */
};

/* What a search found. */
struct explore_result {
    uint64_t schedules;          /* distinct schedules run to the end */
    uint64_t pruned;             /* runs cut short by the reduction: every
                                    goroutine that could step next was
                                    asleep (an equivalent schedule ran) */
    int reduced;                 /* 1: the search used the reduction */
    int bound;                   /* the preemption bound used (-1: none) */
    int complete;                /* 1: every schedule within the bound ran */
    int stopped;                 /* 1: the stop test ended the search */
    explore_outcome *outcomes;   /* in the order first found */
    size_t outcome_count;
};

/* The default options: bound EXPLORE_DEFAULT_BOUND, the default cap,
 * reduction on. */
explore_options explore_defaults(void);

/* Runs main_fn(arg) under every schedule with at most opt->preemption_bound
 * preemptions (iteratively: all with 0, then those with exactly 1, ...), so
 * each outcome's first schedule is one with the fewest preemptions.
 * With opt->reduce, schedules that only reorder commuting steps of one
 * already run are skipped. What that guarantees, when the search completes:
 *  - unbounded (bound -1): exactly the outcomes (output and verdict) of the
 *    search without reduction, each with a replayable schedule; an
 *    outcome's "fewest preemptions" is the fewest among the runs made, and
 *    may be more than the true fewest (an equivalent run may need fewer);
 *  - bounded: exactly the outcomes of the unreduced search with the same
 *    bound (a sibling whose subtree the bound cut never puts others to
 *    sleep), with the same caveat on fewest preemptions; the saving is
 *    smaller than unbounded.
 * Both rest on the demo touching shared state only through the runtime's
 * calls (shared_*, atomics, channels, sync) and being deterministic; a
 * capped search (complete 0) guarantees neither.
 * main_fn must set up its own state at the start of each run. Fills *out
 * (free with explore_result_free). Returns 0, or -1 with a one-line
 * message in err (out of memory, or a run the runtime could not make).
 * Blocks for the whole search. */
int explore_run(void (*main_fn)(void *), void *arg, const explore_options *opt,
                explore_result *out, char *err, size_t errlen);

/* Runs main_fn(arg) under `runs` randomized PCT schedules of depth `depth`
 * (random goroutine priorities and depth-1 priority change points), seeded
 * from opt->seed. Fills *out as explore_run does (complete is 0). Returns
 * 0, or -1 with err. */
int explore_pct(void (*main_fn)(void *), void *arg, const explore_options *opt, int runs,
                int depth, explore_result *out, char *err, size_t errlen);

/* Shrinks the failing outcome o (opt->stop says it fails) found by a
 * randomized search: replays its schedule cut to the shortest failing
 * prefix, then without each preemption that the failure does not need,
 * within budget_ns of wall time, and puts the last failing run in o (its
 * schedule, without trailing default choices, output, verdict, report and
 * preemptions). Returns 0, or -1 when o's schedule does not replay as a
 * failure (o is left as it was) or memory ran out. */
int explore_shrink(void (*main_fn)(void *), void *arg, const explore_options *opt,
                   explore_outcome *o, int64_t budget_ns);

/* Frees what a search allocated (not the struct itself). */
void explore_result_free(explore_result *r);

/* Prints the result for people: the count (and the runs the reduction
 * pruned), then each outcome with its count, the fewest preemptions it
 * needs and a replayable schedule. */
void explore_print_text(FILE *f, const explore_result *r, const char *demo_name);
/* The same for a Go program run with conclab run: the replay lines read
 * "conclab run --schedule 'S' FILE.go". */
void explore_print_go_text(FILE *f, const explore_result *r, const char *demo_name,
                           const char *go_file);

/* Prints {"schedules": N, "complete": b, "preemption_bound": n, "pruned": n,
 * "reduced": b, "outcomes": [{"output", "verdict", "count", "schedule",
 * "preemptions"}]}. Returns 0, or -1 when out of memory. */
int explore_print_json(FILE *f, const explore_result *r);

/* conclab test --explore: prints the first outcome found in which a test
 * failed (or the run panicked, deadlocked or raced), as that run printed
 * it, with how many schedules ended so and the replay line for the test
 * files; or says that no schedule failed and how much of the space that
 * covers. r is the systematic search, pct (or NULL) the randomized one
 * that followed it. Returns 1 when one failed, else 0. */
int explore_print_test_text(FILE *f, const explore_result *r, const explore_result *pct,
                            const char *files);
/* Whether outcome o is a failing test run (an explore_options stop). */
int explore_test_failed(const explore_outcome *o, void *arg);

#endif
