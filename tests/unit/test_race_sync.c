/* test_race_sync.c: the race detector's litmus programs for package sync,
 * one racy and one correctly synchronized version per rule of the Go memory
 * model (go.dev/ref/mem): Unlock before the next Lock, RWMutex's RUnlock
 * before Lock and Unlock before RLock, Once's function before any Do
 * returns, Done before the Wait it releases, and Cond (whose Wait re-locks
 * the mutex). Run as test_race_litmus.c runs its own (test_race_util.h). */
#include "test_race_util.h"

static sync_waitgroup wg;          /* the WaitGroup under test */
static sync_mutex mu;              /* the Mutex under test */
static sync_rwmutex rw;            /* the RWMutex under test */
static sync_once once, other_once; /* the Once under test, and another */
static sync_cond cond;             /* Cond under test (bound to mu) */
static int ready;                  /* Cond's predicate (guarded by mu) */

static void locked_incr(void *arg)
{
    int i = (int)(intptr_t)arg;
    mutex_lock(&mu);
    shared_store(&x, shared_load(&x) + 1); AT(i, '?');
    mutex_unlock(&mu);
    done();
}

static void unlocked_incr(void *arg)
{
    int i = (int)(intptr_t)arg;
    shared_store(&x, shared_load(&x) + 1); AT(i, '?');
    done();
}

static void mutex_ok(void *arg)
{
    (void)arg;
    begin(2);
    go(locked_incr, (void *)(intptr_t)0);
    go(locked_incr, (void *)(intptr_t)1);
    end();
}

static void mutex_racy(void *arg)
{
    (void)arg;
    begin(2);
    go(locked_incr, (void *)(intptr_t)0);
    go(unlocked_incr, (void *)(intptr_t)1);
    end();
}

static void rlocked_load(void *arg)
{
    (void)arg;
    rwmutex_rlock(&rw);
    (void)shared_load(&x); AT(0, 'r');
    rwmutex_runlock(&rw);
    done();
}

/* RUnlock before Lock: a reader, and a writer that locks (or, racy, only
 * read-locks: readers do not order each other). */
static void rw_writer(bool locks)
{
    begin(1);
    go(rlocked_load, NULL);
    if (locks)
        rwmutex_lock(&rw);
    else
        rwmutex_rlock(&rw);
    shared_store(&x, 1); AT(1, 'w');
    if (locks)
        rwmutex_unlock(&rw);
    else
        rwmutex_runlock(&rw);
    end();
}

static void rwmutex_runlock_ok(void *arg)
{
    (void)arg;
    rw_writer(true);
}

static void rwmutex_runlock_racy(void *arg)
{
    (void)arg;
    rw_writer(false);
}

static void locked_store(void *arg)
{
    (void)arg;
    rwmutex_lock(&rw);
    shared_store(&x, 1); AT(0, 'w');
    rwmutex_unlock(&rw);
    done();
}

/* Unlock before RLock: a writer, and a reader that read-locks (or, racy,
 * does not lock at all). */
static void rw_reader(bool locks)
{
    begin(1);
    go(locked_store, NULL);
    if (locks)
        rwmutex_rlock(&rw);
    (void)shared_load(&x); AT(1, 'r');
    if (locks)
        rwmutex_runlock(&rw);
    end();
}

static void rwmutex_unlock_ok(void *arg)
{
    (void)arg;
    rw_reader(true);
}

static void rwmutex_unlock_racy(void *arg)
{
    (void)arg;
    rw_reader(false);
}

static void init_x(void *arg)
{
    (void)arg;
    shared_store(&x, 1); AT(0, 'w');
}

static void nothing(void *arg)
{
    (void)arg;
}

static void once_user(void *arg)
{
    sync_once *o = arg;
    once_do(o, o == &once ? init_x : nothing, NULL);
    (void)shared_load(&x); if (o != &once) AT(1, 'r');
    done();
}

static void once_prog(sync_once *second)
{
    begin(2);
    go(once_user, &once);
    go(once_user, second);
    end();
}

static void once_ok(void *arg)
{
    (void)arg;
    once_prog(&once);
}

static void once_racy(void *arg)
{
    (void)arg;
    once_prog(&other_once); /* another Once: its Do orders nothing */
}

static void store_then_done(void *arg)
{
    (void)arg;
    shared_store(&x, 1);
    wg_done(&wg);
    done();
}

static void done_then_store(void *arg)
{
    (void)arg;
    wg_done(&wg);
    shared_store(&x, 1); AT(0, 'w');
    done();
}

static void waitgroup(void (*worker)(void *))
{
    begin(1);
    wg_add(&wg, 1);
    go(worker, NULL);
    wg_wait(&wg);
    (void)shared_load(&x); AT(1, 'r');
    end();
}

static void waitgroup_ok(void *arg)
{
    (void)arg;
    waitgroup(store_then_done);
}

static void waitgroup_racy(void *arg)
{
    (void)arg;
    waitgroup(done_then_store);
}

static void cond_signaller(void *arg)
{
    (void)arg;
    mutex_lock(&mu);
    shared_store(&x, 1);
    ready = 1;
    cond_signal(&cond);
    mutex_unlock(&mu);
    done();
}

static void cond_ok(void *arg)
{
    (void)arg;
    begin(1);
    ready = 0;
    cond_init(&cond, &mu);
    go(cond_signaller, NULL);
    mutex_lock(&mu);
    while (!ready)
        cond_wait(&cond);
    (void)shared_load(&x);
    mutex_unlock(&mu);
    end();
}

static const litmus table[] = {
    {"Mutex: Unlock before the next Lock", mutex_ok, false},
    {"Mutex: Unlock before the next Lock", mutex_racy, true},
    {"RWMutex: RUnlock before Lock", rwmutex_runlock_ok, false},
    {"RWMutex: RUnlock before Lock", rwmutex_runlock_racy, true},
    {"RWMutex: Unlock before RLock", rwmutex_unlock_ok, false},
    {"RWMutex: Unlock before RLock", rwmutex_unlock_racy, true},
    {"Once: f returns before any Do returns", once_ok, false},
    {"Once: f returns before any Do returns", once_racy, true},
    {"WaitGroup: Done before the Wait it releases", waitgroup_ok, false},
    {"WaitGroup: Done before the Wait it releases", waitgroup_racy, true},
    {"Cond: Wait re-locks the mutex", cond_ok, false},
};

int main(void)
{
    run_table(table, sizeof table / sizeof table[0]);
    return tap_done();
}
