/* trace.c: the run's trace of events. Each event records the virtual time,
 * the step, the goroutine, the object and the demo line; rt_trace_text
 * renders them as stable text (no addresses, fixed field order) for golden
 * tests and for the TUI. Also the small growable buffer the runtime's text
 * outputs are built in. */
#include "rt/rt_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void buf_vprintf(rt_buf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        return;
    if (b->len + (size_t)n + 1 > b->cap) {
        size_t nc = (b->len + (size_t)n + 1) * 2;
        char *p = realloc(b->p, nc);
        if (!p)
            return; /* out of memory: the text is cut short */
        b->p = p;
        b->cap = nc;
    }
    vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void buf_printf(rt_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(b, fmt, ap);
    va_end(ap);
}

void buf_free(rt_buf *b)
{
    free(b->p);
    b->p = NULL;
    b->len = b->cap = 0;
}

/* Keeps a copy of s owned by the run; "" when out of memory. */
static const char *trace_keep(rt *r, const char *s)
{
    if (r->nstrs == r->strcap) {
        size_t nc = r->strcap ? r->strcap * 2 : 64;
        char **ns = realloc(r->strs, nc * sizeof *ns);
        if (!ns)
            return "";
        r->strs = ns;
        r->strcap = nc;
    }
    char *c = strdup(s);
    if (!c)
        return "";
    r->strs[r->nstrs++] = c;
    return c;
}

/* The name of object `id` in traces: `name` when set, else "kind#id",
 * made once per object and owned by the run. */
const char *trace_objname(rt *r, uint32_t id, const char *name, const char *kind)
{
    if (name)
        return name;
    if (id >= r->objnamecap) {
        size_t nc = id * 2 + 16;
        char **nn = realloc(r->objnames, nc * sizeof *nn);
        if (!nn)
            return kind;
        memset(nn + r->objnamecap, 0, (nc - r->objnamecap) * sizeof *nn);
        r->objnames = nn;
        r->objnamecap = nc;
    }
    if (!r->objnames[id]) {
        char tmp[48];
        snprintf(tmp, sizeof tmp, "%s#%u", kind, id);
        r->objnames[id] = (char *)trace_keep(r, tmp);
    }
    return r->objnames[id];
}

/* Formats a Go-style duration ("1.5s", "300ms", "0s") into out. */
static void fmt_duration(char *out, size_t n, int64_t d)
{
    static const struct {
        int64_t unit;
        int digits;
        const char *name;
    } u[] = {{1000000000, 9, "s"}, {1000000, 6, "ms"}, {1000, 3, "us"}, {1, 0, "ns"}};
    const char *sign = d < 0 ? "-" : "";
    uint64_t a = d < 0 ? (uint64_t)0 - (uint64_t)d : (uint64_t)d;
    size_t i = 0;
    if (a == 0) {
        snprintf(out, n, "0s");
        return;
    }
    while (i < 3 && a < (uint64_t)u[i].unit)
        i++;
    uint64_t whole = a / (uint64_t)u[i].unit, frac = a % (uint64_t)u[i].unit;
    if (frac == 0) {
        snprintf(out, n, "%s%llu%s", sign, (unsigned long long)whole, u[i].name);
        return;
    }
    char f[16];
    snprintf(f, sizeof f, "%0*llu", u[i].digits, (unsigned long long)frac);
    for (size_t k = strlen(f); k > 0 && f[k - 1] == '0'; k--)
        f[k - 1] = '\0';
    snprintf(out, n, "%s%llu.%s%s", sign, (unsigned long long)whole, f, u[i].name);
}

/* Formats a channel element for the trace: by its C type name when known,
 * else as an integer of its size; NULL val is the zero value. */
