/* feedback.h: feedback on a typed answer: which of the question's key terms
 * it uses (case-insensitively, whole words, plurals and spacing forgiven:
 * "wait groups" uses "WaitGroup"), and the grade that suggests. */
#ifndef CONCLAB_FEEDBACK_H
#define CONCLAB_FEEDBACK_H

#include <stddef.h>

#include "content/content.h"

/* Key terms looked at per question; further ones are not checked. */
#define FEEDBACK_MAX_TERMS 64

/* What an answer got right. */
typedef struct feedback {
    unsigned char used[FEEDBACK_MAX_TERMS]; /* 1: key_terms[i] is in the answer */
    size_t term_count;                      /* key terms checked */
    size_t used_count;                      /* how many of them were used */
    int typed;                              /* 1: the learner typed something */
    int suggested;                          /* grade 1..4; 0: nothing typed */
    char line[768];                         /* one line for the review log */
} feedback;

/* Fills *out for the answer typed to q (NULL or blank: nothing typed).
 * Suggestion: no key term used: Again; under half: Hard; more: Good; every
 * one: Easy. Does not allocate. */
void feedback_check(const content_question *q, const char *typed, feedback *out);

/* 1 when term appears in text as feedback_check matches it. */
int feedback_uses(const char *text, const char *term);

#endif
