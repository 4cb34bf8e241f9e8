/* chan.c: channels and select, by the Go specification. A blocked sender
 * or receiver waits as a clause in the channel's queue (a select waits with
 * one clause per channel case); whoever completes the operation copies the
 * value directly between the two goroutines' variables, cancels the
 * waiter's other clauses and readies it. */
#include "rt/rt_int.h"
#include "rt/race.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *chan_label(rt *r, const chan *c)
{
    return trace_objname(r, c->id, c->name, "chan");
}

/* Records a completed send or receive on c in the trace. */
static void chan_trace(rt *r, rt_event_kind k, const chan *c, const void *val, bool ok,
                       const char *file, int line)
{
    char v[64];
    if (!TRACE_ON(r))
        return;
    if (k == RT_EV_RECV && !ok)
        snprintf(v, sizeof v, "closed");
    else
        trace_value(v, sizeof v, c->type, c->esz, val);
    trace_ev(r, k, 0, c->id, chan_label(r, c), NULL, file, line, "%s", v);
}

chan *rt_chan_make_at(size_t elem_size, int cap, const char *type, const char *file, int line)
{
    rt *r = sched_enter("chan_make");
    if (cap < 0)
        sched_fatal(r, true, file, line, "makechan: size out of range");
    chan *c = calloc(1, sizeof *c);
    char *buf = c && cap ? calloc((size_t)cap, elem_size ? elem_size : 1) : NULL;
    if (!c || (cap && !buf)) {
        free(c);
        sched_fatal(r, false, file, line, "runtime: out of memory making a channel");
    }
    c->id = ++r->next_obj;
    c->type = type;
    c->esz = elem_size;
    c->cap = c->send_cap = cap;
    c->buf = c->buf_end = c->recv_slot = c->send_slot = buf;
    if (buf)
        c->buf_end = buf + (size_t)cap * elem_size;
    c->lnext = r->chans;
    r->chans = c;
    return c;
}

chan *chan_name(chan *c, const char *name)
{
    if (c) {
        free((char *)c->name);
        c->name = name ? strdup(name) : NULL;
    }
    return c;
}

int chan_len(const chan *c)
{
    return c ? c->len : 0;
}

int chan_cap(const chan *c)
{
    return c ? c->cap : 0;
}

void rt_send_closed_returns(void)
{
    sched_enter("send_closed_returns")->soft_send = true;
}

bool rt_send_failed(void)
{
    rt *r = sched_enter("send_failed");
    bool failed = r->cur->send_failed;
    r->cur->send_failed = false;
    return failed;
}

bool chan_closed(const chan *c)
{
    return c && c->closed;
}

/* --- wait queues ----------------------------------------------------------- */

/* Fills in a waiting goroutine's clause. Field by field, kept apart by
 * compiler barriers: GCC would otherwise write g and c (or c and val) with
 * one 16-byte vector store, and the peer that completes the wait soon
 * after reads them back 8 bytes at a time, which such a store cannot
 * forward (tests/bench/ab.sh here: the handoff about 6% slower with it). */
static inline void clause_init(rt_clause *cl, rt_g *g, chan *c, void *val, int idx, bool send)
{
    cl->g = g;
    __asm__ volatile("" ::: "memory");
    cl->c = c;
    __asm__ volatile("" ::: "memory");
    cl->val = val;
    cl->idx = idx;
    cl->send = send;
}

static void q_push(rt_clause **head, rt_clause **tail, rt_clause *cl)
{
    cl->next = NULL;
    cl->prev = *tail;
    if (*tail)
        (*tail)->next = cl;
    else
        *head = cl;
    *tail = cl;
}

static inline void q_remove(rt_clause **head, rt_clause **tail, rt_clause *cl)
{
    if (cl->prev)
        cl->prev->next = cl->next;
    else
        *head = cl->next;
    if (cl->next)
        cl->next->prev = cl->prev;
    else
        *tail = cl->prev;
}

/* Queues cl on its channel and closes the gate its kind of waiter shuts
 * (chan.send_cap, chan.recv_min). */
