/* srcedit.c: the built-in source editor, for when neither $VISUAL nor
 * $EDITOR is set: the file's lines with their numbers (tabs shown four
 * wide), the cursor moved by the arrows, Home/End and Page Up/Down,
 * characters typed in, Backspace and Delete, Ctrl-Z undo, Ctrl-S save.
 * Esc (twice when there are unsaved changes) goes back, to the screen that
 * opened it (srcedit_closed then runs: the program screen compiles again). */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "golang/golang.h"
#include "tui/draw.h"
#include "tui/editor.h"
#include "tui/term.h"
#include "tui/tui.h"
#include "tui/xmalloc.h"

#define TAB_WIDTH 4
#define UNDO_DEPTH 200

const char *srcedit_file;
void (*srcedit_closed)(tui *t);

/* A state to go back to. */
typedef struct snapshot {
    char *text;
    size_t len, cursor;
} snapshot;

static editor ed;
static snapshot undo[UNDO_DEPTH];
static int undo_count;
static int last_was_typing; /* typed characters undo as one */
static int modified;
static int warned;          /* Esc once with unsaved changes */
static int unreadable;      /* the file could not be read: never saved over */
static int top, left;       /* the first line and column shown */

static void push_undo(void)
{
    if (undo_count == UNDO_DEPTH) { /* the oldest goes */
        free(undo[0].text);
        memmove(undo, undo + 1, (UNDO_DEPTH - 1) * sizeof *undo);
        undo_count--;
    }
    snapshot *s = &undo[undo_count++];
    s->len = ed.len;
    s->cursor = ed.cursor;
    s->text = xcalloc(ed.len + 1);
    memcpy(s->text, editor_text(&ed), ed.len);
}

static void clear_undo(void)
{
    while (undo_count > 0)
        free(undo[--undo_count].text);
}

static void srcedit_init(tui *t, int arg)
{
    (void)arg;
    size_t len = 0;
    char *text = go_read_file(srcedit_file, 1 << 20, &len);
    editor_init(&ed);
    unreadable = !text && errno != ENOENT;
    editor_set(&ed, text ? text : "", text ? len : 0, 0);
    if (unreadable)
        tui_say(t, "cannot read %s: %s (it will not be saved over)", srcedit_file,
                strerror(errno));
    free(text);
    modified = warned = last_was_typing = 0;
    top = left = 0;
    t->typing = 1;
    term_editing_keys(1);
}

static void srcedit_leave(tui *t)
{
    editor_free(&ed);
    clear_undo();
    t->typing = 0;
    term_editing_keys(0);
}

/* The cursor's line (0-based) and display column, tabs TAB_WIDTH wide. */
static void cursor_place(int *line, int *col)
{
    const char *s = editor_text(&ed);
    *line = *col = 0;
    for (size_t i = 0; i < ed.cursor; i++) {
        if (s[i] == '\n') {
            ++*line;
            *col = 0;
        } else if (s[i] == '\t') {
            *col += TAB_WIDTH - *col % TAB_WIDTH;
        } else if (((unsigned char)s[i] & 0xC0) != 0x80) {
            ++*col;
        }
    }
}

/* Draws one line of n bytes at row y from column x, w columns, its display
 * columns before left skipped. */
static void draw_line(int y, int x, int w, const char *p, size_t n)
{
    char out[1024];
    size_t o = 0;
    int col = 0;
    for (size_t i = 0; i < n && o + 8 < sizeof out; i++) {
        if (p[i] == '\t') {
            do {
                if (col >= left)
                    out[o++] = ' ';
                col++;
            } while (col % TAB_WIDTH);
            continue;
        }
        if (((unsigned char)p[i] & 0xC0) != 0x80)
            col++;
        if (col > left)
            out[o++] = p[i];
    }
    draw_text(y, x, w, out, o, ROLE_CODE);
}

