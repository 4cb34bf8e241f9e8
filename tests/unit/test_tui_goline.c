/* test_tui_goline.c: C demo lines mapped to the Go example's lines through
 * the Go quoted beside them: in order (repeated `}` lines), lines without
 * a quote taking the one above, nothing after a function ends, and the
 * Goroutines demo against its real example. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../tap.h"
#include "demos/demos.h"
#include "tui/goline.h"

static void test_made_up(void)
{
    const char *go = "package main\n"
                     "\n"
                     "func f() {\n"
                     "    x := 1\n"
                     "}\n"
                     "\n"
                     "func main() {\n"
                     "    go f()\n"
                     "}\n";
    const char *c = "/* a header\n"                    /* 1 */
                    " * prose. */\n"                   /* 2 */
                    "static void f(void *a) /* func f() { */\n" /* 3 */
                    "{\n"                              /* 4 */
                    "    (void)a;\n"                   /* 5 */
                    "    int x = 1;   /*   x := 1  */\n" /* 6 */
                    "    use(x);\n"                    /* 7 */
                    "}                /* } */\n"       /* 8 */
                    "\n"                               /* 9 */
                    "static void m(void *a) /* func main() { */\n" /* 10 */
                    "{\n"                              /* 11 */
                    "    /* a comment alone */\n"      /* 12 */
                    "    go(f, 0);    /* go f() */\n"  /* 13 */
                    "}                /* } */\n";      /* 14 */
    goline_map m;
    goline_build(&m, c, go);
    is_int(goline_of(&m, 1), 0, "a header comment stands for nothing");
    is_int(goline_of(&m, 3), 3, "func f() { on Go line 3");
    is_int(goline_of(&m, 5), 3, "a line without a quote takes the one above");
    is_int(goline_of(&m, 6), 4, "x := 1, blanks trimmed, on Go line 4");
    is_int(goline_of(&m, 7), 4, "use(x) is still x := 1");
    is_int(goline_of(&m, 8), 5, "the first } on line 5");
    is_int(goline_of(&m, 9), 0, "after a function ends: nothing");
    is_int(goline_of(&m, 12), 7, "a comment alone is not a quote");
    is_int(goline_of(&m, 13), 8, "go f() on line 8");
    is_int(goline_of(&m, 14), 9, "the second } on line 9, in order");
    is_int(goline_of(&m, 99), 0, "past the end: 0");
    is_int(goline_of(&m, 0), 0, "line 0: 0");
    goline_free(&m);
}

/* The line of src (1-based) containing needle, or 0. */
static int line_with(const char *src, const char *needle)
{
    const char *p = strstr(src, needle);
    if (!p)
        return 0;
    int line = 1;
    for (const char *q = src; q < p; q++)
        line += *q == '\n';
    return line;
}

static void test_goroutines(const char *dir)
{
    char path[512];
    snprintf(path, sizeof path, "%s/examples/goroutines.go", dir);
    FILE *f = fopen(path, "rb");
    static char go[1 << 16];
    size_t n = f ? fread(go, 1, sizeof go - 1, f) : 0;
    if (f)
        fclose(f);
    go[n] = '\0';
    const char *c = demos_source(&demo_goroutines);
    ok(c && n, "the demo's C source and %s", path);
    if (!c || !n)
        return;
    goline_map m;
    goline_build(&m, c, go);
    is_int(goline_of(&m, line_with(c, "chan_send(c, &i)")), 10, "chan_send is c <- i, Go line 10");
    is_int(goline_of(&m, line_with(c, "chan_recv(c, &num)")), 20, "chan_recv is range c, line 20");
    is_int(goline_of(&m, line_with(c, "go(print_numbers, c)")), 18, "go printNumbers(c), line 18");
    is_int(goline_of(&m, line_with(c, "chan_close(c)")), 13, "close(c), line 13");
    goline_free(&m);
}

int main(void)
{
    const char *dir = getenv("CONCLAB_CONTENT");
    test_made_up();
    test_goroutines(dir ? dir : "content");
    return tap_done();
}
