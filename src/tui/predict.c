/* predict.c: the "which outputs can this program print?" screen: a
 * puzzle's program beside its candidate outputs; the learner ticks every
 * output some run can print and Enter grades the answer exactly against
 * the explorer: each possible output with the moves that replay it in the
 * challenge, each impossible one with why. Reached from the challenge
 * screen (o); the question itself is src/challenge/predict.c. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "challenge/challenge.h"
#include "challenge/predict.h"
#include "challenge/record.h"
#include "tui/draw.h"
#include "tui/layout.h"
#include "tui/term.h"
#include "tui/tui.h"

static predict_question q;                       /* the question shown */
static int built;                                /* 1: q holds a question */
static unsigned char ticked[PREDICT_MAX_CHOICES]; /* the learner's ticks */
static int cursor;                               /* the highlighted choice */
static int graded;                               /* 1: Enter was pressed */
static predict_grade grade;                      /* the grade once graded */

static void predict_init(tui *t, int arg)
{
    char err[256];
    size_t i = arg >= 0 && (size_t)arg < challenge_puzzle_count ? (size_t)arg : 0;
    memset(ticked, 0, sizeof ticked);
    cursor = graded = 0;
    built = predict_build(challenge_puzzles[i], &q, err, sizeof err) == 0;
    if (!built)
        tui_say(t, "%s", err);
}

static void predict_leave(tui *t)
{
    (void)t;
    if (built)
        predict_free(&q);
    built = 0;
}

/* Saves the graded answer in the learner's progress. */
static void save(tui *t)
{
    char moves[PREDICT_MAX_CHOICES * 4 + 1] = "", err[512];
    for (size_t i = 0, n = 0; i < q.count; i++)
        if (ticked[i])
            n += (size_t)snprintf(moves + n, sizeof moves - n, "%s%zu", n ? "," : "", i + 1);
    store_challenge c = {.kind = "predict", .puzzle = q.pz->name, .won = grade.exact,
                         .moves = moves, .preemptions = -1, .fewest = -1};
    if (record_attempt_in(track_store(t->track), t->ctx->user, &c, err, sizeof err) != 0)
        tui_say(t, "not saved: %s", err);
}

static void predict_draw(tui *t)
{
    (void)t;
    char title[160], line[256];
    if (!built) {
        draw_title("Which outputs can this program print?", "");
        draw_status("q back");
        return;
    }
    snprintf(title, sizeof title, "Which outputs can this program print? %s", q.pz->name);
    draw_title(title, graded ? (grade.exact ? "right" : "not quite") : "");
    int left_w = COLS / 2, x = left_w + 1, w = COLS - x - 1;
    int lines = challenge_program_lines(q.pz), rows = LINES - 3;
    for (int r = 0; r < rows && r < lines; r++)
        draw_fmt(1 + r, 0, left_w, ROLE_CODE, "%3d %s", r + 1,
                 challenge_source_line(q.pz, r + 1, line, sizeof line));
    draw_str(1, x, w, "Tick every output a run can print:", ROLE_HEADING);
    int y = 3;
    for (size_t i = 0; i < q.count; i++, y++) {
        const predict_choice *c = &q.choices[i];
        int role = (int)i == cursor ? TERM_SELECTED : ROLE_TEXT;
        const char *mark = "";
        if (graded)
            mark = c->possible ? (ticked[i] ? " ok" : " MISSED") : (ticked[i] ? " WRONG" : "");
        if (graded && (c->possible != !!ticked[i]))
            role = TERM_BAD;
        draw_fmt(y, x, w, role, "%zu [%c] %s%s", i + 1, ticked[i] ? 'x' : ' ', c->label, mark);
    }
    y++;
    if (graded) {
        draw_fmt(y++, x, w, grade.exact ? TERM_GOOD : TERM_BAD, " %s: %zu of %zu possible, %zu "
                 "wrong (%llu schedules) ", grade.exact ? "RIGHT" : "NOT QUITE", grade.hits,
                 q.possible, grade.wrong, (unsigned long long)q.schedules);
        const predict_choice *c = &q.choices[cursor];
        char detail[600];
        if (c->possible)
            snprintf(detail, sizeof detail, "%zu is possible, with %d preemption%s: conclab "
                     "challenge %s --moves %s", (size_t)cursor + 1, c->preemptions,
                     c->preemptions == 1 ? "" : "s", q.pz->name, c->moves);
        else
            snprintf(detail, sizeof detail, "%zu is impossible: %s.", (size_t)cursor + 1, c->why);
        layout l;
        layout_init(&l, w, term_utf8());
        layout_text(&l, detail, ROLE_TEXT, 0, 0);
        for (size_t r = 0; r < l.count && y + 1 < LINES - 1; r++)
            draw_rich(++y, x, w, &l.lines[r].text);
        layout_free(&l);
    }
    draw_status(graded ? "Up Down each choice's why  q back"
                       : "1-8 or Space tick  Up Down move  Enter grade  q back");
}

static void predict_key(tui *t, int key)
{
    if (!built) {
        if (tui_key_back(key))
            tui_pop(t);
        return;
    }
    if (tui_key_up(key) && cursor > 0) {
        cursor--;
    } else if (tui_key_down(key) && cursor + 1 < (int)q.count) {
        cursor++;
    } else if (!graded && key >= '1' && key < '1' + (int)q.count) {
        cursor = key - '1';
        ticked[cursor] = !ticked[cursor];
    } else if (!graded && key == ' ') {
        ticked[cursor] = !ticked[cursor];
    } else if (!graded && tui_key_enter(key)) {
        size_t n = 0;
        for (size_t i = 0; i < q.count; i++)
            n += ticked[i];
        if (n == 0) {
            tui_say(t, "tick at least one output first");
            return;
        }
        grade = predict_grade_answer(&q, ticked);
        graded = 1;
        save(t);
    } else if (tui_key_back(key)) {
        tui_pop(t);
    }
}

static const tui_help predict_help[] = {
    {"1-8, Space", "tick or untick an output"},
    {"Up Down, j k", "move between the outputs (after grading: each one's why)"},
    {"Enter", "grade: exactly the outputs the explorer finds?"},
    {"q, Esc", "back"},
    {NULL, NULL},
};

const screen predict_screen = {
    .name = "Which outputs?",
    .init = predict_init,
    .draw = predict_draw,
    .key = predict_key,
    .leave = predict_leave,
    .help = predict_help,
};
