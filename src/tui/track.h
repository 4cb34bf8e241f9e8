/* track.h: the TUI's view of a learner's progress: reading per section,
 * where they left off, how well each section's questions are known and the
 * cards due. It goes through the store and quiz modules; the screens never
 * see SQL. */
#ifndef CONCLAB_TUI_TRACK_H
#define CONCLAB_TUI_TRACK_H

#include <stddef.h>

#include "cli/cli.h"

typedef struct track track;

/* Opens the learner's progress for ctx (database, user, content). Returns
 * it (close with track_close) or NULL with a one-line message in err. */
track *track_open(cli_ctx *ctx, char *err, size_t errlen);

/* Saves nothing more and frees t; NULL is accepted. */
void track_close(track *t);

/* Reading progress of section (index): fraction 0..1 and the position (a
 * block of the reader's layout). Returns 1 when the section was opened. */
int track_reading(track *t, int section, double *fraction, int *position);

/* Records reading progress; the fraction never goes down. Returns 0, or -1
 * when it could not be saved (the message is in track_error). */
int track_read(track *t, int section, double fraction, int position);

/* The section read last, or -1. */
int track_last(track *t);

/* How well section's questions are known, 0..1 (mean recall). */
double track_known(track *t, int section);

/* Cards due now. */
int track_due(track *t);

/* The last failure, one line. */
const char *track_error(const track *t);

#endif
