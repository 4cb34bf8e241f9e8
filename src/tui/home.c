/* home.c: the first screen: the sections with how far each is read and how
 * well its questions are known, the cards due, and where the learner left
 * off (Enter resumes there). A section's number jumps to it; numbers past 9
 * take two digits ("1" then "2" is section 12). */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "challenge/challenge.h"
#include "tui/draw.h"
#include "tui/term.h"
#include "tui/tui.h"

static int selected; /* the highlighted section */
static int top;      /* first section row shown */
static int typed;    /* the section number being typed, 0: none */

/* The section number after digit is typed: the digit appended to the
 * number typed so far when that names a section, else the digit alone;
 * 0 when neither does. */
static int home_number_after(int so_far, int digit, int count)
{
    if (so_far > 0 && so_far * 10 + digit <= count)
        return so_far * 10 + digit;
    return digit >= 1 && digit <= count ? digit : 0;
}

/* The puzzle whose name is the section's id ("data-race"), else the
 * first: what `o` asks about. */
static int home_puzzle_for(const char *section)
{
    for (size_t i = 0; i < challenge_puzzle_count; i++)
        if (strcmp(challenge_puzzles[i]->name, section) == 0)
            return (int)i;
    return 0;
}

static void home_init(tui *t, int arg)
{
    (void)arg;
    int last = track_last(t->track);
    selected = last >= 0 ? last : 0;
    top = 0;
    typed = 0;
}

static void home_draw(tui *t)
{
    const content *c = t->content;
    char right[96];
    snprintf(right, sizeof right, "%s · %d due · %d new", t->ctx->user, track_due(t->track),
             track_new(t->track));
    draw_title(c->title ? c->title : "conclab", right);

    int last = track_last(t->track);
    double fraction = 0;
    int position = 0;
    char welcome[400];
    if (last >= 0 && track_reading(t->track, last, &fraction, &position))
        snprintf(welcome, sizeof welcome, "You left off in %d. %s (%d%% read): Enter resumes.",
                 last + 1, c->sections[last].title, (int)(fraction * 100 + 0.5));
    else
        snprintf(welcome, sizeof welcome, "Welcome. Start with 1. %s: press Enter.",
                 c->sections[0].title);
    draw_cut(2, 2, COLS - 4, welcome, ROLE_TEXT);

    int bar_w = COLS >= 80 ? 10 : 5;
    int title_w = COLS - 7 - 2 * (bar_w + 7);
    if (title_w > 34)
        title_w = 34;
    if (title_w < 8)
        title_w = 8;
    int col_read = 6 + title_w, col_known = col_read + bar_w + 7;
    draw_str(4, 2, 3, "#", ROLE_HEADING);
    draw_str(4, 6, title_w, "Section", ROLE_HEADING);
    draw_str(4, col_read, bar_w + 5, "Read", ROLE_HEADING);
    draw_str(4, col_known, bar_w + 5, "Known", ROLE_HEADING);

    int rows = LINES - 7;
    if (selected < top)
        top = selected;
    if (selected >= top + rows)
        top = selected - rows + 1;
    for (int i = 0; i < rows && top + i < (int)c->section_count; i++) {
        int s = top + i, y = 5 + i;
        track_reading(t->track, s, &fraction, &position);
        double known = track_known(t->track, s);
        int role = s == selected ? TERM_SELECTED : ROLE_TEXT;
        if (s == selected)
            draw_fill(y, 1, COLS - 2, TERM_SELECTED);
        draw_fmt(y, 1, 4, role, "%3d", s + 1);
        draw_cut(y, 6, title_w - 1, c->sections[s].title, role);
        draw_bar(y, col_read, bar_w, fraction);
        draw_fmt(y, col_read + bar_w + 1, 5, role, "%3d%%", (int)(fraction * 100 + 0.5));
        draw_bar(y, col_known, bar_w, known);
        draw_fmt(y, col_known + bar_w + 1, 5, role, "%3d%%", (int)(known * 100 + 0.5));
    }
    char hints[160];
    if (COLS >= 108)
        snprintf(hints, sizeof hints, "Enter read  1-%zu jump  p present  d demo  c challenge  "
                 "o predict  b bugs  z quiz  s stats  ? help  q quit", c->section_count);
    else if (COLS >= 100) /* s stats: in ? help */
        snprintf(hints, sizeof hints, "Enter read  1-%zu jump  p present  d demo  c challenge  "
                 "o predict  b bugs  z quiz  ? help  q quit", c->section_count);
    else if (COLS >= 80)
        snprintf(hints, sizeof hints, "Enter read  1-%zu  d demo  c challenge  o predict  "
                 "z quiz  ? help  q quit", c->section_count); /* b bugs: in ? help */
    else
        snprintf(hints, sizeof hints, "Enter read  d demo  ? help  q quit");
    draw_status(hints);
}

static void home_key(tui *t, int key)
{
    int count = (int)t->content->section_count;
    if (key >= '0' && key <= '9') {
        typed = home_number_after(typed, key - '0', count);
        if (typed > 0)
            selected = typed - 1;
        return;
    }
    typed = 0;
    if (tui_key_up(key) && selected > 0)
        selected--;
    else if (tui_key_down(key) && selected < count - 1)
        selected++;
    else if (key == 'g' || key == TUI_FN(KEY_HOME))
        selected = 0;
    else if (key == 'G' || key == TUI_FN(KEY_END))
        selected = count - 1;
    else if (tui_key_enter(key) || key == 'l' || key == TUI_FN(KEY_RIGHT))
        tui_push(t, &reader_screen, selected);
    else if (key == 'p' || key == 'P')
        tui_push(t, &present_screen, selected);
    else if (key == 'q' || key == TUI_ESC)
        tui_pop(t);
    else if (key == 'z')
        tui_push(t, &quiz_screen, 0);
    else if (key == 's')
        tui_push(t, &stats_screen, 0);
    else if (key == 'c')
        tui_push(t, &challenge_screen, 0);
    else if (key == 'b')
        tui_push(t, &gallery_screen, 0);
    else if (key == 'o')
        tui_push(t, &predict_screen, home_puzzle_for(t->content->sections[selected].id));
    else if (key == 'd' && demo_for_section(t->content->sections[selected].id) >= 0)
        tui_push(t, &demo_screen, demo_for_section(t->content->sections[selected].id));
}

static const tui_help home_help[] = {
    {"Up Down, j k", "choose a section"},
    {"1-9, g G", "jump to a section, the first, the last"},
    {"1 0, 1 2", "sections past 9: type both digits (1 then 2 is section 12)"},
    {"Enter, l", "read it (resumes where you left off)"},
    {"p", "present it (slides, for a projector)"},
    {"d", "run its demo on conclab's runtime"},
    {"c", "challenge: you are the scheduler, break a program"},
    {"o", "predict: which outputs can its program print?"},
    {"b", "the bug gallery: real-world concurrency bugs; which schedule breaks it?"},
    {"z", "quiz: review the cards due"},
    {"s", "statistics"},
    {"q, Esc", "quit"},
    {NULL, NULL},
};

const screen home_screen = {
    .name = "Home",
    .init = home_init,
    .draw = home_draw,
    .key = home_key,
    .leave = NULL,
    .help = home_help,
};
