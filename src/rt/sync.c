/* sync.c: sync.Mutex, RWMutex, WaitGroup, Once and Cond as zero-valued C
 * structs. Blocked goroutines wait in FIFO queues inside the value. A
 * Mutex behaves as Go's (sync/mutex.go) on one P: Unlock wakes the first
 * waiter without giving it the lock, so the unlocker or a newcomer may
 * take it first, and a waiter that loses goes back to the head of the
 * queue; one that has waited over 1 ms of virtual time turns the mutex
 * to starvation mode, where Unlock hands it over and yields. An
 * RWMutex is built the same way as Go's, on such a Mutex and two
 * semaphores. A value used in an earlier run is reset on first use. */
#include "rt/rt_int.h"
#include "rt/race.h"

#include <stdio.h>
#include <string.h>

static void wq_push(rt_waitq *q, rt_g *g)
{
    g->next = NULL;
    g->prev = q->tail;
    if (q->tail)
        q->tail->next = g;
    else
        q->head = g;
    q->tail = g;
}

static rt_g *wq_pop(rt_waitq *q)
{
    rt_g *g = q->head;
    if (g) {
        q->head = g->next;
        if (q->head)
            q->head->prev = NULL;
        else
            q->tail = NULL;
        g->next = g->prev = NULL;
    }
    return g;
}

/* Records a sync event on object o of the given kind name. */
static void sync_trace(rt *r, rt_event_kind k, rt_obj *o, const char *kind, int other,
                       const char *file, int line, const char *value)
{
    if (TRACE_ON(r))
        trace_ev(r, k, other, o->id, trace_objname(r, o->id, o->name, kind), NULL, file, line,
                 value ? "%s" : NULL, value);
}

/* Readies g, woken from o. */
static void sync_wake(rt *r, rt_obj *o, const char *kind, rt_g *g)
{
    if (TRACE_ON(r))
        trace_ev(r, RT_EV_UNBLOCK, g->id, o->id, trace_objname(r, o->id, o->name, kind), NULL,
                 NULL, 0, NULL);
    sched_ready(r, g);
}

/* --- Mutex ------------------------------------------------------------------- */

/* Puts g at the head of q (a woken Mutex waiter that lost the race). */
static void wq_push_head(rt_waitq *q, rt_g *g)
{
    g->prev = NULL;
    g->next = q->head;
    if (q->head)
        q->head->prev = g;
    else
        q->tail = g;
    q->head = g;
}

#define MUTEX_STARVE_AFTER MILLISECOND /* Go's starvationThresholdNs */

/* Takes m for the running goroutine, blocking (for reason) while it
 * cannot: Go's Mutex.lockSlow, where spinning never applies on one P. */
static void mutex_take(rt *r, sync_mutex *m, const char *reason, const char *file, int line)
{
    rt_g *g = r->cur;
    int64_t wait_start = -1; /* virtual time of its first wait */
    bool starving = false, awoke = false;
    for (;;) {
        if (m->owner == 0 && !m->starving) {
            m->owner = g->id;
            if (awoke)
                m->woken = false;
            return;
        }
        if (starving && m->owner != 0)
            m->starving = true;
        if (awoke)
            m->woken = false;
        if (wait_start < 0) {
            wait_start = r->now;
            wq_push(&m->waiters, g);
        } else {
            wq_push_head(&m->waiters, g);
        }
        sched_block(r, reason, file, line);
        starving = starving || r->now - wait_start > MUTEX_STARVE_AFTER;
        if (m->starving) { /* handed over: m->owner is g already */
            if (!starving || !m->waiters.head)
                m->starving = false;
            return;
        }
        awoke = true;
    }
}

/* Lets m go (Go's Mutex.Unlock after the check): in normal mode wakes the
 * first waiter unless one is awake already, leaving m free; in starvation
 * mode hands m to the first waiter and lets it run at once. The trace
 * names o, of the given kind, as the waker (m's own, or its RWMutex). */