static inline void clause_queue(rt_clause *cl)
{
    chan *c = cl->c;
    if (cl->send) {
        q_push(&c->sendq, &c->sendq_tail, cl);
        c->recv_min = c->cap;
    } else {
        q_push(&c->recvq, &c->recvq_tail, cl);
        c->send_cap = 0;
    }
}

/* Opens the gate that waiting senders (send) or receivers shut, once the
 * last of them has left its queue (rt_chan_close_at shuts send_cap again
 * for good). */
static inline void gate_open(chan *c, bool send)
{
    if (send)
        c->recv_min = 0;
    else
        c->send_cap = c->cap;
}

/* Takes cl out of its channel's queue, opening the gate again when it was
 * the last of its kind. */
static inline void clause_unlink(rt_clause *cl)
{
    chan *c = cl->c;
    if (cl->send) {
        q_remove(&c->sendq, &c->sendq_tail, cl);
        if (!c->sendq)
            gate_open(c, true);
    } else {
        q_remove(&c->recvq, &c->recvq_tail, cl);
        if (!c->recvq)
            gate_open(c, false);
    }
}

/* clause_unlink for a clause at the head of its queue, one test shorter:
 * every completed wait is one, as waiters are served in order. */
static inline void clause_pop(rt_clause *cl)
{
    chan *c = cl->c;
    rt_clause *next = cl->next;
    if (cl->send)
        c->sendq = next;
    else
        c->recvq = next;
    if (next) {
        next->prev = NULL;
        return;
    }
    if (cl->send)
        c->sendq_tail = NULL;
    else
        c->recvq_tail = NULL;
    gate_open(c, cl->send);
}

/* Removes every clause of g, a goroutine waiting in a select on several
 * channels, from its queue. Out of line: plain waits are the hot case. */
__attribute__((noinline)) static void clauses_unlink_all(rt *r, rt_g *g)
{
    for (int i = 0; i < g->nclauses; i++)
        clause_unlink(&g->clauses[i]);
    r->nselecting--; /* a select on two or more channels */
}

/* Ends cl's wait (cl is the head of its queue): records which case fired
 * and how and removes all of its goroutine's clauses from their queues.
 * Returns the goroutine, to be made runnable. */
__attribute__((always_inline)) static inline rt_g *clause_settle(rt *r, rt_clause *cl, bool ok,
                                                                 bool closed)
{
    rt_g *g = cl->g;
    g->fired = cl->idx;
    g->ok = ok;
    g->closed = closed;
    if (__builtin_expect(g->nclauses == 1, 1))
        clause_pop(cl);
    else
        clauses_unlink_all(r, g);
    g->nclauses = 0;
    return g;
}

/* Completes cl's wait: clause_settle, then the goroutine is made runnable.
 * No trace event (clause_fire adds it): the fast paths' hand_over calls
 * it directly. */
__attribute__((always_inline)) static inline void clause_complete(rt *r, rt_clause *cl, bool ok,
                                                                  bool closed)
{
    sched_ready(r, clause_settle(r, cl, ok, closed));
}

/* Records in the trace, when the run has one, that c unblocked g. */
static void unblock_trace(rt *r, const rt_g *g, const chan *c)
{
    if (TRACE_ON(r))
        trace_ev(r, RT_EV_UNBLOCK, g->id, c->id, chan_label(r, c), NULL, NULL, 0, NULL);
}

/* clause_complete, recorded in the trace when the run has one. */
__attribute__((always_inline)) static inline void clause_fire(rt *r, rt_clause *cl, bool ok,
                                                              bool closed)
{
    unblock_trace(r, cl->g, cl->c);
    clause_complete(r, cl, ok, closed);
}

/* elem_copy for any size, out of line (the fast paths' rare case). */
__attribute__((noinline)) static bool elem_copy_any(const chan *c, void *dst, const void *src)
{
    if (!dst || !c->esz)
        return true;
    if (!src)
        memset(dst, 0, c->esz);
    else
        memcpy(dst, src, c->esz);
    return true;
}

/* Copies one element from src (NULL: the zero value) to dst (NULL: drop
 * it). */
