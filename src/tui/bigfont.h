/* bigfont.h: large letters for presentation mode: text in a 3x5 pixel
 * font drawn with half-block characters, three terminal rows high, so a
 * slide's title reads from the back of a room. Pure, so unit tested. */
#ifndef CONCLAB_TUI_BIGFONT_H
#define CONCLAB_TUI_BIGFONT_H

#include <stddef.h>

/* Rows of terminal text a big line takes. */
#define BIGFONT_ROWS 3

/* Columns one character takes (3 pixels and a space). */
#define BIGFONT_ADVANCE 4

/* Renders text (ASCII letters, digits, space and . : - / ? ! ' ,) into
 * BIGFONT_ROWS NUL-terminated UTF-8 strings of at most size bytes each.
 * Lower case is drawn as upper case. Returns the width in columns, or -1
 * when text has a character the font lacks or does not fit in size. */
int bigfont_render(const char *text, char rows[BIGFONT_ROWS][512], size_t size);

#endif