static void mutex_give(rt *r, sync_mutex *m, rt_obj *o, const char *kind, const char *file,
                       int line)
{
    m->owner = 0;
    if (m->starving) {
        rt_g *w = wq_pop(&m->waiters);
        m->owner = w->id;
        sync_wake(r, o, kind, w);
        rt_gosched_at(file, line); /* Go's semrelease handoff: goyield */
        return;
    }
    if (m->woken || !m->waiters.head)
        return;
    m->woken = true;
    sync_wake(r, o, kind, wq_pop(&m->waiters));
}

static void mutex_acquire(rt *r, sync_mutex *m, const char *file, int line)
{
    mutex_take(r, m, "sync.Mutex.Lock", file, line);
    if (r->race)
        race_acquire(r, &m->obj, RACE_W);
    sync_trace(r, RT_EV_LOCK, &m->obj, "mutex", 0, file, line, NULL);
}

static void mutex_release(rt *r, sync_mutex *m, const char *file, int line)
{
    if (m->owner == 0)
        sched_fatal(r, false, file, line, "sync: unlock of unlocked mutex");
    if (r->race)
        race_release(r, &m->obj, RACE_W);
    sync_trace(r, RT_EV_UNLOCK, &m->obj, "mutex", 0, file, line, NULL);
    mutex_give(r, m, &m->obj, "mutex", file, line);
}

void rt_mutex_lock_at(sync_mutex *m, const char *file, int line)
{
    rt *r = sched_enter("mutex_lock");
    sched_obj_touch(r, &m->obj, sizeof *m);
    sched_point(r, "mutex lock", m, RT_ACCESS_SYNC, file, line);
    mutex_acquire(r, m, file, line);
}

void rt_mutex_unlock_at(sync_mutex *m, const char *file, int line)
{
    rt *r = sched_enter("mutex_unlock");
    sched_obj_touch(r, &m->obj, sizeof *m);
    sched_point(r, "mutex unlock", m, RT_ACCESS_SYNC, file, line);
    mutex_release(r, m, file, line);
}

bool rt_mutex_trylock_at(sync_mutex *m, const char *file, int line)
{
    rt *r = sched_enter("mutex_trylock");
    sched_obj_touch(r, &m->obj, sizeof *m);
    sched_point(r, "mutex trylock", m, RT_ACCESS_SYNC, file, line);
    if (m->owner != 0 || m->starving) /* Go: free of waiters or not */
        return false;
    mutex_acquire(r, m, file, line);
    return true;
}

/* --- RWMutex ----------------------------------------------------------------- */

static rt *rw_enter(sync_rwmutex *m, const char *what, const char *file, int line)
{
    rt *r = sched_enter(what);
    sched_obj_touch(r, &m->obj, sizeof *m);
    sched_point(r, what, m, RT_ACCESS_SYNC, file, line);
    return r;
}

/* The semaphores of Go's RWMutex: a release wakes the first waiter (in
 * "run next") or, with none, is kept for the next acquire. */
static void sem_acquire(rt *r, int *sem, rt_waitq *q, const char *reason, const char *file,
                        int line)
{
    if (*sem > 0) {
        (*sem)--;
        return;
    }
    wq_push(q, r->cur);
    sched_block(r, reason, file, line);
}

static void sem_release(rt *r, sync_rwmutex *m, int *sem, rt_waitq *q)
{
    rt_g *g = wq_pop(q);
    if (g)
        sync_wake(r, &m->obj, "rwmutex", g);
    else
        (*sem)++;
}

#define RW_MAX_READERS (1 << 30) /* Go's rwmutexMaxReaders */

/* RWMutex follows Go's sync/rwmutex.go step for step, so that who runs
 * when matches: writers take turns on m->w; a pending writer subtracts
 * RW_MAX_READERS from reader_count, so new readers wait; Unlock releases
 * every waiting reader, then m->w. */
void rt_rwmutex_lock_at(sync_rwmutex *m, const char *file, int line)
{
    rt *r = rw_enter(m, "rwmutex lock", file, line);
    mutex_take(r, &m->w, "sync.RWMutex.Lock", file, line);
    int readers = m->reader_count;
    m->reader_count -= RW_MAX_READERS;
    if (readers != 0 && (m->reader_wait += readers) != 0)
        sem_acquire(r, &m->writer_sem, &m->wq, "sync.RWMutex.Lock", file, line);
    if (r->race)
        race_acquire(r, &m->obj, RACE_W | RACE_R);
    sync_trace(r, RT_EV_LOCK, &m->obj, "rwmutex", 0, file, line, NULL);
}