static inline void elem_copy(const chan *c, void *dst, const void *src)
{
    if (c->esz == 8 && dst && src) { /* the common case first */
        memcpy(dst, src, 8);
        return;
    }
    if (!dst || !c->esz)
        return;
    if (!src)
        memset(dst, 0, c->esz);
    else if (c->esz == 8)
        memcpy(dst, src, 8);
    else if (c->esz == 4)
        memcpy(dst, src, 4);
    else
        memcpy(dst, src, c->esz);
}

/* p, with what the compiler knows of the object it points at forgotten.
 * The fast paths copy 8 bytes only when a channel's elements are 8 bytes
 * long; inlined into a demo's loop over an int channel (link-time
 * optimisation) the compiler cannot see that, and warns of a write past
 * the int (GCC 12), or a read past it. */
static inline void *elem_ptr(const void *p)
{
    void *q = (void *)p;
    __asm__("" : "+r"(q));
    return q;
}

/* Returns the ring slot *slot points at and moves *slot on to the next
 * (c->send_slot for a send, c->recv_slot for a receive). */
static inline char *slot_take(const chan *c, char **slot)
{
    char *s = *slot, *next = s + c->esz;
    *slot = next == c->buf_end ? c->buf : next;
    return s;
}

/* --- the operations, without blocking --------------------------------------- */

/* Whether a send on c could proceed now (or panic, when c is closed). */
static bool send_ready(const chan *c)
{
    return c->closed || c->recvq || c->len < c->cap;
}

static bool recv_ready(const chan *c)
{
    return c->len > 0 || c->sendq || c->closed;
}

/* Sends when it can proceed at once; false when it would block. Panics on
 * a closed channel. */
static bool send_now(rt *r, chan *c, const void *val, const char *file, int line)
{
    if (c->closed)
        sched_fatal(r, true, file, line, "send on closed channel");
    if (c->recvq) {
        rt_clause *cl = c->recvq;
        elem_copy(c, cl->val, val);
        if (r->race)
            race_chan_send(r, c, race_self(r), cl->g);
        chan_trace(r, RT_EV_SEND, c, val, true, file, line);
        clause_fire(r, cl, true, false);
        return true;
    }
    if (c->len < c->cap) {
        elem_copy(c, slot_take(c, &c->send_slot), val);
        c->len++;
        if (r->race)
            race_chan_send(r, c, race_self(r), NULL);
        chan_trace(r, RT_EV_SEND, c, val, true, file, line);
        return true;
    }
    return false;
}

/* Receives when it can proceed at once; false when it would block.
 * *ok is false when c is closed and drained. */
static bool recv_now(rt *r, chan *c, void *val, bool *ok, const char *file, int line)
{
    if (c->len > 0) {
        char *slot = slot_take(c, &c->recv_slot);
        elem_copy(c, val, slot);
        if (r->race)
            race_chan_recv(r, c, r->cur);
        chan_trace(r, RT_EV_RECV, c, slot, true, file, line);
        c->len--;
        if (c->sendq) { /* a blocked sender's value takes the freed slot */
            rt_clause *cl = c->sendq;
            elem_copy(c, slot_take(c, &c->send_slot), cl->val);
            c->len++;
            if (r->race)
                race_chan_send(r, c, cl->g, NULL);
            clause_fire(r, cl, true, false);
        }
        *ok = true;
        return true;
    }
    if (c->sendq) {
        rt_clause *cl = c->sendq;
        elem_copy(c, val, cl->val);
        if (r->race)
            race_chan_send(r, c, cl->g, r->cur);
        chan_trace(r, RT_EV_RECV, c, cl->val, true, file, line);
        clause_fire(r, cl, true, false);
        *ok = true;
        return true;
    }
    if (c->closed) {
        elem_copy(c, val, NULL);
        if (r->race)
            race_chan_closed(r, c, r->cur);
        chan_trace(r, RT_EV_RECV, c, NULL, false, file, line);
        *ok = false;
        return true;
    }
    return false;
}

/* Sends from the runtime itself (timers): never blocks, drops the value
 * when c is full. Returns whether it was sent. */
bool chan_try_send_nb(rt *r, chan *c, const void *val)
{
    if (c->closed || !send_ready(c))
        return false;
    return send_now(r, c, val, "", 0);
}

