/* track.h: the TUI's view of a learner's progress: reading per section,
 * where they left off, how well each section's questions are known, the
 * cards due, and the whole progress for the stats screen. It goes through
 * the store and quiz modules; the screens never see SQL. */
#ifndef CONCLAB_TUI_TRACK_H
#define CONCLAB_TUI_TRACK_H

#include <stddef.h>
#include <stdint.h>

#include "cli/cli.h"
#include "quiz/progress.h"
#include "store/store.h"

typedef struct track track;

/* Opens (creating it when absent) the database of ctx and the learner
 * ctx->user, and loads their progress. Returns it (close with track_close),
 * or NULL with a one-line message in err and the command-line exit code in
 * *status (1: bad CONCLAB_NOW, 3: the database cannot be used). Blocks up
 * to the store's busy timeout. */
track *track_open(cli_ctx *ctx, int *status, char *err, size_t errlen);

/* Closes the database and frees t; NULL is accepted. */
void track_close(track *t);

/* Reading progress of section (index): fraction 0..1 and the position (a
 * block of the reader's layout). Returns 1 when the section was opened. */
int track_reading(track *t, int section, double *fraction, int *position);

/* Records reading progress, committed before it returns; the fraction never
 * goes down. Returns 0, or -1 with the reason in track_error. */
int track_read(track *t, int section, double fraction, int position);

/* The section read last, or -1. */
int track_last(track *t);

/* How well section's questions are known, 0..1 (mean recall). */
double track_known(track *t, int section);

/* Cards due now (studied cards whose time has come). */
int track_due(track *t);

/* Questions never studied. */
int track_new(track *t);

/* The learner's whole progress (borrowed; valid until track_refresh). */
const progress *track_progress(track *t);

/* Reloads the progress after the quiz changed it. Returns 0 or -1. */
int track_refresh(track *t);

/* The open store and the learner's id, for the quiz session. */
store *track_store(track *t);

/* The learner's id in track_store. */
int64_t track_learner(const track *t);

/* Records a demo run (demo name, seed, verdict name) in the store. Returns
 * 0, or -1 with the reason in track_error. */
int track_demo_run(track *t, const char *demo, uint64_t seed, const char *verdict);

/* The last failure, one line. */
const char *track_error(const track *t);

#endif
