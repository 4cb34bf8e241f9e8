/* test_rt_stack.c: stacks: a million goroutines created, parked and
 * joined; stack overflow caught by the guard page and by the arena canary,
 * each ending the run (not the process) with a report naming the
 * goroutine; many runs in one process without growth, their guard stacks
 * kept in a cache from one run to the next. */
#include "test_rt_util.h"

#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif

static long parked_n;     /* goroutines the million test spawns */
static int alive_parked;  /* num_goroutine() while all are parked */
static long released;     /* goroutines that got past the channel */

static void parker(void *arg)
{
    chan_recv((chan *)arg, NULL);
    released++;
}

static void million_main(void *arg)
{
    (void)arg;
    chan *c = chan_make(int, 0);
    for (long i = 0; i < parked_n; i++)
        go(parker, c);
    gosched(); /* all of them run and block on c */
    alive_parked = num_goroutine();
    chan_close(c);
    sleep_for(1); /* all of them finish */
}

static long rss_kib(void)
{
    long pages = 0, res = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (f) {
        if (fscanf(f, "%ld %ld", &pages, &res) != 2)
            res = 0;
        fclose(f);
    }
    return res * 4;
}

/* Mappings of this process now (lines of /proc/self/maps). */
static int map_count(void)
{
    int n = 0, ch;
    FILE *f = fopen("/proc/self/maps", "r");
    if (!f)
        return -1;
    while ((ch = fgetc(f)) != EOF)
        n += ch == '\n';
    fclose(f);
    return n;
}

/* Two runs of 300 parked goroutines on guard stacks: the second maps no
 * stack of its own (it reuses the first's from the cache), and
 * rt_release_cache gives every mapping back. */
static void test_cache(void)
{
    rt_config gc = {.stack_mode = RT_STACK_GUARD, .max_steps = RT_UNLIMITED};
    rt_release_cache();
    int m0 = map_count();
    parked_n = 300;
    released = 0;
    rt *r = run_with(&gc, million_main, NULL);
    rt_free(r);
    int m1 = map_count();
    r = run_with(&gc, million_main, NULL);
    is_verdict(r, RT_OK, "", "cache: a second run of 300 parked goroutines");
    rt_free(r);
    int m2 = map_count();
    is_int(released, 600, "cache: both runs released all 300");
    ok(m1 >= m0 + 300, "cache: the first run's stacks are kept (%d mappings, then %d)", m0, m1);
    is_int(m2, m1, "cache: the second run maps no new stack");
    rt_release_cache();
    int m3 = map_count();
    ok(m3 <= m0, "cache: rt_release_cache unmaps every stack (%d mappings after, %d before)", m3,
       m0);
}

static void scribbler(void *arg)
{
    size_t bsz = *(size_t *)arg;
    char here;
    /* the lowest bytes of this goroutine's arena block hold its canary */
    volatile char *base = (char *)((uintptr_t)&here & ~(uintptr_t)(bsz - 1));
    base[0] ^= 0x55;
    gosched();
    say("not reached");
}

static void idler(void *arg)
{
    (void)arg;
    gosched();
}

static void canary_main(void *arg)
{
    go(idler, NULL);
    go(scribbler, arg);
    sleep_for(1);
}

static void small_main(void *arg)
{
    (void)arg;
    sync_waitgroup wg = {0};
    wg_add(&wg, 100);
    for (int i = 0; i < 100; i++)
        go(idler, NULL), wg_done(&wg);
    wg_wait(&wg);
    say("done");
}

#ifndef UNDER_ASAN
static int depth_reached;

/* Recurses until `limit` frames deep: far past any stack here. */
static int recurse(int *p, int limit)
{
    volatile char pad[256];
    pad[0] = (char)*p;
    depth_reached++;
    int q = pad[0] + 1;
    if (depth_reached < limit)
        q += recurse(&q, limit);
    pad[1] = (char)q;
    return pad[1];
}

static void overflow_g(void *arg)
{
    (void)arg;
    int z = 0;
    depth_reached = 0;
    say("%d", recurse(&z, 1 << 30));
}

static void overflow_main(void *arg)
{
    (void)arg;
    go(overflow_g, NULL);
    sleep_for(1);
    say("main went on");
}

/* Parks `arg` goroutines on a channel, then overflows main's own stack. */
static void overflow_self_main(void *arg)
{
    chan *c = chan_make(int, 0);
    for (int i = 0; i < *(int *)arg; i++)
        go(parker, c);
    gosched();
    overflow_g(NULL);
}

static void null_write_g(void *arg)
{
    *(volatile int *)arg = 1;
}

static void null_write_main(void *arg)
{
    go(null_write_g, arg);
    sleep_for(1);
}

static int edge_bytes;        /* stack edge_g uses before calling edge_fn */
static void (*edge_fn)(void); /* what edge_g calls at that depth */
static int edge_partner;      /* edge_main yields so edge_g's gosched switches */

/* One gosched that switches to main. */
static void yield_once(void)
{
    gosched();
}

/* Yields until the step budget is spent. */
static void yield_forever(void)
{
    for (;;)
        gosched();
}

