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
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "explore/explore.h"
#include "golang/golang.h"
#include "rt/rt.h"
#include "tui/draw.h"
#include "tui/playback.h"
#include "tui/scene.h"
#include "tui/term.h"
#include "tui/tui.h"
#include "tui/xmalloc.h"


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
static int report_line;     /* the program's line the report names first */
static uint64_t seed;       /* 0: Go's order; else a random schedule */
static size_t at;           /* events applied */
static int playing;
static int pace = PLAYBACK_PACE;
static playback pb;
static int race;            /* 1: run with the race detector (R) */
static explore_result found;/* the explorer's outcomes (x) */
static int explored;        /* 1: found holds a search of this file */
static int listing;         /* 1: the outcomes are shown, not the run */
static int picked;          /* the outcome selected in the list */
static int replaying = -1;  /* the outcome whose schedule is played, -1 none */
static int viewing;         /* 1: the whole output and report (v) */
static int view_top;        /* their first line shown */

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
    error_line = report_line = 0;
    free(text);
    text = NULL;
    playback_free(&pb);
}

/* Forgets the explorer's outcomes (the file changed). */
static void forget_search(void)
{
    if (explored)
        explore_result_free(&found);
    explored = listing = picked = 0;
    replaying = -1;
}

/* The first line of the program file that text names ("FILE.go:LINE",
 * with the file's own name), 0 when none: where a compile error, a
 * panic, a deadlocked goroutine or a racing access is. */
static int first_program_line(const char *msg)
{
    const char *b = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    size_t n = strlen(b);
    for (const char *p = strstr(msg, b); p; p = strstr(p + 1, b)) {
        int line;
        if ((p == msg || p[-1] == '/' || p[-1] == '\t' || p[-1] == ' ') && p[n] == ':' &&
            sscanf(p + n + 1, "%d", &line) == 1)
            return line;
    }
    return 0;
}

/* 1 when the file is a Go test file (FILE_test.go). */
static int is_test_file(void)
{
    size_t n = strlen(path);
    return n > 8 && strcmp(path + n - 8, "_test.go") == 0;
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
        snprintf(errors, PATH_MAX + 64, "%s: cannot read it: %s", path, strerror(errno));
        return;
    }
    const char *file = path;
    if (is_test_file()) /* its TestXxx functions, run as conclab test -v runs them */
        unit = go_compile_test(1, &file, (const char *const *)&text, &len);
    else
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
        error_line = first_program_line(errors);
        return;
    }
    go_run_options o = {0};
    o.seed = seed;
    o.random = seed != 0;
    o.race = race;
    o.test_mode = o.test_verbose = is_test_file();
    if (replaying >= 0 && explored && (size_t)replaying < found.outcome_count)
        o.schedule = found.outcomes[replaying].schedule;
    exit_code = go_unit_run_kept(unit, &o, &run, f);
    fclose(f);
    if (!run) { /* what conclab cannot run yet: an error at its line */
        errors = buf;
        error_line = first_program_line(errors);
        return;
    }
    report = buf;
    report_line = first_program_line(report);
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
    playing = viewing = 0;
    load(t);
    t->timeout_ms = -1;
}

static void program_leave(tui *t)
{
    (void)t;
    drop();
    forget_search();
    race = 0;
}

/* Explores the program's schedules (x): its distinct outcomes, each
 * replayable. Blocks for the search, up to its budget. */
