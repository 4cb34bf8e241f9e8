/* present.c: presentation mode, for an instructor at a projector: a
 * section as slides, one idea each (its title and introduction, then one
 * slide per detail, the Go example, the conclusion, and its demos), large
 * and uncluttered. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "demos/demos.h"
#include "tui/bigfont.h"
#include "tui/draw.h"
#include "tui/layout.h"
#include "tui/term.h"
#include "tui/tui.h"

/* What a slide shows. */
enum slide_kind { SLIDE_TITLE, SLIDE_ITEM, SLIDE_CODE, SLIDE_END, SLIDE_DEMO };

typedef struct slide {
    int kind;  /* enum slide_kind */
    int list;  /* SLIDE_ITEM: the list; SLIDE_DEMO: the demo's index */
    int item;  /* SLIDE_ITEM: the item in it */
} slide;

#define MAX_SLIDES 128

static int section;               /* the section presented */
static slide slides[MAX_SLIDES];  /* its slides */
static int count;                 /* slides used */
static int at;                    /* the slide shown */

static void add(int kind, int list, int item)
{
    if (count < MAX_SLIDES)
        slides[count++] = (slide){kind, list, item};
}

static void build(const content *c, int s)
{
    const content_section *sec = &c->sections[s];
    section = s;
    count = at = 0;
    add(SLIDE_TITLE, 0, 0);
    for (size_t i = 0; i < sec->list_count; i++)
        for (size_t j = 0; j < sec->lists[i].item_count; j++)
            add(SLIDE_ITEM, (int)i, (int)j);
    if (sec->example.code)
        add(SLIDE_CODE, 0, 0);
    if (sec->conclusion_count)
        add(SLIDE_END, 0, 0);
    for (size_t i = 0; i < demos_count; i++)
        if (strcmp(demos_table[i]->section, sec->id) == 0)
            add(SLIDE_DEMO, (int)i, 0);
}

static void present_init(tui *t, int arg)
{
    build(t->content, arg);
}

/* The width of a slide's text: narrow, for large type on a projector. */
static int slide_width(void)
{
    int w = COLS - 8;
    return w > 72 ? 72 : w;
}

/* Draws l centred horizontally from row y, at most rows lines. */
static void draw_layout(const layout *l, int y, int rows, int center_lines)
{
    int widest = 0;
    for (size_t i = 0; i < l->count; i++) {
        int w = l->lines[i].indent + rich_columns(l->lines[i].text.text, l->lines[i].text.len);
        if (w > widest)
            widest = w;
    }
    int x = (COLS - widest) / 2;
    for (size_t i = 0; i < l->count && (int)i < rows; i++) {
        const layout_line *line = &l->lines[i];
        int lx = x + line->indent;
        if (center_lines)
            lx = (COLS - rich_columns(line->text.text, line->text.len)) / 2;
        draw_rich(y + (int)i, lx < 0 ? 0 : lx, COLS - (lx < 0 ? 0 : lx), &line->text);
    }
}

/* Adds paragraphs to l, each wrapped and followed by a blank line. */
static void paragraphs(layout *l, char **paras, size_t n, int role)
{
    for (size_t i = 0; i < n; i++) {
        layout_text(l, paras[i], role, 0, 0);
        layout_blank(l);
    }
}

/* Draws a big centred headline from row y: in large letters when the
 * terminal has UTF-8 and the width, else letter-spaced capitals. Returns the
 * rows it used. */
static int headline(int y, const char *text)
{
    char rows[BIGFONT_ROWS][512];
    int w = term_utf8() ? bigfont_render(text, rows, sizeof rows[0]) : -1;
    if (w > 0 && w <= COLS - 4) {
        for (int r = 0; r < BIGFONT_ROWS; r++)
            draw_str(y + r, (COLS - w) / 2, w, rows[r], TERM_BIG);
        return BIGFONT_ROWS;
    }
    char spaced[512];
    size_t n = 0;
    for (const char *p = text; *p && n + 4 < sizeof spaced; p++) {
        unsigned char ch = (unsigned char)*p;
        spaced[n++] = (char)(ch >= 'a' && ch <= 'z' ? ch - 32 : ch);
        if (ch < 0x80 && p[1] && ((unsigned char)p[1] & 0xC0) != 0x80)
            spaced[n++] = ' ';
    }
    spaced[n] = '\0';
    draw_center(y, rich_columns(spaced, n) > COLS - 4 ? text : spaced, TERM_BIG);
    return 1;
}

