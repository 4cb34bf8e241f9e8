/* editor.c: a small line editor for UTF-8 answers: byte buffer, cursor on
 * character boundaries, moves by character and line, and the cursor's
 * place in the wrapped display the quiz screen draws. */
#include "tui/editor.h"

#include <stdlib.h>
#include <string.h>

#include "tui/rich.h"
#include "tui/xmalloc.h"

void editor_init(editor *e)
{
    memset(e, 0, sizeof *e);
}

void editor_free(editor *e)
{
    free(e->text);
    editor_init(e);
}

const char *editor_text(const editor *e)
{
    return e->text ? e->text : "";
}

static int is_cont(char c)
{
    return ((unsigned char)c & 0xC0) == 0x80;
}

/* The start of the character before offset at. */
static size_t prev_char(const editor *e, size_t at)
{
    if (at == 0)
        return 0;
    at--;
    while (at > 0 && is_cont(e->text[at]))
        at--;
    return at;
}

/* The offset after the character at at. */
static size_t next_char(const editor *e, size_t at)
{
    if (at >= e->len)
        return e->len;
    at++;
    while (at < e->len && is_cont(e->text[at]))
        at++;
    return at;
}

void editor_set(editor *e, const char *text, size_t n, size_t cursor)
{
    editor_free(e);
    e->text = xcalloc(n + 1);
    memcpy(e->text, text, n);
    e->len = n;
    e->cap = n + 1;
    e->cursor = cursor < n ? cursor : n;
    while (e->cursor > 0 && is_cont(e->text[e->cursor]))
        e->cursor--;
}

void editor_insert(editor *e, unsigned cp)
{
    char buf[4];
    size_t n;
    if (cp < 0x80) {
        buf[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        buf[0] = (char)(0xC0 | (cp >> 6));
        buf[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            return;
        buf[0] = (char)(0xE0 | (cp >> 12));
        buf[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        buf[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else if (cp <= 0x10FFFF) {
        buf[0] = (char)(0xF0 | (cp >> 18));
        buf[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        buf[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        buf[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    } else {
        return;
    }
    if (e->len + n + 1 > e->cap) {
        e->cap = e->cap ? e->cap * 2 : 64;
        while (e->cap < e->len + n + 1)
            e->cap *= 2;
        e->text = xrealloc(e->text, e->cap);
    }
    memmove(e->text + e->cursor + n, e->text + e->cursor, e->len - e->cursor);
    memcpy(e->text + e->cursor, buf, n);
    e->len += n;
    e->cursor += n;
    e->text[e->len] = '\0';
}

/* Removes the bytes [from, to). */
static void cut(editor *e, size_t from, size_t to)
{
    memmove(e->text + from, e->text + to, e->len - to);
    e->len -= to - from;
    e->text[e->len] = '\0';
    e->cursor = from;
}

void editor_backspace(editor *e)
{
    if (e->cursor > 0)
        cut(e, prev_char(e, e->cursor), e->cursor);
}

void editor_delete(editor *e)
{
    if (e->cursor < e->len)
        cut(e, e->cursor, next_char(e, e->cursor));
}

void editor_left(editor *e)
{
    e->cursor = prev_char(e, e->cursor);
}

void editor_right(editor *e)
{
    e->cursor = next_char(e, e->cursor);
}

/* The start of the line holding offset at. */
static size_t line_start(const editor *e, size_t at)
{
    while (at > 0 && e->text[at - 1] != '\n')
        at--;
    return at;
}

static size_t line_end(const editor *e, size_t at)
{
    while (at < e->len && e->text[at] != '\n')
        at++;
    return at;
}

void editor_home(editor *e)
{
    e->cursor = line_start(e, e->cursor);
}

void editor_end(editor *e)
{
    e->cursor = line_end(e, e->cursor);
}

/* Moves to column cols (in display columns) of the line starting at start. */
static void to_column(editor *e, size_t start, int cols)
{
    size_t end = line_end(e, start);
    e->cursor = start + rich_fit(e->text + start, end - start, cols, NULL);
}

void editor_up(editor *e)
{
    size_t start = line_start(e, e->cursor);
    if (start == 0) {
        e->cursor = 0;
        return;
    }
    int cols = rich_columns(e->text + start, e->cursor - start);
    to_column(e, line_start(e, start - 1), cols);
}

void editor_down(editor *e)
{
    size_t start = line_start(e, e->cursor), end = line_end(e, e->cursor);
    if (end >= e->len) {
        e->cursor = e->len;
        return;
    }
    int cols = rich_columns(e->text + start, e->cursor - start);
    to_column(e, end + 1, cols);
}

int editor_locate(const editor *e, int width, int *row, int *col)
{
    const char *s = editor_text(e);
    int rows = 0;
    *row = 0;
    *col = 0;
    size_t start = 0;
    for (;;) {
        size_t end = line_end(e, start);
        size_t at = start;
        do {
            size_t next;
            size_t len = rich_break(s + at, end - at, width, &next);
            int last = at + next >= end;
            if (e->cursor >= at && (e->cursor < at + next || (last && e->cursor <= end))) {
                size_t upto = e->cursor < at + len ? e->cursor : at + len;
                *row = rows;
                *col = rich_columns(s + at, upto - at);
                if (*col >= width)
                    *col = width - 1;
            }
            rows++;
            at += next;
        } while (at < end);
        if (end >= e->len)
            break;
        start = end + 1;
    }
    return rows;
}