static void explore(tui *t)
{
    forget_search();
    if (!unit || errors)
        return;
    draw_fill(LINES - 1, 0, COLS, TERM_SELECTED);
    draw_str(LINES - 1, 1, COLS - 2, "exploring its schedules (up to 5 s)...", TERM_SELECTED);
    refresh();
    go_run_options o = {0};
    o.race = race;
    o.budget_ns = 5000000000LL;
    char *buf = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&buf, &size);
    int rc = f ? go_unit_explore(unit, &o, &found, f) : 1;
    if (f)
        fclose(f);
    if (rc != 0) {
        tui_say(t, "%.*s", (int)strcspn(buf ? buf : "the search failed", "\n"),
                buf ? buf : "the search failed");
    } else {
        explored = listing = 1;
    }
    free(buf);
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
    else if (report && strncmp(report, "conclab: step limit reached", 27) == 0)
        snprintf(buf, len, " cut after %u steps: it runs on, maybe forever ", GO_KEPT_MAX_STEPS);
    else if ((s->ended == RT_EV_DEADLOCK || s->ended == RT_EV_PANIC) && first)
        snprintf(buf, len, " %.*s: exit status %d ", (int)first, report, exit_code);
    else
        snprintf(buf, len, " exit status %d ", exit_code);
}

/* The whole output and report of the run (v), from line view_top. */
static void draw_view(int body)
{
    int y = 1, k = 0;
    draw_str(y++, 1, COLS - 2, "What it printed, then how it ended", ROLE_HEADING);
    size_t lines = run ? rt_output_count(run) : 0;
    if (view_top < 0)
        view_top = 0;
    for (size_t i = 0; i < lines; i++, k++)
        if (k >= view_top && y < body)
            draw_str(y++, 1, COLS - 2, rt_output_line(run, i), ROLE_CODE);
    for (const char *p = report ? report : ""; *p; k++) {
        size_t n = strcspn(p, "\n");
        if (k >= view_top && y < body)
            draw_text(y++, 1, COLS - 2, p, n, TERM_BAD);
        p += n + (p[n] == '\n');
    }
    if (view_top > k - 1)
        view_top = k > 0 ? k - 1 : 0;
}

/* The explorer's outcomes, one to replay selected. */
static void draw_outcomes(int body)
{
    int y = 1;
    if (found.complete)
        draw_fmt(y++, 1, COLS - 2, ROLE_HEADING,
                 "Explored all %llu schedules with at most %d preemptions%s",
                 (unsigned long long)found.schedules, found.bound,
                 race ? ", with the race detector" : "");
    else
        draw_fmt(y++, 1, COLS - 2, ROLE_HEADING,
                 "Tried %llu schedules in the 5 s budget: not every one, so there may be more",
                 (unsigned long long)found.schedules);
    draw_fmt(y++, 1, COLS - 2, ROLE_TEXT, "%zu distinct outcome%s: Enter replays one step by step",
             found.outcome_count, found.outcome_count == 1 ? "" : "s");
    y++;
    int per = 2, first = picked - (body - y) / per + 1;
    if (first < 0)
        first = 0;
    for (int i = first; i < (int)found.outcome_count && y + 1 < body; i++) {
        const explore_outcome *o = &found.outcomes[i];
        int sel = i == picked, bad = strcmp(o->verdict, "ok") != 0;
        draw_fmt(y++, 1, COLS - 2, sel ? TERM_SELECTED : bad ? TERM_BAD : ROLE_TEXT,
                 "%s%d) %s, in %llu schedule%s; needs %d preemption%s", sel ? "> " : "  ", i + 1,
                 o->verdict, (unsigned long long)o->count, o->count == 1 ? "" : "s",
                 o->preemptions, o->preemptions == 1 ? "" : "s");
        /* how it failed (the report's first line), or what it printed on
         * one line, its lines joined by " | " */
        char what[512];
        size_t n = 0;
        const char *p = bad && o->report[0] ? o->report : o->output;
        for (; *p && n + 4 < sizeof what; p++) {
            if (*p != '\n') {
                what[n++] = *p;
            } else if (bad) {
                break;
            } else if (p[1]) {
                memcpy(what + n, " | ", 3);
                n += 3;
            }
        }
        what[n] = '\0';
        draw_fmt(y++, 6, COLS - 7, bad ? TERM_BAD : ROLE_CODE, "%s",
                 n ? what : "(no output)");
    }
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
    if (replaying >= 0)
        snprintf(right, sizeof right, "outcome %d/%zu  step %zu/%zu%s", replaying + 1,
                 found.outcome_count, at, ev_count, playing ? "  playing" : "");
    if (race && !errors) {
        size_t used = strlen(right);
        snprintf(right + used, sizeof right - used, "  race");
    }
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
    if (viewing) {
        draw_view(LINES - 1);
        draw_status("j k, Space b scroll  v q back to the run");
        return;
    }
    if (listing) {
        draw_outcomes(LINES - 1);
        draw_status(COLS < 80 ? "j k pick  Enter replay  q back"
                              : "j k, Up Down pick  Enter replay it  x search again  q back to the run");
        return;
    }
    int end = at == ev_count;
    int body = LINES - 2 - (end ? 2 : 0);
    pb.mark_line = end ? report_line : 0;
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
                 replaying >= 0 ? "x: the other outcomes   o: Go's order   e: edit the file"
                 : seed ? "s: another random schedule   o: Go's order   x: every outcome"
                        : "s: a random schedule   x: every outcome   R: race detector   v: the report",
                 ROLE_TEXT);
    }
    scene_free(&s);
    draw_status(COLS < 80 ? "Spc step  r run  e edit  ? help  q back"
                          : "Space step  b back  r run/pause  + - pace  g G  s seed  x explore  R "
                            "race  e edit  ? help  q back");
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
    forget_search();
    load(t);
    if (rc != 0)
        tui_say(t, "the editor exited with status %d", rc);
}

