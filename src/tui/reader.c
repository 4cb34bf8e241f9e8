/* reader.c: a section laid out from its structure, scrolled with the keys;
 * next and previous section; jumps to the section's demo, quiz and
 * presentation. How far it was read is saved through track. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdio.h>

#include "tui/draw.h"
#include "tui/layout.h"
#include "tui/term.h"
#include "tui/tui.h"
#include "tui/workspace.h"

static int section;      /* index of the section shown */
static layout doc;       /* its layout at doc.width (count 0: not laid out) */
static int laid;         /* 1: doc holds the layout of section */
static int top;          /* first line shown */
static int want_block;   /* block to show at the top after the next layout */
static double seen;      /* fraction read this visit (never goes down) */

/* Lines of text the screen shows. */
static int page(void)
{
    return LINES - 2 > 1 ? LINES - 2 : 1;
}

static int text_width(void)
{
    int w = COLS - 4;
    return w > 96 ? 96 : w;
}

/* Lays the section out for the current width, keeping the block at top. */
static void relayout(tui *t)
{
    if (laid && doc.width == text_width())
        return;
    if (laid)
        want_block = top < (int)doc.count ? doc.lines[top].block : 0;
    layout_free(&doc);
    layout_init(&doc, text_width(), term_utf8());
    layout_section(&doc, t->content, &t->content->sections[section]);
    laid = 1;
    top = (int)layout_find_block(&doc, want_block);
}

static void clamp(void)
{
    int max = (int)doc.count - page();
    if (top > max)
        top = max;
    if (top < 0)
        top = 0;
    if (!laid || doc.count == 0)
        return;
    double f = (double)(top + page()) / (double)doc.count;
    if (f > 1)
        f = 1;
    if (f > seen)
        seen = f;
}

/* Saves how far this section was read. */
static void save(tui *t)
{
    if (!laid)
        return;
    int block = top < (int)doc.count ? doc.lines[top].block : 0;
    if (track_read(t->track, section, seen, block) != 0)
        tui_say(t, "progress not saved: %s", track_error(t->track));
}

/* Opens section s at its saved position. */
static void open_section(tui *t, int s)
{
    section = s;
    laid = 0;
    layout_free(&doc);
    double fraction = 0;
    int position = 0;
    seen = 0;
    want_block = 0;
    if (track_reading(t->track, s, &fraction, &position)) {
        want_block = position;
        seen = fraction;
    }
    top = 0;
}

static void reader_init(tui *t, int arg)
{
    open_section(t, arg);
}

static void reader_draw(tui *t)
{
    relayout(t);
    clamp();
    const content_section *s = &t->content->sections[section];
    char title[160], right[48];
    snprintf(title, sizeof title, "%d/%zu  %s", section + 1, t->content->section_count, s->title);
    snprintf(right, sizeof right, "%d%% read", (int)(seen * 100 + 0.5));
    draw_title(title, right);
    draw_layout_page(&doc, top, page());
    draw_status("j k scroll  Space PgDn  n p section  d demo  e run  z quiz  P present  ? help  q back");
}

static void reader_key(tui *t, int key)
{
    int count = (int)t->content->section_count;
    if (tui_key_down(key))
        top++;
    else if (tui_key_up(key))
        top--;
    else if (key == ' ' || key == TUI_FN(KEY_NPAGE) || key == TUI_CTRL('f'))
        top += page() - 1;
    else if (key == 'b' || key == TUI_FN(KEY_PPAGE) || key == TUI_CTRL('b'))
        top -= page() - 1;
    else if (key == 'g' || key == TUI_FN(KEY_HOME))
        top = 0;
    else if (key == 'G' || key == TUI_FN(KEY_END))
        top = (int)doc.count;
    else if ((key == 'n' || key == TUI_FN(KEY_RIGHT)) && section + 1 < count) {
        save(t);
        open_section(t, section + 1);
    } else if ((key == 'p' || key == TUI_FN(KEY_LEFT)) && section > 0) {
        save(t);
        open_section(t, section - 1);
    } else if (key == 'P') {
        save(t);
        tui_push(t, &present_screen, section);
    } else if (key == 'z') { /* quiz on this section's questions */
        save(t);
        tui_push(t, &quiz_screen, section + 1);
    } else if (key == 'e') { /* the example, the learner's to change and run */
        static char file[4096];
        char err[4400];
        if (workspace_example(&t->content->sections[section], file, sizeof file, err,
                              sizeof err) != 0) {
            tui_say(t, "%s", err);
        } else {
            save(t);
            program_file = file;
            tui_push(t, &program_screen, 0);
        }
    } else if (key == 'd') {
        int d = demo_for_section(t->content->sections[section].id);
        if (d < 0) {
            tui_say(t, "This section has no demo.");
        } else {
            save(t);
            tui_push(t, &demo_screen, d);
        }
    } else if (tui_key_back(key)) {
        tui_pop(t);
        return;
    }
    clamp();
}

static void reader_leave(tui *t)
{
    save(t);
    layout_free(&doc);
    laid = 0;
}

static const tui_help reader_help[] = {
    {"j k, Up Down", "scroll a line"},
    {"Space b, PgDn PgUp", "scroll a page"},
    {"g G, Home End", "the start, the end"},
    {"n p, Right Left", "next, previous section"},
    {"d", "run this section's demo"},
    {"e", "open this section's Go example, your copy in the workspace: edit it, run it, step it"},
    {"z", "quiz: this section's questions"},
    {"P", "present this section (slides)"},
    {"q, Esc", "back to the sections (progress is saved)"},
    {NULL, NULL},
};

const screen reader_screen = {
    .name = "Reader",
    .init = reader_init,
    .draw = reader_draw,
    .key = reader_key,
    .leave = reader_leave,
    .help = reader_help,
};
