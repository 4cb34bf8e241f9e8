/* playback.h: the picture of a finished run played back step by step, as
 * the demo screen and the program screen both draw it: the source with
 * each goroutine's line marked and the running one's centred, one lane per
 * goroutine over the steps with its state and line, the channels and
 * locks, the legend, and the output followed by the run's report. Knows
 * nothing of demos or Go programs: the screen says which source is shown
 * and how an event's file:line maps into it. */
#ifndef CONCLAB_TUI_PLAYBACK_H
#define CONCLAB_TUI_PLAYBACK_H

#include <stddef.h>

#include "rt/rt.h"
#include "tui/layout.h"
#include "tui/scene.h"

/* Where the event line file:line is in the shown source: returns the line
 * to name beside its goroutine (0: none) and sets *here to 1 when that is
 * a line of the shown source, to be marked there. */
typedef int (*playback_line_fn)(void *ud, const char *file, int line, int *here);

typedef struct playback {
    rt *run;               /* the finished run (not owned) */
    const rt_event *evs;   /* its trace (not owned) */
    size_t ev_count;       /* events in evs */
    size_t at;             /* events applied so far */
    const char *source;    /* the text shown as source */
    int is_go;             /* 1: it is Go (else C), for its colours */
    playback_line_fn line_of;
    void *line_ud;
    const char *report;    /* shown after the output at the end: how the run
                              ended, in the language's words ("" none) */
    int mark_line;         /* a source line marked as wrong (a compile
                              error), 0 none */
    layout laid;           /* source laid out (owned, a cache) */
    const char *laid_text; /* what laid holds */
    int laid_go;
} playback;

/* Writes a virtual time in nanoseconds as Go prints durations: "0s",
 * "300ms", "1.5s". */
void playback_duration(int64_t ns, char *buf, size_t len);

/* Draws the run after pb->at events in rows 1 .. body-1 of the screen: the
 * source on top, full width, taking the rows the panes below do not need
 * for the whole run (so they do not move); below it the goroutines and
 * the channels on the left and the output on the right (under them when
 * the screen is narrow). s is the scene after pb->at events. */
void playback_draw(playback *pb, const scene *s, int body);

/* Draws the source alone in the box at y, x of h rows and w columns,
 * centred on the running goroutine's line (else on pb->mark_line), each
 * goroutine's line marked with its id. */
void playback_draw_source(playback *pb, const scene *s, int y, int x, int h, int w);

/* The pace a playback starts at (an index of the paces). */
#define PLAYBACK_PACE 3

/* The stepping keys the screens share, on step *at of count: a tick (key
 * < 0) while *playing, Space/Right/l one step, b/Left/h one back, r play
 * or pause, + - faster or slower (*pace), g/Home/0 the start, G/End the
 * end. Returns 1 when key was one of them. */
int playback_step_key(int key, size_t *at, size_t count, int *playing, int *pace);

/* The input timeout a screen wants: milliseconds per step at pace while
 * playing, else -1 (block). */
int playback_timeout(int playing, int pace);

/* Frees the cached layout; pb stays usable. */
void playback_free(playback *pb);

#endif