static void srcedit_draw(tui *t)
{
    const char *name = strrchr(srcedit_file, '/') ? strrchr(srcedit_file, '/') + 1 : srcedit_file;
    char title[300];
    snprintf(title, sizeof title, "Edit %s", name);
    draw_title(title, modified ? "modified" : "saved");
    int rows = LINES - 2, gutter = 6, w = COLS - gutter;
    int line, col;
    cursor_place(&line, &col);
    if (line < top)
        top = line;
    if (line >= top + rows)
        top = line - rows + 1;
    if (col < left)
        left = col;
    if (col >= left + w - 1)
        left = col - w + 2;
    const char *p = editor_text(&ed);
    int total = 1;
    for (const char *q = p; *q; q++)
        total += *q == '\n';
    if (ed.len && p[ed.len - 1] == '\n' && line < total - 1)
        total--; /* the end of the last line, not a line of its own */
    for (int n = 0; n < top; n++)
        p = strchr(p, '\n') + 1; /* top < total: each has its newline */
    for (int r = 0; r < rows && top + r < total; r++) {
        size_t n = strcspn(p, "\n");
        draw_fmt(1 + r, 0, gutter, ROLE_DIM, "%4d  ", top + r + 1);
        draw_line(1 + r, gutter, w, p, n);
        p += n + (p[n] == '\n');
    }
    t->cursor_y = 1 + line - top;
    t->cursor_x = gutter + col - left;
    draw_status(warned ? "unsaved changes: Esc again leaves without saving, Ctrl-S saves"
                       : "Ctrl-S save  Ctrl-Z undo  Esc back (F1 help)");
}

/* Writes the text to the file; 0 on success. */
static int save(tui *t)
{
    if (unreadable) {
        tui_say(t, "not saved: %s could not be read, so it is not written over", srcedit_file);
        return -1;
    }
    FILE *f = fopen(srcedit_file, "w");
    int ok = f && fwrite(editor_text(&ed), 1, ed.len, f) == ed.len;
    if (f && fclose(f) != 0)
        ok = 0;
    if (!ok) {
        tui_say(t, "cannot save %s: %s", srcedit_file, strerror(errno));
        return -1;
    }
    modified = warned = 0;
    tui_say(t, "saved %s", srcedit_file);
    return 0;
}

static void srcedit_key(tui *t, int key)
{
    int typing = 0;
    if (key == TUI_ESC) {
        if (modified && !warned) {
            warned = 1;
            return;
        }
        void (*closed)(tui *) = srcedit_closed;
        tui_pop(t);
        if (closed)
            closed(t);
        return;
    }
    warned = 0;
    if (key == TUI_CTRL('s')) {
        save(t);
    } else if (key == TUI_CTRL('z')) {
        if (undo_count > 0) {
            snapshot *s = &undo[--undo_count];
            editor_set(&ed, s->text, s->len, s->cursor);
            free(s->text);
            modified = 1;
        }
    } else if (key == TUI_FN(KEY_LEFT)) {
        editor_left(&ed);
    } else if (key == TUI_FN(KEY_RIGHT)) {
        editor_right(&ed);
    } else if (key == TUI_FN(KEY_UP)) {
        editor_up(&ed);
    } else if (key == TUI_FN(KEY_DOWN)) {
        editor_down(&ed);
    } else if (key == TUI_FN(KEY_HOME) || key == TUI_CTRL('a')) {
        editor_home(&ed);
    } else if (key == TUI_FN(KEY_END) || key == TUI_CTRL('e')) {
        editor_end(&ed);
    } else if (key == TUI_FN(KEY_PPAGE) || key == TUI_FN(KEY_NPAGE)) {
        for (int i = 0; i < LINES - 3; i++)
            key == TUI_FN(KEY_PPAGE) ? editor_up(&ed) : editor_down(&ed);
    } else if (key == TUI_FN(KEY_BACKSPACE) || key == 127 || key == TUI_CTRL('h')) {
        if (ed.cursor > 0) {
            push_undo();
            editor_backspace(&ed);
            modified = 1;
        }
    } else if (key == TUI_FN(KEY_DC)) {
        if (ed.cursor < ed.len) {
            push_undo();
            editor_delete(&ed);
            modified = 1;
        }
    } else if (key == '\r' || key == '\n' || key == TUI_FN(KEY_ENTER) || key == '\t' ||
               (key >= ' ' && key < TUI_FN(0) && key != 127)) {
        if (!last_was_typing || key == '\r' || key == '\n')
            push_undo();
        editor_insert(&ed, key == '\r' || key == TUI_FN(KEY_ENTER) ? '\n' : (unsigned)key);
        modified = 1;
        typing = key != '\r' && key != '\n';
    }
    last_was_typing = typing;
}

static const tui_help srcedit_help[] = {
    {"arrows, Home End, PgUp PgDn", "move the cursor"},
    {"characters, Enter, Tab", "typed in at the cursor"},
    {"Backspace, Delete", "delete before, at the cursor"},
    {"Ctrl-Z", "undo (typed characters go back together)"},
    {"Ctrl-S", "save the file"},
    {"Esc", "back: the program is compiled and run again (twice to leave unsaved changes)"},
    {NULL, NULL},
};

const screen srcedit_screen = {
    .name = "Edit",
    .init = srcedit_init,
    .draw = srcedit_draw,
    .key = srcedit_key,
    .leave = srcedit_leave,
    .help = srcedit_help,
};
