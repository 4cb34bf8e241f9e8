/* demo.c: the demo screen: a demonstration run on conclab's runtime, then
 * played back step by step from its trace: the demo's C source (or the
 * document's Go example) with each goroutine's line marked, one lane per
 * goroutine over the steps (running, runnable, blocked), the channels with
 * their buffers and waiters, mutex holders, the output so far, and a
 * banner explaining a deadlock, a panic, a race or a lost update. The run
 * itself is done once, in virtual time; playback only replays the trace. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "demos/demos.h"
#include "rt/rt.h"
#include "tui/draw.h"
#include "tui/goline.h"
#include "tui/layout.h"
#include "tui/scene.h"
#include "tui/term.h"
#include "tui/tui.h"
#include "tui/xmalloc.h"

/* Playback paces, in milliseconds per step. */
static const int paces[] = {10, 25, 50, 100, 200, 400, 800};
#define PACE_COUNT ((int)(sizeof paces / sizeof paces[0]))

static const demo *dm;      /* the demo shown */
static size_t part;         /* its part being played */
static uint64_t seed;       /* the run's seed */
static rt *run;             /* the finished run (owns the event strings) */
static rt_event *evs;       /* its trace, copied (owned array) */
static size_t ev_count;     /* events in evs */
static size_t at;           /* events applied so far */
static int playing;         /* 1: r was pressed, steps advance on ticks */
static int pace = 3;        /* index into paces */
static int show_go = 1;     /* 1: the document's Go example instead of C;
                               kept from demo to demo, Go at first */
static layout source;       /* the source laid out (count 0: not yet) */
static int source_go;       /* what source holds: 1 Go, 0 C */
static int source_width;    /* the width it was laid out for */
static goline_map go_lines; /* the demo's C lines to its Go example's */

/* Writes a virtual time in nanoseconds as Go prints durations: "0s",
 * "300ms", "1.5s". */
static void duration_text(int64_t ns, char *buf, size_t len)
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

/* Runs the current part with the current seed and keeps its trace. */
static void start_run(tui *t)
{
    const demo_part *p = &dm->parts[part];
    rt_config cfg = {
        .seed = seed,
        .policy = RT_RANDOM,
        .max_steps = DEMO_STEP_BUDGET,
        .trace = true,
        .race = (p->flags & DEMO_RACE) != 0,
    };
    rt_free(run);
    free(evs);
    evs = NULL;
    ev_count = at = 0;
    run = rt_new(&cfg);
    if (!run) {
        tui_say(t, "the runtime could not start (out of memory)");
        return;
    }
    rt_verdict v = rt_run(run, p->main, NULL);
    ev_count = rt_trace_count(run);
    evs = xcalloc((ev_count ? ev_count : 1) * sizeof *evs);
    for (size_t i = 0; i < ev_count; i++)
        evs[i] = *rt_trace_event(run, i);
    track_demo_run(t->track, dm->name, seed, rt_verdict_name(v));
}

/* The index of the first demo of section id, or -1. */
int demo_for_section(const char *id)
{
    for (size_t i = 0; i < demos_count; i++)
        if (strcmp(demos_table[i]->section, id) == 0)
            return (int)i;
    return -1;
}

static void demo_init(tui *t, int arg)
{
    int autoplay = arg < 0;
    if (arg < 0)
        arg = -arg - 1;
    dm = demos_table[(size_t)arg < demos_count ? arg : 0];
    part = 0;
    seed = 1;
    playing = autoplay;
    source_width = 0;
    start_run(t);
    t->timeout_ms = playing ? paces[pace] : -1;
}

static void demo_leave(tui *t)
{
    (void)t;
    rt_free(run);
    run = NULL;
    free(evs);
    evs = NULL;
    ev_count = at = 0;
    layout_free(&source);
    source_width = 0;
    goline_free(&go_lines);
}

/* The text shown as source: the demo's C file or the section's Go code. */
static const char *source_text(tui *t, int *is_go)
{
    const content_section *s = content_find_section(t->content, dm->section);
    *is_go = show_go && s && s->example.code;
    if (*is_go)
        return s->example.code;
    const char *c = demos_source(dm);
    return c ? c : "(the demo's source is not embedded)";
}

