/* challenge.c: the challenge screen, "you are the scheduler": a puzzle's
 * source with each goroutine's line marked, the goroutines that may take
 * the next step (a number key gives it to one), what the last step did,
 * the output so far, and when the program ends, the verdict: won (with the
 * interleaving in plain words and the fewest preemptions it needs) or not
 * broken (and why synchronization held). The game itself is
 * src/challenge/game.c; this file only draws it and passes keys on. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "challenge/challenge.h"
#include "challenge/game.h"
#include "challenge/record.h"
#include "tui/draw.h"
#include "tui/layout.h"
#include "tui/term.h"
#include "tui/tui.h"

static size_t puzzle;        /* index into challenge_puzzles */
static challenge_game game;  /* the game being played */
static int saved;            /* 1: this game's result is in the progress */
static layout source;        /* the program laid out (count 0: not yet) */
static int source_width;     /* the width it was laid out for */

/* Saves the game as won or given up, once. */
static void save(tui *t)
{
    if (saved || (!game.broken && game.move_count == 0))
        return;
    char err[512], *moves = challenge_game_moves_text(&game);
    store_challenge c = {
        .kind = "scheduler",
        .puzzle = game.pz->name,
        .won = game.broken,
        .moves = moves ? moves : "",
        .preemptions = game.preemptions,
        .fewest = game.ended ? game.fewest : -1,
    };
    if (record_attempt_in(track_store(t->track), t->ctx->user, &c, err, sizeof err) != 0)
        tui_say(t, "not saved: %s", err);
    saved = 1;
    free(moves);
}

/* Starts a new game of the current puzzle. */
static void start(tui *t)
{
    char err[256];
    save(t);
    challenge_game_free(&game);
    saved = 0;
    layout_free(&source);
    source_width = 0;
    if (challenge_game_start(&game, challenge_puzzles[puzzle], err, sizeof err) != 0)
        tui_say(t, "%s", err);
}

static void challenge_init(tui *t, int arg)
{
    puzzle = arg >= 0 && (size_t)arg < challenge_puzzle_count ? (size_t)arg : 0;
    memset(&game, 0, sizeof game);
    saved = 1;
    start(t);
}

static void challenge_leave(tui *t)
{
    save(t);
    challenge_game_free(&game);
    layout_free(&source);
    source_width = 0;
}

/* Draws the program in h rows from row y, centred on the goroutine at the
 * choice point, each goroutine's line marked in the gutter. */
static void draw_source(int y, int h, int w)
{
    const char *text = challenge_source(game.pz);
    int lines = challenge_program_lines(game.pz);
    if (source_width != w) {
        layout_free(&source);
        layout_init(&source, 100000, term_utf8()); /* no wrapping: cut at the edge */
        layout_code(&source, text ? text : "(the puzzle's source is not embedded)", 0, 1);
        source_width = w;
    }
    if ((size_t)lines > source.count)
        lines = (int)source.count;
    const challenge_g *focus = challenge_game_g(&game, game.current);
    int top = (focus ? focus->line - 1 : 0) - h / 2;
    if (top > lines - h)
        top = lines - h;
    if (top < 0)
        top = 0;
    for (int r = 0; r < h && top + r < lines; r++) {
        int line = top + r + 1, role = ROLE_DIM;
        char mark[24] = "";
        for (size_t i = 0; i < game.g_count; i++) {
            const challenge_g *g = &game.gs[i];
            if (g->line != line || g->state == CHALLENGE_G_DONE)
                continue;
            size_t used = strlen(mark);
            snprintf(mark + used, sizeof mark - used, "%sg%d", used ? "," : "", g->id);
            if (g->id == game.current)
                role = TERM_SELECTED;
            else if (role != TERM_SELECTED)
                role = g->state == CHALLENGE_G_BLOCKED ? TERM_BAD : ROLE_MARK;
        }
        if (mark[0])
            draw_fmt(y + r, 0, 8, role, "%7.7s", mark);
        else
            draw_fmt(y + r, 0, 8, ROLE_DIM, "%5d  ", line);
        draw_rich(y + r, 8, w - 8, &source.lines[top + r].text);
    }
}

