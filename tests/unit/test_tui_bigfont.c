/* test_tui_bigfont.c: presentation mode's large letters: the exact half
 * blocks of a word, widths, lower case drawn as upper case, characters the
 * font lacks and buffers too small refused. */
#include <string.h>

#include "../tap.h"
#include "tui/bigfont.h"

#define FULL "\xe2\x96\x88"
#define TOP "\xe2\x96\x80"
#define LOW "\xe2\x96\x84"

int main(void)
{
    char rows[BIGFONT_ROWS][512];
    /* H: #.# #.# ### #.# #.#   I: ### .#. .#. .#. ### */
    is_int(bigfont_render("HI", rows, sizeof rows[0]), 7, "HI is 3 + 1 + 3 columns");
    is_str(rows[0], FULL " " FULL " " TOP FULL TOP, "row 1: pixel rows 1 and 2");
    is_str(rows[1], FULL TOP FULL " " " " FULL " ", "row 2: pixel rows 3 and 4");
    is_str(rows[2], TOP " " TOP " " TOP TOP TOP, "row 3: pixel row 5 over nothing");
    char lower[BIGFONT_ROWS][512];
    is_int(bigfont_render("hi", lower, sizeof lower[0]), 7, "lower case has the same width");
    ok(strcmp(lower[0], rows[0]) == 0 && strcmp(lower[2], rows[2]) == 0, "and the same pixels");
    is_int(bigfont_render("A", rows, sizeof rows[0]), 3, "one character: no trailing space");
    is_str(rows[0], LOW TOP LOW, "A's top: a point over two legs");
    is_int(bigfont_render("", rows, sizeof rows[0]), 0, "nothing is 0 columns");
    is_str(rows[1], "", "and empty rows");
    is_int(bigfont_render("Go 1.14: ok?", rows, sizeof rows[0]), 12 * 4 - 1,
           "digits and punctuation");
    is_int(bigfont_render("caf\xc3\xa9", rows, sizeof rows[0]), -1, "a character it lacks: -1");
    is_int(bigfont_render("(x)", rows, sizeof rows[0]), -1, "parentheses are not in the font");
    is_int(bigfont_render("WIDE WORDS", rows, 10), -1, "a buffer too small: -1");
    return tap_done();
}
