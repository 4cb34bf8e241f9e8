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
#include "tui/playback.h"
#include "tui/scene.h"
#include "tui/term.h"
#include "tui/tui.h"
#include "tui/xmalloc.h"


static const demo *dm;      /* the demo shown */
static size_t part;         /* its part being played */
static uint64_t seed;       /* the run's seed */
static rt *run;             /* the finished run (owns the event strings) */
static rt_event *evs;       /* its trace, copied (owned array) */
static size_t ev_count;     /* events in evs */
static size_t at;           /* events applied so far */
static int playing;         /* 1: r was pressed, steps advance on ticks */
static int pace = PLAYBACK_PACE; /* how fast r plays */
static int show_go = 1;     /* 1: the document's Go example instead of C;
                               kept from demo to demo, Go at first */
static playback pb;         /* what the run looks like at step at */
static goline_map go_lines; /* the demo's C lines to its Go example's */

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
    start_run(t);
    t->timeout_ms = playback_timeout(playing, pace);
}

static void demo_leave(tui *t)
{
    (void)t;
    rt_free(run);
    run = NULL;
    free(evs);
    evs = NULL;
    ev_count = at = 0;
    playback_free(&pb);
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

/* playback's line_of: an event's line in the source shown. */
static int demo_line(void *ud, const char *file, int line, int *here)
{
    tui *t = ud;
    *here = same_file(file);
    return shown_line(t, go_shown(t), file, line);
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

    int body = LINES - 2 - (at == ev_count ? 2 : 0);
    int is_go;
    pb.run = run;
    pb.evs = evs;
    pb.ev_count = ev_count;
    pb.at = at;
    pb.source = source_text(t, &is_go);
    pb.is_go = is_go;
    pb.line_of = demo_line;
    pb.line_ud = t;
    pb.report = rt_report(run);
    playback_draw(&pb, &s, body);
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
    if (playback_step_key(key, &at, ev_count, &playing, &pace)) {
        /* stepped */    } else if (key == 's') {
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
    } else if (tui_key_back(key)) {
        tui_pop(t);
        return;
    }
    t->timeout_ms = playback_timeout(playing, pace);
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
