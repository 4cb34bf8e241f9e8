/* playback.c: the picture of a finished run at one step, drawn the same
 * way for a demo and for a learner's Go program (see playback.h): the
 * source with the goroutines' lines, the lanes, the channels and locks,
 * the legend, the output and the report. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui/draw.h"
#include "tui/playback.h"
#include "tui/term.h"
#include "tui/tui.h"
#include "tui/xmalloc.h"

void playback_duration(int64_t ns, char *buf, size_t len)
{
    static const struct {
        int64_t unit;
        const char *name;
    } units[] = {{1000000000, "s"}, {1000000, "ms"}, {1000, "us"}, {1, "ns"}};
    size_t i = 0;
    while (i < 3 && ns < units[i].unit)
        i++;
    if (ns == 0)
        snprintf(buf, len, "0s");
    else if (ns % units[i].unit == 0)
        snprintf(buf, len, "%lld%s", (long long)(ns / units[i].unit), units[i].name);
    else
        snprintf(buf, len, "%.3g%s", (double)ns / (double)units[i].unit, units[i].name);
}

void playback_draw_source(playback *pb, const scene *s, int y, int x, int h, int w)
{
    if (pb->laid_text != pb->source || pb->laid_go != pb->is_go || !pb->laid.count) {
        layout_free(&pb->laid);
        layout_init(&pb->laid, 100000, term_utf8()); /* no wrapping: cut at the edge */
        layout_code(&pb->laid, pb->source, 0, !pb->is_go);
        pb->laid_text = pb->source;
        pb->laid_go = pb->is_go;
    }
    layout *source = &pb->laid;
    int focus = 0;
    const scene_g *running = NULL;
    for (size_t i = 0; i < s->g_count; i++)
        if (s->gs[i].state == SCENE_RUNNING || (!running && s->gs[i].line))
            running = &s->gs[i];
    int here = 0;
    int running_line = running ? pb->line_of(pb->line_ud, running->file, running->line, &here) : 0;
    if (running_line && here)
        focus = running_line - 1;
    else if (pb->mark_line)
        focus = pb->mark_line - 1;
    int top = focus - h / 2;
    if (top > (int)source->count - h)
        top = (int)source->count - h;
    if (top < 0)
        top = 0;
    for (int r = 0; r < h && top + r < (int)source->count; r++) {
        int line = top + r + 1;
        char mark[24] = "";
        int role = ROLE_DIM;
        for (size_t i = 0; i < s->g_count; i++) {
            const scene_g *g = &s->gs[i];
            if (g->state == SCENE_DONE || pb->line_of(pb->line_ud, g->file, g->line, &here) != line ||
                !here)
                continue;
            size_t used = strlen(mark);
            snprintf(mark + used, sizeof mark - used, "%sg%d", used ? "," : "", g->id);
            if (g->state == SCENE_RUNNING)
                role = TERM_SELECTED;
            else if (role != TERM_SELECTED)
                role = g->state == SCENE_BLOCKED ? TERM_BAD : ROLE_MARK;
        }
        if (line == pb->mark_line && !mark[0])
            draw_fmt(y + r, x, 7, TERM_BAD, "%4d >", line);
        else if (mark[0])
            draw_fmt(y + r, x, 7, role, "%6.6s", mark);
        else
            draw_fmt(y + r, x, 7, ROLE_DIM, "%4d  ", line);
        draw_rich(y + r, x + 7, w - 7, &source->lines[top + r].text);
    }
}

/* Draws the lanes and each goroutine's state from row y, with its line in
 * the source shown; returns rows used. */