void rt_rwmutex_unlock_at(sync_rwmutex *m, const char *file, int line)
{
    rt *r = rw_enter(m, "rwmutex unlock", file, line);
    int readers = m->reader_count + RW_MAX_READERS;
    if (readers >= RW_MAX_READERS)
        sched_fatal(r, false, file, line, "sync: Unlock of unlocked RWMutex");
    if (r->race)
        race_release(r, &m->obj, RACE_W);
    sync_trace(r, RT_EV_UNLOCK, &m->obj, "rwmutex", 0, file, line, NULL);
    m->reader_count = readers;
    for (int i = 0; i < readers; i++)
        sem_release(r, m, &m->reader_sem, &m->rq);
    mutex_give(r, &m->w, &m->obj, "rwmutex", file, line);
}

void rt_rwmutex_rlock_at(sync_rwmutex *m, const char *file, int line)
{
    rt *r = rw_enter(m, "rwmutex rlock", file, line);
    if (++m->reader_count < 0) /* a writer is pending: wait for it */
        sem_acquire(r, &m->reader_sem, &m->rq, "sync.RWMutex.RLock", file, line);
    if (r->race)
        race_acquire(r, &m->obj, RACE_W);
    sync_trace(r, RT_EV_RLOCK, &m->obj, "rwmutex", 0, file, line, NULL);
}

void rt_rwmutex_runlock_at(sync_rwmutex *m, const char *file, int line)
{
    rt *r = rw_enter(m, "rwmutex runlock", file, line);
    int left = m->reader_count - 1;
    if (left < 0 && (left + 1 == 0 || left + 1 == -RW_MAX_READERS))
        sched_fatal(r, false, file, line, "sync: RUnlock of unlocked RWMutex");
    if (r->race)
        race_release(r, &m->obj, RACE_R);
    sync_trace(r, RT_EV_RUNLOCK, &m->obj, "rwmutex", 0, file, line, NULL);
    m->reader_count = left;
    if (left < 0 && --m->reader_wait == 0) /* the last reader a writer waits for */
        sem_release(r, m, &m->writer_sem, &m->wq);
}

bool rt_rwmutex_trylock_at(sync_rwmutex *m, const char *file, int line)
{
    rt *r = rw_enter(m, "rwmutex trylock", file, line);
    if (m->w.owner != 0 || m->w.starving)
        return false;
    m->w.owner = r->cur->id;
    if (m->reader_count != 0) {
        mutex_give(r, &m->w, &m->obj, "rwmutex", file, line);
        return false;
    }
    m->reader_count = -RW_MAX_READERS;
    if (r->race)
        race_acquire(r, &m->obj, RACE_W | RACE_R);
    sync_trace(r, RT_EV_LOCK, &m->obj, "rwmutex", 0, file, line, NULL);
    return true;
}

bool rt_rwmutex_tryrlock_at(sync_rwmutex *m, const char *file, int line)
{
    rt *r = rw_enter(m, "rwmutex tryrlock", file, line);
    if (m->reader_count < 0)
        return false;
    m->reader_count++;
    if (r->race)
        race_acquire(r, &m->obj, RACE_W);
    sync_trace(r, RT_EV_RLOCK, &m->obj, "rwmutex", 0, file, line, NULL);
    return true;
}

/* --- WaitGroup ---------------------------------------------------------------- */

void rt_wg_add_at(sync_waitgroup *wg, long delta, const char *file, int line)
{
    rt *r = sched_enter("wg_add");
    sched_obj_touch(r, &wg->obj, sizeof *wg);
    sched_point(r, "waitgroup add", wg, RT_ACCESS_SYNC, file, line);
    wg->count += delta;
    if (r->race && delta < 0)
        race_release(r, &wg->obj, RACE_W);
    if (TRACE_ON(r)) {
        char v[48];
        snprintf(v, sizeof v, "%+ld = %ld", delta, wg->count);
        sync_trace(r, RT_EV_WG_ADD, &wg->obj, "wg", 0, file, line, v);
    }
    if (wg->count < 0)
        sched_fatal(r, true, file, line, "sync: negative WaitGroup counter");
    if (wg->count == 0)
        for (rt_g *g; (g = wq_pop(&wg->waiters));)
            sync_wake(r, &wg->obj, "wg", g);
}

