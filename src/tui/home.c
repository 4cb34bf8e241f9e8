/* home.c: the first screen: the sections with how far each is read and how
 * well its questions are known, the cards due, and where the learner left
 * off (Enter resumes there). */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdio.h>

#include "tui/draw.h"
#include "tui/term.h"
#include "tui/tui.h"

static int selected; /* the highlighted section */
static int top;      /* first section row shown */

static void home_init(tui *t, int arg)
{
    (void)arg;
    int last = track_last(t->track);
    selected = last >= 0 ? last : 0;
    top = 0;
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
    draw_status(COLS < 80 ? "Enter read  d demo  ? help  q quit"
                          : "Enter read  p present  d demo  c challenge  z quiz  s stats  ? help  q quit");
}

static void home_key(tui *t, int key)
{
    int count = (int)t->content->section_count;
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
    else if (key >= '1' && key <= '9' && key - '1' < count)
        selected = key - '1';
    else if (key == 'q' || key == TUI_ESC)
        tui_pop(t);
    else if (key == 'z')
        tui_push(t, &quiz_screen, 0);
    else if (key == 's')
        tui_push(t, &stats_screen, 0);
    else if (key == 'c')
        tui_push(t, &challenge_screen, 0);
    else if (key == 'd' && demo_for_section(t->content->sections[selected].id) >= 0)
        tui_push(t, &demo_screen, demo_for_section(t->content->sections[selected].id));
}

static const tui_help home_help[] = {
    {"Up Down, j k", "choose a section"},
    {"1-9, g G", "jump to a section, the first, the last"},
    {"Enter, l", "read it (resumes where you left off)"},
    {"p", "present it (slides, for a projector)"},
    {"d", "run its demo on conclab's runtime"},
    {"c", "challenge: you are the scheduler, break a program"},
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