/* Uses edge_bytes of stack, touched from the top down (so that running out
 * faults in the guard page, never below it), and calls edge_fn at that
 * depth. */
__attribute__((noinline)) static void edge_descend(void)
{
    volatile char pad[edge_bytes + 1];
    for (int i = edge_bytes; i >= 0; i -= 64)
        pad[i] = 1;
    edge_fn();
    pad[0] = pad[edge_bytes];
}

/* edge_descend, then says so, its stack given back (so that the deep
 * formatting of say does not overflow before edge_fn's path does). */
static void edge_g(void *arg)
{
    (void)arg;
    edge_descend();
    say("back");
}

static void edge_main(void *arg)
{
    (void)arg;
    go(edge_g, NULL);
    for (int i = 0; i < 3 && edge_partner; i++)
        gosched();
    sleep_for(1);
}

/* Runs edge_g with fn as edge_fn and edge_bytes swept over the last 8 KiB
 * of a guard stack (16 KiB asked, a page more once rounded up with the
 * goroutine's struct, less with ucontext's larger struct) in 16-byte
 * steps, so that the overflow happens at
 * every point of fn's path: in the code, in the switch after r->cur names
 * the next goroutine (yield_once, with and without the trace's call
 * there), in the last switch to the host after the budget has ended the
 * run (yield_forever; r->cur is NULL). Every run must end with verdict
 * `fine` or with a stack overflow naming goroutine 2 (which may have said
 * "back" before its exit overflowed), never kill the process; both must
 * occur. */
static void sweep_edge(const char *name, void (*fn)(void), bool trace, rt_verdict fine)
{
    rt_config gc = {.stack_mode = RT_STACK_GUARD, .stack_size = 16384, .trace = trace,
                    .max_steps = fine == RT_STEP_LIMIT ? 1000 : 0};
    int nfine = 0, nover = 0, nbad = 0;
    edge_partner = fine == RT_OK;
    edge_fn = fn;
    for (edge_bytes = 12288; edge_bytes < 20480; edge_bytes += 16) {
        rt *r = run_with(&gc, edge_main, NULL);
        const char *rep = rt_report(r);
        if (rt_verdict_of(r) == fine && (fine != RT_OK || rt_output_count(r) == 1))
            nfine++;
        else if (rt_verdict_of(r) == RT_PANIC && starts_with(rep, "fatal error: stack overflow\n") &&
                 contains(rep, "goroutine 2 [running]:\n"))
            nover++;
        else if (nbad++ == 0)
            diag("%d bytes: %s: %s", edge_bytes, rt_verdict_name(rt_verdict_of(r)), rep);
        rt_free(r);
    }
    is_int(nbad, 0, "%s: 512 runs each ended with %s or a stack overflow of goroutine 2", name,
           rt_verdict_name(fine));
    ok(nfine > 0 && nover > 0, "%s: both happened (%d %s, %d overflows)", name, nfine,
       rt_verdict_name(fine), nover);
}

/* Checks the state a guard-page overflow leaves the thread in: SIGSEGV
 * unblocked again and the alternate signal stack no longer in use, so the
 * next overflow is caught too. */
static void check_thread_state(const char *name)
{
    sigset_t now;
    stack_t ss;
    pthread_sigmask(SIG_BLOCK, NULL, &now);
    ok(!sigismember(&now, SIGSEGV), "%s: SIGSEGV is not left blocked", name);
    ok(sigaltstack(NULL, &ss) == 0 && !(ss.ss_flags & SS_ONSTACK),
       "%s: the alternate signal stack is not left in use", name);
}

/* A guard-page overflow ends the run, not the process: overflow in a
 * goroutine, again with trace and guard stacks chosen by the default mode
 * (main overflowing with 20 goroutines parked), a third time, then a normal
 * run, then 1,536 runs overflowing at every depth of a switch, all in this
 * process; every stack of those runs is given back. A
 * fault outside a guard page still kills the process (in a child). */