static void present_draw(tui *t)
{
    const content *c = t->content;
    const content_section *sec = &c->sections[section];
    const slide *sl = &slides[at];
    char title[160], right[32];
    snprintf(title, sizeof title, "Presenting %d. %s", section + 1, sec->title);
    snprintf(right, sizeof right, "%d / %d", at + 1, count);
    draw_title(title, right);

    layout l;
    layout_init(&l, slide_width(), term_utf8());
    int rows = LINES - 4, center = 0;
    const char *head = NULL, *kicker = NULL;
    char number[200];
    switch (sl->kind) {
    case SLIDE_TITLE:
        head = sec->title;
        kicker = sec->heading;
        paragraphs(&l, sec->intro, sec->intro_count > 0 ? 1 : 0, ROLE_TEXT);
        break;
    case SLIDE_ITEM: {
        const content_list *list = &sec->lists[sl->list];
        const content_point *pt = &list->items[sl->item];
        kicker = list->title;
        if (pt->term && list->numbered)
            snprintf(number, sizeof number, "%d. %s", sl->item + 1, pt->term);
        else
            snprintf(number, sizeof number, "%s", pt->term ? pt->term : "");
        head = number[0] ? number : NULL;
        if (pt->text[0])
            paragraphs(&l, (char *[]){pt->text}, 1, ROLE_TEXT);
        for (size_t i = 0; i < pt->bullet_count; i++) {
            layout_point(&l, &pt->bullets[i], term_utf8() ? "\xe2\x80\xa2 " : "- ", 0);
            layout_blank(&l);
        }
        break;
    }
    case SLIDE_CODE:
        kicker = sec->example.title;
        layout_code(&l, sec->example.code, 0, 0);
        break;
    case SLIDE_END:
        head = sec->conclusion_title ? sec->conclusion_title : "Conclusion";
        paragraphs(&l, sec->conclusion, sec->conclusion_count, ROLE_TEXT);
        break;
    case SLIDE_DEMO: {
        const demo *d = demos_table[sl->list];
        const content_demo *words = content_find_demo(c, d->name);
        snprintf(number, sizeof number, "Demo: %s", d->name);
        head = number;
        kicker = words ? words->summary : NULL;
        char *paras[2] = {words ? words->notice : NULL,
                          (char *)"Press Enter to run it live on conclab's runtime."};
        paragraphs(&l, paras + (words ? 0 : 1), words ? 2 : 1, ROLE_TEXT);
        center = 1;
        break;
    }
    }
    if (kicker && rich_columns(kicker, strlen(kicker)) > COLS - 4) {
        /* too long for one centred line: it leads the body instead */
        layout top;
        layout_init(&top, slide_width(), term_utf8());
        layout_text(&top, kicker, ROLE_HEADING, 0, 0);
        layout_blank(&top);
        for (size_t i = 0; i < l.count; i++) {
            layout_blank(&top);
            top.lines[top.count - 1] = l.lines[i];
        }
        free(l.lines);
        l = top;
        kicker = NULL;
    }
    int body = (int)l.count + (head ? BIGFONT_ROWS + 2 : 0) + (kicker ? 2 : 0);
    int y = 2 + (rows - body) / 2;
    if (y < 2)
        y = 2;
    if (kicker) {
        draw_center(y, kicker, ROLE_HEADING);
        y += 2;
    }
    if (head)
        y += headline(y, head) + 2;
    draw_layout(&l, y, LINES - 1 - y, center);
    layout_free(&l);
    draw_status("Space Right next  Left Backspace back  N P section  q leave");
}

static void present_key(tui *t, int key)
{
    int sections = (int)t->content->section_count;
    if (tui_key_enter(key) && slides[at].kind == SLIDE_DEMO) {
        tui_push(t, &demo_screen, -slides[at].list - 1);
    } else if (key == ' ' || key == 'l' || key == 'j' || key == TUI_FN(KEY_RIGHT) ||
        key == TUI_FN(KEY_DOWN) || key == TUI_FN(KEY_NPAGE) || tui_key_enter(key)) {
        if (at + 1 < count)
            at++;
        else if (section + 1 < sections)
            build(t->content, section + 1);
    } else if (key == 'h' || key == 'k' || key == TUI_FN(KEY_LEFT) || key == TUI_FN(KEY_UP) ||
               key == TUI_FN(KEY_PPAGE) || key == TUI_FN(KEY_BACKSPACE) || key == 127) {
        if (at > 0)
            at--;
    } else if (key == 'N' && section + 1 < sections) {
        build(t->content, section + 1);
    } else if (key == 'P' && section > 0) {
        build(t->content, section - 1);
    } else if (key == 'g' || key == TUI_FN(KEY_HOME)) {
        at = 0;
    } else if (key == 'G' || key == TUI_FN(KEY_END)) {
        at = count - 1;
    } else if (tui_key_back(key)) {
        tui_pop(t);
    }
}

static const tui_help present_help[] = {
    {"Space, Right, Enter", "next slide (then the next section)"},
    {"Enter on a demo slide", "run the demo live"},
    {"Left, Backspace", "previous slide"},
    {"N P", "next, previous section"},
    {"g G", "first, last slide"},
    {"q, Esc", "leave presentation mode"},
    {NULL, NULL},
};

const screen present_screen = {
    .name = "Presentation",
    .init = present_init,
    .draw = present_draw,
    .key = present_key,
    .leave = NULL,
    .help = present_help,
};