/* Draws the goroutines from row y; returns the rows used. */
static int draw_goroutines(int y, int x, int w, int rows)
{
    char words[200];
    int used = 0;
    for (size_t i = 0; i < game.g_count && used < rows; i++, used++) {
        const challenge_g *g = &game.gs[i];
        const char *src = g->line ? challenge_line_words(game.pz, g->line, words, sizeof words)
                                  : "";
        int role = g->candidate ? (g->id == game.current ? TERM_SELECTED : ROLE_TEXT) : ROLE_DIM;
        char key[16] = "   ";
        if (g->candidate && g->id <= 9)
            snprintf(key, sizeof key, "[%d]", g->id);
        switch (g->state) {
        case CHALLENGE_G_NEW:
            draw_fmt(y + used, x, w, role, "%s g%d %-10.10s starts    %s", key, g->id, g->name,
                     src);
            break;
        case CHALLENGE_G_AT:
            draw_fmt(y + used, x, w, role, "%s g%d %-10.10s next %3d  %s", key, g->id, g->name,
                     g->line, src);
            break;
        case CHALLENGE_G_AFTER:
            draw_fmt(y + used, x, w, role, "%s g%d %-10.10s after %3d %s", key, g->id, g->name,
                     g->line, src);
            break;
        case CHALLENGE_G_BLOCKED:
            draw_fmt(y + used, x, w, TERM_BAD, "%s g%d %-10.10s blocked %d: %s", key, g->id,
                     g->name, g->line, g->what);
            break;
        case CHALLENGE_G_DONE:
            draw_fmt(y + used, x, w, ROLE_DIM, "%s g%d %-10.10s finished", key, g->id, g->name);
            break;
        }
    }
    return used;
}

/* Draws the lines of text from row y, at most rows of them: when they do
 * not all fit and tail is set, the last ones, or those around the first
 * preemption ("-- ..." line) when there is one. Returns the rows used. */
static int draw_lines(const char *text, int y, int x, int w, int rows, int tail, int role)
{
    int total = 0, mark = -1;
    for (const char *p = text; p && *p; p++) {
        if (p[0] == '-' && p[1] == '-' && (p == text || p[-1] == '\n') && mark < 0)
            mark = total;
        total += *p == '\n';
    }
    int skip = tail && total > rows ? total - rows : 0, used = 0;
    if (skip > 0 && mark >= 0 && mark - 3 < skip)
        skip = mark > 3 ? mark - 3 : 0;
    for (const char *p = text; p && *p && used < rows;) {
        size_t n = strcspn(p, "\n");
        if (skip > 0)
            skip--;
        else
            draw_text(y + used++, x, w, p, n, p[0] == '-' && p[1] == '-' ? ROLE_MARK : role);
        p += n + (p[n] == '\n');
    }
    return used;
}

/* The verdict at the bottom: rows from y to the status bar. */
static void draw_verdict(int y, int rows)
{
    char head[200], body[1400];
    int won = game.broken;
    if (won)
        snprintf(head, sizeof head,
                 " WON: you broke it in %zu moves with %d preemption%s (the fewest that can: "
                 "%d) ",
                 game.move_count, game.preemptions, game.preemptions == 1 ? "" : "s",
                 game.fewest);
    else if (game.fewest < 0)
        snprintf(head, sizeof head, " NOT BROKEN, and no schedule can break it (%llu explored) ",
                 (unsigned long long)game.schedules);
    else
        snprintf(head, sizeof head, " NOT BROKEN this time: u takes back a move (it takes %d "
                 "preemption%s) ", game.fewest, game.fewest == 1 ? "" : "s");
    snprintf(body, sizeof body, "%s", won ? game.pz->broken_why : game.pz->holds_why);
    draw_fill(y, 0, COLS, won ? TERM_GOOD : TERM_BAD);
    draw_str(y, 1, COLS - 2, head, won ? TERM_GOOD : TERM_BAD);
    layout l;
    layout_init(&l, COLS - 4, term_utf8());
    layout_text(&l, body, ROLE_TEXT, 0, 0);
    for (int r = 0; r + 1 < rows && (size_t)r < l.count; r++)
        draw_rich(y + 1 + r, 2, COLS - 4, &l.lines[r].text);
    layout_free(&l);
}

