/* test_race_oom.c: the race detector under a failing allocator, SQLite
 * style: a racy program that exercises every kind of clock (goroutines,
 * Mutex, RWMutex, WaitGroup, Once, buffered and unbuffered channels, close,
 * atomics, shared variables, a report) is run with its Nth allocation
 * failing, for N = 1, 2, ... until a run sees no failure. Every run must end
 * cleanly (its verdict, or RT_ERROR / a Go "out of memory" panic with a
 * report), never crash, and free every block it allocated. The allocator
 * replaces malloc for the whole process (glibc allows it), so the test is
 * skipped under the sanitizers, which replace it themselves. */
#include "test_rt_util.h"

#include <stdio.h>

#if defined(__SANITIZE_ADDRESS__) || defined(RACE_OOM_SKIP)
#define OOM_SKIP 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define OOM_SKIP 1
#endif
#endif

#ifndef OOM_SKIP
extern void *__libc_malloc(size_t n);
extern void *__libc_calloc(size_t n, size_t size);
extern void *__libc_realloc(void *p, size_t n);
extern void __libc_free(void *p);

static long fail_at;   /* fail this allocation (1-based); 0: never */
static long count;     /* allocations since armed */
static long injected;  /* failures injected since armed */
static long live;      /* blocks allocated and not yet freed */

static int should_fail(void)
{
    if (fail_at && ++count == fail_at) {
        injected++;
        return 1;
    }
    return 0;
}

void *malloc(size_t n)
{
    void *p = should_fail() ? NULL : __libc_malloc(n);
    live += p != NULL;
    return p;
}

void *calloc(size_t n, size_t size)
{
    void *p = should_fail() ? NULL : __libc_calloc(n, size);
    live += p != NULL;
    return p;
}

void *realloc(void *p, size_t n)
{
    if (should_fail())
        return NULL;
    void *q = __libc_realloc(p, n);
    live += !p && q;
    return q;
}

void free(void *p)
{
    live -= p != NULL;
    __libc_free(p);
}
#endif

static long v;              /* the racy variable */
static int64_t hits;        /* an atomic counter */
static sync_mutex mu;
static sync_rwmutex rw;
static sync_waitgroup wg;
static sync_once once;

static void init(void *arg)
{
    (void)arg;
    shared_store(&v, 1);
}

static void worker(void *arg)
{
    chan **cs = arg;
    once_do(&once, init, NULL);
    mutex_lock(&mu);
    mutex_unlock(&mu);
    rwmutex_rlock(&rw);
    rwmutex_runlock(&rw);
    atomic_add_i64(&hits, 1);
    chan_send(cs[0], &(int){1});
    chan_recv(cs[1], NULL);
    shared_store(&v, shared_load(&v) + 1); /* the race */
    wg_done(&wg);
}

static void oom_main(void *arg)
{
    (void)arg;
    static chan *cs[2];
    cs[0] = chan_make(int, 0);
    cs[1] = chan_make(int, 2);
    wg_add(&wg, 3);
    for (int i = 0; i < 3; i++)
        go(worker, cs);
    rwmutex_lock(&rw);
    rwmutex_unlock(&rw);
    for (int i = 0; i < 3; i++) {
        chan_recv(cs[0], NULL);
        chan_send(cs[1], &i);
    }
    chan_close(cs[1]);
    wg_wait(&wg);
    (void)atomic_load_i64(&hits);
}

int main(void)
{
#ifdef OOM_SKIP
    (void)oom_main;
    printf("1..0 # SKIP the sanitizers replace malloc themselves\n");
    return 0;
#else
    rt_config cfg = {.race = true, .policy = RT_RANDOM, .seed = 3};
    int crashed_or_wrong = 0, errors = 0, whole = 0;
    long n;
    for (n = 1; n < 5000; n++) {
        long before = live;
        fail_at = n;
        count = injected = 0;
        rt *r = rt_new(&cfg);
        rt_verdict vd = r ? rt_run(r, oom_main, NULL) : RT_ERROR;
        const char *rep = r ? rt_report(r) : "";
        int clean = vd == RT_RACE || ((vd == RT_ERROR || vd == RT_PANIC) && strstr(rep, "out of memory"));
        if (!r)
            clean = injected > 0;
        fail_at = 0;
        if (!clean && crashed_or_wrong++ < 3)
            diag("failing allocation %ld: verdict %s, report: %s", n, rt_verdict_name(vd), rep);
        errors += vd != RT_RACE;
        rt_free(r);
        if (live != before && crashed_or_wrong++ < 3)
            diag("failing allocation %ld: %ld blocks leaked", n, live - before);
        if (!injected) {
            whole = vd == RT_RACE;
            break;
        }
    }
    ok(whole, "with no failure left to inject (allocation %ld), the run reports its race", n);
    ok(crashed_or_wrong == 0, "each of the %ld failing allocations ends the run cleanly and leaks "
       "nothing (%d ended in an out-of-memory verdict)", n - 1, errors);
    return tap_done();
#endif
}
