/* gallery.c: the bug gallery screen: the kernels of real-world concurrency
 * bugs (content/bugs.json), then one entry: its story, its Go code and the
 * question "which schedule breaks it?"; r runs its test and x explores it
 * for the breaking schedule (a child `conclab bugs ID --run ...`, read as
 * it prints, so the shell stays live and Esc stops it); a reveals the
 * answer: the schedule, how it shows, the fix and the fixed code. */
#define _XOPEN_SOURCE_EXTENDED 1
#define _POSIX_C_SOURCE 200809L
#include <curses.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "challenge/bug_record.h"
#include "tui/draw.h"
#include "tui/layout.h"
#include "tui/term.h"
#include "tui/tui.h"

/* The most output kept from one run of a kernel's test. */
#define RUN_MAX_OUTPUT (64 * 1024)

static int selected;     /* the highlighted entry */
static int list_top;     /* first entry row shown */
static int open_entry;   /* -1: the list; else the entry shown */
static int revealed;     /* 1: the answer is shown */
static layout doc;       /* the entry laid out (doc.count 0: not laid out) */
static int laid;
static int top;          /* first line of doc shown */
static int answer_line;  /* the line of doc where the answer starts */
static int follow;       /* 1: keep the end of the run's output in view */

/* The kernel's test, running in a child process. */
static pid_t child = -1;
static int child_fd = -1;
static char *output;     /* what it printed so far */
static size_t output_len;
static char run_title[96]; /* "conclab test --explore --race" */
static int run_status = -1; /* its exit status once done, else -1 */
static int run_stopped;  /* 1: Esc stopped it */
static const char *run_step; /* the step it is: "run", "explore" or "fix" */
static int *marks;       /* BUG_* flags of each entry: what the learner did */

static int page(void)
{
    return LINES - 2 > 1 ? LINES - 2 : 1;
}

static int text_width(void)
{
    int w = COLS - 4;
    return w > 100 ? 100 : w;
}

static void stop_child(void)
{
    if (child > 0) {
        kill(child, SIGTERM);
        waitpid(child, NULL, 0);
    }
    child = -1;
    if (child_fd >= 0)
        close(child_fd);
    child_fd = -1;
}

static void forget_run(void)
{
    stop_child();
    free(output);
    output = NULL;
    output_len = 0;
    run_status = -1;
    run_stopped = 0;
    run_title[0] = '\0';
}

/* Keeps a step of the learner's with the open entry in the progress
 * database, and in its marks. */
static void record_step(tui *t, const char *step, const char *outcome)
{
    char err[512];
    store_bug_step b = {t->content->bugs[open_entry].id, step, outcome, 0};
    if (bug_record_in(track_store(t->track), t->ctx->user, &b, err, sizeof err) != 0) {
        tui_say(t, "%s", err);
        return;
    }
    if (!marks)
        return;
    if (strcmp(step, "read") == 0)
        marks[open_entry] |= BUG_READ;
    else if (strcmp(step, "answer") == 0)
        marks[open_entry] |= BUG_ANSWERED;
    else if (strcmp(step, "fix") == 0 && strcmp(outcome, "passed") == 0)
        marks[open_entry] |= BUG_FIXED;
    else if (strcmp(step, "fix") != 0 && strcmp(outcome, "failed") == 0)
        marks[open_entry] |= BUG_BROKEN;
}

/* Each line of the run's output, as printed (no markup). */
static void layout_output(layout *l)
{
    const char *p = output;
    const char *end = output + output_len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        rich r;
        rich_init(&r);
        rich_append(&r, p, n, ROLE_CODE);
        layout_block(l);
        layout_wrap(l, &r, 2, 4);
        rich_free(&r);
        p += n + (nl != NULL);
    }
}

