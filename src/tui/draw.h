/* draw.h: drawing helpers over curses for the screens: styled text clipped
 * to columns, bars, centred lines, the title and status bars. Every
 * function clips to the screen, so nothing draws outside it at any size. */
#ifndef CONCLAB_TUI_DRAW_H
#define CONCLAB_TUI_DRAW_H

#include <stddef.h>

#include "tui/layout.h"
#include "tui/rich.h"

/* Draws r from column x of row y, at most cols columns. Returns the
 * columns drawn. */
int draw_rich(int y, int x, int cols, const rich *r);

/* Draws n bytes of text (UTF-8) in role, clipped to cols columns. Returns
 * the columns drawn. */
int draw_text(int y, int x, int cols, const char *text, size_t n, int role);

/* draw_text of a NUL-terminated string. */
int draw_str(int y, int x, int cols, const char *text, int role);

/* Like draw_str, but a text too long for cols ends in an ellipsis (ASCII
 * "~" without UTF-8) instead of being cut silently. Returns columns used. */
int draw_cut(int y, int x, int cols, const char *text, int role);

/* printf into row y from column x, clipped to cols, in role. */
int draw_fmt(int y, int x, int cols, int role, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* Fills cols columns of row y from x with spaces in role. */
void draw_fill(int y, int x, int cols, int role);

/* Draws a bar of width columns, fraction (0..1) filled. */
void draw_bar(int y, int x, int width, double fraction);

/* Draws text centred on row y in role. */
void draw_center(int y, const char *text, int role);

/* The top bar: title on the left, right-aligned info on the right. */
void draw_title(const char *title, const char *right);

/* The bottom bar: key hints. */
void draw_status(const char *hints);

/* Draws rows lines of l from line top, from screen row 1, centred in
 * the width it was laid out for (the reader's and the gallery's page). */
void draw_layout_page(const layout *l, int top, int rows);

/* A box (UTF-8 lines or ASCII) of h rows and w columns at y, x. */
void draw_box(int y, int x, int h, int w, int role);

#endif
