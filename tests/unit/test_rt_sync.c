/* test_rt_sync.c: Mutex, RWMutex, WaitGroup, Once, Cond and atomics, with
 * Go's panics, fatal errors and wait reasons, under FIFO and random
 * schedules. */
#include "test_rt_util.h"

#include <stdio.h>

static sync_mutex mu;  /* global, zero value, reused across runs */
static int counter;    /* guarded by mu */

static void incr(void *arg)
{
    sync_waitgroup *wg = arg;
    for (int i = 0; i < 100; i++) {
        mutex_lock(&mu);
        shared_store(&counter, shared_load(&counter) + 1);
        mutex_unlock(&mu);
    }
    wg_done(wg);
}

static void mutex_main(void *arg)
{
    (void)arg;
    sync_waitgroup wg = {0};
    counter = 0;
    for (int i = 0; i < 4; i++) {
        wg_add(&wg, 1);
        go(incr, &wg);
    }
    wg_wait(&wg);
    say("%d", counter);
}

static void racy_incr(void *arg)
{
    sync_waitgroup *wg = arg;
    for (int i = 0; i < 100; i++)
        shared_store(&counter, shared_load(&counter) + 1);
    wg_done(wg);
}

static void racy_main(void *arg)
{
    (void)arg;
    sync_waitgroup wg = {0};
    counter = 0;
    wg_add(&wg, 2);
    go(racy_incr, &wg);
    go(racy_incr, &wg);
    wg_wait(&wg);
    say("%d", counter);
}

static void unlock_unlocked_main(void *arg)
{
    (void)arg;
    sync_mutex m = {0};
    mutex_unlock(&m);
}

static void hold_forever(void *arg)
{
    (void)arg;
    mutex_lock(&mu);
    gosched();
    mutex_lock(&mu);
}

static void mutex_deadlock_main(void *arg)
{
    (void)arg;
    sync_waitgroup wg = {0};
    wg_add(&wg, 1);
    go(hold_forever, NULL);
    wg_wait(&wg);
}

static void trylock_main(void *arg)
{
    (void)arg;
    sync_mutex m = {0};
    bool a = mutex_trylock(&m), b = mutex_trylock(&m);
    mutex_unlock(&m);
    bool c = mutex_trylock(&m);
    say("%d %d %d", a, b, c);
}

static sync_rwmutex rw; /* for the reader/writer test */
static int readers_in;  /* readers inside at once */

static void reader(void *arg)
{
    (void)arg;
    rwmutex_rlock(&rw);
    readers_in++;
    say("reader in (%d inside)", readers_in);
    sleep_for(SECOND);
    readers_in--;
    rwmutex_runlock(&rw);
}

static void writer(void *arg)
{
    (void)arg;
    rwmutex_lock(&rw);
    say("writer in (%d readers inside) at %llds", readers_in, (long long)(time_now() / SECOND));
    rwmutex_unlock(&rw);
}

static void rwmutex_main(void *arg)
{
    (void)arg;
    sync_waitgroup wg = {0};
    go(reader, NULL);
    go(reader, NULL);
    sleep_for(1);
    go(writer, NULL);
    sleep_for(3 * SECOND);
    bool tr = rwmutex_tryrlock(&rw);
    bool tw = rwmutex_trylock(&rw);
    say("tryrlock=%d trylock=%d", tr, tw);
    rwmutex_runlock(&rw);
    (void)wg;
}

static void rw_unlock_main(void *arg)
{
    (void)arg;
    sync_rwmutex m = {0};
    rwmutex_unlock(&m);
}

static void negative_wg_main(void *arg)
{
    (void)arg;
    sync_waitgroup wg = {0};
    wg_done(&wg);
}

static void wg_deadlock_main(void *arg)
{
    (void)arg;
    sync_waitgroup wg = {0};
    wg_add(&wg, 2);
    wg_done(&wg);
    wg_wait(&wg);
}

static sync_once once;
static int once_runs;

static void setup(void *arg)
{
    once_runs++;
    sleep_for(SECOND); /* others must wait for it to finish */
    say("setup by g%d arg=%s", goid(), (const char *)arg);
}

static void once_user(void *arg)
{
    sync_waitgroup *wg = arg;
    once_do(&once, setup, "x");
    say("g%d sees %d run(s)", goid(), once_runs);
    wg_done(wg);
}