/* 1 when the Go example is shown (Tab chose it and the section has one). */
static int go_shown(tui *t)
{
    int is_go;
    source_text(t, &is_go);
    return is_go;
}

/* 1 when event file f is the demo's own source file. */
static int same_file(const char *f)
{
    const char *a = strrchr(f, '/'), *b = strrchr(dm->source, '/');
    return strcmp(a ? a + 1 : f, b ? b + 1 : dm->source) == 0;
}

/* The line to show for demo file f's line: itself in C, the Go example's
 * line it stands for when is_go (0 when none, or not the demo's file). */
static int shown_line(tui *t, int is_go, const char *f, int line)
{
    if (!is_go)
        return line;
    if (!go_lines.go_of) {
        int go;
        const char *code = source_text(t, &go);
        const char *c = demos_source(dm);
        goline_build(&go_lines, c ? c : "", go ? code : "");
    }
    return line && same_file(f) ? goline_of(&go_lines, line) : 0;
}

/* Draws the source in the box at y, x of h rows and w columns, centred on
 * the running goroutine's line, each goroutine's line marked. */
static void draw_source(tui *t, const scene *s, int y, int x, int h, int w)
{
    int is_go;
    const char *text = source_text(t, &is_go);
    if (source_width != w || source_go != is_go) {
        layout_free(&source);
        layout_init(&source, 100000, term_utf8()); /* no wrapping: cut at the edge */
        layout_code(&source, text, 0, !is_go);
        source_width = w;
        source_go = is_go;
    }
    int focus = 0;
    const scene_g *running = NULL;
    for (size_t i = 0; i < s->g_count; i++)
        if (s->gs[i].state == SCENE_RUNNING || (!running && s->gs[i].line))
            running = &s->gs[i];
    int running_line = running ? shown_line(t, is_go, running->file, running->line) : 0;
    if (running_line && same_file(running->file))
        focus = running_line - 1;
    int top = focus - h / 2;
    if (top > (int)source.count - h)
        top = (int)source.count - h;
    if (top < 0)
        top = 0;
    for (int r = 0; r < h && top + r < (int)source.count; r++) {
        int line = top + r + 1;
        char mark[24] = "";
        int role = ROLE_DIM;
        for (size_t i = 0; i < s->g_count; i++) {
            const scene_g *g = &s->gs[i];
            if (g->state == SCENE_DONE || !same_file(g->file) ||
                shown_line(t, is_go, g->file, g->line) != line)
                continue;
            size_t used = strlen(mark);
            snprintf(mark + used, sizeof mark - used, "%sg%d", used ? "," : "", g->id);
            if (g->state == SCENE_RUNNING)
                role = TERM_SELECTED;
            else if (role != TERM_SELECTED)
                role = g->state == SCENE_BLOCKED ? TERM_BAD : ROLE_MARK;
        }
        if (mark[0])
            draw_fmt(y + r, x, 7, role, "%6.6s", mark);
        else
            draw_fmt(y + r, x, 7, ROLE_DIM, "%4d  ", line);
        draw_rich(y + r, x + 7, w - 7, &source.lines[top + r].text);
    }
}

/* Draws the lanes and each goroutine's state from row y, with the line of
 * the source shown (C, or Go when is_go); returns rows used. */
