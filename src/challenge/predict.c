/* predict.c: builds and grades "which outputs can this program print?".
 * The possible outputs are exactly the explorer's outcomes; the others are
 * the puzzle's own plausible wrong outputs and, when there is room, real
 * outputs with two adjacent lines swapped, kept only when no schedule
 * prints them. Choices are sorted by their text, so the order gives
 * nothing away and is the same every time. */
#include "challenge/predict.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Why a swapped-lines output is impossible. */
static const char swapped_why[] = "no schedule prints these lines in this order: what orders "
                                  "them holds under every schedule";

/* 1 when q already offers this output and verdict. */
static int offered(const predict_question *q, const char *output, const char *verdict)
{
    for (size_t i = 0; i < q->count; i++)
        if (strcmp(q->choices[i].output, output) == 0 &&
            strcmp(q->choices[i].verdict, verdict) == 0)
            return 1;
    return 0;
}

/* Adds a choice (copying the strings). Returns 0, or -1 when out of memory
 * or out of room. */
static int add_choice(predict_question *q, const char *output, const char *verdict,
                      const char *why, const char *moves, int preemptions)
{
    if (q->count == PREDICT_MAX_CHOICES)
        return -1;
    predict_choice *c = &q->choices[q->count];
    memset(c, 0, sizeof *c);
    c->output = strdup(output);
    c->verdict = strdup(verdict);
    c->moves = moves ? strdup(moves) : NULL;
    c->possible = moves != NULL;
    c->why = why;
    c->preemptions = preemptions;
    q->count++;
    if (!c->output || !c->verdict || (moves && !c->moves))
        return -1;
    challenge_output_label(output, verdict, c->label, sizeof c->label);
    return 0;
}

/* Copies output with lines k and k+1 swapped into out (as big as output
 * plus 2). Returns 0, or -1 when there are no such lines. */
static int swap_lines(const char *output, size_t k, char *out)
{
    const char *start[64];
    size_t len[64], n = 0;
    for (const char *p = output; *p && n < 64; n++) {
        start[n] = p;
        len[n] = strcspn(p, "\n");
        p += len[n] + (p[len[n]] == '\n');
    }
    if (k + 1 >= n)
        return -1;
    size_t used = 0;
    for (size_t i = 0; i < n; i++) {
        size_t j = i == k ? k + 1 : i == k + 1 ? k : i;
        memcpy(out + used, start[j], len[j]);
        used += len[j];
        out[used++] = '\n';
    }
    out[used] = '\0';
    return 0;
}

static int by_label(const void *a, const void *b)
{
    return strcmp(((const predict_choice *)a)->label, ((const predict_choice *)b)->label);
}

int predict_build(const challenge_puzzle *pz, predict_question *q, char *err, size_t errlen)
{
    challenge_analysis a;
    memset(q, 0, sizeof *q);
    q->pz = pz;
    if (challenge_analyze(pz, CHALLENGE_BOUND, &a, err, errlen) != 0)
        return -1;
    q->schedules = a.schedules;
    int rc = 0;
    for (size_t i = 0; i < a.outcome_count && rc == 0; i++) {
        const challenge_outcome *o = &a.outcomes[i];
        rc = add_choice(q, o->output, o->verdict, NULL, o->moves, o->preemptions);
    }
    q->possible = q->count;
    for (const challenge_distractor *d = pz->distractors; d && d->output && rc == 0; d++)
        if (q->count < PREDICT_MAX_CHOICES && !offered(q, d->output, d->verdict))
            rc = add_choice(q, d->output, d->verdict, d->why, NULL, -1);
    for (size_t i = 0; i < a.outcome_count && rc == 0; i++) {
        const challenge_outcome *o = &a.outcomes[i];
        char *swapped = malloc(strlen(o->output) + 2);
        for (size_t k = 0; swapped && rc == 0 && swap_lines(o->output, k, swapped) == 0; k++)
            if (q->count < PREDICT_MAX_CHOICES && !offered(q, swapped, o->verdict))
                rc = add_choice(q, swapped, o->verdict, swapped_why, NULL, -1);
        rc = swapped ? rc : -1;
        free(swapped);
    }
    challenge_analysis_free(&a);
    if (rc != 0) {
        predict_free(q);
        snprintf(err, errlen, "out of memory building the question on %s", pz->name);
        return -1;
    }
    qsort(q->choices, q->count, sizeof q->choices[0], by_label);
    return 0;
}

void predict_free(predict_question *q)
{
    for (size_t i = 0; i < q->count; i++) {
        free(q->choices[i].output);
        free(q->choices[i].verdict);
        free(q->choices[i].moves);
    }
    q->count = q->possible = 0;
}

int predict_parse(const char *answer, size_t count, unsigned char *ticked, char *err,
                  size_t errlen)
{
    memset(ticked, 0, count);
    const char *p = answer;
    size_t n = 0;
    while (*p == ' ')
        p++;
    while (*p) {
        char *end;
        errno = 0;
        long k = strtol(p, &end, 10);
        size_t len = strcspn(p, ", ");
        if (end == p || errno || (*end && *end != ',' && *end != ' ')) {
            snprintf(err, errlen, "'%.*s' is not a choice number", (int)len, p);
            return -1;
        }
        if (k < 1 || (size_t)k > count) {
            snprintf(err, errlen, "choice %ld does not exist (1 to %zu)", k, count);
            return -1;
        }
        if (ticked[k - 1]) {
            snprintf(err, errlen, "choice %ld is ticked twice", k);
            return -1;
        }
        ticked[k - 1] = 1;
        n++;
        p = end;
        while (*p == ',' || *p == ' ')
            p++;
    }
    if (n == 0) {
        snprintf(err, errlen, "tick at least one output");
        return -1;
    }
    return 0;
}

predict_grade predict_grade_answer(const predict_question *q, const unsigned char *ticked)
{
    predict_grade g = {0, 0, 0, 0};
    for (size_t i = 0; i < q->count; i++) {
        if (q->choices[i].possible)
            ticked[i] ? g.hits++ : g.missed++;
        else
            g.wrong += ticked[i] != 0;
    }
    g.exact = g.missed == 0 && g.wrong == 0;
    return g;
}
