/* test_rt_sched.c: the scheduler: goroutine ids and Go's run order under
 * FIFO, determinism (same seed, same trace), replay of a recorded schedule,
 * a custom chooser, the step budget, leaks, goexit, user panics, output
 * lines and the trace text; the FIFO channel fast paths against the general
 * path (same schedule, steps and output); the switch keeps the rounding
 * mode (MXCSR and the x87 control word). */
#include "test_rt_util.h"

#include <fenv.h>
#include <stdio.h>

static int data; /* the racy shared variable */

static void racer(void *arg)
{
    sync_waitgroup *wg = arg;
    for (int i = 0; i < 3; i++)
        shared_store(&data, shared_load(&data) + 1);
    wg_done(wg);
}

static void race_main(void *arg)
{
    (void)arg;
    sync_waitgroup wg = {0};
    data = 0;
    wg_add(&wg, 2);
    go(racer, &wg);
    go(racer, &wg);
    wg_wait(&wg);
    say("data=%d", data);
}

static void spin(void *arg)
{
    (void)arg;
    for (;;)
        gosched();
}

static void spin_main(void *arg)
{
    (void)arg;
    go(spin, NULL);
    for (;;)
        gosched();
}

static void leaker(void *arg)
{
    chan_recv((chan *)arg, NULL);
}

static void leak_main(void *arg)
{
    (void)arg;
    chan *c = chan_make(int, 0);
    go(leaker, c);
    go(leaker, c);
    sleep_for(1);
    say("main returns, %d goroutines alive", num_goroutine());
}

static void exiter(void *arg)
{
    (void)arg;
    say("before goexit");
    goexit();
}

static void goexit_main(void *arg)
{
    (void)arg;
    go(exiter, NULL);
    sleep_for(1);
    say("ids: main=%d", goid());
    goexit();
}

static void user_panic_main(void *arg)
{
    (void)arg;
    rt_panic("something %s happened (%d)", "bad", 42);
}

static void partial_main(void *arg)
{
    (void)arg;
    for (int i = 0; i < 3; i++)
        say_partial("%d ", i);
    say("");
    say("a\nb");
    say("c\n");
    say_partial("x");
    say("y");
    say_partial("open");
}

static int custom_calls; /* how often the custom chooser was asked */

/* Always runs the last candidate: the most recently queued goroutine. */
static int last_chooser(void *ud, const rt_choice *c)
{
    (void)ud;
    custom_calls++;
    return c->ncand - 1;
}

static void ping(void *arg)
{
    for (int i = 0; i < 2; i++) {
        say("%s %d", (const char *)arg, i);
        gosched();
    }
}

static void ping_main(void *arg)
{
    (void)arg;
    sync_waitgroup wg = {0};
    (void)wg;
    go(ping, "a");
    go(ping, "b");
    sleep_for(1);
}

/* --- the switch keeps each goroutine's floating-point rounding mode ------- */

static int fp_seen[4]; /* rounding modes seen: g2 before/after, g3, main */

static void fp_down(void *arg)
{
    (void)arg;
    fesetround(FE_DOWNWARD);
    fp_seen[0] = fegetround();
    gosched(); /* g3 runs, with its own mode */
    fp_seen[1] = fegetround();
    fesetround(FE_TONEAREST);
}

static void fp_plain(void *arg)
{
    (void)arg;
    fp_seen[2] = fegetround();
    fesetround(FE_UPWARD);
    gosched();
    fesetround(FE_TONEAREST);
}

static void fp_main(void *arg)
{
    (void)arg;
    go(fp_down, NULL);
    go(fp_plain, NULL);
    sleep_for(1);
    fp_seen[3] = fegetround();
}

static void test_fp_state(void)
{
    rt *r = run_with(NULL, fp_main, NULL);
    is_verdict(r, RT_OK, "", "rounding modes");
    rt_free(r);
    ok(fp_seen[0] == FE_DOWNWARD && fp_seen[1] == FE_DOWNWARD,
       "a goroutine's rounding mode survives a switch to one that sets another");
    ok(fp_seen[2] == FE_TONEAREST, "a new goroutine starts rounding to nearest");
    ok(fp_seen[3] == FE_TONEAREST, "main's mode is its own");
}

