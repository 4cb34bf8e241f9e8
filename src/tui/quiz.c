/* quiz.c: the quiz screen: the card due, a multi-line answer field, Enter
 * reveals the reference answer with the key terms the learner used
 * highlighted, 1-4 grades (committed at once by the quiz session), u undoes,
 * and when the card comes back. All state goes through src/quiz. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "quiz/session.h"
#include "quiz/when.h"
#include "tui/draw.h"
#include "tui/editor.h"
#include "tui/layout.h"
#include "tui/term.h"
#include "tui/tui.h"

/* Where the card is in its round. */
enum quiz_phase {
    PHASE_ASK,     /* the learner types an answer */
    PHASE_REVEAL,  /* the reference answer and feedback; waiting for 1-4 */
    PHASE_GRADED,  /* graded: when it comes back; u undoes */
    PHASE_DONE,    /* nothing more to ask */
    PHASE_ERROR    /* the store failed; the message says why */
};

static session *sess;          /* the quiz session (NULL after an error) */
static session_card card;      /* the card asked */
static int phase;              /* enum quiz_phase */
static editor answer;          /* what the learner typed */
static feedback fb;            /* feedback on it, after reveal */
static session_result result;  /* what the grade did */
static int offset;             /* first body line shown */
static int graded;             /* cards graded this visit */
static char note[600];         /* the DONE or ERROR text */

static const char *const grade_names[] = {"", "Again", "Hard", "Good", "Easy"};

/* Asks the next card, or ends the session. */
static void next_card(void)
{
    editor_free(&answer);
    offset = 0;
    int rc = session_next(sess, &card);
    if (rc == STORE_OK) {
        phase = PHASE_ASK;
        return;
    }
    if (rc == STORE_NONE) {
        int64_t due;
        phase = PHASE_DONE;
        if (session_next_due(sess, &due) == STORE_OK && due != INT64_MAX) {
            char when[48];
            when_describe(due - when_clock(), when, sizeof when);
            snprintf(note, sizeof note, "Nothing more is due. The next card comes back %s.", when);
        } else {
            snprintf(note, sizeof note, "Nothing more is due.");
        }
        return;
    }
    phase = PHASE_ERROR;
    snprintf(note, sizeof note, "%s", session_error(sess));
}

/* arg: 0 for every due card, or 1 + the index of the section whose
 * questions to ask (the reader's z). */
static void quiz_init(tui *t, int arg)
{
    char err[512];
    graded = 0;
    editor_init(&answer);
    sess = session_open(track_store(t->track), t->content, t->ctx->user, 0, SESSION_NEW_PER_DAY,
                        err, sizeof err);
    if (!sess) {
        phase = PHASE_ERROR;
        snprintf(note, sizeof note, "%s", err);
        return;
    }
    if (arg > 0 && (size_t)arg <= t->content->section_count &&
        session_focus(sess, t->content->sections[arg - 1].id, err, sizeof err) != 0) {
        phase = PHASE_ERROR;
        snprintf(note, sizeof note, "%s", err);
        return;
    }
    next_card();
}

static void quiz_leave(tui *t)
{
    session_close(sess);
    sess = NULL;
    editor_free(&answer);
    if (track_refresh(t->track) != 0)
        tui_say(t, "%s", track_error(t->track));
}

/* Appends text in role to l, wrapped at indent. */
static void add_text(layout *l, const char *text, int role, int indent)
{
    layout_text(l, text, role, indent, 0);
}

