/* xmalloc.c: aborting allocation for the TUI (see xmalloc.h). abort()
 * raises SIGABRT, whose handler restores the terminal first. */
#include "tui/xmalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *check(void *p)
{
    if (!p) {
        fputs("conclab: out of memory\n", stderr);
        abort();
    }
    return p;
}

void *xcalloc(size_t n)
{
    return check(calloc(1, n ? n : 1));
}

void *xrealloc(void *p, size_t n)
{
    return check(realloc(p, n ? n : 1));
}

char *xstrdup(const char *s)
{
    return check(strdup(s));
}
