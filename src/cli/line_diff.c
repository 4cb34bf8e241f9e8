/* line_diff.c: a line diff by longest common subsequence (the texts are
 * kernels of a few hundred lines, so the quadratic table is small),
 * printed as unified-diff hunks. */
#include "cli/line_diff.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The most lines a side may have: 4096 x 4096 shorts would be 32 MiB. */
#define DIFF_MAX_LINES 2048

typedef struct lines {
    const char **start; /* each line's first byte */
    int *len;           /* its length, without the newline */
    int n;
} lines;

static int split_lines(const char *s, lines *l)
{
    int n = 0;
    for (const char *p = s; *p; p++)
        if (*p == '\n' || p[1] == '\0')
            n++;
    if (n > DIFF_MAX_LINES)
        return -1;
    l->start = malloc(sizeof *l->start * (size_t)(n + 1));
    l->len = malloc(sizeof *l->len * (size_t)(n + 1));
    if (!l->start || !l->len)
        return -1;
    l->n = 0;
    const char *line = s;
    for (const char *p = s; *p; p++)
        if (*p == '\n' || p[1] == '\0') {
            l->start[l->n] = line;
            l->len[l->n++] = (int)(p - line) + (*p != '\n');
            line = p + 1;
        }
    return 0;
}

static int same_line(const lines *a, int i, const lines *b, int j)
{
    return a->len[i] == b->len[j] && memcmp(a->start[i], b->start[j], (size_t)a->len[i]) == 0;
}

/* One step of the edit script: ' ' kept, '-' from a, '+' from b. */
typedef struct edit {
    char op;
    int line; /* index into a (for ' ' and '-') or b (for '+') */
} edit;

/* Prints edits [from, to) as one hunk: its header gives where it starts
 * in each text (1-based) and how many of that text's lines it holds. */
static void print_hunk(FILE *out, const edit *e, int from, int to, const lines *a,
                       const lines *b)
{
    int a0 = 0, b0 = 0, na = 0, nb = 0;
    for (int k = 0; k < from; k++) {
        a0 += e[k].op != '+';
        b0 += e[k].op != '-';
    }
    for (int k = from; k < to; k++) {
        na += e[k].op != '+';
        nb += e[k].op != '-';
    }
    fprintf(out, "@@ -%d,%d +%d,%d @@\n", na ? a0 + 1 : a0, na, nb ? b0 + 1 : b0, nb);
    for (int k = from; k < to; k++) {
        const lines *l = e[k].op == '+' ? b : a;
        fprintf(out, "%c%.*s\n", e[k].op, l->len[e[k].line], l->start[e[k].line]);
    }
}

int line_diff_print(FILE *out, const char *as, const char *bs, int context)
{
    lines a = {0}, b = {0};
    uint16_t *t = NULL;
    edit *e = NULL;
    int changed = -1;
    if (split_lines(as, &a) != 0 || split_lines(bs, &b) != 0)
        goto done;
    /* t[i][j]: the longest common subsequence of a[i:] and b[j:] */
    size_t w = (size_t)b.n + 1;
    t = calloc(((size_t)a.n + 1) * w, sizeof *t);
    e = malloc(sizeof *e * (size_t)(a.n + b.n + 1));
    if (!t || !e)
        goto done;
    for (int i = a.n - 1; i >= 0; i--)
        for (int j = b.n - 1; j >= 0; j--)
            t[i * w + j] = same_line(&a, i, &b, j)
                               ? (uint16_t)(t[(i + 1) * w + j + 1] + 1)
                               : (t[(i + 1) * w + j] >= t[i * w + j + 1] ? t[(i + 1) * w + j]
                                                                        : t[i * w + j + 1]);
    int n = 0, i = 0, j = 0;
    changed = 0;
    while (i < a.n || j < b.n) {
        if (i < a.n && j < b.n && same_line(&a, i, &b, j))
            e[n++] = (edit){' ', i++}, j++;
        else if (i < a.n && (j == b.n || t[(i + 1) * w + j] >= t[i * w + j + 1]))
            e[n++] = (edit){'-', i++}, changed++; /* removals first, as diff -u */
        else
            e[n++] = (edit){'+', j++}, changed++;
    }
    /* group the changes, with their context, into hunks */
    for (int k = 0; k < n;) {
        if (e[k].op == ' ') {
            k++;
            continue;
        }
        int from = k - context < 0 ? 0 : k - context;
        int end = k; /* one past the hunk's last change */
        for (int m = k; m < n; m++) {
            if (e[m].op != ' ')
                end = m + 1;
            else if (m - end >= 2 * context)
                break;
        }
        int to = end + context > n ? n : end + context;
        print_hunk(out, e, from, to, &a, &b);
        k = to;
    }
done:
    free(a.start), free(a.len), free(b.start), free(b.len), free(t), free(e);
    return changed;
}