/* The reference answer, feedback and grade choice, after reveal. */
static void add_reveal(layout *l, const content_question *q)
{
    layout_blank(l);
    add_text(l, q->title ? q->title : "Reference answer", ROLE_HEADING, 0);
    layout_blank(l);
    size_t first = l->count;
    for (size_t i = 0; i < q->answer_count; i++)
        layout_point(l, &q->answer[i], term_utf8() ? "\xe2\x80\xa2 " : "- ", 2);
    /* the key terms the learner used, highlighted where the answer has them */
    layout sub = {.lines = l->lines + first, .count = l->count - first};
    for (size_t i = 0; i < fb.term_count; i++)
        if (fb.used[i])
            layout_mark(&sub, q->key_terms[i], ROLE_MARK);
    layout_blank(l);
    rich r;
    rich_init(&r);
    rich_append(&r, "Key terms: ", 11, ROLE_HEADING);
    for (size_t i = 0; i < fb.term_count; i++) {
        if (i)
            rich_append(&r, "  ", 2, ROLE_TEXT);
        rich_append(&r, q->key_terms[i], strlen(q->key_terms[i]), fb.used[i] ? ROLE_MARK : ROLE_DIM);
    }
    layout_block(l);
    layout_wrap(l, &r, 0, 11);
    rich_free(&r);
    char line[256];
    if (fb.typed)
        snprintf(line, sizeof line, "You used %zu of %zu key terms: %s suggested.", fb.used_count,
                 fb.term_count, grade_names[fb.suggested]);
    else
        snprintf(line, sizeof line, "Nothing typed: grade how well you knew it.");
    add_text(l, line, ROLE_TEXT, 0);
    layout_blank(l);
    if (phase == PHASE_REVEAL) {
        add_text(l, "Grade it: 1 Again   2 Hard   3 Good   4 Easy", ROLE_TERM, 0);
    } else {
        snprintf(line, sizeof line, "Graded %s: it comes back %s.", grade_names[result.grade],
                 result.when);
        add_text(l, line, TERM_GOOD, 0);
        add_text(l, "Any key: the next card.  u: undo the grade.", ROLE_DIM, 0);
    }
}

static void quiz_draw(tui *t)
{
    int width = COLS - 4 > 96 ? 96 : COLS - 4;
    int x = (COLS - width) / 2;
    char right[96];
    t->typing = phase == PHASE_ASK;
    if (phase == PHASE_ASK || phase == PHASE_REVEAL || phase == PHASE_GRADED)
        snprintf(right, sizeof right, "%d graded · %d due · %d new left", graded, card.due_left,
                 card.new_left);
    else
        snprintf(right, sizeof right, "%d graded", graded);
    draw_title("Quiz", right);
    if (phase == PHASE_DONE || phase == PHASE_ERROR) {
        draw_center(LINES / 2 - 1, phase == PHASE_DONE ? "Well done." : "The quiz cannot go on.",
                    phase == PHASE_DONE ? TERM_GOOD : TERM_BAD);
        draw_center(LINES / 2 + 1, note, ROLE_TEXT);
        draw_status("q Esc back  ? help");
        return;
    }
    const content_question *q = card.question;
    layout l;
    layout_init(&l, width, term_utf8());
    char head[96];
    snprintf(head, sizeof head, "Question %d%s", q->number,
             card.is_new ? "  (new card)" : "  (review)");
    add_text(&l, head, ROLE_DIM, 0);
    layout_blank(&l);
    add_text(&l, q->question, TERM_BIG, 0);
    layout_blank(&l);
    add_text(&l, "Your answer", ROLE_HEADING, 0);
    int answer_line = (int)l.count;
    rich r;
    rich_init(&r);
    rich_append(&r, editor_text(&answer), answer.len, ROLE_TEXT);
    if (answer.len)
        layout_wrap(&l, &r, 2, 0);
    else if (phase != PHASE_ASK)
        add_text(&l, "(nothing typed)", ROLE_DIM, 2);
    rich_free(&r);
    int cy = 0, cx = 0, rows = editor_locate(&answer, width - 2, &cy, &cx);
    while ((int)l.count < answer_line + rows)
        layout_blank(&l);
    if (phase != PHASE_ASK)
        add_reveal(&l, q);
    int page = LINES - 2;
    if (phase == PHASE_ASK) {
        if (answer_line + cy < offset)
            offset = answer_line + cy;
        if (answer_line + cy >= offset + page)
            offset = answer_line + cy - page + 1;
    }
    if (offset > (int)l.count - page)
        offset = (int)l.count - page;
    if (offset < 0)
        offset = 0;
    for (int i = 0; i < page && offset + i < (int)l.count; i++) {
        const layout_line *line = &l.lines[offset + i];
        draw_rich(1 + i, x + line->indent, width - line->indent, &line->text);
    }
    if (phase == PHASE_ASK) {
        t->cursor_y = 1 + answer_line + cy - offset;
        t->cursor_x = x + 2 + cx;
        draw_status("Enter reveal  Ctrl-J new line  arrows Home End edit  Esc back  F1 help");
    } else if (phase == PHASE_REVEAL) {
        draw_status("1 Again  2 Hard  3 Good  4 Easy  j k scroll  q back  ? help");
    } else {
        draw_status("any key next card  u undo  q back  ? help");
    }
    layout_free(&l);
}