/* --- the demo API ------------------------------------------------------------ */

/* The end of chan_wait when its goroutine was woken by a close, or the
 * run is traced: panics for a send, records the operation. Returns the ok
 * flag. */
__attribute__((noinline, cold)) static bool chan_woken(rt *r, const rt_clause *cl)
{
    rt_g *g = cl->g; /* its blocking call's line is in wfile, wline */
    if (cl->send && g->closed) {
        if (r->soft_send) { /* the caller panics as its language does */
            g->send_failed = true;
            return false;
        }
        sched_fatal(r, true, g->wfile, g->wline, "send on closed channel");
    }
    chan_trace(r, cl->send ? RT_EV_SEND : RT_EV_RECV, cl->c, cl->val, g->ok, g->wfile, g->wline);
    return g->ok;
}

/* Waits on c for a send (send true) or a receive that could not proceed
 * at once: queues the running goroutine's clause and blocks until a peer
 * completes it. Returns the ok flag. One function for both, called from
 * every blocking send and receive, so a goroutine resumed from a send
 * returns along the same path as one resumed from a receive and the CPU's
 * return prediction holds (ctx_x86_64.S). */
__attribute__((noinline)) static bool chan_wait(rt *r, chan *c, void *val, bool send,
                                                const char *file, int line)
{
    rt_g *g = r->cur;
    rt_clause cl;
    clause_init(&cl, g, c, val, 0, send);
    clause_queue(&cl);
    g->clauses = &cl;
    g->nclauses = 1;
    sched_block_hot(r, send ? "chan send" : "chan receive", file, line);
    /* Resumed: the run and the goroutine are read again rather than kept
     * in callee-saved registers across the switch, so that this function
     * saves none (the switch saves the caller's). */
    r = rt_cur_rt;
    g = r->cur;
    if (__builtin_expect(g->closed || TRACE_ON(r), 0))
        return chan_woken(r, &cl);
    return g->ok;
}

/* A send (send true) or a receive on c once its choice point is passed:
 * at once when it can, else blocking (a nil channel blocks forever).
 * Returns the ok flag. */
__attribute__((noinline)) static bool chan_op_now(rt *r, chan *c, void *val, bool send,
                                                  const char *file, int line)
{
    bool ok = true;
    if (!c) {
        r->cur->nclauses = 0;
        sched_block(r, send ? "chan send (nil chan)" : "chan receive (nil chan)", file, line);
        return false; /* not reached: nothing wakes it */
    }
    if (send ? send_now(r, c, val, file, line) : recv_now(r, c, val, &ok, file, line))
        return ok;
    return chan_wait(r, c, val, send, file, line);
}

/* A send (send true) or a receive on c, blocking as needed; returns the ok
 * flag. The general path: any policy, trace or race detector. */
__attribute__((noinline)) static bool chan_op(chan *c, void *val, bool send, const char *file, int line)
{
    rt *r = sched_enter(send ? "chan_send" : "chan_recv");
    sched_point(r, send ? "chan send" : "chan receive", c, RT_ACCESS_SYNC, file, line);
    return chan_op_now(r, c, val, send, file, line);
}

/* hand_over's general case: any element size, a NULL end, or a peer
 * waiting in a select on several channels. */
__attribute__((noinline)) static bool hand_over_any(rt *r, rt_clause *cl, void *dst,
                                                    const void *src)
{
    const chan *c = cl->c;
    clause_complete(r, cl, true, false); /* fast runs have no trace */
    elem_copy(c, dst, src);
    return true;
}

/* Completes the peer's clause cl and copies one element from src to dst:
 * a fast path's handoff, out of line so the fast paths need no frame. Its
 * common case (a plain wait, 8 bytes) makes no call, so it needs none
 * either. Returns true (a receive's ok). */
__attribute__((noinline)) static bool hand_over(rt *r, rt_clause *cl, void *dst, const void *src)
{
    if (cl->g->nclauses != 1 || cl->c->esz != 8 || !dst || !src)
        return hand_over_any(r, cl, dst, src);
    clause_complete(r, cl, true, false);
    memcpy(dst, src, 8);
    return true;
}