static void test_guard_overflow(bool under_valgrind)
{
    rt_config gc = {.stack_mode = RT_STACK_GUARD, .stack_size = 16384};
    rt_release_cache();
    int m0 = map_count();

    rt *r = run_with(&gc, overflow_main, NULL);
    is_verdict(r, RT_PANIC, "fatal error: stack overflow", "guard page");
    ok(contains(rt_report(r), "goroutine 2 [running]:\nmain.overflow_g(...)\n"),
       "guard page: the report names goroutine 2");
    ok(depth_reached > 16384 / 512, "guard page: it overflowed after %d frames", depth_reached);
    is_int(rt_output_count(r), 0, "guard page: neither it nor main went on");
    rt_free(r);
    check_thread_state("guard page");

    int nparked = 20;
    rt_config tc = {.trace = true, .stack_size = 16384};
    r = run_with(&tc, overflow_self_main, &nparked);
    is_verdict(r, RT_PANIC, "fatal error: stack overflow", "main's guard page, default mode");
    ok(contains(rt_report(r), "goroutine 1 [running]:\nmain.main()\n"),
       "main's guard page: the report names goroutine 1");
    is_int(rt_goroutines_created(r), nparked + 1, "main's guard page: %d goroutines parked first",
           nparked);
    is_int(rt_output_count(r), 0, "main's guard page: nothing printed");
    rt_free(r);

    r = run_with(&gc, overflow_main, NULL);
    is_verdict(r, RT_PANIC, "fatal error: stack overflow", "guard page, third overflow");
    ok(contains(rt_report(r), "goroutine 2 [running]:\n"), "third overflow: goroutine 2 named");
    rt_free(r);
    check_thread_state("third overflow");

    r = run_with(&gc, small_main, NULL);
    is_verdict(r, RT_OK, "", "a normal run after three overflows");
    is_str(rt_output_text(r), "done\n", "it printed");
    rt_free(r);

    sweep_edge("overflow at every depth of a switch", yield_once, false, RT_OK);
    sweep_edge("the same with trace", yield_once, true, RT_OK);
    sweep_edge("overflow while the budget ends the run", yield_forever, false, RT_STEP_LIMIT);

    rt_release_cache();
    int m1 = map_count();
    if (under_valgrind)
        ok(1, "# SKIP mappings under valgrind: its own mappings come and go in the same list");
    else
        ok(m1 <= m0, "every stack of the overflowed runs, main's too, is unmapped (%d mappings, "
                     "%d before)", m1, m0);

    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        if (!freopen("/dev/null", "w", stderr))
            _exit(3);
        run_with(&gc, null_write_main, NULL);
        _exit(0);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    ok(WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV,
       "a fault outside a guard page goes to the old action: SIGSEGV kills the process (status %d)",
       status);
}
#endif

int main(void)
{
#ifdef UNDER_ASAN
    parked_n = 200000;
    size_t stack = 4096;
#else
    parked_n = 1000000;
    size_t stack = 1024;
#endif
    /* tests/cli/valgrind.sh runs this file under valgrind, which would take
     * over ten minutes for a million goroutines and cannot map more than
     * some thousands of guard stacks (VG_N_SEGMENTS) */
    const bool under_valgrind = getenv("CONCLAB_VALGRIND") != NULL;
    if (under_valgrind)
        parked_n = 20000;
    rt_config cfg = {.stack_mode = RT_STACK_ARENA, .stack_size = stack, .max_steps = RT_UNLIMITED};
    long before = rss_kib();
    rt *r = run_with(&cfg, million_main, NULL);
    is_verdict(r, RT_OK, "", "million");
    is_int(alive_parked, parked_n + 1, "%ld goroutines parked at once (plus main)", parked_n);
    is_int(released, parked_n, "and every one was released and joined");
    is_int(rt_goroutines_created(r), parked_n + 1, "ids handed out");
    is_int(rt_leak_count(r), 0, "no leaks");
    rt_free(r);
    diag("%ld goroutines, %zu-byte arena stacks; RSS grew %ld KiB during the run", parked_n, stack,
         rss_kib() - before);

    /* the default (AUTO) mode goes past the guard-page limit */
    if (under_valgrind) {
        for (int i = 0; i < 3; i++)
            ok(1, "# SKIP auto mode past vm.max_map_count / 2: too many mappings for valgrind");
    } else {
        parked_n = 40000;
        released = 0;
        rt_config autocfg = {.max_steps = RT_UNLIMITED};
        r = run_with(&autocfg, million_main, NULL);
        is_verdict(r, RT_OK, "", "auto mode, 40,000 goroutines (past vm.max_map_count / 2)");
        is_int(released, 40000, "all released");
        rt_free(r);
    }

    /* arena canary */
    size_t bsz = 4096;
    rt_config ac = {.stack_mode = RT_STACK_ARENA, .stack_size = bsz};
    r = run_with(&ac, canary_main, &bsz);
    is_verdict(r, RT_PANIC, "fatal error: stack overflow", "arena canary");
    ok(contains(rt_report(r), "goroutine 3 [running]:\nmain.scribbler(...)"),
       "the report names the goroutine");
    is_int(rt_output_count(r), 0, "the goroutine did not go on");
    rt_free(r);

    /* many runs in one process: nothing grows */
    long rss10 = 0;
    int good = 0;
    for (int i = 0; i < 300; i++) {
        r = run_fn(small_main, NULL);
        good += rt_verdict_of(r) == RT_OK && !strcmp(rt_output_text(r), "done\n");
        rt_free(r);
        if (i == 29)
            rss10 = rss_kib();
    }
    is_int(good, 300, "300 runs in one process all succeed");
    long growth = rss_kib() - rss10;
#ifdef UNDER_ASAN
    ok(1, "# SKIP RSS growth under ASan (its quarantine grows; LeakSanitizer checks leaks)");
    (void)growth;
#else
    if (under_valgrind)
        ok(1, "# SKIP RSS growth under valgrind (its own bookkeeping grows; memcheck checks leaks)");
    else
        ok(growth < 2048, "RSS grew %ld KiB over the last 270 runs", growth);
#endif
    test_cache();
#ifdef UNDER_ASAN
    ok(1, "# SKIP guard-page overflow: ASan reports stack overflows itself");
#else
    test_guard_overflow(under_valgrind);
#endif
    return tap_done();
}