/* Grades the card and says when it comes back. */
static void grade(tui *t, int g)
{
    int rc = session_grade(sess, g, &result);
    if (rc == STORE_OK) {
        graded++;
        phase = PHASE_GRADED;
    } else if (rc == SESSION_STALE) {
        tui_say(t, "Another conclab graded this card meanwhile; it was not graded twice.");
        next_card();
    } else if (rc == STORE_ERROR) {
        phase = PHASE_ERROR;
        snprintf(note, sizeof note, "%s", session_error(sess));
    }
}

/* An answer-field key; Esc alone goes back, Esc then Enter is Alt-Enter. */
static void edit_key(tui *t, int key)
{
    if (key == TUI_ESC) {
        wint_t next;
        timeout(0);
        int r = get_wch(&next);
        if (r == OK && (next == '\r' || next == '\n')) {
            editor_insert(&answer, '\n');
            return;
        }
        if (r != ERR)
            unget_wch((wchar_t)next);
        tui_pop(t);
    } else if (tui_key_enter(key) && key != '\n') {
        session_answer(sess, editor_text(&answer), &fb);
        phase = PHASE_REVEAL;
        offset = 0;
    } else if (key == '\n') {
        editor_insert(&answer, '\n');
    } else if (key == TUI_FN(KEY_BACKSPACE) || key == 127 || key == TUI_CTRL('h')) {
        editor_backspace(&answer);
    } else if (key == TUI_FN(KEY_DC)) {
        editor_delete(&answer);
    } else if (key == TUI_FN(KEY_LEFT)) {
        editor_left(&answer);
    } else if (key == TUI_FN(KEY_RIGHT)) {
        editor_right(&answer);
    } else if (key == TUI_FN(KEY_UP)) {
        editor_up(&answer);
    } else if (key == TUI_FN(KEY_DOWN)) {
        editor_down(&answer);
    } else if (key == TUI_FN(KEY_HOME) || key == TUI_CTRL('a')) {
        editor_home(&answer);
    } else if (key == TUI_FN(KEY_END) || key == TUI_CTRL('e')) {
        editor_end(&answer);
    } else if (key >= 0x20 && key < 0x110000 && key != 0x7f) {
        editor_insert(&answer, (unsigned)key);
    }
}

static void quiz_key(tui *t, int key)
{
    if (phase == PHASE_ASK) {
        edit_key(t, key);
    } else if (tui_key_back(key)) {
        tui_pop(t);
    } else if (phase == PHASE_REVEAL && key >= '1' && key <= '4') {
        grade(t, key - '0');
    } else if (phase == PHASE_REVEAL && tui_key_down(key)) {
        offset++;
    } else if (phase == PHASE_REVEAL && tui_key_up(key)) {
        offset--;
    } else if (phase == PHASE_REVEAL && (key == ' ' || key == TUI_FN(KEY_NPAGE))) {
        offset += LINES - 3;
    } else if (phase == PHASE_GRADED && key == 'u') {
        const content_question *q;
        int rc = session_undo(sess, &q);
        if (rc == STORE_OK) {
            graded--;
            tui_say(t, "Grade undone: question %d is asked again.", q->number);
            next_card();
        } else if (rc == STORE_ERROR) {
            phase = PHASE_ERROR;
            snprintf(note, sizeof note, "%s", session_error(sess));
        }
    } else if (phase == PHASE_GRADED && key >= 0) {
        next_card();
    }
}

static const tui_help quiz_help[] = {
    {"typing", "your answer (UTF-8); arrows, Home End, Backspace Delete edit"},
    {"Enter", "reveal the reference answer"},
    {"Ctrl-J, Alt-Enter", "a new line in the answer"},
    {"1 2 3 4", "grade: Again, Hard, Good, Easy (saved at once)"},
    {"u", "after grading: undo the grade"},
    {"j k, Space", "scroll the revealed answer"},
    {"Esc (q once revealed)", "back (grades already given are kept)"},
    {"F1 (? once revealed)", "this help"},
    {NULL, NULL},
};

const screen quiz_screen = {
    .name = "Quiz",
    .init = quiz_init,
    .draw = quiz_draw,
    .key = quiz_key,
    .leave = quiz_leave,
    .help = quiz_help,
};
