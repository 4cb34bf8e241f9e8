/* program.c: the program screen: a Go file of the learner's (conclab open
 * FILE.go, or a section's example copied to the workspace by e) compiled
 * by conclab's interpreter and run on its runtime, then played back step by
 * step exactly as a demo is (playback.c): the Go source with each
 * goroutine's line marked, a lane per goroutine, the channels and locks,
 * the output and Go's report. A compile error is marked at its line with
 * Go's message. e hands the file to $VISUAL or $EDITOR (or the built-in
 * editor, srcedit.c) and compiles and runs it again on return; s runs it
 * again on another random schedule. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "golang/golang.h"
#include "rt/rt.h"
#include "tui/draw.h"
#include "tui/playback.h"
#include "tui/scene.h"
#include "tui/term.h"
#include "tui/tui.h"
#include "tui/xmalloc.h"

/* Playback paces, in milliseconds per step. */
static const int paces[] = {10, 25, 50, 100, 200, 400, 800};
#define PACE_COUNT ((int)(sizeof paces / sizeof paces[0]))

/* Most bytes of a Go file opened. */
#define PROGRAM_MAX_BYTES (1 << 20)

static char path[PATH_MAX]; /* the file shown */
static char *text;          /* its contents (owned) */
static go_unit *unit;       /* its compile (owned) */
static char *errors;        /* compile errors in Go's words, "" none (owned) */
static int error_line;      /* the first error's line, 0 none */
static rt *run;             /* the finished run (owned) */
static rt_event *evs;       /* its trace, copied (owned) */
static size_t ev_count;
static char *report;        /* what the program wrote to stderr (owned) */
static int exit_code;       /* go run's exit code for it */
static uint64_t seed;       /* 0: Go's order; else a random schedule */
static size_t at;           /* events applied */
static int playing;
static int pace = 3;
static playback pb;

const char *program_file;

/* Frees the run and the compile. */
static void drop(void)
{
    rt_free(run);
    run = NULL;
    free(evs);
    evs = NULL;
    ev_count = at = 0;
    free(report);
    report = NULL;
    if (unit)
        go_unit_free(unit);
    unit = NULL;
    free(errors);
    errors = NULL;
    error_line = 0;
    free(text);
    text = NULL;
    playback_free(&pb);
}

/* The line of the first "FILE:LINE:COL: message" in msg, 0 when none. */
static int first_error_line(const char *msg)
{
    for (const char *p = msg; *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : p + strlen(p)) {
        const char *colon = strstr(p, ".go:");
        int line;
        if (colon && sscanf(colon + 4, "%d:", &line) == 1)
            return line;
    }
    return 0;
}

/* Reads, compiles and runs the file, keeping the traced run. */
static void load(tui *t)
{
    drop();
    size_t len = 0;
    text = go_read_file(path, PROGRAM_MAX_BYTES, &len);
    if (!text) {
        text = xcalloc(1);
        errors = xcalloc(PATH_MAX + 64);
        snprintf(errors, PATH_MAX + 64, "%s: cannot read this file", path);
        return;
    }
    unit = go_compile(path, text, len);
    char *buf = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&buf, &size);
    if (!f || !unit) {
        if (f)
            fclose(f);
        free(buf);
        errors = xcalloc(64);
        snprintf(errors, 64, "out of memory");
        return;
    }
    if (go_unit_errors(unit)) {
        go_unit_print_errors(unit, f);
        fclose(f);
        errors = buf;
        error_line = first_error_line(errors);
        return;
    }
    go_run_options o = {0};
    o.seed = seed;
    o.random = seed != 0;
    exit_code = go_unit_run_kept(unit, &o, &run, f);
    fclose(f);
    if (!run) { /* what conclab cannot run yet: an error at its line */
        errors = buf;
        error_line = first_error_line(errors);
        return;
    }
    report = buf;
    ev_count = rt_trace_count(run);
    evs = xcalloc((ev_count ? ev_count : 1) * sizeof *evs);
    for (size_t i = 0; i < ev_count; i++)
        evs[i] = *rt_trace_event(run, i);
    (void)t;
}

/* 1 when the event file f is the file shown. */
static int is_program_file(const char *f)
{
    if (strcmp(f, path) == 0)
        return 1;
    const char *a = strrchr(f, '/'), *b = strrchr(path, '/');
    return f[0] && strcmp(a ? a + 1 : f, b ? b + 1 : path) == 0;
}

/* playback's line_of: the program's own lines; none for the library's. */
static int program_line(void *ud, const char *file, int line, int *here)
{
    (void)ud;
    *here = is_program_file(file);
    return *here ? line : 0;
}

static void program_init(tui *t, int arg)
{
    (void)arg;
    snprintf(path, sizeof path, "%s", program_file ? program_file : "");
    seed = 0;
    playing = 0;
    load(t);
    t->timeout_ms = -1;
}

static void program_leave(tui *t)
{
    (void)t;
    drop();
}

/* Draws the compile errors under the source marked at the first one. */
static void draw_errors(int body)
{
    static const rt_event none;
    scene s;
    scene_build(&s, &none, 0, 0, 0, 0, NULL);
    pb.run = NULL;
    pb.evs = &none;
    pb.ev_count = pb.at = 0;
    int rows = 0;
    for (const char *p = errors; *p; p++)
        rows += *p == '\n' || p[1] == '\0';
    int err_h = rows + 2 < body / 2 ? rows + 2 : body / 2;
    playback_draw_source(&pb, &s, 1, 0, body - err_h - 1, COLS);
    int y = body - err_h;
    draw_fill(y++, 0, COLS, ROLE_DIM);
    draw_str(y++, 1, COLS - 2, "It does not compile: fix it (e edits) and it runs", ROLE_HEADING);
    for (const char *p = errors; *p && y < body; y++) {
        size_t n = strcspn(p, "\n");
        draw_text(y, 2, COLS - 3, p, n, TERM_BAD);
        p += n + (p[n] == '\n');
    }
    scene_free(&s);
}

