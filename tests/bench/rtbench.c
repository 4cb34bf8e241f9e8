/* rtbench.c: the runtime's benchmarks. `rtbench WORKLOAD N` runs one
 * workload on a fresh run (FIFO, no trace, no step budget) and prints its
 * figure as the last line: ns_per_op=X, or bytes_per_goroutine=X for
 * `parked`. Workloads: handoff, buffered, select, yield, spawn, parked.
 * Wall-clock time is read here, never inside the runtime. */
#include "rt/rt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static long n_ops; /* N from the command line */

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

/* Resident bytes of this process (from /proc/self/statm). */
static long rss_bytes(void)
{
    long pages = 0, res = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (!f)
        return 0;
    if (fscanf(f, "%ld %ld", &pages, &res) != 2)
        res = 0;
    fclose(f);
    return res * 4096;
}

static void receiver(void *arg)
{
    chan **cs = arg;
    for (long i = 0, v; i < n_ops; i++)
        chan_recv(cs[0], &v);
    chan_send(cs[1], NULL);
}

/* handoff (unbuffered) and buffered (capacity 128): main sends N longs. */
static void chan_main(void *arg)
{
    int cap = *(int *)arg;
    chan *cs[2] = {chan_make(long, cap), chan_make(int, 0)};
    go(receiver, cs);
    for (long i = 0; i < n_ops; i++)
        chan_send(cs[0], &i);
    chan_recv(cs[1], NULL);
}

static void ponger(void *arg)
{
    chan **cs = arg;
    long v;
    for (long i = 0; i < n_ops; i++)
        SELECT(SELECT_RECV(cs[0], &v, NULL), SELECT_RECV(cs[1], NULL, NULL));
    chan_send(cs[2], NULL);
}

/* select: ping-pong, each side a 2-case select. */
static void select_main(void *arg)
{
    (void)arg;
    chan *cs[3] = {chan_make(long, 0), chan_make(int, 0), chan_make(int, 0)};
    go(ponger, cs);
    for (long i = 0; i < n_ops; i++)
        SELECT(SELECT_SEND(cs[0], &i), SELECT_RECV(cs[1], NULL, NULL));
    chan_recv(cs[2], NULL);
}

static void yielder(void *arg)
{
    sync_waitgroup *wg = arg;
    for (long i = 0; i < n_ops; i++)
        gosched();
    wg_done(wg);
}

/* yield: two goroutines each yield N times (2N yields). */
static void yield_main(void *arg)
{
    (void)arg;
    sync_waitgroup wg = {0};
    wg_add(&wg, 2);
    go(yielder, &wg);
    go(yielder, &wg);
    wg_wait(&wg);
}

static void doner(void *arg)
{
    wg_done((sync_waitgroup *)arg);
}

/* spawn: N goroutines spawned, then all joined. */
static void spawn_main(void *arg)
{
    (void)arg;
    sync_waitgroup wg = {0};
    wg_add(&wg, n_ops);
    for (long i = 0; i < n_ops; i++)
        go(doner, &wg);
    wg_wait(&wg);
}

static long parked_bytes; /* result of parked_main */

static void parker(void *arg)
{
    chan_recv((chan *)arg, NULL);
}

/* parked: N goroutines all blocked on one channel, measured, released. */
static void parked_main(void *arg)
{
    (void)arg;
    chan *c = chan_make(int, 0);
    long before = rss_bytes();
    for (long i = 0; i < n_ops; i++)
        go(parker, c);
    gosched(); /* every parker runs and blocks before main resumes */
    if (num_goroutine() != n_ops + 1)
        rt_panic("parked: %d goroutines alive, want %ld", num_goroutine(), n_ops + 1);
    parked_bytes = rss_bytes() - before;
    chan_close(c);
    sleep_for(1); /* let them all finish */
}

int main(int argc, char **argv)
{
    static const char *const names[] = {"handoff", "buffered", "select", "yield", "spawn", "parked"};
    void (*const fns[])(void *) = {chan_main, chan_main, select_main, yield_main, spawn_main,
                                   parked_main};
    int w = -1;
    for (int i = 0; argc == 3 && i < 6; i++)
        if (!strcmp(argv[1], names[i]))
            w = i;
    n_ops = argc == 3 ? atol(argv[2]) : 0;
    if (w < 0 || n_ops <= 0) {
        fprintf(stderr, "usage: rtbench handoff|buffered|select|yield|spawn|parked N\n");
        return 1;
    }
    rt_config cfg = {.max_steps = RT_UNLIMITED};
    if (w >= 4) { /* many goroutines at once: small arena stacks (the
                     smallest block, 768 bytes: these goroutines use about
                     200 bytes of the 496 it leaves for the stack) */
        cfg.stack_mode = RT_STACK_ARENA;
        cfg.stack_size = getenv("RTBENCH_STACK") ? (size_t)atol(getenv("RTBENCH_STACK")) : 768;
    }
    if (getenv("RTBENCH_SLICE"))
        cfg.time_slice = (uint64_t)atoll(getenv("RTBENCH_SLICE"));
    rt *r = rt_new(&cfg);
    if (!r) {
        fprintf(stderr, "rtbench: cannot create a runtime\n");
        return 1;
    }
    int cap = w == 1 ? 128 : 0;
    double t0 = now_ns();
    rt_verdict v = rt_run(r, fns[w], &cap);
    double dt = now_ns() - t0;
    if (v != RT_OK) {
        fprintf(stderr, "rtbench: run ended with %s\n%s", rt_verdict_name(v), rt_report(r));
        rt_free(r);
        return 1;
    }
    printf("workload=%s n=%ld stack=%zu steps=%llu\n", names[w], n_ops, cfg.stack_size,
           (unsigned long long)rt_steps(r));
    rt_free(r);
    if (w == 5)
        printf("bytes_per_goroutine=%.0f\n", (double)parked_bytes / (double)n_ops);
    else
        printf("ns_per_op=%.2f\n", dt / (double)(w == 3 ? 2 * n_ops : n_ops));
    return 0;
}
