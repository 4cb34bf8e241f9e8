/* fsrs.h: the FSRS-6 spaced-repetition model with its default parameters
 * (memory state: stability and difficulty) and the scheduler around it
 * (learning steps, relearning, interval fuzz), as in docs/FSRS.md. Pure
 * arithmetic: no clock, no storage, no allocation. */
#ifndef CONCLAB_FSRS_H
#define CONCLAB_FSRS_H

#include <stdint.h>

/* Grades. */
enum { FSRS_AGAIN = 1, FSRS_HARD = 2, FSRS_GOOD = 3, FSRS_EASY = 4 };

/* Where a card stands in the scheduler. */
typedef enum fsrs_state {
    FSRS_NEW = 0,        /* never reviewed */
    FSRS_LEARNING = 1,   /* in the first learning steps (minutes) */
    FSRS_REVIEW = 2,     /* graduated: intervals in days */
    FSRS_RELEARNING = 3  /* forgotten in review, in the relearning step */
} fsrs_state;

#define FSRS_PARAM_COUNT 21
#define FSRS_MAX_STEPS 4

/* Seconds in a day, the unit of elapsed time in the model. */
#define FSRS_DAY 86400

/* Everything a scheduler needs besides the card. */
typedef struct fsrs_params {
    double w[FSRS_PARAM_COUNT];              /* model weights w0..w20 */
    double retention;                        /* desired retention, (0, 1] */
    int learning_steps[FSRS_MAX_STEPS];      /* seconds, e.g. 60, 600 */
    int learning_step_count;                 /* how many learning steps */
    int relearning_steps[FSRS_MAX_STEPS];    /* seconds, e.g. 600 */
    int relearning_step_count;               /* how many relearning steps */
    int max_interval;                        /* days */
    int fuzz;                                /* 1: spread intervals (seeded) */
} fsrs_params;

/* One learner's state on one question. */
typedef struct fsrs_card {
    int state;           /* an fsrs_state */
    int step;            /* index into the (re)learning steps */
    double stability;    /* days until recall probability falls to 90 % */
    double difficulty;   /* 1 (easy) .. 10 (hard) */
    int64_t due;         /* Unix seconds when it should be asked again */
    int64_t last_review; /* Unix seconds of the last review, 0 if none */
    int reps;            /* reviews so far */
    int lapses;          /* times forgotten after graduating */
} fsrs_card;

/* The defaults of docs/FSRS.md: FSRS-6 weights, retention 0.9, learning
 * steps 1 and 10 minutes, relearning 10 minutes, 36500 days, fuzz on. */
extern const fsrs_params fsrs_default_params;

/* Recall probability after elapsed_days at stability s: (1 + F*t/S)^DECAY. */
double fsrs_retrievability(const fsrs_params *p, double elapsed_days, double s);

/* Days until retrievability falls to retention r at stability s, rounded and
 * at least 1, not clamped to a maximum. */
double fsrs_interval(const fsrs_params *p, double s, double r);

/* The memory-state step of the model. For a new card (reps == 0 passed as
 * first != 0) sets the initial stability and difficulty for grade; else
 * updates *s and *d after elapsed_days whole days (0: a same-day review).
 * Same-day choice (written down, as FSRS.md asks): the fsrs-rs rule, the
 * stability never shrinks on a same-day Hard, Good or Easy (SInc >= 1 for
 * G >= 2). Results are clamped to S in [0.001, 36500], D in [1, 10]. */
void fsrs_memory_step(const fsrs_params *p, int first, double elapsed_days, int grade, double *s,
                      double *d);

/* Reviews card at time now (Unix seconds) with grade 1..4: updates its memory
 * state, state, step, counters, last_review and due. seed makes the interval
 * fuzz reproducible (the same seed gives the same interval). Returns 0, or -1
 * when the grade is out of range (the card is then unchanged). */
int fsrs_review(const fsrs_params *p, fsrs_card *card, int grade, int64_t now, uint64_t seed);

/* A new card: state FSRS_NEW, due at once, everything else zero. */
fsrs_card fsrs_card_new(void);

/* The name of a state ("new", "learning", "review", "relearning") or NULL. */
const char *fsrs_state_name(int state);

/* The state named name, or -1. */
int fsrs_state_parse(const char *name);

/* The name of a grade ("Again", "Hard", "Good", "Easy") or "?". */
const char *fsrs_grade_name(int grade);

#endif