static void layout_entry(tui *t)
{
    const content *c = t->content;
    const content_bug *b = &c->bugs[open_entry];
    char line[640];
    layout_free(&doc);
    layout_init(&doc, text_width(), term_utf8());
    snprintf(line, sizeof line, "%s", b->title);
    layout_text(&doc, line, ROLE_TITLE, 0, 2);
    layout_blank(&doc);
    snprintf(line, sizeof line, "Modelled on %s · %s", b->modelled_on, b->bug_class);
    layout_text(&doc, line, ROLE_DIM, 0, 2);
    layout_blank(&doc);
    layout_text(&doc, b->story, ROLE_TEXT, 0, 0);
    layout_blank(&doc);
    layout_text(&doc, "bug_test.go", ROLE_HEADING, 0, 2);
    layout_code(&doc, b->bug_code, 0, 0);
    layout_blank(&doc);
    layout_text(&doc, c->bug_question ? c->bug_question : "Which schedule breaks it?",
                ROLE_HEADING, 0, 2);
    layout_text(&doc,
                "r runs the test once, R with the race detector; x explores its schedules "
                "for the one that breaks it; a shows the answer.",
                ROLE_DIM, 0, 0);
    layout_blank(&doc);
    if (run_title[0]) {
        snprintf(line, sizeof line, "%s%s", run_title,
                 run_status < 0  ? "  (running: Esc stops it)"
                 : run_stopped   ? "  (stopped)"
                 : run_status == 0 ? "  (passed)"
                                   : "  (failed)");
        layout_text(&doc, line, ROLE_HEADING, 0, 2);
        layout_output(&doc);
        layout_blank(&doc);
    }
    answer_line = (int)doc.count;
    if (revealed) {
        layout_text(&doc, "The answer", ROLE_HEADING, 0, 2);
        snprintf(line, sizeof line, "The schedule that breaks it: %s", b->schedule);
        layout_text(&doc, line, ROLE_TEXT, 0, 2);
        layout_blank(&doc);
        snprintf(line, sizeof line, "How it shows: %s", b->shows_as);
        layout_text(&doc, line, ROLE_TEXT, 0, 2);
        layout_blank(&doc);
        snprintf(line, sizeof line, "The fix: %s", b->fix);
        layout_text(&doc, line, ROLE_TEXT, 0, 2);
        layout_blank(&doc);
        layout_text(&doc, "fixed_test.go (f runs it under the explorer)", ROLE_HEADING, 0, 2);
        layout_code(&doc, b->fixed_code, 0, 0);
    }
    laid = 1;
}

/* Runs `conclab bugs ID --run ARGS...` (this binary) in a child whose
 * output comes back through a pipe. */
static void start_run(tui *t, const char *step, const char *title, const char *const args[],
                      int fixed)
{
    forget_run();
    run_step = step;
    int fds[2];
    if (pipe(fds) != 0) {
        tui_say(t, "cannot run the test: %s", strerror(errno));
        return;
    }
    const content_bug *b = &t->content->bugs[open_entry];
    pid_t pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        tui_say(t, "cannot run the test: %s", strerror(errno));
        return;
    }
    if (pid == 0) {
        int null = open("/dev/null", O_RDONLY);
        if (null >= 0)
            dup2(null, 0);
        dup2(fds[1], 1);
        dup2(fds[1], 2);
        close(fds[0]);
        const char *argv[16];
        int n = 0;
        argv[n++] = "conclab";
        argv[n++] = "--content";
        argv[n++] = t->ctx->content_dir;
        argv[n++] = "bugs";
        argv[n++] = b->id;
        argv[n++] = "--run";
        if (fixed)
            argv[n++] = "--fixed";
        for (int i = 0; args[i] && n < 15; i++)
            argv[n++] = args[i];
        argv[n] = NULL;
        execv("/proc/self/exe", (char *const *)argv);
        _exit(127);
    }
    close(fds[1]);
    fcntl(fds[0], F_SETFL, O_NONBLOCK);
    child = pid;
    child_fd = fds[0];
    snprintf(run_title, sizeof run_title, "%s", title);
    follow = 1;
    t->timeout_ms = 50;
    laid = 0;
}

/* Reads what the child printed; reaps it when it has finished. */
static void poll_run(tui *t)
{
    if (child_fd < 0)
        return;
    char buf[4096];
    ssize_t n;
    while ((n = read(child_fd, buf, sizeof buf)) > 0) {
        if (output_len + (size_t)n > RUN_MAX_OUTPUT)
            n = (ssize_t)(RUN_MAX_OUTPUT - output_len);
        char *grown = realloc(output, output_len + (size_t)n + 1);
        if (!grown)
            break;
        output = grown;
        memcpy(output + output_len, buf, (size_t)n);
        output_len += (size_t)n;
        laid = 0;
        if (output_len >= RUN_MAX_OUTPUT)
            break;
    }
    if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR) || output_len >= RUN_MAX_OUTPUT) {
        int status = 0;
        close(child_fd);
        child_fd = -1;
        if (output_len >= RUN_MAX_OUTPUT)
            kill(child, SIGTERM);
        waitpid(child, &status, 0);
        child = -1;
        run_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        t->timeout_ms = -1;
        laid = 0;
        record_step(t, run_step, run_status == 0 ? "passed" : "failed");
    }
}

