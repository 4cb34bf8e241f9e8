/* progress.c: a learner's standing, from their cards, review log and
 * reading progress: recall now by the FSRS-6 forgetting curve, sections
 * weighed by their questions, the forecast of due cards and the streak. */
#include "quiz/progress.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "quiz/when.h"

static progress_question *find_question(progress *p, const char *id)
{
    for (size_t i = 0; i < p->question_count; i++)
        if (strcmp(p->questions[i].question->id, id) == 0)
            return &p->questions[i];
    return NULL;
}

static int add_card(void *ud, int64_t learner, const char *question, const fsrs_card *card)
{
    progress *p = ud;
    progress_question *q = find_question(p, question);
    (void)learner;
    if (q && card->state != FSRS_NEW) {
        q->studied = 1;
        q->card = *card;
        double days = (double)(p->now - card->last_review) / FSRS_DAY;
        q->recall = fsrs_retrievability(&fsrs_default_params, days, card->stability);
    }
    return 0;
}

/* Review days seen so far, newest last, for the streak. */
struct days {
    progress *p;     /* the progress being filled */
    int64_t last;    /* start of the latest day with a review */
    int run;         /* consecutive days ending at last */
};

static int add_review(void *ud, int64_t learner, const store_review *r)
{
    struct days *d = ud;
    progress *p = d->p;
    (void)learner;
    progress_question *q = find_question(p, r->question);
    if (q)
        q->reviews++;
    p->reviews++;
    if (r->time > p->last_review)
        p->last_review = r->time;
    int64_t day = when_day_start(r->time);
    if (day == when_day_start(p->now))
        p->reviews_today++;
    if (day != d->last) {
        d->run = d->last && when_day_start(day - 1) == d->last ? d->run + 1 : 1;
        d->last = day;
    }
    return 0;
}

static int add_reading(void *ud, const char *section, double fraction, int position,
                       int64_t updated)
{
    progress *p = ud;
    (void)updated;
    for (size_t i = 0; i < p->section_count; i++)
        if (strcmp(p->sections[i].section->id, section) == 0) {
            p->sections[i].read = fraction;
            p->sections[i].position = position;
        }
    return 0;
}

/* Sections: how many questions are about each (a question counts for its
 * one "section" only) and how well they are known. */
static void weigh_sections(progress *p)
{
    for (size_t s = 0; s < p->section_count; s++) {
        progress_section *sec = &p->sections[s];
        double sum = 0;
        for (size_t q = 0; q < p->question_count; q++) {
            const content_question *cq = p->questions[q].question;
            if (cq->section && strcmp(cq->section, sec->section->id) == 0) {
                sec->questions++;
                sec->studied += p->questions[q].studied;
                sum += p->questions[q].recall;
            }
        }
        sec->known = sec->questions ? sum / sec->questions : 0;
    }
}

/* The start of the local day after the one starting at day (DST-proof). */
static int64_t next_day(int64_t day)
{
    return when_day_start(day + FSRS_DAY + 3 * 3600);
}

/* The forecast: day 0 is today and takes the overdue cards too. */
static void forecast(progress *p)
{
    int64_t day = when_day_start(p->now);
    for (int i = 0; i < PROGRESS_FORECAST_DAYS; i++, day = next_day(day))
        p->forecast_day[i] = day;
    int64_t end = day; /* the start of the day after the last one */
    for (size_t q = 0; q < p->question_count; q++) {
        int64_t due = p->questions[q].card.due;
        if (!p->questions[q].studied || due >= end)
            continue;
        int i = PROGRESS_FORECAST_DAYS - 1;
        while (i > 0 && due < p->forecast_day[i])
            i--;
        p->forecast[i]++;
    }
}

int progress_load(store *st, const content *c, int64_t learner, int64_t now, progress *out,
                  char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    out->now = now;
    out->question_count = c->question_count;
    out->section_count = c->section_count;
    out->questions = calloc(c->question_count ? c->question_count : 1, sizeof *out->questions);
    out->sections = calloc(c->section_count ? c->section_count : 1, sizeof *out->sections);
    if (!out->questions || !out->sections) {
        snprintf(err, errlen, "out of memory");
        progress_free(out);
        return STORE_ERROR;
    }
    for (size_t i = 0; i < c->question_count; i++) {
        out->questions[i].question = &c->questions[i];
        out->questions[i].card = fsrs_card_new();
    }
    for (size_t i = 0; i < c->section_count; i++)
        out->sections[i].section = &c->sections[i];
    struct days d = {out, 0, 0};
    if (store_card_each(st, learner, add_card, out) != STORE_OK ||
        store_review_each(st, learner, add_review, &d) != STORE_OK ||
        store_reading_each(st, learner, add_reading, out) != STORE_OK) {
        snprintf(err, errlen, "%s", store_error(st));
        progress_free(out);
        return STORE_ERROR;
    }
    int64_t today = when_day_start(now);
    if (d.last == today || (d.last && d.last == when_day_start(today - 1)))
        out->streak = d.run;
    double sum = 0;
    for (size_t i = 0; i < out->question_count; i++) {
        sum += out->questions[i].recall;
        out->studied += out->questions[i].studied;
        out->lapses += out->questions[i].card.lapses;
    }
    out->recall = out->studied ? sum / out->studied : 0;
    out->known = out->question_count ? sum / out->question_count : 0;
    weigh_sections(out);
    forecast(out);
    return STORE_OK;
}

void progress_free(progress *p)
{
    free(p->questions);
    free(p->sections);
    p->questions = NULL;
    p->sections = NULL;
}

int progress_open(const char *db_path, store **st, int64_t *now, char *err, size_t errlen)
{
    *st = NULL;
    if (when_now(now) != 0) {
        snprintf(err, errlen, "CONCLAB_NOW: '%s' is not a UTC time like 2026-11-29T10:00:00Z",
                 getenv("CONCLAB_NOW"));
        return 1;
    }
    return store_open(db_path, st, err, errlen) == STORE_OK ? 0 : 3;
}

int progress_print_json(cJSON *root)
{
    char *text = cJSON_Print(root);
    cJSON_Delete(root);
    if (!text)
        return -1;
    printf("%s\n", text);
    cJSON_free(text);
    return 0;
}
