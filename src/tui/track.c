/* track.c: the learner's progress as the TUI sees it. Until the store
 * lands this keeps reading progress in memory for the session only. */
#include "tui/track.h"

#include <stdlib.h>
#include <string.h>

#include "tui/xmalloc.h"

struct track {
    size_t sections;    /* number of sections */
    double *fraction;   /* reading fraction per section */
    int *position;      /* reading position per section */
    int *opened;        /* 1: section opened */
    long *when;         /* order of the last update per section */
    long clock;         /* updates so far */
    char error[256];    /* last failure */
};

track *track_open(cli_ctx *ctx, char *err, size_t errlen)
{
    (void)err;
    (void)errlen;
    track *t = xcalloc(sizeof *t);
    t->sections = ctx->content->section_count;
    t->fraction = xcalloc(t->sections * sizeof *t->fraction);
    t->position = xcalloc(t->sections * sizeof *t->position);
    t->opened = xcalloc(t->sections * sizeof *t->opened);
    t->when = xcalloc(t->sections * sizeof *t->when);
    return t;
}

void track_close(track *t)
{
    if (!t)
        return;
    free(t->fraction);
    free(t->position);
    free(t->opened);
    free(t->when);
    free(t);
}

int track_reading(track *t, int section, double *fraction, int *position)
{
    if (section < 0 || (size_t)section >= t->sections)
        return 0;
    *fraction = t->fraction[section];
    *position = t->position[section];
    return t->opened[section];
}

int track_read(track *t, int section, double fraction, int position)
{
    if (section < 0 || (size_t)section >= t->sections)
        return -1;
    if (fraction > t->fraction[section])
        t->fraction[section] = fraction;
    t->position[section] = position;
    t->opened[section] = 1;
    t->when[section] = ++t->clock;
    return 0;
}

int track_last(track *t)
{
    int best = -1;
    for (size_t i = 0; i < t->sections; i++)
        if (t->opened[i] && (best < 0 || t->when[i] > t->when[best]))
            best = (int)i;
    return best;
}

double track_known(track *t, int section)
{
    (void)t;
    (void)section;
    return 0;
}

int track_due(track *t)
{
    (void)t;
    return 0;
}

const char *track_error(const track *t)
{
    return t->error;
}
