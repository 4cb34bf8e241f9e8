/* tui.c: the ncurses shell's entry and main loop: falls back to the plain
 * section list when there is no usable terminal, else starts curses, runs
 * the stack of screens (home, reader, help, presentation ...), redraws on
 * every key and resize, and restores the terminal however it ends. */
#define _XOPEN_SOURCE_EXTENDED 1
#include "tui/tui.h"

#include <curses.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "challenge/challenge.h"
#include "tui/draw.h"
#include "tui/term.h"

void tui_push(tui *t, const screen *s, int arg)
{
    if (t->depth == TUI_DEPTH)
        return;
    t->stack[t->depth++] = s;
    t->timeout_ms = -1;
    t->typing = 0;
    if (s->init)
        s->init(t, arg);
}

void tui_pop(tui *t)
{
    if (t->depth == 0)
        return;
    const screen *s = t->stack[--t->depth];
    if (s->leave)
        s->leave(t);
    t->timeout_ms = -1;
    t->typing = 0;
    if (t->depth == 0)
        t->quit = 1;
}

const screen *tui_below(const tui *t)
{
    return t->depth >= 2 ? t->stack[t->depth - 2] : NULL;
}

void tui_say(tui *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(t->message, sizeof t->message, fmt, ap);
    va_end(ap);
}

int tui_key_up(int key)
{
    return key == 'k' || key == TUI_FN(KEY_UP);
}

int tui_key_down(int key)
{
    return key == 'j' || key == TUI_FN(KEY_DOWN);
}

int tui_key_back(int key)
{
    return key == 'q' || key == TUI_ESC;
}

int tui_key_enter(int key)
{
    return key == '\r' || key == '\n' || key == TUI_FN(KEY_ENTER);
}

/* Reads one key: a character's code point or TUI_FN(curses key); -1 when
 * the poll timed out or a signal interrupted it. */
static int read_key(void)
{
    wint_t ch;
    int r = get_wch(&ch);
    if (r == KEY_CODE_YES)
        return TUI_FN((int)ch);
    if (r == OK)
        return (int)ch;
    return -1;
}

