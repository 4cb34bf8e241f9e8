/* rt_int.h: the runtime's private structures and the internal calls its
 * files make to each other (scheduler, stacks, context switch, trace).
 * Nothing outside src/rt includes it; rt.h is the public API. */
#ifndef CONCLAB_RT_INT_H
#define CONCLAB_RT_INT_H

#include "rt/rt.h"

#include <stdarg.h>

/* RT_ASAN: built with AddressSanitizer (its fiber hooks are used). */
#if defined(__SANITIZE_ADDRESS__)
#define RT_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define RT_ASAN 1
#endif
#endif
#ifdef RT_ASAN
#include <sanitizer/common_interface_defs.h>
#endif

/* Architectures without an assembly switch use the portable fallback. */
#if !defined(RT_CTX_UCONTEXT) && !defined(__x86_64__) && !defined(__aarch64__)
#define RT_CTX_UCONTEXT 1
#endif
#ifdef RT_CTX_UCONTEXT
#include <ucontext.h>
#endif

/* A saved execution context. */
typedef struct rt_ctx {
#ifdef RT_CTX_UCONTEXT
    ucontext_t uc; /* the portable fallback's saved state */
#else
    void *sp;      /* stack pointer where rt_ctx_swap saved the registers */
#endif
} rt_ctx;

/* Goroutine states. */
enum { G_RUNNABLE = 1, G_RUNNING, G_BLOCKED, G_DEAD };

/* Stack kinds (where a goroutine's block came from). */
enum { STK_GUARD = 1, STK_ARENA, STK_MAIN };

/* One waiting operation of a blocked goroutine on a channel: a plain send
 * or receive has one, a select one per channel case (libdill's clause). */
typedef struct rt_clause {
    struct rt_g *g;          /* the goroutine waiting */
    struct chan *c;          /* the channel it waits on */
    void *val;               /* receive: destination; send: source */
    int idx;                 /* case index in the select (0 for plain ops) */
    bool send;               /* a send clause (else a receive) */
    struct rt_clause *next;  /* next in the channel's queue */
    struct rt_clause *prev;  /* previous in the channel's queue */
} rt_clause;

/* A goroutine. Lives at the top of its own stack block, so one allocation
 * (pooled) holds both, and a parked goroutine costs its touched pages. */
typedef struct rt_g {
    rt_ctx ctx;              /* saved registers while not running */
    int id;                  /* Go-like id, main is 1 */
    int state;               /* G_RUNNABLE ... G_DEAD */
    struct rt_g *next;       /* sync wait queue link */
    struct rt_g *prev;       /* sync wait queue link */
    struct rt_g *anext;      /* all-alive list, in creation order */
    struct rt_g *aprev;      /* all-alive list */
    void (*fn)(void *);      /* the goroutine's function */
    void *arg;               /* its argument */
    const char *name;        /* function name ("worker"), for reports */
    const char *file;        /* where it was created (go statement) */
    int line;                /* line of the go statement */
    const char *creator;     /* function name of the creating goroutine */
    const char *reason;      /* Go wait reason while blocked */
    const char *wfile;       /* demo file of the blocking call */
    int wline;               /* demo line of the blocking call */
    int fired;               /* which clause completed (select index) */
    bool ok;                 /* receive: a value (true) or closed (false) */
    bool closed;             /* woken because the channel was closed */
    bool send_failed;        /* a send woken by a close returned (soft_send) */
    rt_clause *clauses;      /* clauses enqueued while blocked on channels */
    int nclauses;            /* how many */
    char *lo;                /* lowest usable byte of the stack */
    size_t size;             /* usable stack bytes (below this struct) */
    int kind;                /* STK_GUARD, STK_ARENA or STK_MAIN */
    struct rt_g *pnext;      /* pool free-list link */
    void *asan_fake;         /* ASan fake stack while switched out */
    unsigned vg_id;          /* Valgrind stack id */
    void *hb;                /* race detector's vector clock */
    rt_op pend;              /* the op it stopped at when switched away at
                                a choice point; "start" when new, "resume"
                                when blocked or yielded (rt_choice.ops) */
} rt_g;

