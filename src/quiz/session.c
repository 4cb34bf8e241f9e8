/* session.c: a sitting of the quiz over the store: picks the next card
 * (due first, then new in document order, within the day's new-card
 * allowance and the session's limit), schedules each grade with FSRS-6,
 * commits it at once, and undoes grades back to the session's start. */
#include "quiz/session.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "quiz/when.h"

#define UNDO_MAX 256

struct session {
    store *st;                   /* the store (borrowed) */
    const content *c;            /* the questions (borrowed) */
    int64_t learner;             /* learner id */
    uint64_t learner_hash;       /* seeds the interval fuzz with the card and time */
    int limit;                   /* cards to grade at most (0: no cap) */
    int new_per_day;             /* new cards a local day */
    int asked;                   /* cards graded in this session */
    int current;                 /* index of the question asked, -1: none */
    fsrs_card current_card;      /* its card before the grade */
    struct timespec shown;       /* when it was shown (monotonic) */
    char *answer;                /* what was typed for it, or NULL */
    char feedback_line[768];     /* the feedback shown for it, or "" */
    int redo;                    /* question to ask next after an undo, -1 */
    int64_t undo_id[UNDO_MAX];   /* review ids graded in this session */
    int undo_q[UNDO_MAX];        /* and their questions */
    int undo_count;              /* entries in the undo stack */
    const char *focus;           /* section id the session is limited to
                                    (borrowed from the content), or NULL */
    char *graded_here;           /* focus: 1 for each question graded in
                                    this session (asked once each) */
    char err[768];               /* last failure */
};

/* FNV-1a over a string, for reproducible seeds. */
static uint64_t hash_text(uint64_t h, const char *s)
{
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 0x100000001b3ull;
    return h;
}

static int fail_from_store(session *s)
{
    snprintf(s->err, sizeof s->err, "%s", store_error(s->st));
    return STORE_ERROR;
}

session *session_open(store *st, const content *c, const char *learner, int limit,
                      int new_per_day, char *err, size_t errlen)
{
    session *s = calloc(1, sizeof *s);
    if (!s) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    s->st = st;
    s->c = c;
    s->limit = limit;
    s->new_per_day = new_per_day;
    s->current = s->redo = -1;
    s->learner_hash = hash_text(0xcbf29ce484222325ull, learner);
    if (store_learner(st, learner, 1, when_clock(), &s->learner) != STORE_OK) {
        snprintf(err, errlen, "%s", store_error(st));
        free(s);
        return NULL;
    }
    return s;
}

void session_close(session *s)
{
    if (!s)
        return;
    free(s->answer);
    free(s->graded_here);
    free(s);
}

/* 1 when question q is about section id (its one "section"). */
static int question_in_section(const content_question *q, const char *id)
{
    return q->section && strcmp(q->section, id) == 0;
}

int session_focus(session *s, const char *section_id, char *err, size_t errlen)
{
    const content_section *sec = content_find_section(s->c, section_id);
    if (!sec) {
        snprintf(err, errlen, "no section '%s' (conclab sections lists them)", section_id);
        return -1;
    }
    size_t n = 0;
    for (size_t i = 0; i < s->c->question_count; i++)
        n += (size_t)question_in_section(&s->c->questions[i], sec->id);
    if (n == 0) {
        snprintf(err, errlen, "section '%s' has no quiz questions", sec->id);
        return -1;
    }
    free(s->graded_here);
    s->graded_here = calloc(s->c->question_count, 1);
    if (!s->graded_here) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    s->focus = sec->id;
    return 0;
}

/* 1 when question i may be asked now: in the focus section (if any) and
 * not yet graded in a focused session. */
static int question_open(const session *s, size_t i)
{
    return !s->focus ||
           (question_in_section(&s->c->questions[i], s->focus) && !s->graded_here[i]);
}

const char *session_error(const session *s)
{
    return s->err;
}

int64_t session_learner(const session *s)
{
    return s->learner;
}

/* The learner's cards, by question index. */
struct deck {
    const content *c;  /* the questions */
    fsrs_card *cards;  /* one per question */
    char *has;         /* 1: the question has a card */
};

static int deck_add(void *ud, int64_t learner, const char *question, const fsrs_card *card)
{
    struct deck *d = ud;
    (void)learner;
    for (size_t i = 0; i < d->c->question_count; i++)
        if (strcmp(d->c->questions[i].id, question) == 0) {
            d->cards[i] = *card;
            d->has[i] = 1;
        }
    return 0;
}

static int deck_load(session *s, struct deck *d)
{
    size_t n = s->c->question_count ? s->c->question_count : 1;
    d->c = s->c;
    d->cards = calloc(n, sizeof *d->cards);
    d->has = calloc(n, 1);
    if (!d->cards || !d->has) {
        free(d->cards);
        free(d->has);
        snprintf(s->err, sizeof s->err, "out of memory");
        return STORE_ERROR;
    }
    if (store_card_each(s->st, s->learner, deck_add, d) != STORE_OK) {
        free(d->cards);
        free(d->has);
        return fail_from_store(s);
    }
    return STORE_OK;
}

static void deck_free(struct deck *d)
{
    free(d->cards);
    free(d->has);
}

/* Makes question i the current card. */
static void ask(session *s, int i, const fsrs_card *card, int is_new, session_card *out)
{
    s->current = i;
    s->current_card = is_new ? fsrs_card_new() : *card;
    free(s->answer);
    s->answer = NULL;
    s->feedback_line[0] = '\0';
    clock_gettime(CLOCK_MONOTONIC, &s->shown);
    out->question = &s->c->questions[i];
    out->card = s->current_card;
    out->is_new = is_new;
    out->asked = s->asked;
}

