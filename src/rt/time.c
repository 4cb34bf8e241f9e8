/* time.c: the virtual clock. Timers (sleep, time_after, tickers) wait in a
 * min-heap ordered by deadline, then by creation order, so equal deadlines
 * fire in the order they were set; the clock jumps to the next deadline
 * only when no goroutine can run (the scheduler calls time_fire_next). */
#include "rt/rt_int.h"

#include <stdlib.h>

static bool t_less(const rt_timer *a, const rt_timer *b)
{
    return a->when < b->when || (a->when == b->when && a->seq < b->seq);
}

static void heap_set(rt *r, size_t i, rt_timer *t)
{
    r->heap[i] = t;
    t->heap = (int)i;
}

static void heap_up(rt *r, size_t i)
{
    rt_timer *t = r->heap[i];
    while (i > 0 && t_less(t, r->heap[(i - 1) / 2])) {
        heap_set(r, i, r->heap[(i - 1) / 2]);
        i = (i - 1) / 2;
    }
    heap_set(r, i, t);
}

static void heap_down(rt *r, size_t i)
{
    rt_timer *t = r->heap[i];
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= r->nheap)
            break;
        if (c + 1 < r->nheap && t_less(r->heap[c + 1], r->heap[c]))
            c++;
        if (!t_less(r->heap[c], t))
            break;
        heap_set(r, i, r->heap[c]);
        i = c;
    }
    heap_set(r, i, t);
}

/* Removes t from the heap (it must be pending). */
static void heap_remove(rt *r, rt_timer *t)
{
    size_t i = (size_t)t->heap;
    rt_timer *last = r->heap[--r->nheap];
    t->heap = -1;
    if (last == t)
        return;
    heap_set(r, i, last);
    heap_up(r, i);
    heap_down(r, (size_t)last->heap);
}

/* Arms a new timer d from now; aborts the run when out of memory. */
static rt_timer *timer_start(rt *r, int64_t d, const char *file, int line)
{
    rt_timer *t = malloc(sizeof *t);
    if (!t)
        sched_fatal(r, false, file, line, "runtime: out of memory starting a timer");
    if (r->nheap == r->heapcap) {
        size_t nc = r->heapcap ? r->heapcap * 2 : 16;
        rt_timer **nh = realloc(r->heap, nc * sizeof *nh);
        if (!nh) {
            free(t);
            sched_fatal(r, false, file, line, "runtime: out of memory starting a timer");
        }
        r->heap = nh;
        r->heapcap = nc;
    }
    *t = (rt_timer){.when = r->now + (d > 0 ? d : 0), .seq = ++r->tseq, .heap = -1};
    t->lnext = r->timers;
    r->timers = t;
    heap_set(r, r->nheap++, t);
    heap_up(r, r->nheap - 1);
    return t;
}

/* Fires the earliest pending timer, moving the clock to its deadline.
 * Returns false when no timer is pending. Does not switch. */
bool time_fire_next(rt *r)
{
    if (r->nheap == 0)
        return false;
    rt_timer *t = r->heap[0];
    heap_remove(r, t);
    if (t->when > r->now)
        r->now = t->when;
    if (t->g) {
        rt_g *g = t->g;
        t->g = NULL;
        if (TRACE_ON(r))
            trace_ev(r, RT_EV_WAKE, g->id, 0, NULL, NULL, NULL, 0, NULL);
        sched_ready_tail(r, g);
    } else if (t->c) {
        rt_duration now = r->now;
        if (TRACE_ON(r))
            trace_ev(r, RT_EV_WAKE, 0, t->c->id, trace_objname(r, t->c->id, t->c->name, "chan"),
                     NULL, NULL, 0, NULL);
        chan_try_send_nb(r, t->c, &now);
        if (t->period > 0) { /* a ticker: next tick, one period on */
            t->when += t->period;
            t->seq = ++r->tseq;
            heap_set(r, r->nheap++, t);
            heap_up(r, r->nheap - 1);
        }
    }
    return true;
}

void rt_sleep_at(rt_duration d, const char *file, int line)
{
    rt *r = sched_enter("sleep_for");
    if (d <= 0) { /* Go's time.Sleep returns at once: no yield, a call */
        sched_point(r, "sleep", NULL, RT_ACCESS_NONE, file, line);
        return;
    }
    rt_timer *t = timer_start(r, d, file, line);
    t->g = r->cur;
    if (TRACE_ON(r))
        trace_ev(r, RT_EV_SLEEP, 0, 0, NULL, NULL, file, line, "%lld", (long long)t->when);
    sched_block(r, "sleep", file, line);
}

rt_duration time_now(void)
{
    return sched_enter("time_now")->now;
}

chan *rt_time_after_at(rt_duration d, const char *file, int line)
{
    rt *r = sched_enter("time_after");
    chan *c = rt_chan_make_at(sizeof(rt_duration), 1, "rt_duration", file, line);
    rt_timer *t = timer_start(r, d, file, line);
    t->c = c;
    return c;
}

ticker *rt_ticker_make_at(rt_duration d, const char *file, int line)
{
    rt *r = sched_enter("ticker_make");
    if (d <= 0)
        sched_fatal(r, true, file, line, "non-positive interval for NewTicker");
    ticker *tk = malloc(sizeof *tk);
    if (!tk)
        sched_fatal(r, false, file, line, "runtime: out of memory making a ticker");
    chan *c = rt_chan_make_at(sizeof(rt_duration), 1, "rt_duration", file, line);
    rt_timer *t = timer_start(r, d, file, line);
    t->c = c;
    t->period = d;
    tk->C = c;
    tk->timer = t;
    c->tk = tk; /* freed with the channel */
    return tk;
}

void ticker_stop(ticker *tk)
{
    rt *r = sched_enter("ticker_stop");
    r->hidden_fx++;
    if (tk && tk->timer && tk->timer->heap >= 0)
        heap_remove(r, tk->timer);
}

/* Frees every timer of the run (tickers go with their channels). */
void time_free_all(rt *r)
{
    for (rt_timer *t = r->timers, *n; t; t = n) {
        n = t->lnext;
        free(t);
    }
    r->timers = NULL;
    free(r->heap);
    r->heap = NULL;
    r->nheap = r->heapcap = 0;
}
