/* line_diff.h: the difference between two texts, line by line, printed
 * as a unified diff (what `diff -u` prints, without the file header), so
 * that a fix reads as the lines it removes and adds. */
#ifndef CONCLAB_LINE_DIFF_H
#define CONCLAB_LINE_DIFF_H

#include <stdio.h>

/* Prints the hunks that turn text a into text b, with context lines of
 * context around each change. Returns the number of changed lines (0:
 * the texts are the same), or -1 when out of memory. */
int line_diff_print(FILE *out, const char *a, const char *b, int context);

#endif
