/* race_report.c: the race detector's reports, in the words of Go's
 * `go run -race` (the variable's name for its address, each access's call
 * stack, the stack that created each goroutine: race_stack.c), plus one sentence on why the
 * two accesses are unordered; each variable and each pair of lines is
 * reported once; "Found N data race(s)" and the RT_RACE verdict at the end. */
#include "rt/race.h"

#include <string.h>

/* True when the pair of lines was reported already; else remembers it. */
static bool pair_seen(rt *r, race_state *rs, const race_mem *a, const race_mem *b)
{
    for (size_t i = 0; i < rs->npairs; i++) {
        const race_pair *p = &rs->pairs[i];
        for (int s = 0; s < 2; s++) {
            const race_mem *x = s ? b : a, *y = s ? a : b;
            if (p->line[0] == x->line && p->line[1] == y->line &&
                strcmp(p->file[0], x->file) == 0 && strcmp(p->file[1], y->file) == 0)
                return true;
        }
    }
    rs->pairs = race_grow(r, rs->pairs, &rs->paircap, rs->npairs + 1, sizeof *rs->pairs, 8);
    rs->pairs[rs->npairs++] = (race_pair){{a->file, b->file}, {a->line, b->line}};
    return false;
}

/* "Read", "Previous atomic write", ... as Go words an access. */
static const char *access_word(const race_mem *a, bool previous)
{
    static const char *const words[2][2][2] = {
        {{"Read", "Atomic read"}, {"Write", "Atomic write"}},
        {{"Previous read", "Previous atomic read"}, {"Previous write", "Previous atomic write"}}};
    return words[previous][a->write][a->atomic];
}

/* Appends one access block: the access, the goroutine and the call stack
 * it was made at. */
static void report_access(rt_buf *b, race_state *rs, const race_var *v, const race_mem *a,
                          bool previous)
{
    buf_printf(b, "%s at %s by ", access_word(a, previous), v->name ? v->name : "a variable");
    if (a->g == 1)
        buf_printf(b, "main goroutine:\n");
    else
        buf_printf(b, "goroutine %u:\n", a->g);
    race_stack_print(b, rs, a->stack);
    buf_printf(b, "\n");
}

/* Appends "Goroutine N (running) created at:" and the creator's stack at
 * the go statement, for a goroutine but main. */
static void report_creation(rt_buf *b, race_state *rs, uint32_t g)
{
    const race_gor *t = &rs->gs[g];
    if (g == 1)
        return;
    buf_printf(b, "Goroutine %u (%s) created at:\n", g, t->finished ? "finished" : "running");
    race_stack_print(b, rs, t->created);
    buf_printf(b, "\n");
}

/* "goroutine 6's write", "the main goroutine's atomic read". */
static void report_whose(rt_buf *b, const race_mem *a)
{
    if (a->g == 1)
        buf_printf(b, "the main goroutine's ");
    else
        buf_printf(b, "goroutine %u's ", a->g);
    buf_printf(b, "%s%s", a->atomic ? "atomic " : "", a->write ? "write" : "read");
}

void race_report(rt *r, race_var *v, const race_mem *cur, const race_mem *prev)
{
    race_state *rs = r->race;
    if (v->reported || pair_seen(r, rs, cur, prev))
        return;
    v->reported = true;
    rs->count++;
    rt_buf *b = &rs->text;
    buf_printf(b, "==================\nWARNING: DATA RACE\n");
    report_access(b, rs, v, cur, false);
    report_access(b, rs, v, prev, true);
    report_creation(b, rs, cur->g);
    report_creation(b, rs, prev->g);
    buf_printf(b, "Nothing orders these accesses: ");
    if (prev->g != 1 && rs->gs[prev->g].finished) {
        buf_printf(b, "goroutine %u had finished, but a goroutine's end synchronizes with "
                      "nothing, and no channel operation, lock, WaitGroup, Once or atomic leads "
                      "from its %s to ",
                   prev->g, prev->write ? "write" : "read");
        report_whose(b, cur);
    } else {
        buf_printf(b, "no channel operation, lock, WaitGroup, Once or atomic leads from ");
        report_whose(b, prev);
        buf_printf(b, " to ");
        report_whose(b, cur);
        buf_printf(b, ", so the two are concurrent");
    }
    buf_printf(b, " (go.dev/ref/mem).\n==================\n");
    if (TRACE_ON(r))
        trace_ev(r, RT_EV_RACE, (int)prev->g, 0, v->name ? v->name : "", NULL, cur->file,
                 cur->line, "%s vs %s at %s:%d", cur->write ? "write" : "read",
                 prev->write ? "write" : "read", prev->file, prev->line);
}

void race_finish(rt *r)
{
    race_state *rs = r->race;
    if (!rs->count)
        return;
    buf_printf(&rs->text, "Found %zu data race(s)\n", rs->count);
    if (r->verdict == RT_OK) {
        r->verdict = RT_RACE;
        buf_printf(&r->report, "%s", rs->text.p);
    }
}

size_t rt_race_count(const rt *r)
{
    return r->race ? ((const race_state *)r->race)->count : 0;
}

const char *rt_race_report(const rt *r)
{
    const race_state *rs = r->race;
    return rs && rs->text.p ? rs->text.p : "";
}