static void once_main(void *arg)
{
    (void)arg;
    sync_waitgroup wg = {0};
    once_runs = 0;
    wg_add(&wg, 3);
    for (int i = 0; i < 3; i++)
        go(once_user, &wg);
    wg_wait(&wg);
}

/* Mutex as Go's on one P: Unlock wakes the first waiter but does not hand
 * it the lock, so the unlocker may take it again (barging); a waiter that
 * has waited over 1 ms gets it handed over (starvation mode). Each
 * expected text is what go1.19.8 printed in 20 runs of 20 with
 * GOMAXPROCS=1 for the same program. */
static sync_mutex bmu;
static sync_waitgroup bwg;

static void barge_worker(void *arg)
{
    mutex_lock(&bmu);
    say("%s locked", (const char *)arg);
    mutex_unlock(&bmu);
    wg_done(&bwg);
}

/* Starts a worker per name, letting each run until it blocks. */
static void start_each(void (*worker)(void *), const char *const *names, int n)
{
    for (int i = 0; i < n; i++) {
        wg_add(&bwg, 1);
        go(worker, (void *)names[i]);
        gosched();
    }
}

static void barge_relock_main(void *arg)
{
    (void)arg;
    static const char *const names[] = {"A", "B", "C"};
    mutex_lock(&bmu);
    start_each(barge_worker, names, 3); /* they block in Lock */
    say("main unlock");
    mutex_unlock(&bmu);
    mutex_lock(&bmu); /* A is woken but has not run: main takes it back */
    say("main relocked");
    mutex_unlock(&bmu);
    wg_wait(&bwg);
}

static void barge_trylock_main(void *arg)
{
    (void)arg;
    mutex_lock(&bmu);
    wg_add(&bwg, 1);
    go(barge_worker, "A");
    gosched();
    mutex_unlock(&bmu);
    bool got = mutex_trylock(&bmu);
    say("main trylock=%s", got ? "true" : "false");
    if (got)
        mutex_unlock(&bmu);
    wg_wait(&bwg);
}

static rt_duration barge_hold; /* how long each holder keeps the lock */

static void barge_looper(void *arg)
{
    for (int i = 0; i < 3; i++) {
        mutex_lock(&bmu);
        say("%s%d", (const char *)arg, i);
        if (barge_hold)
            sleep_for(barge_hold);
        else
            gosched();
        mutex_unlock(&bmu);
    }
    wg_done(&bwg);
}

static void barge_loop_main(void *arg)
{
    (void)arg;
    wg_add(&bwg, 2);
    go(barge_looper, "A");
    go(barge_looper, "B");
    wg_wait(&bwg);
}

/* RWMutex as Go's: main holds the write lock while R1, W2 and R2 queue in
 * that order; its Unlock releases the two readers, then W2's turn on the
 * writers' mutex, and W2 (run next) waits for the readers. With relock,
 * main takes the writers' mutex back before W2 runs. go1.19.8 printed
 * the expected texts in 20 runs of 20. */
static sync_rwmutex brw;
static bool brw_relock;

static void brw_worker(void *arg)
{
    const char *name = arg;
    if (name[0] == 'W') {
        rwmutex_lock(&brw);
        say("%s locked", name);
        rwmutex_unlock(&brw);
    } else {
        rwmutex_rlock(&brw);
        say("%s rlocked", name);
        rwmutex_runlock(&brw);
    }
    wg_done(&bwg);
}

static void brw_main(void *arg)
{
    (void)arg;
    static const char *const names[] = {"R1", "W2", "R2"};
    rwmutex_lock(&brw);
    start_each(brw_worker, names, 3);
    say("main unlock");
    rwmutex_unlock(&brw);
    if (brw_relock) {
        rwmutex_lock(&brw);
        say("main relocked");
        rwmutex_unlock(&brw);
    }
    wg_wait(&bwg);
}

static sync_mutex cmu;
static sync_cond cond = {.L = &cmu};
static bool ready_flag;

static void cond_waiter(void *arg)
{
    sync_waitgroup *wg = arg;
    mutex_lock(&cmu);
    while (!ready_flag)
        cond_wait(&cond);
    say("g%d woke", goid());
    mutex_unlock(&cmu);
    wg_done(wg);
}

