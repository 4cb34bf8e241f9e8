/* output.c: what a run prints (say, say_partial) and the Go-style goroutine
 * dumps its reports are made of ("goroutine 2 [chan send]:" with the demo
 * line where each goroutine waits and where it was created). */
#include "rt/rt_int.h"

#include <stdlib.h>
#include <string.h>

/* Moves the first n bytes of the partial line into a finished line. */
static void output_line(rt *r, size_t n)
{
    if (r->nlines == r->linecap) {
        size_t nc = r->linecap ? r->linecap * 2 : 32;
        char **nl = realloc(r->lines, nc * sizeof *nl);
        if (!nl)
            return;
        r->lines = nl;
        r->linecap = nc;
    }
    char *l = malloc(n + 1);
    if (!l)
        return;
    memcpy(l, r->partial.p ? r->partial.p : "", n);
    l[n] = '\0';
    r->lines[r->nlines++] = l;
}

/* Splits finished lines out of the partial buffer. */
static void output_split(rt *r)
{
    char *nl;
    while (r->partial.len && (nl = memchr(r->partial.p, '\n', r->partial.len))) {
        size_t n = (size_t)(nl - r->partial.p);
        output_line(r, n);
        memmove(r->partial.p, nl + 1, r->partial.len - n);
        r->partial.len -= n + 1;
    }
}

void rt_say_at(const char *file, int line, bool end_line, const char *fmt, ...)
{
    rt *r = sched_enter("say");
    size_t start = r->partial.len;
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&r->partial, fmt, ap);
    va_end(ap);
    size_t added = r->partial.len - start;
    bool ends_nl = added > 0 && r->partial.p[r->partial.len - 1] == '\n';
    if (TRACE_ON(r))
        trace_ev(r, RT_EV_SAY, 0, 0, NULL, NULL, file, line, "%.*s",
                 (int)(added - (ends_nl ? 1 : 0)), r->partial.p ? r->partial.p + start : "");
    if (end_line && !ends_nl)
        buf_printf(&r->partial, "\n");
    r->printed += r->partial.len - start;
    output_split(r);
}

/* Ends the run's output: a partial line left open becomes a line. */
void output_finish(rt *r)
{
    output_split(r);
    if (r->partial.len)
        output_line(r, r->partial.len);
    buf_free(&r->partial);
}

size_t rt_output_count(const rt *r)
{
    return r->nlines;
}

const char *rt_output_line(const rt *r, size_t i)
{
    return i < r->nlines ? r->lines[i] : NULL;
}

const char *rt_output_text(rt *r)
{
    if (!r->outtext.p) {
        buf_printf(&r->outtext, "%s", "");
        for (size_t i = 0; i < r->nlines; i++)
            buf_printf(&r->outtext, "%s\n", r->lines[i]);
    }
    return r->outtext.p ? r->outtext.p : "";
}

/* Frees the output lines. */
void output_free(rt *r)
{
    for (size_t i = 0; i < r->nlines; i++)
        free(r->lines[i]);
    free(r->lines);
    r->lines = NULL;
    r->nlines = r->linecap = 0;
    buf_free(&r->partial);
    buf_free(&r->outtext);
}

/* Appends one goroutine's block, as Go prints it. */
static void dump_one(rt_buf *b, const rt_g *g, const char *reason)
{
    buf_printf(b, "goroutine %d [%s]:\n", g->id, reason);
    if (g->id == 1)
        buf_printf(b, "main.main()\n");
    else
        buf_printf(b, "main.%s(...)\n", g->name ? g->name : "func");
    if (g->wfile && g->wfile[0])
        buf_printf(b, "\t%s:%d\n", g->wfile, g->wline);
    else if (g->file && g->file[0])
        buf_printf(b, "\t%s:%d\n", g->file, g->line);
    if (g->id != 1)
        buf_printf(b, "created by main.%s\n\t%s:%d\n", g->creator ? g->creator : "main",
                   g->file, g->line);
}

/* Appends Go-style blocks to b: only `running` (as "[running]") when it is
 * given, as Go does for a panic; else every live goroutine but a finished
 * main, in id order, blank lines between. */
void trace_goroutines(rt *r, rt_buf *b, const rt_g *running)
{
    if (running) {
        dump_one(b, running, "running");
        return;
    }
    bool first = true;
    for (const rt_g *g = r->all_head; g; g = g->anext) {
        if (g->state == G_DEAD)
            continue;
        if (!first)
            buf_printf(b, "\n");
        first = false;
        const char *reason = g->state == G_BLOCKED    ? g->reason
                             : g->state == G_RUNNING ? "running"
                                                     : "runnable";
        dump_one(b, g, reason);
    }
}
