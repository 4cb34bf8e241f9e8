/* help.c: the keys of the screen below, shown over it when `?` is pressed
 * anywhere, with the keys that work everywhere. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdio.h>

#include "tui/draw.h"
#include "tui/term.h"
#include "tui/tui.h"

static const tui_help global_help[] = {
    {"?", "this help"},
    {"Ctrl-L", "redraw the screen"},
    {"Ctrl-C", "leave at once (progress is saved)"},
    {NULL, NULL},
};

static int offset; /* first help line shown */

static void help_init(tui *t, int arg)
{
    (void)t;
    (void)arg;
    offset = 0;
}

/* Draws one table of keys from row *y; returns nothing, advances *y. */
static void draw_table(const tui_help *h, int *y, int skip)
{
    for (; h->keys; h++, (*y)++) {
        int row = *y - skip;
        if (row < 2 || row >= LINES - 1)
            continue;
        draw_str(row, 4, 18, h->keys, ROLE_TERM);
        draw_str(row, 24, COLS - 26, h->what, ROLE_TEXT);
    }
}

static void help_draw(tui *t)
{
    const screen *below = tui_below(t);
    char title[64];
    snprintf(title, sizeof title, "Help: %s", below ? below->name : "conclab");
    draw_title(title, "conclab");
    int y = 2;
    if (y - offset >= 2)
        draw_str(y - offset, 2, COLS - 4, "Keys on this screen", ROLE_HEADING);
    y += 2;
    if (below && below->help)
        draw_table(below->help, &y, offset);
    y++;
    if (y - offset >= 2 && y - offset < LINES - 1)
        draw_str(y - offset, 2, COLS - 4, "Everywhere", ROLE_HEADING);
    y += 2;
    draw_table(global_help, &y, offset);
    draw_status("j k scroll  q Esc ? back");
}

static void help_key(tui *t, int key)
{
    if (tui_key_down(key))
        offset++;
    else if (tui_key_up(key) && offset > 0)
        offset--;
    else if (tui_key_back(key) || key == '?' || tui_key_enter(key))
        tui_pop(t);
}

static const tui_help help_help[] = {
    {"j k", "scroll"},
    {"q, Esc, ?", "back"},
    {NULL, NULL},
};

const screen help_screen = {
    .name = "Help",
    .init = help_init,
    .draw = help_draw,
    .key = help_key,
    .leave = NULL,
    .help = help_help,
};