/* A pending timer (sleep, time_after, ticker). */
typedef struct rt_timer {
    int64_t when;            /* virtual deadline */
    uint64_t seq;            /* creation order, breaks ties */
    int64_t period;          /* ticker period, 0 for one-shot */
    rt_g *g;                 /* sleep: goroutine to wake */
    struct chan *c;          /* after/ticker: channel to send the time on */
    int heap;                /* index in the heap, -1 when not pending */
    struct rt_timer *lnext;  /* list of all timers of the run (freeing) */
} rt_timer;

/* A channel. */
struct chan {
    uint32_t id;             /* object id in the run */
    const char *name;        /* name set by chan_name (owned copy), NULL */
    const char *type;        /* element type name for traces ("int") */
    size_t esz;              /* element size in bytes */
    int cap;                 /* capacity */
    int len;                 /* buffered elements now */
    int send_cap;            /* a send may fill a slot without looking
                                further when len < send_cap: cap while the
                                channel is open and no receiver waits (a
                                waiting receiver takes the value), else 0 */
    int recv_min;            /* a receive may empty a slot without looking
                                further when len > recv_min: 0 while no
                                sender waits, cap while one does (the buffer
                                is full then, and the receive refills it from
                                the sender: recv_now) */
    bool closed;             /* closed? */
    char *buf;               /* cap * esz bytes of ring buffer */
    char *buf_end;           /* buf + cap * esz */
    char *recv_slot;         /* the oldest buffered element's slot */
    char *send_slot;         /* the slot the next buffered send fills */
    rt_clause *recvq;        /* blocked receivers (head) */
    rt_clause *recvq_tail;   /* blocked receivers (tail) */
    rt_clause *sendq;        /* blocked senders (head) */
    rt_clause *sendq_tail;   /* blocked senders (tail) */
    struct chan *lnext;      /* list of all channels of the run (freeing) */
    ticker *tk;              /* the ticker whose channel this is, freed
                                with it; NULL for other channels */
    void *hb;                /* race detector state */
};

/* A growable byte buffer. */
typedef struct rt_buf {
    char *p;                 /* bytes, NUL-terminated when len > 0 */
    size_t len;              /* used bytes */
    size_t cap;              /* allocated bytes */
} rt_buf;

/* A stack pool of one kind. */
typedef struct rt_pool {
    rt_g *free;              /* free blocks */
    size_t live;             /* blocks handed out */
} rt_pool;

