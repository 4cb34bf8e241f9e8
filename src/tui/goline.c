/* goline.c: maps a C demo's lines to its Go example's lines through the Go
 * quoted in a trailing comment on each demo line (see goline.h). */
#include "tui/goline.h"

#include <stdlib.h>
#include <string.h>

#include "tui/xmalloc.h"

/* Trims blanks from both ends of [*s, *s + *n). */
static void trim(const char **s, size_t *n)
{
    while (*n && (**s == ' ' || **s == '\t')) {
        (*s)++;
        (*n)--;
    }
    while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t' || (*s)[*n - 1] == '\r'))
        (*n)--;
}

/* The Go quoted by the C line [line, line + n): the text of a block
 * comment that ends the line after some code, trimmed; *len 0 when none. */
static const char *quote_of(const char *line, size_t n, size_t *len)
{
    *len = 0;
    const char *s = line;
    size_t k = n;
    trim(&s, &k);
    if (k < 4 || strncmp(s + k - 2, "*/", 2) != 0)
        return NULL;
    const char *open = NULL;
    for (const char *p = s; p + 1 < s + k - 2; p++)
        if (p[0] == '/' && p[1] == '*')
            open = p;
    if (!open || open == s)
        return NULL; /* no comment, or a comment alone on its line */
    const char *q = open + 2;
    size_t qn = (size_t)(s + k - 2 - q);
    trim(&q, &qn);
    *len = qn;
    return qn ? q : NULL;
}

/* The 1-based Go line at or after from (wrapping round) whose trimmed text
 * is [q, q + qn), or 0; lines and lens describe the Go example's lines. */
static int find_go(const char **lines, const size_t *lens, int count, int from,
                   const char *q, size_t qn)
{
    for (int k = 0; k < count; k++) {
        int i = (from + k) % count;
        if (lens[i] == qn && memcmp(lines[i], q, qn) == 0)
            return i + 1;
    }
    return 0;
}

/* Splits src into at most cap lines at lines/lens (trimmed); returns the
 * count. With cap 0 it only counts. */
static int split_lines(const char *src, const char **lines, size_t *lens, int cap)
{
    int count = 0;
    for (const char *p = src; *p || p == src;) {
        size_t n = strcspn(p, "\n");
        if (count < cap) {
            lines[count] = p;
            lens[count] = n;
            trim(&lines[count], &lens[count]);
        }
        count++;
        p += n;
        if (!*p)
            break;
        p++;
    }
    return count;
}

void goline_build(goline_map *m, const char *c_src, const char *go_src)
{
    int go_count = split_lines(go_src, NULL, NULL, 0);
    const char **go_lines = xcalloc((size_t)go_count * sizeof *go_lines);
    size_t *go_lens = xcalloc((size_t)go_count * sizeof *go_lens);
    split_lines(go_src, go_lines, go_lens, go_count);
    m->c_lines = split_lines(c_src, NULL, NULL, 0);
    m->go_of = xcalloc((size_t)(m->c_lines + 1) * sizeof *m->go_of);
    int last = 0, carry = 0, line = 1;
    for (const char *p = c_src; *p && line <= m->c_lines; line++) {
        size_t n = strcspn(p, "\n"), qn;
        const char *q = quote_of(p, n, &qn);
        int go = q ? find_go(go_lines, go_lens, go_count, last, q, qn) : 0;
        if (go) {
            last = go; /* the next quote is looked for after this one */
            carry = go;
        }
        m->go_of[line] = go ? go : carry;
        if (p[0] == '}')
            carry = 0; /* a function ended: lines after it stand for nothing */
        p += n + (p[n] == '\n');
    }
    free(go_lines);
    free(go_lens);
}

int goline_of(const goline_map *m, int c_line)
{
    return c_line > 0 && c_line <= m->c_lines ? m->go_of[c_line] : 0;
}

void goline_free(goline_map *m)
{
    free(m->go_of);
    m->go_of = NULL;
    m->c_lines = 0;
}
