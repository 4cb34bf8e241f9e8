/* challenge.h: the two challenges on conclab's runtime, shared by the plain
 * commands and the TUI (nothing here draws): "you are the scheduler", where
 * the learner picks which goroutine takes the next step of a small puzzle
 * program and wins by breaking it, and "which outputs can this program
 * print?", whose choices are graded against the exact set of outcomes the
 * explorer finds. The puzzles are small programs in src/challenge/puzzle_*.c,
 * embedded in the binary like the demos so the views show the code that runs. */
#ifndef CONCLAB_CHALLENGE_H
#define CONCLAB_CHALLENGE_H

#include <stddef.h>
#include <stdint.h>

/* A plausible output the program can never print, for the prediction
 * question, with the reason in one sentence. Graded against the explorer
 * all the same: if a schedule ever printed it, it would count as possible. */
typedef struct challenge_distractor {
    const char *output;  /* the whole output, lines ended by "\n" */
    const char *verdict; /* "ok", "deadlock", ... */
    const char *why;     /* why no schedule prints it */
} challenge_distractor;

/* One puzzle. A run is "broken" when it ends with win_verdict (if set) and
 * printed win_line as one of its lines (if set). Whether any schedule can
 * break it is not declared: the explorer finds out. */
typedef struct challenge_puzzle {
    const char *name;       /* "data-race", as `conclab challenge NAME` takes */
    const char *title;      /* "Lose an update" */
    const char *source;     /* its file, "src/challenge/puzzle_data_race.c" */
    void (*main)(void *arg);/* the program's main goroutine (arg NULL); it
                               resets its own globals at the start */
    const char *goal;       /* what the learner must make happen */
    const char *win_verdict;/* the verdict that breaks it, or NULL */
    const char *win_line;   /* an output line that breaks it, or NULL */
    const char *broken_why; /* what went wrong, when broken */
    const char *holds_why;  /* why synchronization holds, when it does */
    const challenge_distractor *distractors; /* ended by {NULL} */
} challenge_puzzle;

/* Every puzzle, in the order of `conclab challenge list`. */
extern const challenge_puzzle *const challenge_puzzles[];
/* Number of entries in challenge_puzzles. */
extern const size_t challenge_puzzle_count;

/* The puzzles, one per file. */
extern const challenge_puzzle puzzle_data_race, puzzle_check_then_act, puzzle_deadlock,
    puzzle_critical_section, puzzle_handoff, puzzle_locked_counter;

/* Finds a puzzle by name; NULL when there is none. */
const challenge_puzzle *challenge_find(const char *name);

/* The index of the puzzle called name in challenge_puzzles, or 0. */
int challenge_index(const char *name);

/* The puzzle's embedded source (the whole file), or NULL. Static. */
const char *challenge_source(const challenge_puzzle *pz);

/* The source's program lines: how many lines come before the puzzle's own
 * description (the line "/" "* ---- the puzzle" and after), so views can
 * show the program alone. 0 when the source is not embedded. */
int challenge_program_lines(const challenge_puzzle *pz);

/* Text of line n (1-based) of the source into buf, leading blanks and the
 * trailing Go comment's spacing kept; "" when out of range. Returns buf. */
char *challenge_source_line(const challenge_puzzle *pz, int n, char *buf, size_t len);

/* Line n (1-based) in words for lists: the Go written beside the C in its
 * comment ("v := counter // counter++: load"), else the C, runs of blanks
 * squeezed, into buf. Returns buf. */
char *challenge_line_words(const challenge_puzzle *pz, int n, char *buf, size_t len);

/* 1 when a run that printed output and ended with verdict breaks pz. */
int challenge_is_broken(const challenge_puzzle *pz, const char *output, const char *verdict);

/* ---- what the explorer says about a puzzle ------------------------------ */

/* One distinct way the program can end. */
typedef struct challenge_outcome {
    char *output;      /* everything it printed */
    char *verdict;     /* "ok", "deadlock", "panic" */
    char *moves;       /* goroutine ids to replay it: "1,2,2,3" */
    int preemptions;   /* the fewest preemptions that reach it */
    uint64_t count;    /* schedules that end this way */
    int broken;        /* 1: this outcome breaks the puzzle */
} challenge_outcome;

/* The preemption bound of a puzzle's exploration. Every puzzle reaches
 * all of its outcomes within it: a unit test compares with an unbounded
 * search where that one is small enough to run in a test (the unbounded
 * searches take half a minute together; bound 3 about one second). */
#define CHALLENGE_BOUND 3

/* Every outcome of a puzzle under every schedule within CHALLENGE_BOUND
 * preemptions. */
typedef struct challenge_analysis {
    uint64_t schedules;           /* schedules run */
    challenge_outcome *outcomes;  /* in the order the explorer found them */
    size_t outcome_count;
    int fewest;                   /* fewest preemptions that break it, -1:
                                     no schedule breaks it */
} challenge_analysis;

/* Explores every schedule of pz within bound preemptions (-1: no bound;
 * CHALLENGE_BOUND is what the views use). Blocks for the search; the puzzles are
 * small, well under a second). Fills *out (free with
 * challenge_analysis_free). Returns 0, or -1 with a one-line err. */
int challenge_analyze(const challenge_puzzle *pz, int bound, challenge_analysis *out, char *err,
                      size_t errlen);

/* Frees what challenge_analyze stored (not the struct). */
void challenge_analysis_free(challenge_analysis *a);

/* An output as one line for lists: its lines joined by " | ", "(nothing)"
 * when empty, then ", then deadlock!" (or the verdict) when not ok. Writes
 * into buf; returns buf. */
char *challenge_output_label(const char *output, const char *verdict, char *buf, size_t len);

#endif
