/* gosyntax.h: Go syntax highlighting for the reader and the demo screen:
 * marks the role of each byte of Go source (keywords, predeclared names,
 * strings, runes, comments, numbers). Pure, so unit tested. */
#ifndef CONCLAB_TUI_GOSYNTAX_H
#define CONCLAB_TUI_GOSYNTAX_H

#include <stddef.h>

/* Fills roles[0..n-1] with a rich_role for each byte of the Go source src.
 * Handles raw strings and block comments across lines, escapes inside
 * interpreted strings and runes. Does not allocate. */
void gosyntax_mark(const char *src, size_t n, unsigned char *roles);

/* The same for C source (the demos' embedded code): C keywords and
 * conclab's runtime calls are marked as keywords, plus strings, comments,
 * numbers and preprocessor lines. */
void gosyntax_mark_c(const char *src, size_t n, unsigned char *roles);

#endif