static void cond_main(void *arg)
{
    (void)arg;
    sync_waitgroup wg = {0};
    ready_flag = false;
    wg_add(&wg, 3);
    for (int i = 0; i < 3; i++)
        go(cond_waiter, &wg);
    sleep_for(SECOND);
    mutex_lock(&cmu);
    ready_flag = true;
    cond_signal(&cond);
    mutex_unlock(&cmu);
    sleep_for(SECOND);
    say("after signal");
    cond_broadcast(&cond);
    wg_wait(&wg);
}

static void cond_deadlock_main(void *arg)
{
    (void)arg;
    mutex_lock(&cmu);
    cond_wait(&cond);
}

static int32_t hits32;
static int64_t hits64;

static void atomic_worker(void *arg)
{
    sync_waitgroup *wg = arg;
    for (int i = 0; i < 50; i++) {
        atomic_add_i32(&hits32, 1);
        atomic_add_i64(&hits64, 2);
    }
    wg_done(wg);
}

static void atomic_main(void *arg)
{
    (void)arg;
    sync_waitgroup wg = {0};
    static int a = 1, b = 2;
    void *p = &a;
    atomic_store_i32(&hits32, 0);
    atomic_store_i64(&hits64, 0);
    wg_add(&wg, 4);
    for (int i = 0; i < 4; i++)
        go(atomic_worker, &wg);
    wg_wait(&wg);
    bool c1 = atomic_cas_i32(&hits32, 200, 7), c2 = atomic_cas_i32(&hits32, 200, 8);
    bool c3 = atomic_cas_i64(&hits64, 400, -1);
    bool c4 = atomic_cas_ptr(&p, &a, &b);
    say("%d %lld %d %d %d %d %d", atomic_load_i32(&hits32), (long long)atomic_load_i64(&hits64),
        c1, c2, c3, c4, *(int *)atomic_load_ptr(&p));
}

