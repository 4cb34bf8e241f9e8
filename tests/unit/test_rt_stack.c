/* test_rt_stack.c: stacks: a million goroutines created, parked and
 * joined; stack overflow caught by the guard page (in a child process) and
 * by the arena canary; many runs in one process without growth. */
#include "test_rt_util.h"

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
    say("%d", recurse(&z, 1 << 30));
}

static void overflow_main(void *arg)
{
    (void)arg;
    go(overflow_g, NULL);
    sleep_for(1);
}
#endif

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

    /* guard page: the process reports the goroutine and aborts */
#ifdef UNDER_ASAN
    ok(1, "# SKIP guard-page overflow: ASan reports stack overflows itself");
    ok(1, "# SKIP guard-page overflow: ASan reports stack overflows itself");
#else
    int fds[2];
    if (pipe(fds) != 0)
        return 1;
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], 2);
        close(fds[0]);
        rt_config gc = {.stack_mode = RT_STACK_GUARD, .stack_size = 16384};
        rt *cr = rt_new(&gc);
        rt_run(cr, overflow_main, NULL);
        _exit(0); /* not reached */
    }
    close(fds[1]);
    char buf[512] = "";
    ssize_t n, got = 0;
    while ((n = read(fds[0], buf + got, sizeof buf - 1 - (size_t)got)) > 0)
        got += n;
    buf[got] = '\0';
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    ok(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT, "guard page: the process aborts");
    ok(contains(buf, "goroutine 2: stack overflow"), "guard page: stderr names goroutine 2: %.*s",
       (int)strcspn(buf, "\n"), buf);
#endif

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
    return tap_done();
}