/* Back from the built-in editor: the file may have changed. */
void program_reload(tui *t)
{
    forget_search();
    load(t);
}

static void program_key(tui *t, int key)
{
    if (key < 0) {
        playback_step_key(key, &at, ev_count, &playing, &pace);
    } else if (key == 'e') {
        playing = 0;
        t->timeout_ms = -1;
        edit(t);
        return;
    } else if (viewing) {
        if (tui_key_down(key))
            view_top++;
        else if (tui_key_up(key))
            view_top--;
        else if (key == ' ' || key == TUI_FN(KEY_NPAGE))
            view_top += LINES - 4;
        else if (key == 'b' || key == TUI_FN(KEY_PPAGE))
            view_top -= LINES - 4;
        else if (key == 'v' || tui_key_back(key))
            viewing = 0;
    } else if (listing) {
        if (tui_key_up(key) && picked > 0)
            picked--;
        else if (tui_key_down(key) && picked + 1 < (int)found.outcome_count)
            picked++;
        else if (tui_key_enter(key) && found.outcome_count) {
            replaying = picked;
            listing = 0;
            load(t);
        } else if (key == 'x') {
            explore(t);
        } else if (tui_key_back(key)) {
            listing = 0;
        }
    } else if (tui_key_back(key)) {
        tui_pop(t);
        return;
    } else if (errors) {
        /* nothing to step */
    } else if (playback_step_key(key, &at, ev_count, &playing, &pace)) {
        /* stepped */    } else if (key == 's') {
        seed++;
        replaying = -1;
        load(t);
    } else if (key == 'o') {
        seed = 0;
        replaying = -1;
        load(t);
    } else if (key == 'v') {
        viewing = 1;
        view_top = 0;
    } else if (key == 'x') {
        if (explored)
            listing = 1;
        else
            explore(t);
    } else if (key == 'R') {
        race = !race;
        forget_search();
        load(t);
    }
    t->timeout_ms = playback_timeout(playing, pace);
}

static const tui_help program_help[] = {
    {"Space, Right", "one step (one event of the run)"},
    {"b, Left", "one step back"},
    {"r", "run or pause, at the chosen pace"},
    {"+ -", "faster, slower"},
    {"s", "run again on a random schedule, the next seed"},
    {"o", "run again in Go's own order"},
    {"v", "the whole output and report (a race, a panic, a deadlock), to scroll"},
    {"x", "explore its schedules: every distinct outcome, each one replayable (Enter)"},
    {"R", "the race detector on or off: a race ends the run, its lines marked"},
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
