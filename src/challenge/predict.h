/* predict.h: "which outputs can this program print?": a question on a
 * challenge puzzle whose choices are the outputs the explorer finds plus
 * plausible ones no schedule prints, graded exactly against the explorer.
 * Nothing here draws or reads input. */
#ifndef CONCLAB_CHALLENGE_PREDICT_H
#define CONCLAB_CHALLENGE_PREDICT_H

#include <stddef.h>
#include <stdint.h>

#include "challenge/challenge.h"

/* Most choices a question offers. */
#define PREDICT_MAX_CHOICES 8

/* One output offered. */
typedef struct predict_choice {
    char *output;     /* the whole output */
    char *verdict;    /* "ok", "deadlock", ... */
    char label[160];  /* the output on one line (challenge_output_label) */
    int possible;     /* 1: some schedule prints it */
    const char *why;  /* impossible: why not (static); possible: NULL */
    char *moves;      /* possible: the moves that replay it, else NULL */
    int preemptions;  /* possible: the fewest preemptions it needs */
} predict_choice;

/* The question on one puzzle. */
typedef struct predict_question {
    const challenge_puzzle *pz;  /* the program */
    predict_choice choices[PREDICT_MAX_CHOICES]; /* sorted by label */
    size_t count;                /* choices offered */
    size_t possible;             /* how many of them are possible */
    uint64_t schedules;          /* schedules the explorer ran */
} predict_question;

/* The grade of one answer. */
typedef struct predict_grade {
    int exact;      /* 1: ticked exactly the possible outputs */
    size_t hits;    /* possible outputs ticked */
    size_t missed;  /* possible outputs not ticked */
    size_t wrong;   /* impossible outputs ticked */
} predict_grade;

/* Builds the question on pz: explores it (well under a second) and picks
 * the choices deterministically. Returns 0, or -1 with a one-line err. */
int predict_build(const challenge_puzzle *pz, predict_question *q, char *err, size_t errlen);

/* Frees what predict_build stored (not the struct). */
void predict_free(predict_question *q);

/* Parses an answer "1,3" (choice numbers from 1, any order, no repeats)
 * into ticked[count]. Returns 0, or -1 with err naming the bad part. */
int predict_parse(const char *answer, size_t count, unsigned char *ticked, char *err,
                  size_t errlen);

/* Grades ticked[q->count] against the explorer's outcomes. */
predict_grade predict_grade_answer(const predict_question *q, const unsigned char *ticked);

#endif