static void gallery_init(tui *t, int arg)
{
    (void)t;
    selected = arg >= 0 && (size_t)arg < t->content->bug_count ? arg : 0;
    list_top = 0;
    open_entry = -1;
    revealed = 0;
    laid = 0;
    top = 0;
    forget_run();
    free(marks);
    marks = calloc(t->content->bug_count ? t->content->bug_count : 1, sizeof *marks);
    if (marks && bug_record_flags(track_store(t->track), track_learner(t->track), t->content,
                                  marks) != STORE_OK)
        tui_say(t, "%s", store_error(track_store(t->track)));
}

static void draw_list(tui *t)
{
    const content *c = t->content;
    char right[64];
    int broken = 0;
    for (size_t i = 0; marks && i < c->bug_count; i++)
        broken += (marks[i] & BUG_BROKEN) != 0;
    if (broken)
        snprintf(right, sizeof right, "%d of %zu broken", broken, c->bug_count);
    else
        snprintf(right, sizeof right, "%zu bugs", c->bug_count);
    draw_title("Bug gallery: real-world concurrency bugs", right);
    if (c->bug_count == 0) {
        draw_cut(2, 2, COLS - 4, "This content has no bug gallery (bugs.json).", ROLE_TEXT);
        draw_status("q back");
        return;
    }
    draw_cut(2, 2, COLS - 4, c->bug_question, ROLE_HEADING);
    int rows = LINES - 5;
    if (selected < list_top)
        list_top = selected;
    if (selected >= list_top + rows)
        list_top = selected - rows + 1;
    int kinds_w = COLS >= 90 ? 18 : 0;
    for (int i = 0; i < rows && list_top + i < (int)c->bug_count; i++) {
        int k = list_top + i, y = 4 + i;
        const content_bug *b = &c->bugs[k];
        int role = k == selected ? TERM_SELECTED : ROLE_TEXT;
        if (k == selected)
            draw_fill(y, 1, COLS - 2, TERM_SELECTED);
        draw_fmt(y, 1, 4, role, "%3d", k + 1);
        int m = marks ? marks[k] : 0, utf8 = term_utf8();
        /* what the learner did: broke it (a check), or read it (a dot) */
        const char *mark = m & BUG_BROKEN ? (utf8 ? "\xe2\x9c\x93" : "+")
                           : m & BUG_READ ? (utf8 ? "\xc2\xb7" : ".")
                                          : " ";
        draw_str(y, 5, 1, mark, k == selected ? role : m & BUG_BROKEN ? TERM_GOOD : ROLE_DIM);
        int title_w = COLS - 8 - (kinds_w ? kinds_w + 1 : 0);
        draw_cut(y, 7, title_w, b->title, role);
        if (kinds_w) {
            char kinds[64] = "";
            size_t n = 0;
            for (size_t j = 0; j < b->kind_count && n < sizeof kinds; j++)
                n += (size_t)snprintf(kinds + n, sizeof kinds - n, "%s%s", j ? "," : "",
                                      b->kinds[j]);
            draw_cut(y, COLS - 1 - kinds_w, kinds_w, kinds, k == selected ? role : ROLE_DIM);
        }
    }
    draw_status(COLS >= 60 ? "Up Down choose  Enter open  ? help  q back" : "Enter open  q back");
}

static void draw_entry(tui *t)
{
    if (!laid || doc.width != text_width()) {
        layout_entry(t);
        if (follow) /* the run's output as it comes, up to the answer */
            top = answer_line - page();
    }
    int max = (int)doc.count - page();
    if (top > max)
        top = max;
    if (top < 0)
        top = 0;
    char title[128], right[32];
    snprintf(title, sizeof title, "Bug %d/%zu  %s", open_entry + 1, t->content->bug_count,
             t->content->bugs[open_entry].id);
    snprintf(right, sizeof right, "%s", revealed ? "answer shown" : "");
    draw_title(title, right);
    draw_layout_page(&doc, top, page());
    if (child > 0)
        draw_status("running the test...  Esc stop");
    else if (COLS >= 80)
        draw_status("j k scroll  r run  R race  x explore  o step it  a answer  f explore the fix  n p  q back");
    else
        draw_status("r run  x explore  a answer  q back");
}

static void gallery_draw(tui *t)
{
    if (open_entry < 0)
        draw_list(t);
    else
        draw_entry(t);
}

