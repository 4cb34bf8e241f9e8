/* test_tui_editor.c: the quiz's answer field: typing ASCII and multi-byte
 * UTF-8, backspace and delete never splitting a character, moves by
 * character, line, home and end, the cursor's place once wrapped, and a
 * text set whole (the source editor's file and its undo). */
#include <locale.h>
#include <string.h>

#include "../tap.h"
#include "tui/editor.h"

static void type(editor *e, const char *ascii)
{
    for (; *ascii; ascii++)
        editor_insert(e, (unsigned char)*ascii);
}

static void test_typing(void)
{
    editor e;
    editor_init(&e);
    is_str(editor_text(&e), "", "a new field is empty");
    int row = -1, col = -1;
    is_int(editor_locate(&e, 10, &row, &col), 1, "empty: one display row");
    ok(row == 0 && col == 0, "empty: cursor at the start");
    type(&e, "go ");
    editor_insert(&e, 0xE9);    /* é, 2 bytes */
    editor_insert(&e, 0x65E5);  /* 日, 3 bytes, 2 columns */
    editor_insert(&e, 0x1F600); /* an emoji, 4 bytes */
    is_str(editor_text(&e), "go \xc3\xa9\xe6\x97\xa5\xf0\x9f\x98\x80", "UTF-8 is encoded");
    editor_insert(&e, 0xD800);
    editor_insert(&e, 0x110000);
    is_int((int)e.len, 12, "surrogates and out-of-range code points are ignored");
    editor_backspace(&e);
    is_str(editor_text(&e), "go \xc3\xa9\xe6\x97\xa5", "backspace removes a whole 4-byte character");
    editor_left(&e);
    editor_left(&e);
    is_int((int)e.cursor, 3, "left twice steps over two multi-byte characters");
    editor_delete(&e);
    is_str(editor_text(&e), "go \xe6\x97\xa5", "delete removes the character at the cursor");
    editor_insert(&e, 'X');
    is_str(editor_text(&e), "go X\xe6\x97\xa5", "typing inserts at the cursor");
    editor_end(&e);
    is_int((int)e.cursor, (int)e.len, "end: the end of the line");
    editor_right(&e);
    is_int((int)e.cursor, (int)e.len, "right at the end stays");
    editor_home(&e);
    editor_backspace(&e);
    is_int((int)e.cursor, 0, "home, and backspace at the start does nothing");
    editor_left(&e);
    is_int((int)e.cursor, 0, "left at the start stays");
    editor_free(&e);
    is_str(editor_text(&e), "", "free empties");
}

static void test_lines(void)
{
    editor e;
    editor_init(&e);
    type(&e, "first line\nab\nthird line");
    int row, col;
    is_int(editor_locate(&e, 40, &row, &col), 3, "three lines");
    ok(row == 2 && col == 10, "cursor at the end of the third (%d,%d)", row, col);
    editor_up(&e);
    is_int((int)e.cursor, 13, "up to a shorter line: its end");
    editor_up(&e);
    is_int((int)e.cursor, 2, "up again keeps the column of the shorter line");
    editor_up(&e);
    is_int((int)e.cursor, 0, "up on the first line: its start");
    editor_end(&e);
    editor_down(&e);
    is_int((int)e.cursor, 13, "down from the end of line 1: the end of line 2");
    editor_down(&e);
    is_int((int)e.cursor, 16, "down to line 3 at column 2");
    editor_down(&e);
    is_int((int)e.cursor, (int)e.len, "down on the last line: the end");
    editor_home(&e);
    is_int((int)e.cursor, 14, "home: the start of the third line");
    editor_insert(&e, '\n');
    editor_locate(&e, 40, &row, &col);
    ok(row == 3 && col == 0, "a new line moves the cursor to the next row");
    editor_free(&e);

    type(&e, "aaaa bbbb cccc");
    is_int(editor_locate(&e, 6, &row, &col), 3, "wrapped to 6 columns: 3 rows");
    ok(row == 2 && col == 4, "the cursor is on the last wrapped row (%d,%d)", row, col);
    e.cursor = 5;
    editor_locate(&e, 6, &row, &col);
    ok(row == 1 && col == 0, "a cursor at a wrapped word starts the next row (%d,%d)", row, col);
    editor_free(&e);
    type(&e, "x\n");
    is_int(editor_locate(&e, 6, &row, &col), 2, "a trailing newline adds a row");
    ok(row == 1 && col == 0, "where the cursor is");
    editor_free(&e);
}

/* editor_set: a file loaded, or an undo snapshot put back. */
static void test_set(void)
{
    editor e;
    editor_init(&e);
    type(&e, "old");
    editor_set(&e, "package main\n\nfunc main() {}\n", 29, 14);
    is_str(editor_text(&e), "package main\n\nfunc main() {}\n", "set replaces the text");
    is_int((int)e.len, 29, "with its length");
    is_int((int)e.cursor, 14, "and puts the cursor where it is asked");
    editor_insert(&e, 'x');
    is_str(editor_text(&e), "package main\n\nxfunc main() {}\n", "typing goes on from there");
    editor_set(&e, "a\xc3\xa9", 3, 2);
    is_int((int)e.cursor, 1, "a cursor inside a character moves back to its start");
    editor_set(&e, "ab", 2, 99);
    is_int((int)e.cursor, 2, "a cursor past the end is put at the end");
    editor_set(&e, "", 0, 0);
    is_str(editor_text(&e), "", "an empty file is an empty text");
    editor_free(&e);
}

int main(void)
{
    if (!setlocale(LC_ALL, "C.UTF-8"))
        setlocale(LC_ALL, "en_US.UTF-8");
    test_typing();
    test_lines();
    test_set();
    return tap_done();
}
