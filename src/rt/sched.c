/* sched.c: the scheduler. Spawns, switches and ends goroutines; keeps the
 * run queue with Go's "run next" slot; hands choice points to the chooser
 * (FIFO with time slices, seeded random, replay, custom); counts the step
 * budget; ends a run by panic, deadlock or budget. */
#include "rt/rt_int.h"
#include "rt/race.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

_Thread_local rt *rt_cur_rt;
rt rt_no_fast_run;
_Thread_local rt *rt_fast_rt = &rt_no_fast_run;

/* --- run queue ------------------------------------------------------------- */
/* The queue is a ring (rt_int.h): taking its n-th goroutine moves the
 * shorter side by one slot, so FIFO's head and tail are O(1) and a random
 * pick among many goroutines is a memmove, not a list walk. */

/* Makes room in the run queue for `alive` goroutines; false when out of
 * memory. */
static bool rq_reserve(rt *r, size_t alive)
{
    if (alive <= r->rqcap)
        return true;
    size_t nc = r->rqcap ? r->rqcap : 64;
    while (nc < alive)
        nc *= 2;
    rt_g **q = malloc(nc * sizeof *q);
    if (!q)
        return false;
    for (size_t i = 0; i < r->rqlen; i++)
        q[i] = r->rq[(r->rqstart + i) & (r->rqcap - 1)];
    free(r->rq);
    r->rq = q;
    r->rqcap = nc;
    r->rqstart = 0;
    return true;
}

/* Makes g runnable at the back of the queue (timer wake-ups, so that equal
 * deadlines run in the order they were set). */
void sched_ready_tail(rt *r, rt_g *g)
{
    g->state = G_RUNNABLE;
    if (!r->nrun) /* the fast paths' steps so far had no choice (sched_settle) */
        r->rep_mark = r->steps;
    rq_push_tail(r, g);
    r->nrun++;
}

/* The i-th goroutine of the queue (not counting runnext). */
static inline rt_g **rq_slot(rt *r, size_t i)
{
    return &r->rq[(r->rqstart + i) & (r->rqcap - 1)];
}

/* Takes the i-th goroutine of the queue out and returns it. */
static rt_g *rq_take_queued(rt *r, size_t i)
{
    rt_g *g = *rq_slot(r, i);
    if (i < r->rqlen / 2) { /* the ones before it move back a slot */
        for (size_t k = i; k > 0; k--)
            *rq_slot(r, k) = *rq_slot(r, k - 1);
        r->rqstart = (r->rqstart + 1) & (r->rqcap - 1);
    } else {                /* the ones after it move forward */
        for (size_t k = i; k + 1 < r->rqlen; k++)
            *rq_slot(r, k) = *rq_slot(r, k + 1);
    }
    r->rqlen--;
    return g;
}

/* Takes the i-th runnable goroutine (runnext first, then the queue) out
 * and returns it. */
static inline rt_g *rq_take_nth(rt *r, size_t i)
{
    if (i == 0) /* FIFO's every pick */
        return rq_take_first(r);
    if (r->runnext)
        i--; /* runnext is candidate 0 */
    r->nrun--;
    return rq_take_queued(r, i);
}
/* --- choosing -------------------------------------------------------------- */

static bool cand_reserve(rt *r, size_t n)
{
    if (n <= r->candcap)
        return true;
    size_t nc = n < 64 ? 64 : n * 2;
    int *c = realloc(r->cand, nc * sizeof *c);
    if (!c)
        return false;
    r->cand = c;
    rt_op *o = realloc(r->ops, nc * sizeof *o);
    if (!o)
        return false;
    r->ops = o;
    r->candcap = nc;
    return true;
}