static int draw_lanes(playback *pb, const scene *s, int y, int x, int w, int max_rows)
{
    /* "g2   print_numbers " then the lane then the state; on a narrow
     * screen the name is cut and the state gets what the lane leaves */
    int label = w < 48 ? 10 : 19, name_w = label - 6, info = 33;
    int cols = w - label - info - 2;
    if (cols < 4)
        cols = 4;
    if (label + cols + 1 + info > w)
        info = w - label - cols - 1;
    size_t from = pb->at > (size_t)cols ? pb->at - (size_t)cols : 0;
    unsigned char *cells = xcalloc((size_t)SCENE_LANES * (size_t)cols);
    scene lanes_scene;
    scene_build(&lanes_scene, pb->evs, pb->ev_count, pb->at, from, cols, cells);
    scene_free(&lanes_scene);
    int utf8 = term_utf8();
    const char *glyph[] = {" ", utf8 ? "\xe2\x96\x92" : "-", utf8 ? "\xe2\x96\x88" : "#",
                           utf8 ? "\xe2\x96\x91" : ".", " "};
    const int roles[] = {ROLE_TEXT, ROLE_DIM, TERM_FILL, TERM_BAD, ROLE_TEXT};
    int rows = 0;
    for (size_t i = 0; i < s->g_count && i < SCENE_LANES && rows < max_rows; i++, rows++) {
        const scene_g *g = &s->gs[i];
        draw_fmt(y + rows, x, label, g->state == SCENE_RUNNING ? TERM_SELECTED : ROLE_TERM,
                 "g%-3d %-*.*s ", g->id, name_w, name_w, g->name);
        for (int c = 0; c < cols; c++) {
            int st = cells[i * (size_t)cols + (size_t)c];
            draw_str(y + rows, x + label + c, 1, glyph[st], roles[st]);
        }
        char what[96];
        int here;
        int line = pb->line_of(pb->line_ud, g->file, g->line, &here);
        if (g->state == SCENE_BLOCKED) /* narrow: the red and the lane say blocked */
            snprintf(what, sizeof what, "%s%s", w < 48 ? "" : "blocked: ", g->reason);
        else
            snprintf(what, sizeof what, "%s",
                     g->state == SCENE_RUNNING ? "running" : g->state == SCENE_DONE ? "done"
                                                                                    : "runnable");
        draw_fmt(y + rows, x + label + cols + 1, info,
                 g->state == SCENE_BLOCKED ? TERM_BAD : ROLE_TEXT, line ? "%s :%d" : "%s", what,
                 line);
    }
    if (s->g_count > SCENE_LANES && rows < max_rows)
        draw_fmt(y + rows++, x, w, ROLE_DIM, "... and %zu more goroutines",
                 s->g_count - SCENE_LANES);
    free(cells);
    return rows;
}

/* Draws the channels and locks from row y; returns rows used. */
static int draw_objects(const scene *s, int y, int x, int w, int max_rows)
{
    int rows = 0;
    for (size_t i = 0; i < s->obj_count && rows < max_rows; i++) {
        const scene_obj *o = &s->objs[i];
        char line[512] = "";
        int n = 0;
        if (o->is_chan && !o->buffered && !o->buf_len) {
            /* unbuffered: no box, a value goes straight across */
            n = o->handoff ? snprintf(line, sizeof line, "unbuffered: g%d hands %.40s to g%d",
                                      o->handoff_from, o->handoff, o->handoff_to)
                           : snprintf(line, sizeof line, "unbuffered%s",
                                      o->closed ? " closed" : "");
        } else if (o->is_chan) {
            n = snprintf(line, sizeof line, "[");
            for (size_t k = 0; k < o->buf_len && n < 200; k++)
                n += snprintf(line + n, sizeof line - (size_t)n, "%s%s", k ? " " : "", o->buf[k]);
            n += snprintf(line + n, sizeof line - (size_t)n, "]%s", o->closed ? " closed" : "");
        } else if (o->is_lock) {
            n = o->holder ? snprintf(line, sizeof line, "held by g%d", o->holder)
                          : snprintf(line, sizeof line, "unlocked");
        }
        for (size_t k = 0; k < s->g_count && n < 400; k++)
            if (s->gs[k].state == SCENE_BLOCKED && s->gs[k].obj == o->id)
                n += snprintf(line + n, sizeof line - (size_t)n, "  g%d waits (%s)", s->gs[k].id,
                              s->gs[k].reason);
        int used = draw_fmt(y + rows, x, 16, ROLE_LINK, "%-15.15s", o->name);
        draw_str(y + rows, x + used + 1, w - used - 1, line, o->closed ? ROLE_DIM : ROLE_TEXT);
        rows++;
    }
    if (rows == 0 && max_rows > 0)
        draw_str(y + rows++, x, w, "(no channel or lock used yet)", ROLE_DIM);
    return rows;
}

/* Rows of the legend under the lanes. */
#define LEGEND_ROWS 1

/* Draws what the lane glyphs and the [..] of a channel mean at row y, when
 * max_rows allows; returns rows used. */
static int draw_legend(int y, int x, int w, int max_rows)
{
    if (max_rows < LEGEND_ROWS)
        return 0;
    int utf8 = term_utf8();
    char legend[160];
    snprintf(legend, sizeof legend, "%s running  %s runnable  %s blocked  [..] values buffered",
             utf8 ? "\xe2\x96\x88" : "#", utf8 ? "\xe2\x96\x92" : "-",
             utf8 ? "\xe2\x96\x91" : ".");
    draw_str(y, x, w, legend, ROLE_DIM);
    return LEGEND_ROWS;
}

/* Rows for the source out of body: what the panes below need for the
 * whole run (every goroutine and object it ever has) is kept for them;
 * the source gets the rest, at least a third, at most its own lines. */
