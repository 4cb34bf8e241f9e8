/* editor.h: the quiz's multi-line answer field without curses: UTF-8 text
 * with a cursor, the usual editing moves (characters, lines, home/end,
 * backspace, delete), and where the cursor falls once the text is wrapped
 * to a width. Pure, so unit tested. */
#ifndef CONCLAB_TUI_EDITOR_H
#define CONCLAB_TUI_EDITOR_H

#include <stddef.h>

/* An answer being typed. */
typedef struct editor {
    char *text;     /* UTF-8, NUL-terminated (owned; NULL when empty) */
    size_t len;     /* bytes used */
    size_t cap;     /* bytes allocated */
    size_t cursor;  /* byte offset of the cursor, on a character boundary */
} editor;

/* Makes e empty. */
void editor_init(editor *e);

/* Frees e's text and makes it empty. */
void editor_free(editor *e);

/* Replaces e's text with the n bytes of text, the cursor at byte offset
 * cursor (clamped to the text, moved back to a character boundary). */
void editor_set(editor *e, const char *text, size_t n, size_t cursor);

/* The text ("" when empty); valid until the next change. */
const char *editor_text(const editor *e);

/* Inserts the character with code point cp (encoded as UTF-8) at the
 * cursor and moves past it; invalid code points are ignored. */
void editor_insert(editor *e, unsigned cp);

/* Deletes the character before the cursor (backspace) / at it (delete). */
void editor_backspace(editor *e);
void editor_delete(editor *e);

/* Moves the cursor one character left / right. */
void editor_left(editor *e);
void editor_right(editor *e);

/* Moves the cursor to the start / end of its line. */
void editor_home(editor *e);
void editor_end(editor *e);

/* Moves the cursor to the line above / below, at the same column (or the
 * line's end when it is shorter). */
void editor_up(editor *e);
void editor_down(editor *e);

/* Where the cursor is when each line of the text is wrapped to width
 * columns (rich_break): its display row and column. Returns the number of
 * display rows the text takes. */
int editor_locate(const editor *e, int width, int *row, int *col);

#endif