/* --- the channel fast paths agree with the general path ------------------ */

static chan *fp_buf, *fp_unbuf, *fp_done; /* channels of fastpath_main */

static void fp_producer(void *arg)
{
    long id = (long)arg;
    for (long i = 0; i < 12; i++) {
        long v = id * 100 + i;
        if (i % 3 == 0)
            chan_send(fp_unbuf, &v);
        else
            chan_send(fp_buf, &v);
        if (i % 5 == 4)
            gosched();
    }
    chan_send(fp_done, NULL);
}

/* Three producers on a buffered and an unbuffered channel, drained by main
 * with plain receives and selects, then the channels closed and drained. */
static void fastpath_main(void *arg)
{
    (void)arg;
    fp_buf = chan_make(long, 3);
    fp_unbuf = chan_make(long, 0);
    fp_done = chan_make(int, 0);
    for (long id = 1; id <= 3; id++)
        go(fp_producer, (void *)id);
    long sum = 0, v;
    for (int got = 0, done = 0; done < 3;) {
        if (got++ % 2 == 0 && chan_len(fp_buf) > 0 && chan_recv(fp_buf, &v)) {
            sum += v;
            continue;
        }
        switch (SELECT(SELECT_RECV(fp_unbuf, &v, NULL), SELECT_RECV(fp_buf, &v, NULL),
                       SELECT_RECV(fp_done, NULL, NULL))) {
        case 0:
        case 1:
            sum += v;
            break;
        default:
            done++;
        }
    }
    while (chan_len(fp_buf) > 0 && chan_recv(fp_buf, &v))
        sum += v;
    chan_close(fp_buf);
    bool ok = chan_recv(fp_buf, &v);
    say("sum %ld, ok after close %d", sum, ok);
}

/* Runs fastpath_main under FIFO with a time slice and a budget, without a
 * trace (the fast paths) and with one (the general path), and compares. */
static void test_fast_paths(void)
{
    static const uint64_t slices[] = {1, 2, 3, 5, 8, 1000};
    static const uint64_t budgets[] = {RT_UNLIMITED, 40, 97, 150};
    int same = 0, runs = 0, limited = 0;
    for (size_t i = 0; i < sizeof slices / sizeof *slices; i++)
        for (size_t j = 0; j < sizeof budgets / sizeof *budgets; j++) {
            rt_config fast = {.seed = 7, .time_slice = slices[i], .max_steps = budgets[j]};
            rt_config slow = fast;
            slow.trace = true;
            rt *a = run_with(&fast, fastpath_main, NULL);
            rt *b = run_with(&slow, fastpath_main, NULL);
            bool eq = rt_verdict_of(a) == rt_verdict_of(b) && rt_steps(a) == rt_steps(b) &&
                      !strcmp(rt_schedule(a), rt_schedule(b)) &&
                      !strcmp(rt_output_text(a), rt_output_text(b)) &&
                      !strcmp(rt_report(a), rt_report(b));
            if (!eq)
                diag("slice %llu budget %llu: %s %llu steps \"%s\" vs %s %llu steps \"%s\"",
                     (unsigned long long)slices[i], (unsigned long long)budgets[j],
                     rt_verdict_name(rt_verdict_of(a)), (unsigned long long)rt_steps(a),
                     rt_schedule(a), rt_verdict_name(rt_verdict_of(b)),
                     (unsigned long long)rt_steps(b), rt_schedule(b));
            same += eq;
            limited += rt_verdict_of(a) == RT_STEP_LIMIT;
            runs++;
            rt_free(a);
            rt_free(b);
        }
    is_int(same, runs, "FIFO fast paths and the general path: same schedule, steps, output "
                       "and report over %d slice and budget settings", runs);
    ok(limited > 0 && limited < runs, "some of them end at the step budget (%d of %d)", limited,
       runs);
}

static int flag; /* set by setter, spun on by spin_wait_main */

static void setter(void *arg)
{
    (void)arg;
    shared_store(&flag, 1);
}