/* The banner of the end of the run: how it ended, as go run says it. */
static void end_title(const scene *s, char *buf, size_t len)
{
    size_t first = strcspn(report ? report : "", "\n");
    if (exit_code == 0)
        snprintf(buf, len, " the program ended: exit status 0 ");
    else if (exit_code == 66)
        snprintf(buf, len, " data race: exit status 66 ");
    else if ((s->ended == RT_EV_DEADLOCK || s->ended == RT_EV_PANIC) && first)
        snprintf(buf, len, " %.*s: exit status %d ", (int)first, report, exit_code);
    else
        snprintf(buf, len, " exit status %d ", exit_code);
}

static void program_draw(tui *t)
{
    (void)t;
    const char *name = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    char title[PATH_MAX + 32], right[96];
    snprintf(title, sizeof title, "Program %s", name);
    if (seed)
        snprintf(right, sizeof right, "seed %llu  step %zu/%zu%s", (unsigned long long)seed, at,
                 ev_count, playing ? "  playing" : "");
    else
        snprintf(right, sizeof right, "Go's order  step %zu/%zu%s", at, ev_count,
                 playing ? "  playing" : "");
    draw_title(title, errors ? "compile error" : right);
    pb.source = text ? text : "";
    pb.is_go = 1;
    pb.line_of = program_line;
    pb.line_ud = NULL;
    pb.mark_line = error_line;
    if (errors) {
        draw_errors(LINES - 1);
        draw_status(COLS < 80 ? "e edit  ? help  q back" : "e edit the file  ? help  q back");
        return;
    }
    int end = at == ev_count;
    int body = LINES - 2 - (end ? 2 : 0);
    scene s;
    scene_build(&s, evs, ev_count, at, 0, 0, NULL);
    pb.run = run;
    pb.evs = evs;
    pb.ev_count = ev_count;
    pb.at = at;
    pb.report = report;
    playback_draw(&pb, &s, body);
    if (at > 0) {
        char what[256];
        scene_describe(&evs[at - 1], what, sizeof what);
        draw_fmt(body, 1, COLS - 2, ROLE_DIM, "last: %s", what);
    }
    if (end) {
        char head[300];
        end_title(&s, head, sizeof head);
        int bad = exit_code != 0;
        draw_fill(LINES - 3, 0, COLS, bad ? TERM_BAD : TERM_GOOD);
        draw_str(LINES - 3, 1, COLS - 2, head, bad ? TERM_BAD : TERM_GOOD);
        draw_str(LINES - 2, 2, COLS - 3,
                 seed ? "s: another random schedule   o: Go's order   e: edit the file"
                      : "s: a random schedule instead of Go's order   e: edit the file",
                 ROLE_TEXT);
    }
    scene_free(&s);
    draw_status(COLS < 80 ? "Spc step  r run  e edit  ? help  q back"
                          : "Space step  b back  r run/pause  + - pace  g G  s seed  e edit  ? "
                            "help  q back");
}

/* Edits the file: $VISUAL, else $EDITOR, else the built-in editor; then
 * compiles and runs it again. */
static void edit(tui *t)
{
    const char *ed = getenv("VISUAL");
    if (!ed || !*ed)
        ed = getenv("EDITOR");
    if (!ed || !*ed) {
        srcedit_file = path;
        srcedit_closed = program_reload;
        tui_push(t, &srcedit_screen, 0);
        return;
    }
    int rc = term_hand_over(ed, path);
    load(t);
    if (rc != 0)
        tui_say(t, "the editor exited with status %d", rc);
}

/* Back from the built-in editor: the file may have changed. */
void program_reload(tui *t)
{
    load(t);
}

static void program_key(tui *t, int key)
{
    if (key < 0) {
        if (playing && at < ev_count)
            at++;
        if (at == ev_count)
            playing = 0;
    } else if (key == 'e') {
        playing = 0;
        t->timeout_ms = -1;
        edit(t);
        return;
    } else if (tui_key_back(key)) {
        tui_pop(t);
        return;
    } else if (errors) {
        /* nothing to step */
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
        load(t);
    } else if (key == 'o') {
        seed = 0;
        load(t);
    } else if (key == 'G' || key == TUI_FN(KEY_END)) {
        at = ev_count;
        playing = 0;
    } else if (key == 'g' || key == TUI_FN(KEY_HOME) || key == '0') {
        at = 0;
    }
    t->timeout_ms = playing ? paces[pace] : -1;
}

static const tui_help program_help[] = {
    {"Space, Right", "one step (one event of the run)"},
    {"b, Left", "one step back"},
    {"r", "run or pause, at the chosen pace"},
    {"+ -", "faster, slower"},
    {"s", "run again on a random schedule, the next seed"},
    {"o", "run again in Go's own order"},
    {"g G", "the start, the end (how it ended)"},
    {"e", "edit the file ($VISUAL, $EDITOR or the built-in editor), then run it"},
    {"\xe2\x96\x88 \xe2\x96\x92 \xe2\x96\x91", "a lane's step: running, runnable, blocked (ASCII: # - .)"},
    {"gN beside a line", "goroutine N is at that line of the program"},
    {"q, Esc", "back"},
    {NULL, NULL},
};

const screen program_screen = {
    .name = "Program",
    .init = program_init,
    .draw = program_draw,
    .key = program_key,
    .leave = program_leave,
    .help = program_help,
};