int main(void)
{
    rt *r;
    int lost = 0;
    for (uint64_t seed = 1; seed <= 20; seed++) {
        rt_config cfg = {.seed = seed, .policy = RT_RANDOM};
        r = run_with(&cfg, mutex_main, NULL);
        if (strcmp(rt_output_text(r), "400\n") != 0)
            diag("seed %llu: %s", (unsigned long long)seed, rt_output_text(r));
        lost += strcmp(rt_output_text(r), "400\n") != 0;
        rt_free(r);
    }
    is_int(lost, 0, "mutex: 4x100 locked increments always give 400 under 20 random schedules");
    lost = 0;
    for (uint64_t seed = 1; seed <= 20; seed++) {
        rt_config cfg = {.seed = seed, .policy = RT_RANDOM};
        r = run_with(&cfg, racy_main, NULL);
        lost += strcmp(rt_output_text(r), "200\n") != 0;
        rt_free(r);
    }
    ok(lost > 0, "without the mutex, %d of 20 random schedules lose updates", lost);
    r = run_fn(racy_main, NULL);
    is_str(rt_output_text(r), "200\n", "under FIFO (GOMAXPROCS=1) the racy counter happens to work");
    rt_free(r);

    r = run_fn(unlock_unlocked_main, NULL);
    is_verdict(r, RT_PANIC, "fatal error: sync: unlock of unlocked mutex", "unlock of unlocked");
    rt_free(r);

    r = run_fn(mutex_deadlock_main, NULL);
    is_verdict(r, RT_DEADLOCK, "fatal error: all goroutines are asleep - deadlock!", "mutex deadlock");
    ok(contains(rt_report(r), "goroutine 1 [sync.WaitGroup.Wait]:\nmain.main()\n\ttests/unit/test_rt_sync.c:"),
       "main waits in sync.WaitGroup.Wait");
    ok(contains(rt_report(r), "goroutine 2 [sync.Mutex.Lock]:\nmain.hold_forever(...)\n\ttests/unit/test_rt_sync.c:67\n"
                              "created by main.main\n\ttests/unit/test_rt_sync.c:75\n"),
       "the goroutine waits in sync.Mutex.Lock at its line");
    rt_free(r);
    r = run_fn(trylock_main, NULL);
    is_str(rt_output_text(r), "1 0 1\n", "trylock");
    rt_free(r);
    r = run_fn(mutex_main, NULL);
    is_str(rt_output_text(r), "400\n", "a global mutex left locked by an earlier run starts unlocked");
    rt_free(r);

    r = run_fn(rwmutex_main, NULL);
    is_str(rt_output_text(r),
           "reader in (1 inside)\nreader in (2 inside)\nwriter in (0 readers inside) at 1s\n"
           "tryrlock=1 trylock=0\n",
           "rwmutex: readers share, a writer waits for them and excludes them");
    rt_free(r);
    r = run_fn(rw_unlock_main, NULL);
    is_verdict(r, RT_PANIC, "fatal error: sync: Unlock of unlocked RWMutex", "rwmutex unlock");
    rt_free(r);

    r = run_fn(negative_wg_main, NULL);
    is_verdict(r, RT_PANIC, "panic: sync: negative WaitGroup counter", "negative waitgroup");
    rt_free(r);
    r = run_fn(wg_deadlock_main, NULL);
    is_verdict(r, RT_DEADLOCK, "fatal error: all goroutines are asleep - deadlock!", "wg deadlock");
    rt_free(r);

    r = run_fn(barge_relock_main, NULL);
    is_str(rt_output_text(r), "main unlock\nmain relocked\nA locked\nB locked\nC locked\n",
           "mutex: the unlocker locks again before the woken waiter runs, as in Go");
    rt_free(r);
    r = run_fn(barge_trylock_main, NULL);
    is_str(rt_output_text(r), "main trylock=true\nA locked\n",
           "mutex: TryLock after Unlock succeeds though a waiter was woken, as in Go");
    rt_free(r);
    barge_hold = 0;
    r = run_fn(barge_loop_main, NULL);
    is_str(rt_output_text(r), "B0\nB1\nB2\nA0\nA1\nA2\n",
           "mutex: a goroutine that yields inside the lock keeps winning it back, as in Go");
    rt_free(r);
    barge_hold = 5 * MILLISECOND;
    r = run_fn(barge_loop_main, NULL);
    is_str(rt_output_text(r), "B0\nB1\nA0\nA1\nB2\nA2\n",
           "mutex: a waiter kept out over 1 ms turns it to starvation mode and is handed it, as "
           "in Go");
    rt_free(r);

    brw_relock = false;
    r = run_fn(brw_main, NULL);
    is_str(rt_output_text(r), "main unlock\nR1 rlocked\nR2 rlocked\nW2 locked\n",
           "rwmutex: Unlock lets the waiting readers in, in order, before the next writer, as "
           "in Go");
    rt_free(r);
    brw_relock = true;
    r = run_fn(brw_main, NULL);
    is_str(rt_output_text(r), "main unlock\nR1 rlocked\nR2 rlocked\nmain relocked\nW2 locked\n",
           "rwmutex: the unlocker's Lock wins the writers' turn back, as in Go");
    rt_free(r);

    r = run_fn(once_main, NULL);
    is_str(rt_output_text(r), "setup by g4 arg=x\ng4 sees 1 run(s)\ng2 sees 1 run(s)\ng3 sees 1 run(s)\n",
           "once runs once; the others wait until it has finished and leave in the order they "
           "came, each waking the next (go1.19.8 prints the same)");
    rt_free(r);
    r = run_fn(once_main, NULL);
    is_str(rt_output_text(r), "setup by g4 arg=x\ng4 sees 1 run(s)\ng2 sees 1 run(s)\ng3 sees 1 run(s)\n",
           "a global once is fresh in the next run");
    rt_free(r);

    r = run_fn(cond_main, NULL);
    is_str(rt_output_text(r), "g4 woke\nafter signal\ng3 woke\ng2 woke\n",
           "cond: signal wakes one waiter, broadcast the rest");
    rt_free(r);
    r = run_fn(cond_deadlock_main, NULL);
    ok(contains(rt_report(r), "goroutine 1 [sync.Cond.Wait]:"), "cond wait reason");
    rt_free(r);

    r = run_fn(atomic_main, NULL);
    is_str(rt_output_text(r), "7 -1 1 0 1 1 2\n", "atomics add, load, store, cas");
    rt_free(r);
    return tap_done();
}
