/* track.c: the learner's progress as the TUI sees it, read and written
 * through the store and the quiz's progress module: reading positions
 * (committed at once), the section read last, how well sections are known
 * and the cards due. */
#include "tui/track.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "quiz/when.h"
#include "tui/xmalloc.h"

struct track {
    cli_ctx *ctx;        /* options, user and content */
    store *st;           /* the open database */
    int64_t learner;     /* the learner's id */
    progress prog;       /* their progress, as last loaded */
    int loaded;          /* 1: prog holds a progress_load result */
    int last;            /* section read last, -1: none */
    int64_t last_time;   /* when it was updated */
    char error[512];     /* last failure */
};

/* store_reading_each callback: remembers the latest section. */
static int find_last(void *ud, const char *section, double fraction, int position,
                     int64_t updated)
{
    track *t = ud;
    (void)fraction;
    (void)position;
    int i = content_section_index(t->ctx->content, section);
    if (i >= 0 && (t->last < 0 || updated >= t->last_time)) {
        t->last = i;
        t->last_time = updated;
    }
    return 0;
}

int track_refresh(track *t)
{
    if (t->loaded)
        progress_free(&t->prog);
    t->loaded = 0;
    if (progress_load(t->st, t->ctx->content, t->learner, when_clock(), &t->prog, t->error,
                      sizeof t->error) != STORE_OK)
        return -1;
    t->loaded = 1;
    t->last = -1;
    if (store_reading_each(t->st, t->learner, find_last, t) != STORE_OK) {
        snprintf(t->error, sizeof t->error, "%s", store_error(t->st));
        return -1;
    }
    return 0;
}

track *track_open(cli_ctx *ctx, int *status, char *err, size_t errlen)
{
    track *t = xcalloc(sizeof *t);
    int64_t now;
    t->ctx = ctx;
    t->last = -1;
    *status = progress_open(ctx->db_path, &t->st, &now, err, errlen);
    if (*status != 0)
        goto fail;
    *status = EXIT_DATABASE;
    if (store_learner(t->st, ctx->user, 1, now, &t->learner) != STORE_OK) {
        snprintf(err, errlen, "%s", store_error(t->st));
        goto fail;
    }
    if (track_refresh(t) != 0) {
        snprintf(err, errlen, "%s", t->error);
        goto fail;
    }
    *status = 0;
    return t;
fail:
    track_close(t);
    return NULL;
}

void track_close(track *t)
{
    if (!t)
        return;
    if (t->loaded)
        progress_free(&t->prog);
    store_close(t->st);
    free(t);
}

int track_reading(track *t, int section, double *fraction, int *position)
{
    *fraction = 0;
    *position = 0;
    if (section < 0 || (size_t)section >= t->ctx->content->section_count)
        return 0;
    return store_reading_get(t->st, t->learner, t->ctx->content->sections[section].id, fraction,
                             position) == STORE_OK;
}

int track_read(track *t, int section, double fraction, int position)
{
    double before;
    int pos;
    if (section < 0 || (size_t)section >= t->ctx->content->section_count) {
        snprintf(t->error, sizeof t->error, "no section %d", section + 1);
        return -1;
    }
    if (track_reading(t, section, &before, &pos) && before > fraction)
        fraction = before;
    int64_t now = when_clock();
    if (store_reading_set(t->st, t->learner, t->ctx->content->sections[section].id, fraction,
                          position, now) != STORE_OK) {
        snprintf(t->error, sizeof t->error, "%s", store_error(t->st));
        return -1;
    }
    t->last = section;
    t->last_time = now;
    if (t->loaded && (size_t)section < t->prog.section_count)
        t->prog.sections[section].read = fraction;
    return 0;
}

int track_last(track *t)
{
    return t->last;
}

double track_known(track *t, int section)
{
    if (!t->loaded || section < 0 || (size_t)section >= t->prog.section_count)
        return 0;
    return t->prog.sections[section].known;
}

int track_due(track *t)
{
    int due = 0;
    int64_t now = when_clock();
    for (size_t i = 0; t->loaded && i < t->prog.question_count; i++)
        due += t->prog.questions[i].studied && t->prog.questions[i].card.due <= now;
    return due;
}

int track_new(track *t)
{
    int fresh = 0;
    for (size_t i = 0; t->loaded && i < t->prog.question_count; i++)
        fresh += !t->prog.questions[i].studied;
    return fresh;
}

const progress *track_progress(track *t)
{
    return t->loaded ? &t->prog : NULL;
}

store *track_store(track *t)
{
    return t->st;
}

int64_t track_learner(const track *t)
{
    return t->learner;
}

int track_demo_run(track *t, const char *demo, uint64_t seed, const char *verdict)
{
    store_demo_run run = {demo, seed, verdict, when_clock()};
    if (store_demo_run_add(t->st, t->learner, &run) != STORE_OK) {
        snprintf(t->error, sizeof t->error, "%s", store_error(t->st));
        return -1;
    }
    return 0;
}

const char *track_error(const track *t)
{
    return t->error;
}