/* The fast paths below do what chan_op does when the run is r->fast
 * (rt_fast_rt) and the choice point only counts (sched_point_fast): the
 * buffer when its gate is open (send_cap, recv_min: no peer is waiting
 * that chan_op would serve first), a waiting peer, or a wait; anything else
 * (a closed channel, a receive that refills the buffer from a waiting
 * sender) goes on to chan_op_now with the step counted, and a nil channel
 * or a choice point that must choose to chan_op. Every
 * call they make is a tail call, so the common cases need no stack
 * frame. They are declared inline so that the default build, which
 * optimises at link time (the Makefile's LTO), copies them into a demo's
 * loop where that pays: `make bench`'s buffered item then makes no call
 * at all. */
inline void rt_chan_send_at(chan *c, const void *val, const char *file, int line)
{
    rt *r = rt_fast_rt;
    if (!c || !sched_point_fast(r)) {
        chan_op(c, (void *)val, true, file, line);
    } else if (c->len < c->send_cap) {
        char *slot = slot_take(c, &c->send_slot);
        c->len++;
        if (c->esz == 8 && val)
            memcpy(slot, elem_ptr(val), 8);
        else
            elem_copy_any(c, slot, val);
    } else if (c->recvq) {
        hand_over(r, c->recvq, c->recvq->val, val);
    } else if (!c->closed) {
        chan_wait(r, c, (void *)val, true, file, line);
    } else {
        chan_op_now(r, c, (void *)val, true, file, line);
    }
}

inline bool rt_chan_recv_at(chan *c, void *val, const char *file, int line)
{
    rt *r = rt_fast_rt;
    if (!c || !sched_point_fast(r))
        return chan_op(c, val, false, file, line);
    if (c->len > c->recv_min) {
        char *slot = slot_take(c, &c->recv_slot);
        c->len--;
        if (c->esz == 8 && val) {
            memcpy(elem_ptr(val), slot, 8);
            return true;
        }
        return elem_copy_any(c, val, slot);
    }
    if (c->len == 0) {
        if (c->sendq)
            return hand_over(r, c->sendq, val, c->sendq->val);
        if (!c->closed)
            return chan_wait(r, c, val, false, file, line);
    }
    return chan_op_now(r, c, val, false, file, line);
}

void rt_chan_close_at(chan *c, const char *file, int line)
{
    rt *r = sched_enter("chan_close");
    sched_point(r, "chan close", c, RT_ACCESS_SYNC, file, line);
    if (!c)
        sched_fatal(r, true, file, line, "close of nil channel");
    if (c->closed)
        sched_fatal(r, true, file, line, "close of closed channel");
    c->closed = true;
    if (r->race)
        race_chan_close(r, c);
    if (TRACE_ON(r))
        trace_ev(r, RT_EV_CLOSE, 0, c->id, chan_label(r, c), NULL, file, line, NULL);
    /* As Go's closechan: every receiver, then every sender, is taken from
     * the head of its queue (a select waiting on both sides is taken as a
     * receiver), and they are made runnable in the reverse order, each in
     * the "run next" slot (Go 1.19, GOMAXPROCS=1: of three senders blocked
     * in the order S1, S2, S3, S3 runs first and panics). Their g->next,
     * free while they wait on channels, holds the list. */
    rt_g *woken = NULL;
    while (c->recvq) {
        rt_clause *cl = c->recvq;
        elem_copy(c, cl->val, NULL);
        if (r->race)
            race_chan_closed(r, c, cl->g);
        rt_g *g = clause_settle(r, cl, false, true);
        g->next = woken;
        woken = g;
    }
    while (c->sendq) {
        rt_g *g = clause_settle(r, c->sendq, false, true);
        g->next = woken;
        woken = g;
    }
    c->send_cap = 0; /* the queues are empty and stay so: no wait on a
                        closed channel */
    while (woken) {
        rt_g *g = woken;
        woken = g->next;
        g->next = NULL;
        unblock_trace(r, g, c);
        sched_ready(r, g);
    }
}

/* --- select ------------------------------------------------------------------- */

#define SELECT_LOCAL 8 /* cases handled without malloc */