/* A run. */
struct rt {
    rt_config cfg;           /* configuration (schedule string copied) */
    uint64_t gen;            /* process-wide run generation (sync values) */
    rt_verdict verdict;      /* how the run ended */
    bool ended;              /* the run is over: switch back to rt_run */
    rt_g *overflowed;        /* goroutine whose stack overflowed (arena
                                canary broken, or guard page hit: stack.c's
                                SIGSEGV handler) */
    uint64_t slice_start;    /* RT_FIFO: steps when the running goroutine's
                                time slice began (switched in, or the slice
                                renewed while nobody else could run) */
    uint64_t slice_max;      /* RT_FIFO: its slice is up after this many
                                choice points */
    uint64_t slice_len;      /* slice_max - 1, at most 2^62 (no overflow) */
    uint64_t fast_lim;       /* steps below which a choice point can only
                                count (sched_point_fast): neither the budget
                                nor the slice is up there and the schedule
                                ends in a 0 being repeated; 0 while it does
                                not (sched_fast_arm) */
    uint64_t fast_cap;       /* the most fast_lim may be: max_steps while
                                the schedule ends in 0s (sched_last is 0),
                                else 0 (sched_record keeps it) */
    uint64_t rep_mark;       /* steps when sched_rep was last brought up to
                                date: every step since is a fast path's 0,
                                not yet added to it (sched_settle) */
    bool fast;               /* FIFO without trace or race detector: the
                                channel fast paths apply */
    rt_ctx host;             /* rt_run's context */
    rt_g *cur;               /* running goroutine */
    rt_g *runnext;           /* Go's runnext slot */
    rt_g **rq;               /* run queue: a ring of rqcap slots (a power
                                of two, at least the goroutines alive) */
    size_t rqcap;            /* its capacity */
    size_t rqstart;          /* slot of the queue's head */
    size_t rqlen;            /* goroutines in the queue */
    size_t nrun;             /* goroutines in runnext + run queue */
    rt_g *all_head;          /* alive goroutines in creation order */
    rt_g *all_tail;          /* alive goroutines, last */
    int nalive;              /* alive goroutines */
    int next_id;             /* last goroutine id handed out */
    uint32_t next_obj;       /* last object id handed out */
    uint64_t steps;          /* choice points so far */
    uint64_t max_steps;      /* budget */
    int64_t now;             /* virtual time */
    uint64_t rng[4];         /* xoshiro256** state */
    uint64_t tseq;           /* timer sequence */
    rt_timer **heap;         /* timer min-heap */
    size_t nheap;            /* timers pending */
    size_t heapcap;          /* heap capacity */
    rt_timer *timers;        /* all timers (freed at the end) */
    struct chan *chans;      /* all channels (freed at the end) */
    rt_pool pool_guard;      /* guard-page stacks */
    rt_pool pool_arena;      /* arena stacks */
    void **arenas;           /* arena chunk mappings */
    size_t narenas;          /* how many */
    size_t arenacap;         /* capacity of arenas[] */
    char *arena_next;        /* next free block in the current chunk */
    char *arena_end;         /* end of the current chunk */
    size_t gsz;              /* block size: stack + g struct, rounded */
    size_t page;             /* page size */
    void *host_bottom;       /* ASan: the host stack's bottom */
    size_t host_size;        /* ASan: the host stack's size */
    void *host_fake;         /* ASan: the host's fake stack while away */
    /* schedule recording and replay */
    rt_buf sched;            /* the schedule string taken */
    int sched_last;          /* last chosen index not yet flushed, -1 */
    uint64_t sched_rep;      /* its repeat count */
    const char *replay;      /* RT_REPLAY: cursor in cfg.schedule */
    int replay_idx;          /* current replay index */
    uint64_t replay_rep;     /* remaining repeats of it */
    int *cand;               /* candidate ids buffer */
    rt_g **candg;            /* candidate goroutines buffer */
    rt_op *ops;              /* candidate ops buffer (RT_CUSTOM) */
    size_t candcap;          /* capacity of cand and ops */
    uint64_t printed;        /* bytes printed so far (rt_choice.printed) */
    uint64_t hidden_fx;      /* sync.Once completions and ticker stops
                                (part of rt_choice.side_effects) */
    int nselecting;          /* goroutines blocked in a select on two or
                                more channels (rt_choice.selecting) */
    /* results */
    rt_buf report;           /* panic/deadlock/error report */
    rt_buf leaks;            /* leak report */
    size_t nleaks;           /* leaked goroutines */
    char **lines;            /* output lines */
    size_t nlines;           /* how many */
    size_t linecap;          /* capacity */
    rt_buf partial;          /* an open output line */
    bool partial_open;       /* partial holds a started line */
    rt_buf outtext;          /* rt_output_text */
    rt_event *ev;            /* trace events */
    size_t nev;              /* how many */
    size_t evcap;            /* capacity */
    char **strs;             /* strings owned by the trace */
    size_t nstrs;            /* how many */
    size_t strcap;           /* capacity */
    rt_buf tracetext;        /* rt_trace_text */
    char **objnames;         /* default names by object id */
    size_t objnamecap;       /* capacity */
    void *race;              /* race detector state (race.c) */
    bool soft_send;          /* a send woken by a close returns (rt_send_failed) */
};