/* Draws the top screen, or the notice when the terminal is too small. */
static void draw(tui *t)
{
    erase();
    t->cursor_y = -1;
    if (COLS < TUI_MIN_COLS || LINES < TUI_MIN_ROWS) {
        char need[64];
        snprintf(need, sizeof need, "need %dx%d, have %dx%d", TUI_MIN_COLS, TUI_MIN_ROWS, COLS,
                 LINES);
        int y = LINES / 2 - 1;
        draw_center(y < 0 ? 0 : y, "terminal too small", TERM_BIG);
        draw_center(y + 1, need, ROLE_TEXT);
        draw_center(y + 2, "q quits", ROLE_DIM);
    } else if (t->depth > 0) {
        t->stack[t->depth - 1]->draw(t);
        if (t->message[0] && LINES > 1)
            draw_fill(LINES - 1, 0, COLS, TERM_SELECTED);
        if (t->message[0])
            draw_fmt(LINES - 1, 0, COLS, TERM_SELECTED, " %s ", t->message);
    }
    if (t->cursor_y >= 0 && t->cursor_y < LINES && t->cursor_x >= 0 && t->cursor_x < COLS) {
        move(t->cursor_y, t->cursor_x);
        curs_set(1);
    } else {
        curs_set(0);
    }
    refresh();
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* The hidden benchmark (CONCLAB_BENCH_STARTUP=1): after the first frame,
 * time redraws after keys, leave, and print the figures on stderr. The
 * first frame's wall-clock time lets a harness measure from before exec. */
static void bench(tui *t, double start)
{
    struct timespec wall;
    clock_gettime(CLOCK_REALTIME, &wall);
    double first = now_ms() - start, worst = 0, total = 0;
    static const int keys[] = {'j', 'k', '\r', 'j', 'j', 'G', 'g', TUI_FN(KEY_NPAGE), 'n', 'p',
                               'n', 'G', 'P', ' ', ' ', ' ', 'q', 'q', 's', 'G', 'q'};
    int n = (int)(sizeof keys / sizeof keys[0]);
    for (int i = 0; i < n && !t->quit; i++) {
        double k0 = now_ms();
        t->stack[t->depth - 1]->key(t, keys[i]);
        if (!t->quit)
            draw(t);
        double took = now_ms() - k0;
        total += took;
        if (took > worst)
            worst = took;
    }
    while (t->depth > 0)
        tui_pop(t);
    term_close();
    fprintf(stderr,
            "first_frame_ns=%lld tui_ms=%.2f key_mean_ms=%.3f key_worst_ms=%.3f keys=%d size=%dx%d\n",
            (long long)wall.tv_sec * 1000000000LL + wall.tv_nsec, first, total / n, worst, n,
            COLS, LINES);
}

/* Plain output when there is no usable terminal: no escape bytes. */
static int plain(cli_ctx *ctx)
{
    cli_ctx list = *ctx;
    list.argc = 0; /* `present SECTION` falls back to the whole list */
    int status = cli_sections(&list);
    printf("\nNo interactive terminal here, so this is the plain section list.\n"
           "Read a section with `conclab read SECTION`, see the questions with\n"
           "`conclab questions`, review with `conclab quiz --plain`; `conclab --help`\n"
           "lists every command.\n");
    return status;
}

int cli_tui(cli_ctx *ctx)
{
    double start = now_ms();
    const content *c = ctx->content;
    int present = ctx->argc > 0 && strcmp(ctx->argv[0], "present") == 0;
    int section = 0;
    if (present && ctx->argc > 2) {
        cli_error("usage: conclab present [SECTION]");
        return EXIT_USAGE;
    }
    if (present && ctx->argc == 2) {
        const content_section *s = content_find_section(c, ctx->argv[1]);
        if (!s) {
            cli_error("no section '%s' (see `conclab sections`)", ctx->argv[1]);
            return EXIT_USAGE;
        }
        section = (int)(s - c->sections);
    }
    const char *open_path = NULL; /* conclab open FILE.go */
    int open_plain = 0;
    if (ctx->argc > 0 && strcmp(ctx->argv[0], "open") == 0) {
        for (int i = 1; i < ctx->argc; i++) {
            size_t n = strlen(ctx->argv[i]);
            if (strcmp(ctx->argv[i], "--plain") == 0) {
                open_plain = 1;
            } else if (!open_path && n > 3 && strcmp(ctx->argv[i] + n - 3, ".go") == 0) {
                open_path = ctx->argv[i];
            } else {
                cli_error("open: unexpected '%s'; usage: conclab open [--plain] FILE.go",
                          ctx->argv[i]);
                return EXIT_USAGE;
            }
        }
        if (!open_path) {
            cli_error("usage: conclab open [--plain] FILE.go");
            return EXIT_USAGE;
        }
        if (access(open_path, R_OK) != 0) {
            cli_error("%s: %s", open_path, strerror(errno));
            return EXIT_USAGE;
        }
        if (open_plain || !term_usable()) { /* what the view shows, as text */
            size_t n = strlen(open_path);
            int test = n > 8 && strcmp(open_path + n - 8, "_test.go") == 0;
            char *run_argv[] = {test ? (char *)"test" : (char *)"run",
                                test ? (char *)"-v" : (char *)"--trace", (char *)open_path, NULL};
            cli_ctx run = *ctx;
            run.argc = 3;
            run.argv = run_argv;
            return test ? cli_go_test(&run) : cli_go_run(&run);
        }
    }
    if (c->section_count == 0) {
        cli_error("%s: the content has no sections", ctx->content_dir);
        return EXIT_CONTENT;
    }
    if (!term_usable())
        return plain(ctx);

    char err[512];
    tui t;
    memset(&t, 0, sizeof t);
    t.ctx = ctx;
    t.content = c;
    int status;
    t.track = track_open(ctx, &status, err, sizeof err);
    if (!t.track) {
        cli_error("%s", err);
        return status;
    }
    if (term_open() != 0) {
        track_close(t.track);
        return plain(ctx);
    }
    tui_push(&t, &home_screen, 0);
    if (present)
        tui_push(&t, &present_screen, section);
    if (ctx->argc >= 2 && strcmp(ctx->argv[0], "challenge") == 0) /* conclab challenge NAME */
        tui_push(&t, &challenge_screen, challenge_index(ctx->argv[1]));
    if (open_path) {
        program_file = open_path;
        tui_push(&t, &program_screen, 0);
    }
    draw(&t);
    const char *bench_env = getenv("CONCLAB_BENCH_STARTUP");
    if (bench_env && *bench_env) {
        bench(&t, start);
        track_close(t.track);
        return EXIT_OK;
    }
    while (!t.quit && !term_stop_signal) {
        timeout(t.timeout_ms < 0 ? 250 : t.timeout_ms);
        int key = read_key();
        if (term_stop_signal)
            break;
        if (key == TUI_FN(KEY_RESIZE)) {
            draw(&t);
            continue;
        }
        if (key >= 0) /* a notice stays until a key, not just a poll */
            t.message[0] = '\0';
        if (COLS < TUI_MIN_COLS || LINES < TUI_MIN_ROWS) {
            if (key == 'q' || key == TUI_ESC)
                t.quit = 1;
        } else if (((key == '?' && !t.typing) || key == TUI_FN(KEY_F(1))) &&
                   t.stack[t.depth - 1] != &help_screen) {
            tui_push(&t, &help_screen, 0);
        } else if (key == TUI_CTRL('l')) {
            clear();
        } else {
            /* a timeout is a tick (key -1) for screens that animate */
            if (key >= 0 || t.timeout_ms >= 0)
                t.stack[t.depth - 1]->key(&t, key);
        }
        if (!t.quit)
            draw(&t);
    }
    while (t.depth > 0)
        tui_pop(&t);
    term_close();
    track_close(t.track);
    if (term_stop_signal)
        return 128 + term_stop_signal;
    return EXIT_OK;
}
