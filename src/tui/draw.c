/* draw.c: the screens' drawing primitives: clipped UTF-8 text with role
 * attributes, progress bars, bars at the top and bottom, boxes. */
#define _XOPEN_SOURCE_EXTENDED 1
#include "tui/draw.h"

#include <curses.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "tui/term.h"

int draw_text(int y, int x, int cols, const char *text, size_t n, int role)
{
    int max = COLS - x;
    if (y < 0 || y >= LINES || x < 0 || max <= 0 || cols <= 0)
        return 0;
    if (cols > max)
        cols = max;
    int used;
    size_t fit = rich_fit(text, n, cols, &used);
    attrset(term_attr(role));
    mvaddnstr(y, x, text, (int)fit);
    attrset(A_NORMAL);
    return used;
}

int draw_str(int y, int x, int cols, const char *text, int role)
{
    return draw_text(y, x, cols, text, strlen(text), role);
}

int draw_cut(int y, int x, int cols, const char *text, int role)
{
    size_t n = strlen(text);
    if (cols <= 1 || rich_columns(text, n) <= cols)
        return draw_text(y, x, cols, text, n, role);
    int used = draw_text(y, x, cols - 1, text, n, role);
    return used + draw_str(y, x + used, 1, term_utf8() ? "\xe2\x80\xa6" : "~", role);
}

int draw_fmt(int y, int x, int cols, int role, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return draw_str(y, x, cols, buf, role);
}

int draw_rich(int y, int x, int cols, const rich *r)
{
    int done = 0;
    for (size_t i = 0; i < r->len && done < cols;) {
        size_t run = 1;
        while (i + run < r->len && r->roles[i + run] == r->roles[i])
            run++;
        int used = draw_text(y, x + done, cols - done, r->text + i, run, r->roles[i]);
        if (used == 0 && rich_columns(r->text + i, run) > 0)
            break;
        done += used;
        i += run;
    }
    return done;
}

void draw_fill(int y, int x, int cols, int role)
{
    if (y < 0 || y >= LINES || x < 0 || x >= COLS)
        return;
    if (cols > COLS - x)
        cols = COLS - x;
    attrset(term_attr(role));
    mvhline(y, x, ' ', cols);
    attrset(A_NORMAL);
}

void draw_bar(int y, int x, int width, double fraction)
{
    if (fraction < 0)
        fraction = 0;
    if (fraction > 1)
        fraction = 1;
    int filled = (int)(fraction * width + 0.5);
    const char *full = term_utf8() ? "\xe2\x96\x88" : "#";
    const char *empty = term_utf8() ? "\xe2\x96\x91" : "-";
    for (int i = 0; i < width; i++)
        draw_str(y, x + i, 1, i < filled ? full : empty, i < filled ? TERM_FILL : TERM_EMPTY);
}

void draw_center(int y, const char *text, int role)
{
    int w = rich_columns(text, strlen(text));
    int x = (COLS - w) / 2;
    draw_str(y, x < 0 ? 0 : x, COLS, text, role);
}

void draw_title(const char *title, const char *right)
{
    draw_fill(0, 0, COLS, TERM_BAR);
    /* the right part is kept whole when the title can still show 12
     * columns: the title ends in an ellipsis instead */
    int w = right ? rich_columns(right, strlen(right)) : 0;
    int room = right && COLS - w - 4 >= 12 ? COLS - w - 4 : COLS - 1;
    int used = 1 + draw_cut(0, 1, room, title, TERM_BAR);
    if (right && COLS - w - 1 > used + 1)
        draw_str(0, COLS - w - 1, w, right, TERM_BAR);
}

void draw_status(const char *hints)
{
    if (LINES < 2)
        return;
    draw_fill(LINES - 1, 0, COLS, TERM_BAR);
    draw_fmt(LINES - 1, 0, COLS, TERM_BAR, " %s", hints);
}

void draw_box(int y, int x, int h, int w, int role)
{
    if (h < 2 || w < 2)
        return;
    int utf8 = term_utf8();
    const char *hz = utf8 ? "\xe2\x94\x80" : "-", *vt = utf8 ? "\xe2\x94\x82" : "|";
    const char *c[4] = {utf8 ? "\xe2\x94\x8c" : "+", utf8 ? "\xe2\x94\x90" : "+",
                        utf8 ? "\xe2\x94\x94" : "+", utf8 ? "\xe2\x94\x98" : "+"};
    for (int i = 1; i < w - 1; i++) {
        draw_str(y, x + i, 1, hz, role);
        draw_str(y + h - 1, x + i, 1, hz, role);
    }
    for (int i = 1; i < h - 1; i++) {
        draw_str(y + i, x, 1, vt, role);
        draw_str(y + i, x + w - 1, 1, vt, role);
    }
    draw_str(y, x, 1, c[0], role);
    draw_str(y, x + w - 1, 1, c[1], role);
    draw_str(y + h - 1, x, 1, c[2], role);
    draw_str(y + h - 1, x + w - 1, 1, c[3], role);
}

void draw_layout_page(const layout *l, int top, int rows)
{
    int x = (COLS - l->width) / 2;
    if (x < 1)
        x = 1;
    for (int i = 0; i < rows && top + i < (int)l->count; i++) {
        const layout_line *line = &l->lines[top + i];
        draw_rich(1 + i, x + line->indent, l->width - line->indent, &line->text);
    }
}