/* The runtime running on this thread. */
extern _Thread_local rt *rt_cur_rt;
/* The same when that run is r->fast (FIFO, no trace, no race detector),
 * else a run that is never fast (its fast_lim is 0, so sched_point_fast
 * always says no): one load and no test for the channel fast paths. The
 * local-exec model reads it in one instruction where the default takes
 * two; it holds while the runtime is linked into programs, as
 * libconclab.a is (a shared-library build would have to drop it). */
extern _Thread_local rt *rt_fast_rt __attribute__((tls_model("local-exec")));
/* What rt_fast_rt points at when no fast run is running: a run whose
 * fast_lim of 0 sends every channel operation to the general path. */
extern rt rt_no_fast_run;

/* --- ctx.c / ctx_*.S --------------------------------------------------- */
/* Prepares c so that switching to it calls entry() on the stack
 * [lo, lo + size); entry must never return. */
void rt_ctx_make(rt_ctx *c, char *lo, size_t size, void (*entry)(void));
#ifdef RT_CTX_UCONTEXT
/* Saves the running context in from and resumes to. */
void rt_ctx_switch(rt_ctx *from, rt_ctx *to);
#else
/* The assembly switch (ctx_x86_64.S, ctx_aarch64.S). */
void rt_ctx_swap(void **save_sp, void *load_sp);
/* Saves the running context in from and resumes to. */
static inline void rt_ctx_switch(rt_ctx *from, rt_ctx *to)
{
    rt_ctx_swap(&from->sp, to->sp);
}
#endif

/* --- stack.c ------------------------------------------------------------ */
rt_g *stack_get(rt *r);
rt_g *stack_get_main(rt *r);
void stack_put(rt *r, rt_g *g);
void stack_free_all(rt *r);
void stack_unpoison(rt_g *g);
void stack_guard_handler(void);
#define RT_CANARY 0x5ca1ab1ec0ffee11ull /* low end of every arena stack */
/* True when g's stack canary is intact (always for guard stacks). */
static inline bool stack_check(const rt_g *g)
{
    uint64_t v;
    if (g->kind != STK_ARENA)
        return true;
    __builtin_memcpy(&v, g->lo - 16, 8);
    return v == RT_CANARY;
}

/* --- sched.c ------------------------------------------------------------ */
_Noreturn void sched_outside(const char *what);
_Noreturn void sched_budget_spent(rt *r);
void sched_record(rt *r, int idx);
void sched_slice_renew(rt *r);
void sched_point_slow(rt *r, const char *what, const void *obj, rt_access kind,
                      const char *file, int line);
