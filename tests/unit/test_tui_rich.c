/* test_tui_rich.c: the TUI's text engine: display columns of UTF-8 (wide,
 * combining, invalid bytes), fitting into columns without splitting a
 * character, word wrapping, and inline `code` marking. */
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "../tap.h"
#include "tui/rich.h"

/* Wraps text to width and joins the lines with '|'. */
static const char *wrap(const char *text, int width)
{
    static char out[1024];
    size_t n = strlen(text), at = 0, o = 0;
    out[0] = '\0';
    do {
        size_t next;
        size_t len = rich_break(text + at, n - at, width, &next);
        if (o)
            out[o++] = '|';
        memcpy(out + o, text + at, len);
        o += len;
        out[o] = '\0';
        if (next == 0)
            break; /* would loop forever: a failure the tests report */
        at += next;
    } while (at < n);
    return out;
}

static void test_columns(void)
{
    is_int(rich_columns("hello", 5), 5, "ASCII: one column a byte");
    is_int(rich_columns("\xe2\x80\xa2 x", 5), 3, "a bullet is one column");
    is_int(rich_columns("\xe6\x97\xa5\xe6\x9c\xac", 6), 4, "CJK characters are two columns each");
    is_int(rich_columns("e\xcc\x81", 3), 1, "a combining accent takes no column");
    is_int(rich_columns("a\xff" "b", 3), 3, "an invalid byte counts one column");
    is_int(rich_columns("\t", 1), 4, "a tab is four columns");
}

static void test_fit(void)
{
    int used = -1;
    is_int((int)rich_fit("hello", 5, 3, &used), 3, "fit: three bytes of ASCII in 3 columns");
    is_int(used, 3, "fit: uses 3 columns");
    is_int((int)rich_fit("\xe6\x97\xa5\xe6\x9c\xac", 6, 3, &used), 3,
           "fit: one wide character in 3 columns, never half of the second");
    is_int(used, 2, "fit: it uses 2 columns");
    is_int((int)rich_fit("\xe2\x94\x82x", 4, 1, &used), 3, "fit: a box character is not split");
    is_int((int)rich_fit("abc", 3, 0, &used), 0, "fit: nothing in 0 columns");
}

static void test_break(void)
{
    is_str(wrap("the quick brown fox", 10), "the quick|brown fox", "wraps at the last space that fits");
    is_str(wrap("the quick brown fox", 100), "the quick brown fox", "short text is one line");
    is_str(wrap("abcdefghij", 4), "abcd|efgh|ij", "a long word is split at the width");
    is_str(wrap("one\ntwo three", 20), "one|two three", "a newline forces a break");
    is_str(wrap("a  b", 1), "a|b", "spaces between lines are dropped");
    is_str(wrap("\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", 4), "\xe6\x97\xa5\xe6\x9c\xac|\xe8\xaa\x9e",
           "wide characters wrap by columns");
    is_str(wrap("\xe6\x97\xa5x", 1), "\xe6\x97\xa5|x", "a character wider than the width still advances");
    is_str(wrap("word ", 4), "word", "trailing spaces are not part of the line");
    size_t next = 99;
    is_int((int)rich_break("", 0, 10, &next), 0, "empty text: empty line");
    is_int((int)next, 0, "empty text: used up");
}

static void test_marked(void)
{
    rich r;
    rich_init(&r);
    rich_append_marked(&r, "use `make` here", ROLE_TEXT);
    is_str(r.text, "use make here", "backticks are dropped");
    ok(r.roles[0] == ROLE_TEXT && r.roles[4] == ROLE_CODE && r.roles[7] == ROLE_CODE &&
           r.roles[8] == ROLE_TEXT,
       "the text between them is code, the rest text");
    rich_free(&r);
    rich_append_marked(&r, "a lone ` tick", ROLE_TERM);
    is_str(r.text, "a lone ` tick", "an unclosed backtick is kept as text");
    ok(r.roles[7] == ROLE_TERM, "in the given role");
    rich_free(&r);
    ok(r.text == NULL && r.len == 0, "rich_free empties");
}

int main(void)
{
    if (!setlocale(LC_ALL, "C.UTF-8"))
        setlocale(LC_ALL, "en_US.UTF-8");
    test_columns();
    test_fit();
    test_break();
    test_marked();
    return tap_done();
}