/* Busy-waits on a flag: works in Go because the scheduler preempts a
 * goroutine after its time slice, and works here the same way. */
static void spin_wait_main(void *arg)
{
    (void)arg;
    flag = 0;
    go(setter, NULL);
    long spins = 0;
    while (!shared_load(&flag))
        spins++;
    say("saw the flag after %ld spins", spins);
}

static void trace_main(void *arg)
{
    (void)arg;
    chan *c = chan_name(chan_make(int, 1), "jobs");
    chan_send(c, &(int){42});
    int v;
    chan_recv(c, &v);
    sleep_for(1500 * MILLISECOND);
    say("v=%d", v);
}

/* True when schedule s is only choices of candidate 0 ("000", "0*12."). */
static int all_zero(const char *s)
{
    unsigned long n;
    int used = 0;
    if (sscanf(s, "0*%lu.%n", &n, &used) == 1 && used > 0 && s[used] == '\0')
        return 1;
    return strspn(s, "0") == strlen(s);
}

int main(void)
{
    test_fast_paths();
    test_fp_state();

    /* determinism: one seed, one trace, 1,000 times */
    rt_config cfg = {.seed = 42, .policy = RT_RANDOM, .trace = true};
    rt *r = run_with(&cfg, race_main, NULL);
    char *first = strdup(rt_trace_text(r));
    char *sched = strdup(rt_schedule(r));
    char *out = strdup(rt_output_text(r));
    rt_free(r);
    int same = 0;
    for (int i = 0; i < 1000; i++) {
        r = run_with(&cfg, race_main, NULL);
        same += strcmp(rt_trace_text(r), first) == 0;
        rt_free(r);
    }
    is_int(same, 1000, "1,000 runs with one seed give one trace, byte for byte");

    /* different seeds give different interleavings (and outcomes) */
    int distinct_traces = 0, lost = 0;
    for (uint64_t seed = 1; seed <= 50; seed++) {
        rt_config c2 = {.seed = seed, .policy = RT_RANDOM, .trace = true};
        r = run_with(&c2, race_main, NULL);
        distinct_traces += strcmp(rt_trace_text(r), first) != 0;
        lost += strcmp(rt_output_text(r), "data=6\n") != 0;
        rt_free(r);
    }
    ok(distinct_traces > 40, "different seeds give different interleavings (%d of 50 differ)",
       distinct_traces);
    ok(lost > 0, "some interleavings lose an update (%d of 50)", lost);

    /* replay reproduces the run exactly */
    rt_config rep = {.policy = RT_REPLAY, .schedule = sched, .trace = true};
    r = run_with(&rep, race_main, NULL);
    is_str(rt_trace_text(r), first, "replaying the schedule string gives the same trace");
    is_str(rt_output_text(r), out, "and the same output");
    is_str(rt_schedule(r), sched, "and records the same schedule");
    rt_free(r);
    diag("schedule: %s", sched);
    rt_config bad = {.policy = RT_REPLAY, .schedule = "01!"};
    ok(rt_new(&bad) == NULL, "a malformed schedule is refused");
    rt_config unended = {.policy = RT_REPLAY, .schedule = "0*12"};
    ok(rt_new(&unended) == NULL, "a repeat count must end with '.'");
    rt_config misfit = {.policy = RT_REPLAY, .schedule = "9*50."};
    r = run_with(&misfit, race_main, NULL);
    is_verdict(r, RT_ERROR, "schedule does not fit the program", "schedule that does not fit");
    rt_free(r);
    free(first);
    free(sched);
    free(out);

    /* FIFO: Go's order with GOMAXPROCS=1 */
    r = run_fn(race_main, NULL);
    is_str(rt_output_text(r), "data=6\n", "FIFO runs each racer to completion");
    ok(all_zero(rt_schedule(r)), "a FIFO schedule only ever takes candidate 0: %s",
       rt_schedule(r));
    rt_free(r);

    /* custom chooser */
    rt_config cc = {.policy = RT_CUSTOM, .choose = last_chooser};
    r = run_with(&cc, ping_main, NULL);
    ok(custom_calls > 0, "the custom chooser is asked (%d times)", custom_calls);
    is_str(rt_output_text(r), "a 0\na 1\nb 0\nb 1\n", "and its choices are followed (FIFO gives b 0, a 0, ...)");
    rt_free(r);
    rt_config nochooser = {.policy = RT_CUSTOM};
    ok(rt_new(&nochooser) == NULL, "RT_CUSTOM without a chooser is refused");

    /* step budget */
    rt_config lim = {.max_steps = 1000};
    r = run_with(&lim, spin_main, NULL);
    is_verdict(r, RT_STEP_LIMIT, "step limit reached after 1000 steps", "endless run");
    ok(contains(rt_report(r), "goroutine 1 [") && contains(rt_report(r), "main.spin(...)"), "the report lists the goroutines");
    is_str(rt_verdict_name(RT_STEP_LIMIT), "step limit reached", "verdict name");
    rt_free(r);

    /* time slices: FIFO preempts a goroutine that never blocks */
    r = run_fn(spin_wait_main, NULL);
    is_str(rt_output_text(r), "saw the flag after 9998 spins\n",
           "a spinning goroutine is preempted after RT_DEFAULT_SLICE choice points");
    rt_free(r);
    rt_config noslice = {.time_slice = RT_UNLIMITED, .max_steps = 100000};
    r = run_with(&noslice, spin_wait_main, NULL);
    is_verdict(r, RT_STEP_LIMIT, "step limit reached after 100000 steps", "without time slices it spins");
    rt_free(r);

    /* leaks */
    r = run_fn(leak_main, NULL);
    is_verdict(r, RT_OK, "", "leaky main");
    is_int(rt_leak_count(r), 2, "two goroutines leaked");
    ok(contains(rt_leak_report(r), "goroutine 2 [chan receive]:\nmain.leaker(...)\n"),
       "leak report names the goroutine and its wait");
    is_str(rt_output_text(r), "main returns, 3 goroutines alive\n", "num_goroutine");
    rt_free(r);

    /* goexit and panics */
    r = run_fn(goexit_main, NULL);
    is_verdict(r, RT_OK, "", "goexit");
    is_str(rt_output_text(r), "before goexit\nids: main=1\n", "goexit ends a goroutine, and main");
    is_int(rt_goroutines_created(r), 2, "two goroutines created");
    rt_free(r);
    r = run_fn(user_panic_main, NULL);
    is_verdict(r, RT_PANIC, "panic: something bad happened (42)", "rt_panic");
    ok(contains(rt_report(r), "(42)\n\ngoroutine 1 [running]:\nmain.main()\n"), "rt_panic report");
    rt_free(r);

    /* output */
    r = run_fn(partial_main, NULL);
    is_str(rt_output_text(r), "0 1 2 \na\nb\nc\nxy\nopen\n",
           "say ends lines, say_partial continues them, an open line is kept");
    is_int(rt_output_count(r), 6, "six lines");
    is_str(rt_output_line(r, 4), "xy", "line 4");
    ok(rt_output_line(r, 6) == NULL, "past the end");
    rt_free(r);

    /* trace text */
    r = run_fn(trace_main, NULL);
    const char *t = rt_trace_text(r);
    ok(contains(t, " g1 send jobs 42 @tests/unit/test_rt_sched.c:"), "send event names the channel and value");
    ok(contains(t, " g1 recv jobs 42 @"), "receive event");
    ok(contains(t, "1.5s g1 say v=42 @"), "virtual time printed as a Go duration");
    ok(contains(t, " g1 sleep 1500000000 @"), "sleep event with its deadline");
    is_int(rt_trace_count(r) > 5, 1, "events recorded");
    is_str(rt_event_kind_name(rt_trace_event(r, 0)->kind), "spawn", "first event is main's spawn");
    ok(rt_trace_event(r, rt_trace_count(r)) == NULL, "past the end");
    rt_free(r);

    /* a run can be run once */
    r = run_fn(partial_main, NULL);
    is_int(rt_run(r, partial_main, NULL), RT_ERROR, "rt_run twice is an error");
    rt_free(r);
    rt_free(NULL);
    return tap_done();
}
