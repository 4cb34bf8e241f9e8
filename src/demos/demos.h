/* demos.h: the registry of demonstrations and the one way to run them. A
 * demo is a list of parts; each part is a main goroutine run on a fresh
 * runtime, with its own output, trace and verdict, so one demo can show a
 * program that deadlocks and then the fixed program. The CLI and the TUI both
 * run demos through demos_run and only render the value it returns. */
#ifndef CONCLAB_DEMOS_H
#define CONCLAB_DEMOS_H

#include <stddef.h>
#include <stdint.h>

/* How a part is meant to end; a part "shows its concept" when its run ends
 * this way and the part did not call demo_fail. */
typedef enum demo_expect {
    DEMO_EXPECT_OK,       /* main returns normally */
    DEMO_EXPECT_DEADLOCK, /* all goroutines asleep: Go's fatal error */
    DEMO_EXPECT_PANIC,    /* a Go panic (send on closed channel, ...) */
    DEMO_EXPECT_RACE      /* the race detector reports a data race */
} demo_expect;

/* Part flags. */
enum {
    DEMO_MEASURED = 1, /* measures this machine: its "~ " lines vary run to run */
    DEMO_RACE = 2,     /* runs with the runtime's race detector on */
    DEMO_RACY = 4      /* has a data race on purpose: with the detector on
                          (--race) it shows its concept when the race is
                          reported (a DEMO_EXPECT_OK part then expects
                          DEMO_EXPECT_RACE) */
};

/* Lines a demo prints that hold measurements begin with this prefix, so the
 * determinism tests skip them and the learner knows they vary. */
#define DEMO_MEASURED_PREFIX "~ "

/* One part of a demo: a program run from its main goroutine. */
typedef struct demo_part {
    const char *title;      /* "the example as written" */
    void (*main)(void *arg); /* the part's main goroutine; arg is NULL */
    demo_expect expect;     /* how the part must end to show its concept */
    unsigned flags;         /* DEMO_MEASURED */
} demo_part;

/* One demonstration. */
typedef struct demo {
    const char *name;       /* "data-race", as in content/demos.json */
    const char *section;    /* section id it belongs to */
    const char *source;     /* "src/demos/data_race.c": its embedded source */
    const demo_part *parts; /* the parts, run in order */
    size_t part_count;      /* at least one */
} demo;

/* A small integer passed as a goroutine's argument, as in `go task(i)`:
 * go(task, INT2PTR(i)), and in task: int id = (int)PTR2INT(arg). */
#define INT2PTR(i) ((void *)(intptr_t)(i))
#define PTR2INT(p) ((intptr_t)(p))

/* The step budget of every part: a run that passes this many choice points
 * ends with "step limit reached" and counts as not showing its concept. */
#define DEMO_STEP_BUDGET 2000000u

/* Declares a demo from its parts array, in the demo's own file. */
#define DEMO(name, section, parts)                                              \
    {name, section, __FILE__, parts, sizeof(parts) / sizeof(parts)[0]}

/* Every demo, in the order of `conclab demo list`. */
extern const demo *const demos_table[];
/* Number of entries in demos_table. */
extern const size_t demos_count;

/* The demos, one per file of src/demos. */
extern const demo demo_goroutines, demo_threads_vs_goroutines, demo_processes,
    demo_channels, demo_channel_states, demo_synchronization_primitives, demo_waitgroup,
    demo_concurrency_vs_parallelism, demo_data_race, demo_race_condition, demo_deadlock,
    demo_atomic_operations, demo_concurrency_patterns, demo_select, demo_full_channel,
    demo_worker_pool, demo_pipeline, demo_fan_in, demo_race_detector, demo_scheduler;

/* Finds a demo by name; NULL when there is none. */
const demo *demos_find(const char *name);

/* Returns the embedded C source of a demo (the whole file), or NULL. */
const char *demos_source(const demo *d);

/* How to run a demo. */
typedef struct demos_options {
    uint64_t seed;  /* the random chooser's seed: same seed, same run */
    int trace;      /* 1: keep the runtime's trace text */
    int measure;    /* 1: measuring parts measure for real; 0: a token run */
    int only_part;  /* 0: every part; k: only part k (1-based) */
    int race;       /* 1: every part runs with the race detector on,
                       but measuring parts, which measure the runtime as
                       it is */
    const char *schedule; /* replay this schedule (rt_schedule's form)
                             instead of the seeded chooser, or NULL */
} demos_options;

/* The value of one part's run. Strings are owned by the result. */
typedef struct demos_part_result {
    const demo_part *part; /* which part */
    char *output;          /* everything the program printed, then the
                              race detector's reports, then Go's panic or
                              deadlock report */
    char *trace;           /* the runtime's stable trace text, or NULL */
    int verdict;           /* how it ended: a demo_expect value, or -1 when
                              it ran out of steps or failed to start */
    char *verdict_text;    /* the verdict's name: "ok", "deadlock", "panic" */
    char *schedule;        /* the schedule the run took (replayable) */
    char *failure;         /* demo_fail's message, or NULL */
    int showed;            /* 1: ended as expected and did not fail */
    uint64_t steps;        /* scheduling steps the run took */
} demos_part_result;

/* The value of a whole demo run. */
typedef struct demos_result {
    const demo *demo;               /* which demo */
    demos_part_result *parts;       /* one per part run */
    size_t part_count;              /* parts run */
    int showed;                     /* 1: every part showed its concept */
} demos_result;

/* Runs the demo's parts, each on a fresh runtime seeded with o->seed (parts
 * after the first get seeds derived from it). Blocks until every part has
 * finished; never exits the process. Fills *out (free with
 * demos_result_free). Returns 0, or -1 when memory ran out (with *out
 * partly filled and safe to free). */
int demos_run(const demo *d, const demos_options *o, demos_result *out);

/* 1 when the runtime's race detector is built in: a tiny racy program run
 * with it reports a race. Probed once, then remembered. Blocks briefly. */
int demos_race_available(void);

/* Frees what demos_run stored in r; r itself is the caller's. */
void demos_result_free(demos_result *r);

/* Called from a demo's code: marks the running part as not having shown its
 * concept, with a reason ("the mutex version lost an update"). The part goes
 * on running. */
void demo_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Called from a demo's code: 1 when measuring parts should measure for real,
 * 0 for a token run (tests run every seed without the slow measurements). */
int demo_measuring(void);

/* Wall-clock seconds from a monotonic clock: for DEMO_MEASURED parts only,
 * since nothing else in a demo may depend on real time. */
double demo_wall_seconds(void);

#endif
