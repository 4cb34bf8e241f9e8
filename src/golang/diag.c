/* diag.c: collects and prints the Go front end's errors the way the Go
 * 1.19 compiler does (cmd/compile/internal/base/print.go: sorted stably by
 * position, a message repeated on one line printed once, at most one syntax
 * error per line, and "too many errors" after ten). */
#include "golang/diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

int gpos_cmp(gpos a, gpos b)
{
    if (a.file != b.file)
        return a.file < b.file ? -1 : 1;
    if (a.line != b.line)
        return a.line < b.line ? -1 : 1;
    if (a.col != b.col)
        return a.col < b.col ? -1 : 1;
    return 0;
}

static bool same_line(gpos a, gpos b)
{
    return a.line && a.file == b.file && a.line == b.line;
}

bool diag_error(diag_list *d, gpos pos, const char *fmt, ...)
{
    if (d->full)
        return false;
    char small[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (strncmp(small, "syntax error", 12) == 0) {
        if (same_line(d->last_syntax, pos))
            return true;
        d->last_syntax = pos;
    } else {
        if (same_line(d->last_other, pos) && d->last_msg && strcmp(d->last_msg, small) == 0)
            return true;
        d->last_other = pos;
    }
    if (d->n == d->cap) {
        int cap = d->cap ? d->cap * 2 : 16;
        d->v = arena_grow(d->a, d->v, (size_t)d->n, (size_t)cap, sizeof *d->v);
        d->cap = cap;
    }
    gdiag *g = &d->v[d->n++];
    g->pos = pos;
    g->msg = arena_strndup(d->a, small, strlen(small));
    d->last_msg = g->msg;
    if (++d->counted >= 10) {
        d->full = true;
        return false;
    }
    return true;
}

const char *diag_file_name(const diag_list *d, int file, char *buf, size_t n)
{
    /* negative indices are conclab's library stubs (stdlib.c) */
    const char *name = file < 0 ? "<conclab library>" : d->files ? d->files[file] : "?";
    if (name[0] != '/' && name[0] != '.' && !strchr(name, '/')) {
        snprintf(buf, n, "./%s", name);
        return buf;
    }
    return name;
}

/* A stable sort by position (insertion sort: the lists are short). */
static void diag_sort(diag_list *d)
{
    for (int i = 1; i < d->n; i++) {
        gdiag x = d->v[i];
        int j = i;
        while (j > 0 && gpos_cmp(d->v[j - 1].pos, x.pos) > 0) {
            d->v[j] = d->v[j - 1];
            j--;
        }
        d->v[j] = x;
    }
}

static void diag_format(diag_list *d, const gdiag *g, char *out, size_t n)
{
    char name[4096];
    if (!g->pos.line) {
        snprintf(out, n, "%s", g->msg);
        return;
    }
    snprintf(out, n, "%s:%d:%d: %s", diag_file_name(d, g->pos.file, name, sizeof name),
             g->pos.line, g->pos.col, g->msg);
}

/* Calls emit for each line to print. */
static void diag_each(diag_list *d, void (*emit)(void *, const char *), void *ud)
{
    gpos last = {0, 0, 0};
    if (d->full && d->n)
        last = d->v[d->n - 1].pos;
    diag_sort(d);
    char line[4800], prev[4800] = "";
    for (int i = 0; i < d->n; i++) {
        diag_format(d, &d->v[i], line, sizeof line);
        if (i == 0 || strcmp(line, prev) != 0)
            emit(ud, line);
        memcpy(prev, line, sizeof line);
    }
    if (d->full) {
        gdiag g = {last, (char *)"too many errors"};
        diag_format(d, &g, line, sizeof line);
        emit(ud, line);
    }
}

static void emit_file(void *ud, const char *line)
{
    fprintf(ud, "%s\n", line);
}

int diag_print(diag_list *d, FILE *f)
{
    diag_each(d, emit_file, f);
    return d->n;
}

typedef struct text_acc {
    arena *a;
    char *s;
    size_t len;
} text_acc;

static void emit_text(void *ud, const char *line)
{
    text_acc *t = ud;
    size_t n = strlen(line);
    char *s = arena_alloc(t->a, t->len + n + 2);
    if (t->len)
        memcpy(s, t->s, t->len);
    memcpy(s + t->len, line, n);
    s[t->len + n] = '\n';
    t->s = s;
    t->len += n + 1;
}

char *diag_text(diag_list *d)
{
    text_acc t = {d->a, NULL, 0};
    diag_each(d, emit_text, &t);
    return t.s ? t.s : arena_strndup(d->a, "", 0);
}
