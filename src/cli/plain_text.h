/* plain_text.h: plain-text printing of content for the plain commands. */
#ifndef CONCLAB_PLAIN_TEXT_H
#define CONCLAB_PLAIN_TEXT_H

#include <stddef.h>

#include "content/content.h"

/* Width to wrap at: the terminal's (at most 100) when stdout is a terminal,
 * else 0, meaning no wrapping. */
int plain_width(void);

/* Display columns of the first len bytes of a UTF-8 string (one a character). */
int plain_columns(const char *s, size_t len);

/* Prints first, then text wrapped to width with continuation lines indented
 * by indent spaces; width 0 prints one line. */
void plain_wrapped(const char *first, const char *text, int indent, int width);

/* Prints a point as "marker term: text" and its bullets beneath it. */
void plain_point(const content_point *pt, const char *marker, int indent, int width);

/* Prints paragraphs, each followed by a blank line. */
void plain_paragraphs(char **paras, size_t count, int width);

/* Prints code indented by four spaces. */
void plain_code(const char *code);

/* Prints a title underlined with the given character, then a blank line. */
void plain_heading(const char *title, char underline);

/* Prints accuracy notes, each set apart as "[Accuracy note] title: text". */
void plain_notes(const content_note *notes, size_t count, int width);

#endif