void trace_value(char *out, size_t n, const char *type, size_t size, const void *val)
{
    unsigned char zero[16] = {0};
    const void *v = val ? val : zero;
    if (size == 0) {
        snprintf(out, n, "{}");
    } else if (size > sizeof zero && !val) {
        snprintf(out, n, "(zero)");
    } else if (!strcmp(type, "int") || !strcmp(type, "int32_t")) {
        int x;
        memcpy(&x, v, sizeof x);
        snprintf(out, n, "%d", x);
    } else if (!strcmp(type, "unsigned") || !strcmp(type, "uint32_t")) {
        unsigned x;
        memcpy(&x, v, sizeof x);
        snprintf(out, n, "%u", x);
    } else if (!strcmp(type, "double")) {
        double x;
        memcpy(&x, v, sizeof x);
        snprintf(out, n, "%g", x);
    } else if (!strcmp(type, "bool")) {
        snprintf(out, n, "%s", *(const bool *)v ? "true" : "false");
    } else if (!strcmp(type, "char")) {
        snprintf(out, n, "'%c'", *(const char *)v);
    } else if (!strcmp(type, "const char *") || !strcmp(type, "char *")) {
        const char *s;
        memcpy(&s, v, sizeof s);
        snprintf(out, n, s ? "\"%s\"" : "nil", s);
    } else if (!strcmp(type, "rt_duration")) {
        int64_t x;
        memcpy(&x, v, sizeof x);
        fmt_duration(out, n, x);
    } else if (size == 8) {
        long long x;
        memcpy(&x, v, sizeof x);
        snprintf(out, n, "%lld", x);
    } else if (size == 4 || size == 2 || size == 1) {
        long long x = size == 4 ? *(const int32_t *)v : size == 2 ? *(const int16_t *)v
                                                                  : *(const int8_t *)v;
        snprintf(out, n, "%lld", x);
    } else {
        snprintf(out, n, "(%zu bytes)", size);
    }
}

/* Appends one event by the running goroutine (0 outside goroutines).
 * Callers check TRACE_ON first. Strings are copied or must be static. */
void trace_ev(rt *r, rt_event_kind k, int other, uint32_t obj, const char *objname,
              const char *reason, const char *file, int line, const char *vfmt, ...)
{
    if (r->nev == r->evcap) {
        size_t nc = r->evcap ? r->evcap * 2 : 256;
        rt_event *ne = realloc(r->ev, nc * sizeof *ne);
        if (!ne)
            return; /* out of memory: the trace stays short */
        r->ev = ne;
        r->evcap = nc;
    }
    char val[256] = "";
    if (vfmt) {
        va_list ap;
        va_start(ap, vfmt);
        vsnprintf(val, sizeof val, vfmt, ap);
        va_end(ap);
    }
    r->ev[r->nev++] = (rt_event){
        .step = r->steps,
        .time = r->now,
        .kind = k,
        .g = r->cur ? r->cur->id : 0,
        .other = other,
        .obj = (int)obj,
        .obj_name = objname ? objname : "",
        .reason = reason ? reason : "",
        .file = file ? file : "",
        .line = line,
        .value = val[0] ? trace_keep(r, val) : "",
    };
}

size_t rt_trace_count(const rt *r)
{
    return r->nev;
}

const rt_event *rt_trace_event(const rt *r, size_t i)
{
    return i < r->nev ? &r->ev[i] : NULL;
}

const char *rt_event_kind_name(rt_event_kind k)
{
    static const char *const names[RT_EV__COUNT] = {
        "spawn", "run",   "block",  "unblock",   "yield",   "send",   "recv",      "close",
        "select", "lock", "unlock", "rlock",     "runlock", "wg.add", "wg.wait",   "once",
        "cond.wait", "signal", "broadcast", "sleep", "wake", "load",  "store",     "atomic",
        "say",   "exit",  "panic",  "deadlock",  "race"};
    return (unsigned)k < RT_EV__COUNT ? names[k] : "?";
}

const char *rt_trace_text(rt *r)
{
    if (r->tracetext.p)
        return r->tracetext.p;
    buf_printf(&r->tracetext, "%s", "");
    for (size_t i = 0; i < r->nev; i++) {
        const rt_event *e = &r->ev[i];
        char t[32];
        fmt_duration(t, sizeof t, e->time);
        buf_printf(&r->tracetext, "%llu %s g%d %s", (unsigned long long)e->step, t, e->g,
                   rt_event_kind_name(e->kind));
        if (e->obj_name[0])
            buf_printf(&r->tracetext, " %s", e->obj_name);
        if (e->reason[0])
            buf_printf(&r->tracetext, " [%s]", e->reason);
        if (e->value[0])
            buf_printf(&r->tracetext, " %s", e->value);
        if (e->other)
            buf_printf(&r->tracetext, " -> g%d", e->other);
        if (e->file[0])
            buf_printf(&r->tracetext, " @%s:%d", e->file, e->line);
        buf_printf(&r->tracetext, "\n");
    }
    return r->tracetext.p ? r->tracetext.p : "";
}

/* Frees the events, their strings and the rendered texts. */
void trace_free_all(rt *r)
{
    for (size_t i = 0; i < r->nstrs; i++)
        free(r->strs[i]);
    free(r->strs);
    free(r->objnames);
    free(r->ev);
    buf_free(&r->tracetext);
    r->strs = NULL;
    r->objnames = NULL;
    r->ev = NULL;
    r->nstrs = r->strcap = r->objnamecap = r->nev = r->evcap = 0;
}