static void challenge_draw(tui *t)
{
    (void)t;
    char title[160], right[96];
    snprintf(title, sizeof title, "Challenge %zu/%zu %s: %s", puzzle + 1,
             challenge_puzzle_count, game.pz->name, game.pz->title);
    snprintf(right, sizeof right, "move %zu  %d preemption%s", game.move_count,
             game.preemptions, game.preemptions == 1 ? "" : "s");
    draw_title(title, right);
    draw_fmt(1, 1, COLS - 2, ROLE_HEADING, "Goal: %s", game.pz->goal);
    int verdict_rows = game.ended ? 5 : 0;
    int body = LINES - 2 - verdict_rows; /* rows 2 .. body */
    int src_h = (body - 2) * 9 / 20;
    draw_source(2, src_h, COLS);
    int y0 = 2 + src_h, left_w = COLS * 11 / 20, out_x = left_w + 1, out_w = COLS - out_x - 1;
    draw_fill(y0, 0, COLS, ROLE_DIM);
    int y = y0 + 1, rows = body - y;
    if (game.ended) {
        draw_str(y, 1, left_w - 1, "What happened, step by step", ROLE_HEADING);
        draw_lines(game.story, y + 1, 1, left_w - 1, rows - 1, 1, ROLE_TEXT);
    } else {
        draw_str(y, 1, left_w - 1, "Who takes the next step? Press its number", ROLE_HEADING);
        draw_goroutines(y + 1, 1, left_w - 1, rows - 1);
    }
    draw_str(y, out_x, out_w, "Last step", ROLE_HEADING);
    int used = draw_lines(game.last, y + 1, out_x + 1, out_w - 1, rows / 2 - 1, 1, ROLE_TEXT);
    int oy = y + 2 + (used ? used : 1);
    draw_str(oy, out_x, out_w, "Output", ROLE_HEADING);
    draw_lines(game.output, oy + 1, out_x + 1, out_w - 1, body - oy - 1, 1, ROLE_CODE);
    if (game.ended && game.report && *game.report)
        draw_str(body - 1, out_x + 1, out_w - 1, game.report, TERM_BAD);
    if (game.ended)
        draw_verdict(LINES - 1 - verdict_rows, verdict_rows);
    draw_status("1-9 run that goroutine  u undo  r restart  o which outputs?  ] [ puzzle  "
                "? help  q back");
}

static void challenge_key(tui *t, int key)
{
    char err[256];
    if (key >= '1' && key <= '9') {
        if (challenge_game_move(&game, key - '0', err, sizeof err) != 0)
            tui_say(t, "%s", err);
        else if (game.broken)
            save(t);
    } else if (key == 'u' || key == TUI_FN(KEY_BACKSPACE) || key == 127) {
        if (challenge_game_undo(&game, err, sizeof err) != 0)
            tui_say(t, "%s", err);
    } else if (key == 'r') {
        start(t);
    } else if (key == ']' || key == '[') {
        puzzle = key == ']' ? (puzzle + 1) % challenge_puzzle_count
                            : (puzzle + challenge_puzzle_count - 1) % challenge_puzzle_count;
        start(t);
    } else if (key == 'o') {
        tui_push(t, &predict_screen, (int)puzzle);
    } else if (tui_key_back(key)) {
        tui_pop(t);
    }
}

static const tui_help challenge_help[] = {
    {"1-9", "give the next step to that goroutine (it runs to its next choice point)"},
    {"u, Backspace", "take back the last move"},
    {"r", "start the puzzle again"},
    {"o", "which outputs can this program print? (graded by the explorer)"},
    {"] [", "the next, previous puzzle"},
    {"q, Esc", "back (a game left unfinished counts as given up)"},
    {NULL, NULL},
};

const screen challenge_screen = {
    .name = "Challenge",
    .init = challenge_init,
    .draw = challenge_draw,
    .key = challenge_key,
    .leave = challenge_leave,
    .help = challenge_help,
};