static int source_rows(const playback *pb, int body, int narrow)
{
    scene end;
    scene_build(&end, pb->evs, pb->ev_count, pb->ev_count, 0, 0, NULL);
    int g_rows = end.g_count > SCENE_LANES ? SCENE_LANES + 1 : (int)end.g_count;
    int obj_rows = end.obj_count ? (int)end.obj_count : 1;
    scene_free(&end);
    /* rule, heading, lanes, legend, heading, objects, last: */
    int below = 2 + g_rows + LEGEND_ROWS + 1 + obj_rows + 1;
    if (narrow)
        below += 1 + (rt_output_count(pb->run) ? 2 : 1);
    int src_lines = 1;
    for (const char *p = pb->source; *p; p++)
        src_lines += *p == '\n' && p[1];
    int rows = body - below;
    if (rows < body / 3)
        rows = body / 3;
    return rows < src_lines ? rows : src_lines;
}


void playback_draw(playback *pb, const scene *s, int body)
{
    /* the source on top, full width so the Go beside each C line shows;
     * below it the goroutines and channels on the left, output on the right
     * (under them when the screen is narrow); the source takes the rows the
     * rest does not need for the whole run, so the panes do not move */
    int narrow = COLS < 80;
    rt *run = pb->run;
    int end = pb->at == pb->ev_count;
    size_t lines = s->said < rt_output_count(run) ? s->said : rt_output_count(run);
    const char *report = end && pb->report ? pb->report : "";
    if (end)
        lines = rt_output_count(run);
    size_t report_lines = 0;
    for (const char *p = report; *p; p++)
        report_lines += *p == '\n' || p[1] == '\0';
    size_t total = lines + report_lines;
    int src_h = source_rows(pb, body, narrow);
    playback_draw_source(pb, s, 1, 0, src_h, COLS);
    int y0 = 1 + src_h, left_w = narrow ? COLS - 1 : COLS * 3 / 5;
    draw_fill(y0, 0, COLS, ROLE_DIM);
    int y = y0 + 1;
    char clock[32];
    playback_duration(s->time, clock, sizeof clock);
    draw_fmt(y++, 1, left_w - 1, ROLE_HEADING, "Goroutines at %s of virtual time", clock);
    /* the lanes come first, then the channels, then (narrow) the output */
    int room = body - y - 2;
    y += draw_lanes(pb, s, y, 1, left_w - 1, room > 1 ? room : 1);
    y += draw_legend(y, 1, left_w - 1, body - y - 2);
    draw_str(y++, 1, left_w - 1, "Channels and locks", ROLE_HEADING);
    y += draw_objects(s, y, 1, left_w - 1, narrow ? 1 : body - y);
    int out_x = narrow ? 1 : left_w + 1, out_w = narrow ? COLS - 2 : COLS - out_x - 1;
    if (!narrow)
        y = y0 + 1;
    if (y < body)
        draw_str(y++, out_x, out_w, "Output", ROLE_HEADING);
    room = body - y;
    size_t first = total > (size_t)(room > 0 ? room : 0) ? total - (size_t)(room > 0 ? room : 0) : 0;
    for (size_t i = first; i < lines && y < body; i++)
        draw_str(y++, out_x + 1, out_w - 1, rt_output_line(run, i), ROLE_CODE);
    /* Go's report (deadlock, panic) follows the output, as on a terminal */
    size_t k = 0;
    for (const char *p = report; *p && y < body; k++) {
        size_t n = strcspn(p, "\n");
        if (k + lines >= first)
            draw_text(y++, out_x + 1, out_w - 1, p, n, TERM_BAD);
        p += n + (p[n] == '\n');
    }
}

/* Playback paces, in milliseconds per step. */
static const int paces[] = {10, 25, 50, 100, 200, 400, 800};
#define PACE_COUNT ((int)(sizeof paces / sizeof paces[0]))

int playback_step_key(int key, size_t *at, size_t count, int *playing, int *pace)
{
    if (key < 0) { /* a tick while playing */
        if (*playing && *at < count)
            ++*at;
        if (*at == count)
            *playing = 0;
    } else if (key == ' ' || key == TUI_FN(KEY_RIGHT) || key == 'l') {
        *playing = 0;
        if (*at < count)
            ++*at;
    } else if (key == 'b' || key == TUI_FN(KEY_LEFT) || key == 'h') {
        *playing = 0;
        if (*at > 0)
            --*at;
    } else if (key == 'r') {
        *playing = !*playing && *at < count;
    } else if (key == '+' || key == '=') {
        if (*pace > 0)
            --*pace;
    } else if (key == '-') {
        if (*pace < PACE_COUNT - 1)
            ++*pace;
    } else if (key == 'G' || key == TUI_FN(KEY_END)) {
        *at = count;
        *playing = 0;
    } else if (key == 'g' || key == TUI_FN(KEY_HOME) || key == '0') {
        *at = 0;
    } else {
        return 0;
    }
    return 1;
}

int playback_timeout(int playing, int pace)
{
    return playing && pace >= 0 && pace < PACE_COUNT ? paces[pace] : -1;
}

void playback_free(playback *pb)
{
    layout_free(&pb->laid);
    pb->laid_text = NULL;
}