int session_next(session *s, session_card *out)
{
    struct deck d;
    int64_t now = when_clock();
    memset(out, 0, sizeof *out);
    if (s->redo < 0 && s->limit > 0 && s->asked >= s->limit)
        return STORE_NONE;
    if (deck_load(s, &d) != STORE_OK)
        return STORE_ERROR;
    int new_today = 0;
    if (store_review_new_since(s->st, s->learner, when_day_start(now), &new_today) != STORE_OK) {
        deck_free(&d);
        return fail_from_store(s);
    }
    int best = -1, first_new = -1, unseen = 0, soonest = -1;
    for (size_t i = 0; i < s->c->question_count; i++) {
        if (!question_open(s, i))
            continue;
        if (!d.has[i] || d.cards[i].state == FSRS_NEW) {
            unseen++;
            if (first_new < 0)
                first_new = (int)i;
        } else if (d.cards[i].due <= now) {
            out->due_left++;
            if (best < 0 || d.cards[i].due < d.cards[best].due)
                best = (int)i;
        } else if (soonest < 0 || d.cards[i].due < d.cards[soonest].due) {
            soonest = (int)i;
        }
    }
    /* a focused session asks each of its section's questions once: the
     * learner chose them, so the daily cap on new cards does not apply and
     * cards not yet due are reviewed early (FSRS counts the shorter wait) */
    int allowance = s->focus ? unseen : s->new_per_day - new_today;
    out->new_left = allowance < 0 ? 0 : allowance < unseen ? allowance : unseen;
    int rc = STORE_OK;
    if (s->redo >= 0) {
        int i = s->redo;
        s->redo = -1;
        ask(s, i, &d.cards[i], !d.has[i] || d.cards[i].state == FSRS_NEW, out);
    } else if (best >= 0) {
        ask(s, best, &d.cards[best], 0, out);
    } else if (first_new >= 0 && out->new_left > 0) {
        ask(s, first_new, &d.cards[first_new], 1, out);
    } else if (s->focus && soonest >= 0) {
        ask(s, soonest, &d.cards[soonest], 0, out);
    } else {
        s->current = -1;
        rc = STORE_NONE;
    }
    deck_free(&d);
    return rc;
}

void session_answer(session *s, const char *typed, feedback *out)
{
    memset(out, 0, sizeof *out);
    if (s->current < 0)
        return;
    feedback_check(&s->c->questions[s->current], typed, out);
    free(s->answer);
    s->answer = typed ? strdup(typed) : NULL;
    snprintf(s->feedback_line, sizeof s->feedback_line, "%s", out->line);
}

static int64_t elapsed_ms(const struct timespec *since)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (int64_t)(now.tv_sec - since->tv_sec) * 1000 + (now.tv_nsec - since->tv_nsec) / 1000000;
}

int session_grade(session *s, int grade, session_result *out)
{
    if (s->current < 0 || grade < FSRS_AGAIN || grade > FSRS_EASY)
        return STORE_NONE;
    const content_question *q = &s->c->questions[s->current];
    int64_t now = when_clock();
    fsrs_card after = s->current_card;
    uint64_t seed = hash_text(s->learner_hash ^ (uint64_t)now, q->id);
    fsrs_review(&fsrs_default_params, &after, grade, now, seed);
    store_review r = {
        .question = q->id,
        .time = now,
        .grade = grade,
        .answer = s->answer ? s->answer : "",
        .took_ms = elapsed_ms(&s->shown),
        .feedback = s->feedback_line,
        .has_before = 1,
        .before = s->current_card,
    };
    int rc = store_review_add(s->st, s->learner, &r, &after);
    if (rc == STORE_NONE) {
        s->current = -1;
        return SESSION_STALE;
    }
    if (rc != STORE_OK)
        return fail_from_store(s);
    if (s->undo_count == UNDO_MAX) {
        memmove(s->undo_id, s->undo_id + 1, (UNDO_MAX - 1) * sizeof s->undo_id[0]);
        memmove(s->undo_q, s->undo_q + 1, (UNDO_MAX - 1) * sizeof s->undo_q[0]);
        s->undo_count--;
    }
    s->undo_id[s->undo_count] = r.id;
    s->undo_q[s->undo_count++] = s->current;
    if (s->focus)
        s->graded_here[s->current] = 1;
    s->asked++;
    s->current = -1;
    out->grade = grade;
    out->card = after;
    out->wait = after.due - now;
    when_describe(out->wait, out->when, sizeof out->when);
    return STORE_OK;
}

int session_undo(session *s, const content_question **question)
{
    if (s->undo_count == 0)
        return STORE_NONE;
    int top = s->undo_count - 1;
    int rc = store_review_undo(s->st, s->learner, s->undo_id[top]);
    if (rc == STORE_ERROR)
        return fail_from_store(s);
    s->undo_count--;
    if (rc == STORE_NONE)
        return STORE_NONE;
    s->redo = s->undo_q[top];
    if (s->focus)
        s->graded_here[s->redo] = 0;
    s->current = -1;
    s->asked--;
    if (question)
        *question = &s->c->questions[s->redo];
    return STORE_OK;
}

int session_next_due(session *s, int64_t *when)
{
    struct deck d;
    *when = INT64_MAX;
    if (deck_load(s, &d) != STORE_OK)
        return STORE_ERROR;
    for (size_t i = 0; i < s->c->question_count; i++)
        if (d.has[i] && d.cards[i].state != FSRS_NEW && d.cards[i].due < *when)
            *when = d.cards[i].due;
    deck_free(&d);
    return STORE_OK;
}