static int draw_lanes(tui *t, int is_go, const scene *s, int y, int x, int w, int max_rows)
{
    /* "g2   print_numbers " then the lane then the state; on a narrow
     * screen the name is cut and the state gets what the lane leaves */
    int label = w < 48 ? 10 : 19, name_w = label - 6, info = 33;
    int cols = w - label - info - 2;
    if (cols < 4)
        cols = 4;
    if (label + cols + 1 + info > w)
        info = w - label - cols - 1;
    size_t from = at > (size_t)cols ? at - (size_t)cols : 0;
    unsigned char *cells = xcalloc((size_t)SCENE_LANES * (size_t)cols);
    scene lanes_scene;
    scene_build(&lanes_scene, evs, ev_count, at, from, cols, cells);
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
        int line = shown_line(t, is_go, g->file, g->line);
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

/* The banner for how the run ended, when the playback reached the end. */
static void draw_banner(tui *t, const scene *s, int y, int w)
{
    const char *title = NULL, *why = NULL;
    char lost[256] = "";
    for (size_t i = 0; i < rt_output_count(run); i++) {
        const char *line = rt_output_line(run, i);
        if (line && (strstr(line, "update lost") || strstr(line, "lost update") ||
                     strstr(line, "lost an update")))
            snprintf(lost, sizeof lost, "%s", line);
    }
    if (s->ended == RT_EV_DEADLOCK) {
        title = "fatal error: all goroutines are asleep - deadlock!";
        why = "Every goroutine is blocked and none can wake another, so Go stops the program.";
    } else if (s->ended == RT_EV_PANIC) {
        title = s->end_text && *s->end_text ? s->end_text : "panic";
        why = "A panic ends the whole program, with the goroutine and line that caused it.";
    } else if (s->ended == RT_EV_RACE) {
        title = "data race";
        why = "Two goroutines touched the same variable, at least one writing, with nothing "
              "ordering them.";
    } else if (lost[0]) {
        title = "lost update";
        why = lost;
    } else {
        const content_demo *cd = content_find_demo(t->content, dm->name);
        title = "the run is over";
        why = cd ? cd->notice : "Press s for another seed: another schedule.";
    }
    int bad = s->ended || lost[0];
    draw_fill(y, 0, COLS, bad ? TERM_BAD : TERM_GOOD);
    char head[400];
    snprintf(head, sizeof head, " %s ", title);
    draw_str(y, 1, w, head, bad ? TERM_BAD : TERM_GOOD);
    draw_str(y + 1, 2, w - 2, why, ROLE_TEXT);
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
static int source_rows(tui *t, int body, int narrow)
{
    scene end;
    scene_build(&end, evs, ev_count, ev_count, 0, 0, NULL);
    int g_rows = end.g_count > SCENE_LANES ? SCENE_LANES + 1 : (int)end.g_count;
    int obj_rows = end.obj_count ? (int)end.obj_count : 1;
    scene_free(&end);
    /* rule, heading, lanes, legend, heading, objects, last: */
    int below = 2 + g_rows + LEGEND_ROWS + 1 + obj_rows + 1;
    if (narrow)
        below += 1 + (rt_output_count(run) ? 2 : 1);
    int is_go, src_lines = 1;
    for (const char *p = source_text(t, &is_go); *p; p++)
        src_lines += *p == '\n' && p[1];
    int rows = body - below;
    if (rows < body / 3)
        rows = body / 3;
    return rows < src_lines ? rows : src_lines;
}

static void demo_draw(tui *t)
{
    scene s;
    scene_build(&s, evs, ev_count, at, 0, 0, NULL);
    char title[200], right[96];
    snprintf(title, sizeof title, "Demo %s  part %zu/%zu: %s", dm->name, part + 1,
             dm->part_count, dm->parts[part].title);
    snprintf(right, sizeof right, "seed %llu  step %zu/%zu  %s%s", (unsigned long long)seed, at,
             ev_count, playing ? "playing " : "", go_shown(t) ? "Go" : "C");
    draw_title(title, right);

    /* the source on top, full width so the Go beside each C line shows;
     * below it the goroutines and channels on the left, output on the right
     * (under them when the screen is narrow); the source takes the rows the
     * rest does not need for the whole run, so the panes do not move */
    int body = LINES - 2 - (at == ev_count ? 2 : 0);
    int narrow = COLS < 80;
    size_t lines = s.said < rt_output_count(run) ? s.said : rt_output_count(run);
    const char *report = at == ev_count ? rt_report(run) : "";
    if (at == ev_count)
        lines = rt_output_count(run);
    size_t report_lines = 0;
    for (const char *p = report; *p; p++)
        report_lines += *p == '\n' || p[1] == '\0';
    size_t total = lines + report_lines;
    int src_h = source_rows(t, body, narrow);
    draw_source(t, &s, 1, 0, src_h, COLS);
    int y0 = 1 + src_h, left_w = narrow ? COLS - 1 : COLS * 3 / 5;
    draw_fill(y0, 0, COLS, ROLE_DIM);
    int y = y0 + 1;
    char clock[32];
    duration_text(s.time, clock, sizeof clock);
    draw_fmt(y++, 1, left_w - 1, ROLE_HEADING, "Goroutines at %s of virtual time", clock);
    /* the lanes come first, then the channels, then (narrow) the output */
    int room = body - y - 2;
    y += draw_lanes(t, go_shown(t), &s, y, 1, left_w - 1, room > 1 ? room : 1);
    y += draw_legend(y, 1, left_w - 1, body - y - 2);
    draw_str(y++, 1, left_w - 1, "Channels and locks", ROLE_HEADING);
    y += draw_objects(&s, y, 1, left_w - 1, narrow ? 1 : body - y);
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
    if (at > 0) {
        char what[256];
        rt_event last = evs[at - 1];
        if (go_shown(t)) { /* where in the Go example, not in the C demo */
            const content_section *sec = content_find_section(t->content, dm->section);
            last.line = shown_line(t, 1, last.file, last.line);
            last.file = sec->example.go_file ? sec->example.go_file : "main.go";
        }
        scene_describe(&last, what, sizeof what);
        draw_fmt(body, 1, COLS - 2, ROLE_DIM, "last: %s", what);
    }
    if (at == ev_count)
        draw_banner(t, &s, LINES - 3, COLS - 2);
    scene_free(&s);
    draw_status(COLS < 80 ? "Spc step  r run  Tab C/Go  ? help  q back"
                          : "Space step  b back  r run/pause  + - pace  s seed  n p part  Tab "
                            "C/Go  ? help  q back");
}

static void demo_key(tui *t, int key)
{
    if (key < 0) { /* a tick while playing */
        if (playing && at < ev_count)
            at++;
        if (at == ev_count)
            playing = 0;
    } else if (key == ' ' || key == TUI_FN(KEY_RIGHT) || key == 'l') {
        playing = 0;
        if (at < ev_count)
            at++;
    } else if (key == 'b' || key == TUI_FN(KEY_LEFT) || key == 'h') {
        playing = 0;
        if (at > 0)
            at--;
    } else if (key == 'r') {
        playing = !playing && at < ev_count;
    } else if (key == '+' || key == '=') {
        if (pace > 0)
            pace--;
    } else if (key == '-') {
        if (pace < PACE_COUNT - 1)
            pace++;
    } else if (key == 's') {
        seed++;
        start_run(t);
    } else if ((key == 'n' || key == 'N') && part + 1 < dm->part_count) {
        part++;
        start_run(t);
    } else if ((key == 'p' || key == 'P') && part > 0) {
        part--;
        start_run(t);
    } else if (key == ']' || key == '[') {
        size_t i = 0;
        while (i < demos_count && demos_table[i] != dm)
            i++;
        i = key == ']' ? (i + 1) % demos_count : (i + demos_count - 1) % demos_count;
        demo_leave(t);
        demo_init(t, (int)i);
        return;
    } else if (key == '\t' || key == 'c') {
        show_go = !show_go;
    } else if (key == 'G' || key == TUI_FN(KEY_END)) {
        at = ev_count;
        playing = 0;
    } else if (key == 'g' || key == TUI_FN(KEY_HOME) || key == '0') {
        at = 0;
    } else if (tui_key_back(key)) {
        tui_pop(t);
        return;
    }
    t->timeout_ms = playing ? paces[pace] : -1;
}

static const tui_help demo_help[] = {
    {"Space, Right", "one step (one event of the trace)"},
    {"b, Left", "one step back"},
    {"r", "run or pause, at the chosen pace"},
    {"+ -", "faster, slower"},
    {"s", "a new seed: another schedule, run again"},
    {"n p", "the demo's next, previous part"},
    {"g G", "the start, the end (the verdict)"},
    {"Tab, c", "the document's Go example (at first) or the demo's C source"},
    {"\xe2\x96\x88 \xe2\x96\x92 \xe2\x96\x91", "a lane's step: running, runnable, blocked (ASCII: # - .)"},
    {"[1 2]", "values waiting in a buffered channel, oldest first"},
    {"unbuffered", "a channel without a buffer: g2 hands 1 to g1 directly"},
    {"] [", "the next, previous demo (all 20)"},
    {"q, Esc", "back"},
    {NULL, NULL},
};

const screen demo_screen = {
    .name = "Demo",
    .init = demo_init,
    .draw = demo_draw,
    .key = demo_key,
    .leave = demo_leave,
    .help = demo_help,
};