void rt_wg_wait_at(sync_waitgroup *wg, const char *file, int line)
{
    rt *r = sched_enter("wg_wait");
    sched_obj_touch(r, &wg->obj, sizeof *wg);
    sched_point(r, "waitgroup wait", wg, RT_ACCESS_SYNC, file, line);
    if (wg->count > 0) {
        wq_push(&wg->waiters, r->cur);
        sched_block(r, "sync.WaitGroup.Wait", file, line);
    }
    if (r->race)
        race_acquire(r, &wg->obj, RACE_W);
    sync_trace(r, RT_EV_WG_WAIT, &wg->obj, "wg", 0, file, line, NULL);
}

/* --- Once -------------------------------------------------------------------- */

void rt_once_do_at(sync_once *o, void (*fn)(void *), void *arg, const char *file, int line)
{
    rt *r = sched_enter("once_do");
    sched_obj_touch(r, &o->obj, sizeof *o);
    sched_point(r, "once do", o, RT_ACCESS_SYNC, file, line);
    if (o->state == 1) { /* another goroutine is running fn: wait for it */
        wq_push(&o->waiters, r->cur);
        sched_block(r, "sync.Mutex.Lock", file, line);
        /* As in Go, where the waiters queue on the Once's mutex: each one
         * leaves through its Unlock, which wakes the next (Go 1.19,
         * GOMAXPROCS=1: they leave Do in the order they came). */
        rt_g *next = wq_pop(&o->waiters);
        if (next)
            sync_wake(r, &o->obj, "once", next);
    }
    if (o->state == 2) {
        if (r->race)
            race_acquire(r, &o->obj, RACE_W);
        sync_trace(r, RT_EV_ONCE, &o->obj, "once", 0, file, line, "skipped");
        return;
    }
    o->state = 1;
    fn(arg);
    o->state = 2;
    r->hidden_fx++; /* completes after fn's own choice points: beyond any op */
    if (r->race)
        race_release(r, &o->obj, RACE_W);
    sync_trace(r, RT_EV_ONCE, &o->obj, "once", 0, file, line, "ran");
    rt_g *first = wq_pop(&o->waiters);
    if (first)
        sync_wake(r, &o->obj, "once", first);
}

/* --- Cond -------------------------------------------------------------------- */

void cond_init(sync_cond *c, sync_mutex *mu)
{
    c->L = mu;
}

static rt *cond_enter(sync_cond *c, const char *what, const char *file, int line)
{
    rt *r = sched_enter(what);
    sync_mutex *mu = c->L;
    sched_obj_touch(r, &c->obj, sizeof *c);
    c->L = mu;
    /* Wait also unlocks and relocks c->L: no single object */
    sched_point(r, what, strcmp(what, "cond wait") == 0 ? NULL : (const void *)c, RT_ACCESS_SYNC, file, line);
    return r;
}

void rt_cond_wait_at(sync_cond *c, const char *file, int line)
{
    rt *r = cond_enter(c, "cond wait", file, line);
    if (!c->L)
        sched_fatal(r, true, file, line,
                    "runtime error: invalid memory address or nil pointer dereference "
                    "(sync_cond without a mutex: set .L or call cond_init)");
    wq_push(&c->waiters, r->cur);
    mutex_release(r, c->L, file, line);
    sched_block(r, "sync.Cond.Wait", file, line);
    sync_trace(r, RT_EV_COND_WAIT, &c->obj, "cond", 0, file, line, NULL);
    mutex_acquire(r, c->L, file, line);
}

void rt_cond_signal_at(sync_cond *c, bool all, const char *file, int line)
{
    rt *r = cond_enter(c, all ? "cond broadcast" : "cond signal", file, line);
    sync_trace(r, all ? RT_EV_BROADCAST : RT_EV_SIGNAL, &c->obj, "cond", 0, file, line, NULL);
    for (rt_g *g; (g = wq_pop(&c->waiters));) {
        sync_wake(r, &c->obj, "cond", g);
        if (!all)
            break;
    }
}