_Noreturn static void sched_error(rt *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
_Noreturn static void sched_error(rt *r, const char *fmt, ...)
{
    va_list ap;
    r->report.len = 0;
    va_start(ap, fmt);
    buf_vprintf(&r->report, fmt, ap);
    va_end(ap);
    buf_printf(&r->report, "\n");
    sched_end(r, RT_ERROR);
}

/* Asks the configured chooser for an index in [0, n); n >= 2. ids lists the
 * candidates (goroutine ids, or case indices for a select) and is built
 * only for a custom chooser, with ops (NULL for a select). Records the
 * answer in the schedule. */
static const char select_what[] = "select"; /* what a select's choice says */

static int sched_ask(rt *r, int n, const char *what, const char *file, int line,
                     const int *ids, const rt_op *ops)
{
    int idx = 0;
    switch (r->cfg.policy) {
    case RT_FIFO: /* candidate 1 when the running goroutine's slice is up */
        idx = what == select_what                              ? sched_rand_below(r, n)
              : r->steps - r->slice_start >= r->slice_max ? 1
                                                            : 0;
        break;
    case RT_RANDOM:
        idx = sched_rand_below(r, n);
        break;
    case RT_REPLAY:
        if (r->replay_rep == 0 && !sched_token(&r->replay, &r->replay_idx, &r->replay_rep))
            r->replay_idx = what == select_what ? sched_rand_below(r, n) : 0;
        else
            r->replay_rep--;
        idx = r->replay_idx;
        break;
    case RT_CUSTOM: {
        rt_choice c = {.step = r->steps,
                       .ncand = n,
                       .cand = ids,
                       .current = r->cur ? r->cur->id : 0,
                       .what = what,
                       .file = file,
                       .line = line,
                       .ops = ops,
                       .printed = r->printed,
                       .goroutines = r->next_id,
                       .timers = r->tseq,
                       .side_effects = r->hidden_fx,
                       .selecting = r->nselecting};
        idx = r->cfg.choose(r->cfg.choose_ud, &c);
        break;
    }
    }
    if (idx < 0 || idx >= n)
        sched_error(r, "schedule does not fit the program: choice %llu at %s:%d has %d candidates, "
                       "the schedule chose %d",
                    (unsigned long long)r->steps, file, line, n, idx);
    sched_record(r, idx);
    return idx;
}

/* Fills r->cand with the candidates' ids and r->ops with their ops: the
 * current goroutine first (doing *cur_op) when cur_op is not NULL, then
 * runnext, then the queue. */
static const int *cand_ids(rt *r, const rt_op *cur_op)
{
    size_t n = r->nrun + (cur_op ? 1 : 0), k = 0;
    if (r->cfg.policy != RT_CUSTOM)
        return NULL;
    if (!cand_reserve(r, n))
        sched_error(r, "out of memory");
    if (cur_op) {
        r->ops[k] = *cur_op;
        r->cand[k++] = r->cur->id;
    }
    if (r->runnext) {
        r->ops[k] = r->runnext->pend;
        r->cand[k++] = r->runnext->id;
    }
    for (size_t i = 0; i < r->rqlen; i++) {
        r->ops[k] = (*rq_slot(r, i))->pend;
        r->cand[k++] = (*rq_slot(r, i))->id;
    }
    return r->cand;
}

/* Chooses among n ready select cases (n >= 2): a seeded uniform choice
 * under FIFO and RANDOM, the schedule under REPLAY, the chooser under
 * CUSTOM (given the case indices in ready[]). */
int sched_choose_case(rt *r, int n, const int *ready, const char *file, int line)
{
    return sched_ask(r, n, select_what, file, line, ready, NULL);
}

/* Ends the run: the step budget is spent. */
_Noreturn void sched_budget_spent(rt *r)
{
    sched_end(r, RT_STEP_LIMIT); /* rt_run writes the report */
}

static void budget_tick(rt *r)
{
    sched_step(r);
    if (r->steps > r->max_steps)
        sched_budget_spent(r);
}

/* --- switching ------------------------------------------------------------- */

__attribute__((noinline)) static void sched_switch(rt *r, rt_g *from, rt_g *to, bool dying)
{
    sched_switch_to(r, from, to, dying, true);
}

/* Picks the next goroutine to run when the current one cannot continue,
 * advancing virtual time when nothing is runnable; NULL when nothing ever
 * will be (deadlock). */
__attribute__((always_inline)) static inline rt_g *sched_pick(rt *r, const char *what,
                                                             const char *file, int line)
{
    while (r->nrun == 0) {
        if (!time_fire_next(r))
            return NULL;
        budget_tick(r);
    }
    int idx = 0;
    if (r->nrun >= 2) {
        if (r->cfg.policy == RT_FIFO) {
            sched_record_zero(r);
        } else {
            const int *ids = cand_ids(r, NULL);
            idx = sched_ask(r, (int)r->nrun, what, file, line, ids, r->ops);
        }
    }
    return rq_take_nth(r, (size_t)idx);
}

_Noreturn static void sched_deadlock(rt *r)
{
    if (TRACE_ON(r))
        trace_ev(r, RT_EV_DEADLOCK, 0, 0, NULL, NULL, NULL, 0, NULL);
    sched_end(r, RT_DEADLOCK); /* rt_run writes the report */
}

/* Starts a new FIFO slice for the running goroutine: its slice is up and
 * nobody else can run (Go's scheduler would preempt it and pick it
 * again). */
void sched_slice_renew(rt *r)
{
    r->slice_start = r->steps;
    sched_fast_arm(r);
}

/* The rest of sched_point (rt_int.h) when a chooser other than FIFO must
 * pick among the running goroutine and the runnable ones. */
void sched_point_slow(rt *r, const char *what, const void *obj, rt_access kind,
                      const char *file, int line)
{
    rt_g *g = r->cur;
    rt_op op = {what, obj, kind, file, line};
    const int *ids = cand_ids(r, &op);
    int idx = sched_ask(r, (int)r->nrun + 1, what, file, line, ids, r->ops);
    if (idx == 0)
        return;
    g->pend = op; /* it resumes by doing op */
    rt_g *next = rq_take_nth(r, (size_t)idx - 1);
    g->state = G_RUNNABLE;
    rq_push_tail(r, g);
    r->nrun++;
    sched_switch(r, g, next, false);
}

/* What a goroutine blocked with `reason` does when woken, before its next
 * choice point: nothing shared (its waker completed the op for it), except
 * that cond_wait then relocks its mutex. */
static rt_op block_resume(const char *reason, const char *file, int line)
{
    if (strcmp(reason, "sync.Cond.Wait") == 0)
        return (rt_op){NULL, NULL, RT_ACCESS_UNKNOWN, file, line};
    return (rt_op){"resume", NULL, RT_ACCESS_NONE, file, line};
}

/* Blocks the running goroutine (already queued wherever its waker will
 * find it) with Go's wait reason, and runs others until it is readied. */
void sched_block(rt *r, const char *reason, const char *file, int line)
{
    rt_g *g = r->cur;
    g->state = G_BLOCKED;
    if (r->cfg.policy == RT_CUSTOM) /* only a custom chooser reads it */
        g->pend = block_resume(reason, file, line);
    g->reason = reason;
    g->wfile = file;
    g->wline = line;
    if (TRACE_ON(r))
        trace_ev(r, RT_EV_BLOCK, 0, 0, NULL, reason, file, line, NULL);
    budget_tick(r);
    rt_g *next = sched_pick(r, "block", file, line);
    if (!next)
        sched_deadlock(r);
    if (next != g)
        sched_switch_to(r, g, next, false, true);
    else
        g->state = G_RUNNING;
}

/* Ends the run with verdict v and goes back to rt_run; never returns. */
_Noreturn void sched_end(rt *r, rt_verdict v)
{
    if (r->verdict == RT_NOT_RUN)
        r->verdict = v;
    r->ended = true;
    sched_switch(r, r->cur, NULL, false);
    abort(); /* a goroutine of an ended run is never resumed */
}

/* Ends the run with a panic ("panic: MSG") or a fatal error ("fatal error:
 * MSG") raised by the running goroutine at file:line. */
_Noreturn void sched_fatal(rt *r, bool is_panic, const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    rt_g *g = r->cur;
    char what[512];
    g->wfile = file;
    g->wline = line;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    if (r->cfg.fatal) /* the client's words, if it ends the run itself */
        r->cfg.fatal(r->cfg.stack_ud, g->id, is_panic, what);
    r->report.len = 0;
    buf_printf(&r->report, "%s: %s\n\n", is_panic ? "panic" : "fatal error", what);
    trace_goroutines(r, &r->report, g);
    if (TRACE_ON(r))
        trace_ev(r, RT_EV_PANIC, 0, 0, NULL, NULL, file, line, "%.*s",
                 (int)strcspn(r->report.p, "\n"), r->report.p);
    sched_end(r, RT_PANIC);
}

/* --- goroutines ------------------------------------------------------------ */

static void g_exit(rt *r, rt_g *g);

/* First code run on a new goroutine's stack. */
static void g_entry(void)
{
    rt *r = rt_cur_rt;
#ifdef RT_ASAN
    const void *bottom;
    size_t size;
    __sanitizer_finish_switch_fiber(NULL, &bottom, &size);
    if (!r->host_bottom) {
        r->host_bottom = (void *)bottom;
        r->host_size = size;
    }
#endif
    rt_g *g = r->cur;
    g->fn(g->arg);
    g_exit(r, g);
}

static void g_exit(rt *r, rt_g *g)
{
    if (r->race)
        race_exit(r, g);
    if (TRACE_ON(r))
        trace_ev(r, RT_EV_EXIT, 0, 0, NULL, NULL, NULL, 0, NULL);
    if (g->id == 1) {
        g->state = G_DEAD;
        sched_end(r, RT_OK);
    }
    g->state = G_DEAD;
    if (g->aprev)
        g->aprev->anext = g->anext;
    else
        r->all_head = g->anext;
    if (g->anext)
        g->anext->aprev = g->aprev;
    else
        r->all_tail = g->aprev;
    r->nalive--;
    budget_tick(r);
    rt_g *next = sched_pick(r, "exit", g->wfile, g->wline);
    if (!next)
        sched_deadlock(r);
    stack_put(r, g); /* nothing reuses it before the switch below */
    sched_switch(r, g, next, true);
    abort();
}

/* Creates a goroutine; NULL when out of memory. */
static rt_g *g_new(rt *r, void (*fn)(void *), void *arg, const char *name, const char *file,
                   int line)
{
    if (!rq_reserve(r, (size_t)r->nalive + 1))
        return NULL;
    rt_g *g = r->next_id == 0 ? stack_get_main(r) : stack_get(r);
    if (!g)
        return NULL;
    g->id = ++r->next_id;
    g->fn = fn;
    g->arg = arg;
    g->name = name;
    g->file = file;
    g->line = line;
    g->creator = r->cur ? r->cur->name : NULL;
    g->state = G_RUNNABLE;
    g->pend = (rt_op){"start", NULL, RT_ACCESS_NONE, file, line};
    g->aprev = r->all_tail;
    if (r->all_tail)
        r->all_tail->anext = g;
    else
        r->all_head = g;
    r->all_tail = g;
    r->nalive++;
    rt_ctx_make(&g->ctx, g->lo, g->size, g_entry);
    return g;
}

_Noreturn void sched_outside(const char *what)
{
    fprintf(stderr, "conclab: %s called outside a running goroutine\n", what);
    abort();
}

int rt_go_at(void (*fn)(void *), void *arg, const char *name, const char *file, int line)
{
    rt *r = sched_enter("go");
    rt_g *g = g_new(r, fn, arg, name, file, line);
    if (!g)
        sched_error(r, "out of memory: cannot allocate a stack for goroutine %d (%s:%d)",
                    r->next_id + 1, file, line);
    if (r->race)
        race_go(r, r->cur, g);
    if (TRACE_ON(r))
        trace_ev(r, RT_EV_SPAWN, g->id, 0, NULL, NULL, file, line, "%s", name);
    sched_ready(r, g);
    sched_point(r, "go", NULL, RT_ACCESS_NONE, file, line); /* the spawn is done */
    return g->id;
}

void rt_gosched_at(const char *file, int line)
{
    rt *r = sched_enter("gosched");
    rt_g *g = r->cur;
    if (TRACE_ON(r))
        trace_ev(r, RT_EV_YIELD, 0, 0, NULL, NULL, file, line, NULL);
    g->wfile = file;
    g->wline = line;
    budget_tick(r);
    if (r->nrun == 0)
        return;
    g->state = G_RUNNABLE;
    if (r->cfg.policy == RT_CUSTOM) /* only a custom chooser reads it */
        g->pend = (rt_op){"resume", NULL, RT_ACCESS_NONE, file, line};
    rq_push_tail(r, g);
    r->nrun++;
    rt_g *next = sched_pick(r, "gosched", file, line);
    if (next != g)
        sched_switch(r, g, next, false);
    else
        g->state = G_RUNNING;
}

_Noreturn void rt_goexit_at(const char *file, int line)
{
    rt *r = sched_enter("goexit");
    r->cur->wfile = file;
    r->cur->wline = line;
    g_exit(r, r->cur);
    abort();
}

int goid(void)
{
    return sched_enter("goid")->cur->id;
}

bool rt_quiescent(int64_t horizon)
{
    rt *r = sched_enter("quiescent");
    for (size_t i = 0; i < r->nheap; i++)
        if (r->heap[i]->when <= r->now + horizon)
            return false;
    for (rt_g *g = r->all_head; g; g = g->anext)
        if (g != r->cur && g->state != G_BLOCKED && g->state != G_DEAD)
            return false;
    return true;
}

int num_goroutine(void)
{
    return sched_enter("num_goroutine")->nalive;
}

_Noreturn void rt_panic_at(const char *file, int line, const char *fmt, ...)
{
    rt *r = sched_enter("rt_panic");
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    sched_fatal(r, true, file, line, "%s", msg);
}

_Noreturn void rt_panic_report(const char *text)
{
    rt *r = sched_enter("rt_panic_report");
    r->report.len = 0;
    buf_printf(&r->report, "%s", text);
    if (TRACE_ON(r))
        trace_ev(r, RT_EV_PANIC, 0, 0, NULL, NULL, NULL, 0, "%.*s",
                 (int)strcspn(r->report.p, "\n"), r->report.p);
    sched_end(r, RT_PANIC);
}

rt *rt_current(void)
{
    return rt_cur_rt;
}

/* Gives a sync value its per-run state: on first use in this run it is
 * reset to zero (keeping its name) and gets an object id. */
void sched_obj_touch(rt *r, rt_obj *o, size_t size)
{
    if (o->gen == r->gen)
        return;
    const char *name = o->name;
    memset(o, 0, size);
    o->name = name;
    o->gen = r->gen;
    o->id = ++r->next_obj;
}

/* Starts main_fn(arg) as goroutine 1 and runs until the run ends. Returns
 * false when its stack cannot be allocated (nothing ran). */
bool sched_start(rt *r, void (*main_fn)(void *), void *arg)
{
    rt_g *g = g_new(r, main_fn, arg, "main", "", 0);
    if (!g)
        return false;
    if (r->race)
        race_go(r, NULL, g);
    if (TRACE_ON(r))
        trace_ev(r, RT_EV_SPAWN, 1, 0, NULL, NULL, NULL, 0, "main");
    sched_switch(r, NULL, g, false);
    return true;
}
