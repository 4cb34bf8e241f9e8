/* xmalloc.h: allocation for the UI layer, which may abort: a terminal tutor
 * that cannot allocate a few bytes restores the terminal and stops. */
#ifndef CONCLAB_TUI_XMALLOC_H
#define CONCLAB_TUI_XMALLOC_H

#include <stddef.h>

/* Returns n zeroed bytes (at least 1), or aborts with a message. */
void *xcalloc(size_t n);

/* Resizes p to n bytes, or aborts with a message. */
void *xrealloc(void *p, size_t n);

/* Returns a copy of s, or aborts. */
char *xstrdup(const char *s);

#endif
