/* goline.h: which line of a section's Go example a line of its C demo
 * stands for. Each demo line that carries a Go statement quotes it in a
 * trailing block comment (chan_send(c, &i) beside "c <- i"); those quotes
 * are matched, in order, against the Go example's lines. Pure, so unit
 * tested. */
#ifndef CONCLAB_TUI_GOLINE_H
#define CONCLAB_TUI_GOLINE_H

#include <stddef.h>

/* A C line to Go line map. */
typedef struct goline_map {
    int *go_of;    /* go_of[c_line]: its Go line (1-based), 0 unknown (owned) */
    int c_lines;   /* C lines mapped: go_of has c_lines + 1 entries */
} goline_map;

/* Builds m from the C demo source c_src and the Go example go_src. A C line
 * without a Go comment of its own takes the Go line of the nearest Go
 * comment above it in the same function (up to a line starting with `}`).
 * Aborts only when out of memory. */
void goline_build(goline_map *m, const char *c_src, const char *go_src);

/* The Go line for C line c_line (1-based), or 0 when unknown. */
int goline_of(const goline_map *m, int c_line);

/* Frees m and zeroes it. */
void goline_free(goline_map *m);

#endif