int rt_select_at(select_case *cases, int n, const char *file, int line)
{
    rt *r = sched_enter("SELECT");
    sched_point(r, "select", NULL, RT_ACCESS_SYNC, file, line);
    rt_g *g = r->cur;
    int ready_local[SELECT_LOCAL], *ready = ready_local, nready = 0, dflt = -2, nlive = 0;
    if (n > SELECT_LOCAL && !(ready = malloc((size_t)n * sizeof *ready)))
        sched_fatal(r, false, file, line, "runtime: out of memory in select");
    for (int i = 0; i < n; i++) {
        select_case *sc = &cases[i];
        if (sc->op == SELECT_OP_DEFAULT)
            dflt = i;
        else if (sc->c) {
            nlive++;
            if (sc->op == SELECT_OP_SEND ? send_ready(sc->c) : recv_ready(sc->c))
                ready[nready++] = i;
        }
    }
    if (nready > 0) {
        int k = nready == 1 ? ready[0] : ready[sched_choose_case(r, nready, ready, file, line)];
        if (ready != ready_local)
            free(ready);
        select_case *sc = &cases[k];
        chan *c = sc->c;
        bool ok = true;
        if (r == rt_fast_rt && sc->op == SELECT_OP_SEND && c->recvq) /* a peer waits */
            hand_over(r, c->recvq, c->recvq->val, sc->val);
        else if (r == rt_fast_rt && sc->op == SELECT_OP_RECV && c->sendq && c->len == 0)
            hand_over(r, c->sendq, sc->val, c->sendq->val);
        else if (sc->op == SELECT_OP_SEND)
            send_now(r, c, sc->val, file, line);
        else
            recv_now(r, c, sc->val, &ok, file, line);
        if (sc->op == SELECT_OP_RECV && sc->ok)
            *sc->ok = ok;
        if (TRACE_ON(r))
            trace_ev(r, RT_EV_SELECT, 0, 0, NULL, NULL, file, line, "case %d", k);
        return k;
    }
    if (ready != ready_local)
        free(ready);
    if (dflt != -2) {
        if (TRACE_ON(r))
            trace_ev(r, RT_EV_SELECT, 0, 0, NULL, NULL, file, line, "default");
        return -1;
    }
    if (nlive == 0) {
        g->nclauses = 0;
        sched_block(r, "select (no cases)", file, line);
        return -1; /* not reached */
    }
    rt_clause local[SELECT_LOCAL], *cl = local;
    if (nlive > SELECT_LOCAL && !(cl = malloc((size_t)nlive * sizeof *cl)))
        sched_fatal(r, false, file, line, "runtime: out of memory in select");
    int m = 0;
    for (int i = 0; i < n; i++) {
        select_case *sc = &cases[i];
        if (sc->op == SELECT_OP_DEFAULT || !sc->c)
            continue;
        clause_init(&cl[m], g, sc->c, sc->val, i, sc->op == SELECT_OP_SEND);
        clause_queue(&cl[m]);
        m++;
    }
    g->clauses = cl;
    g->nclauses = m;
    r->nselecting += m >= 2; /* until clause_fire completes it */
    sched_block_hot(r, "select", file, line);
    if (cl != local)
        free(cl);
    int k = g->fired;
    select_case *sc = &cases[k];
    if (sc->op == SELECT_OP_SEND) {
        if (g->closed)
            sched_fatal(r, true, file, line, "send on closed channel");
        chan_trace(r, RT_EV_SEND, sc->c, sc->val, true, file, line);
    } else {
        if (sc->ok)
            *sc->ok = g->ok;
        chan_trace(r, RT_EV_RECV, sc->c, sc->val, g->ok, file, line);
    }
    if (TRACE_ON(r))
        trace_ev(r, RT_EV_SELECT, 0, 0, NULL, NULL, file, line, "case %d", k);
    return k;
}

/* Frees every channel of the run. */
void chan_free_all(rt *r)
{
    for (chan *c = r->chans, *n; c; c = n) {
        n = c->lnext;
        free((char *)c->name);
        free(c->buf);
        free(c->tk);
        free(c);
    }
    r->chans = NULL;
}