/* Moves to entry k, laid out from its start. */
static void open_bug(int k)
{
    forget_run();
    open_entry = selected = k;
    revealed = 0;
    laid = 0;
    top = 0;
    follow = 0;
}

static void entry_key(tui *t, int key)
{
    static const char *const plain[] = {NULL};
    static const char *const race[] = {"--race", NULL};
    static const char *const explore[] = {"--explore", "--race", "--budget", "5s", NULL};
    int count = (int)t->content->bug_count;
    if (key < 0) {
        poll_run(t);
        return;
    }
    if (child > 0 && (key == TUI_ESC || key == 'q')) {
        stop_child();
        run_status = 130;
        run_stopped = 1;
        t->timeout_ms = -1;
        laid = 0;
        record_step(t, run_step, "stopped");
        tui_say(t, "stopped");
        return;
    }
    if (tui_key_down(key) || tui_key_up(key) || key == ' ' || key == 'b' || key == 'g' ||
        key == 'G' || key == TUI_FN(KEY_NPAGE) || key == TUI_FN(KEY_PPAGE))
        follow = 0; /* the learner scrolls */
    if (tui_key_down(key))
        top++;
    else if (tui_key_up(key))
        top--;
    else if (key == ' ' || key == TUI_FN(KEY_NPAGE))
        top += page() - 1;
    else if (key == 'b' || key == TUI_FN(KEY_PPAGE))
        top -= page() - 1;
    else if (key == 'g' || key == TUI_FN(KEY_HOME))
        top = 0;
    else if (key == 'G' || key == TUI_FN(KEY_END))
        top = (int)doc.count;
    else if (key == 'r')
        start_run(t, "run", "conclab test", plain, 0);
    else if (key == 'R')
        start_run(t, "run", "conclab test --race", race, 0);
    else if (key == 'x')
        start_run(t, "explore", "conclab test --explore --race (5s)", explore, 0);
    else if (key == 'f')
        start_run(t, "fix", "conclab test --explore --race on the fix (5s)", explore, 1);
    else if (key == 'o') { /* its test in the program view, step by step */
        forget_run();
        program_file = t->content->bugs[open_entry].bug_path;
        tui_push(t, &program_screen, 0);
    } else if (key == 'a') {
        if (!revealed)
            record_step(t, "answer", "");
        revealed = 1;
        follow = 0;
        layout_entry(t);
        top = answer_line; /* the answer from its heading */
    } else if (key == 'n' && open_entry + 1 < count) {
        open_bug(open_entry + 1);
        record_step(t, "read", "");
    } else if (key == 'p' && open_entry > 0) {
        open_bug(open_entry - 1);
        record_step(t, "read", "");
    }
    else if (tui_key_back(key)) {
        forget_run();
        open_entry = -1;
        t->timeout_ms = -1;
    }
}

static void gallery_key(tui *t, int key)
{
    if (open_entry >= 0) {
        entry_key(t, key);
        return;
    }
    int count = (int)t->content->bug_count;
    if (tui_key_up(key) && selected > 0)
        selected--;
    else if (tui_key_down(key) && selected < count - 1)
        selected++;
    else if (key == 'g' || key == TUI_FN(KEY_HOME))
        selected = 0;
    else if ((key == 'G' || key == TUI_FN(KEY_END)) && count > 0)
        selected = count - 1;
    else if ((tui_key_enter(key) || key == 'l' || key == TUI_FN(KEY_RIGHT)) && count > 0) {
        open_bug(selected);
        record_step(t, "read", "");
    }
    else if (tui_key_back(key))
        tui_pop(t);
}

static void gallery_leave(tui *t)
{
    forget_run();
    free(marks);
    marks = NULL;
    layout_free(&doc);
    laid = 0;
    t->timeout_ms = -1;
}

static const tui_help gallery_help[] = {
    {"Up Down, Enter", "choose an entry, open it"},
    {"j k, Space b", "scroll the entry"},
    {"r, R", "run its test once (R: with the race detector)"},
    {"x", "explore its schedules for the one that breaks it (5 s)"},
    {"o", "open its test in the program view: step through it, explore it, race it"},
    {"a", "the answer: the schedule, how it shows, the fix"},
    {"f", "explore the fixed version: no schedule breaks it"},
    {"n p", "next, previous entry"},
    {"Esc", "stop a running test"},
    {"q", "back"},
    {NULL, NULL},
};

const screen gallery_screen = {
    .name = "Bug gallery",
    .init = gallery_init,
    .draw = gallery_draw,
    .key = gallery_key,
    .leave = gallery_leave,
    .help = gallery_help,
};