void sched_block(rt *r, const char *reason, const char *file, int line);
void sched_ready_tail(rt *r, rt_g *g);
int sched_choose_case(rt *r, int n, const int *ready, const char *file, int line);
_Noreturn void sched_end(rt *r, rt_verdict v);
_Noreturn void sched_fatal(rt *r, bool is_panic, const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
bool sched_start(rt *r, void (*main_fn)(void *), void *arg);

/* --- schedule.c --------------------------------------------------------- */
uint64_t sched_rand(rt *r);
int sched_rand_below(rt *r, int n);
void sched_seed(rt *r, uint64_t seed);
bool sched_token(const char **s, int *idx, uint64_t *rep);
void sched_flush(rt *r);
void sched_obj_touch(rt *r, rt_obj *o, size_t size);

/* --- time.c ------------------------------------------------------------- */
bool time_fire_next(rt *r);
void time_free_all(rt *r);
void time_sleep_wait(rt *r, rt_g *g, int64_t d);

/* --- chan.c ------------------------------------------------------------- */
void chan_free_all(rt *r);
bool chan_try_send_nb(rt *r, chan *c, const void *val);

/* --- trace.c ------------------------------------------------------------ */
void trace_ev(rt *r, rt_event_kind k, int other, uint32_t obj, const char *objname,
              const char *reason, const char *file, int line, const char *vfmt, ...)
    __attribute__((format(printf, 9, 10)));
const char *trace_objname(rt *r, uint32_t id, const char *name, const char *kind);
void trace_value(char *out, size_t n, const char *type, size_t size, const void *val);
void trace_goroutines(rt *r, rt_buf *b, const rt_g *running);
void trace_free_all(rt *r);
void output_finish(rt *r);
void output_free(rt *r);
void buf_printf(rt_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vprintf(rt_buf *b, const char *fmt, va_list ap);
void buf_free(rt_buf *b);

#define TRACE_ON(r) ((r)->cfg.trace)

/* Appends g to the run queue (never full: g_new keeps room for every
 * goroutine alive). */
static inline void rq_push_tail(rt *r, rt_g *g)
{
    r->rq[(r->rqstart + r->rqlen++) & (r->rqcap - 1)] = g;
}

/* Makes g runnable in Go's "run next" slot; a goroutine already there
 * moves to the back of the queue. Inline: it is on every handoff. */
static inline void sched_ready(rt *r, rt_g *g)
{
    g->state = G_RUNNABLE;
    if (!r->nrun) /* the fast paths' steps so far had no choice (sched_settle) */
        r->rep_mark = r->steps;
    if (r->runnext)
        rq_push_tail(r, r->runnext);
    r->runnext = g;
    r->nrun++;
}

/* The running runtime for a demo call; aborts the process when called
 * outside a running goroutine (a programming error in the caller). */
static inline rt *sched_enter(const char *what)
{
    rt *r = rt_cur_rt;
    if (__builtin_expect(!r || !r->cur, 0))
        sched_outside(what);
    return r;
}

/* Sets r->fast_lim from the slice, the budget and the schedule's last
 * choice (these two through rt.fast_cap). Called at every switch,
 * whenever the slice starts again or the schedule's last choice
 * changes. */
static inline void sched_fast_arm(rt *r)
{
    uint64_t lim = r->slice_start + r->slice_len;
    r->fast_lim = lim < r->fast_cap ? lim : r->fast_cap;
}

/* Adds the fast paths' steps since rep_mark to the schedule's repeated 0s
 * (the schedule ends in 0s, as fast_lim ensures) when another goroutine
 * was runnable at each of them: nrun never falls between two settles, and
 * sched_ready moves rep_mark on when it rises from 0, dropping the steps
 * before, which had no choice to record. */
static inline void sched_settle(rt *r)
{
    if (r->nrun)
        r->sched_rep += r->steps - r->rep_mark;
    r->rep_mark = r->steps;
}

/* Counts a step taken outside the fast paths (settling theirs first). */
static inline void sched_step(rt *r)
{
    sched_settle(r);
    r->rep_mark = ++r->steps;
}

/* sched_record(r, 0), inline for its common case: the schedule already
 * ends in 0s, so the count grows. */
static inline void sched_record_zero(rt *r)
{
    if (r->sched_rep && r->sched_last == 0)
        r->sched_rep++;
    else
        sched_record(r, 0);
}

/* A choice point where the running goroutine may continue: counts a step,
 * remembers the demo line, and lets the chooser switch to another runnable
 * goroutine. obj and kind say what the op after it touches (rt_op); only
 * the slow path looks at them. Inline: under FIFO it rarely switches. A
 * FIFO slice is up after slice_max choice points, counted whether or not
 * another goroutine could run (Go preempts by time); the goroutine is then
 * preempted at its next choice point where another can, or starts a new
 * slice when none can. */
static inline void sched_point(rt *r, const char *what, const void *obj, rt_access kind,
                               const char *file, int line)
{
    rt_g *g = r->cur;
    g->wfile = file;
    g->wline = line;
    sched_step(r);
    if (__builtin_expect(r->steps > r->max_steps, 0))
        sched_budget_spent(r);
    bool slice_up = r->steps - r->slice_start >= r->slice_max;
    if (r->nrun == 0) {
        if (slice_up)
            sched_slice_renew(r);
        return;
    }
    if (r->cfg.policy == RT_FIFO && !slice_up) {
        sched_record_zero(r);
        return;
    }
    sched_point_slow(r, what, obj, kind, file, line);
}

/* sched_point's whole effect when it cannot switch and has nothing to do
 * but count a 0 (steps below fast_lim): returns false, having changed
 * nothing, otherwise. The channel fast paths call it, and sched_point when
 * it says no. The 0 is added to the schedule later (sched_settle). Unlike
 * sched_point it does not record the demo line: every path that switches
 * a goroutine out or writes a report records its own. Keep the two in
 * step. */
static inline bool sched_point_fast(rt *r)
{
    if (__builtin_expect(r->steps >= r->fast_lim, 0))
        return false;
    r->steps++;
    return true;
}

/* Takes the first runnable goroutine (runnext, else the queue's head) out
 * and returns it; nrun > 0. */
static inline rt_g *rq_take_first(rt *r)
{
    rt_g *g = r->runnext;
    r->nrun--;
    if (g) {
        r->runnext = NULL;
        return g;
    }
    g = r->rq[r->rqstart];
    r->rqstart = (r->rqstart + 1) & (r->rqcap - 1);
    r->rqlen--;
    return g;
}

/* Switches from the running goroutine `from` (NULL: rt_run's host context)
 * to `to` (NULL: back to the host). A dying `from` is never resumed.
 * traced false: the run is known to have no trace (a fast run), so the
 * test for one is left out.
 * Inlined only into sched_block (every blocking operation) and
 * sched_block_hot (channel waits, the hot path), and called through
 * sched_switch from everywhere else: three call sites of the context
 * switch in all, so the CPU's prediction of where it returns holds
 * (ctx_x86_64.S). */
__attribute__((always_inline)) static inline void sched_switch_to(rt *r, rt_g *from, rt_g *to,
                                                                  bool dying, bool traced)
{
    if (from && !dying && !stack_check(from)) {
        /* nothing more may run on this stack: the report is written by
         * rt_run, back on the host's stack */
        r->overflowed = from;
        r->verdict = RT_PANIC;
        r->ended = true;
        to = NULL;
    }
    rt_ctx *save = from ? &from->ctx : &r->host;
    rt_ctx *load = to ? &to->ctx : &r->host;
    r->cur = to;
    r->slice_start = r->steps;
    sched_fast_arm(r);
    if (to) {
        to->state = G_RUNNING;
        if (traced && TRACE_ON(r))
            trace_ev(r, RT_EV_RUN, 0, 0, NULL, NULL, NULL, 0, NULL);
    }
#ifdef RT_ASAN
    __sanitizer_start_switch_fiber(dying ? NULL : (from ? &from->asan_fake : &r->host_fake),
                                   to ? to->lo : r->host_bottom, to ? to->size : r->host_size);
    rt_ctx_switch(save, load);
    __sanitizer_finish_switch_fiber(r->cur ? r->cur->asan_fake : r->host_fake, NULL, NULL);
#else
    rt_ctx_switch(save, load);
#endif
}

/* sched_block for the hot waits (channel sends and receives): the same
 * effect, inline, when the run is r->fast (so it has no trace), another
 * goroutine is runnable, the budget is not spent and the choice to record,
 * if any, repeats the schedule's last 0; sched_block otherwise. It calls
 * nothing but the switch, so its caller keeps nothing in callee-saved
 * registers for it. */
__attribute__((always_inline)) static inline void sched_block_hot(rt *r, const char *reason,
                                                                  const char *file, int line)
{
    rt_g *g = r->cur;
    if (__builtin_expect(!r->fast || r->nrun == 0 || r->steps >= r->max_steps ||
                             (r->nrun >= 2 && !(r->sched_rep && r->sched_last == 0)),
                         0)) {
        sched_block(r, reason, file, line);
        return;
    }
    g->state = G_BLOCKED;
    g->reason = reason;
    g->wfile = file;
    g->wline = line;
    sched_step(r);
    if (r->nrun >= 2) /* FIFO picks the first: sched_pick's record */
        r->sched_rep++;
    sched_switch_to(r, g, rq_take_first(r), false, false);
}

#endif
