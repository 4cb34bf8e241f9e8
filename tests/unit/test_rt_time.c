/* test_rt_time.c: the virtual clock: sleeps, equal deadlines in the order
 * they were set, time_after, tickers, and time that moves only when every
 * goroutine is blocked. */
#include "test_rt_util.h"

static void sleeper(void *arg)
{
    long secs = (long)arg;
    sleep_for(secs * SECOND);
    say("slept %lds, now %llds", secs, (long long)(time_now() / SECOND));
}

static void sleep_main(void *arg)
{
    (void)arg;
    go(sleeper, 3L);
    go(sleeper, 1L);
    go(sleeper, 2L);
    sleep_for(5 * SECOND);
    say("main at %llds", (long long)(time_now() / SECOND));
}

static void equal_main(void *arg)
{
    (void)arg;
    for (long i = 1; i <= 4; i++)
        go(sleeper, 1L); /* four timers, same deadline */
    sleep_for(2 * SECOND);
}

static void named_sleeper(void *arg)
{
    sleep_for(SECOND);
    say("%s", (const char *)arg);
}

static void order_main(void *arg)
{
    (void)arg;
    go(named_sleeper, "a");
    go(named_sleeper, "b");
    go(named_sleeper, "c");
    sleep_for(2 * SECOND);
}

static void busy(void *arg)
{
    (void)arg;
    for (int i = 0; i < 5; i++) {
        say("busy %d at %lld", i, (long long)time_now());
        gosched();
    }
}

/* Time stands still while anything can run. */
static void busy_main(void *arg)
{
    (void)arg;
    go(busy, NULL);
    sleep_for(MILLISECOND);
    say("main at %lldms", (long long)(time_now() / MILLISECOND));
}

static void ticker_main(void *arg)
{
    (void)arg;
    ticker *t = ticker_make(500 * MILLISECOND);
    for (int i = 0; i < 3; i++) {
        rt_duration at;
        chan_recv(t->C, &at);
        say("tick at %lldms", (long long)(at / MILLISECOND));
    }
    ticker_stop(t);
    chan *after = time_after(2 * SECOND);
    rt_duration at;
    chan_recv(after, &at);
    say("after fired at %lldms, ticker holds %d", (long long)(at / MILLISECOND), chan_len(t->C));
}

static void stopped_ticker_main(void *arg)
{
    (void)arg;
    ticker *t = ticker_make(SECOND);
    ticker_stop(t);
    chan_recv(t->C, NULL); /* never ticks: deadlock */
}

static void bad_ticker_main(void *arg)
{
    (void)arg;
    ticker_make(0);
}

/* time.Sleep(0) returns at once ("a negative or zero duration causes
 * Sleep to return immediately"): main goes on before the goroutine it
 * started, as go1.19.8 prints with GOMAXPROCS=1. */
static void zero_sleeper(void *arg)
{
    (void)arg;
    say("A ran");
}

static void sleep_zero_main(void *arg)
{
    (void)arg;
    go(zero_sleeper, NULL);
    sleep_for(0);
    say("main after sleep_for(0)");
    sleep_for(-SECOND);
    say("main after sleep_for(-1s)");
    sleep_for(1);
}

int main(void)
{
    rt *r = run_fn(sleep_main, NULL);
    is_str(rt_output_text(r), "slept 1s, now 1s\nslept 2s, now 2s\nslept 3s, now 3s\nmain at 5s\n",
           "sleepers wake by deadline, virtual clock jumps");
    is_int(rt_time_of(r), 5 * SECOND, "run ends at 5s of virtual time");
    rt_free(r);

    r = run_fn(order_main, NULL);
    /* c runs first (Go's runnext), so its timer is set first, then a, b */
    is_str(rt_output_text(r), "c\na\nb\n", "equal deadlines fire in the order they were set");
    rt_free(r);

    r = run_fn(sleep_zero_main, NULL);
    is_str(rt_output_text(r), "main after sleep_for(0)\nmain after sleep_for(-1s)\nA ran\n",
           "sleep_for(0) and a negative sleep return at once, without yielding, as in Go");
    rt_free(r);

    r = run_fn(equal_main, NULL);
    is_int(rt_output_count(r), 4, "four equal timers all fire");
    rt_free(r);

    r = run_fn(busy_main, NULL);
    is_str(rt_output_text(r), "busy 0 at 0\nbusy 1 at 0\nbusy 2 at 0\nbusy 3 at 0\nbusy 4 at 0\nmain at 1ms\n",
           "time moves only when every goroutine is blocked");
    rt_free(r);

    r = run_fn(ticker_main, NULL);
    is_str(rt_output_text(r),
           "tick at 500ms\ntick at 1000ms\ntick at 1500ms\nafter fired at 3500ms, ticker holds 0\n",
           "ticker ticks every period and stops");
    rt_free(r);

    r = run_fn(stopped_ticker_main, NULL);
    is_verdict(r, RT_DEADLOCK, "fatal error: all goroutines are asleep - deadlock!",
               "a stopped ticker never fires");
    rt_free(r);

    r = run_fn(bad_ticker_main, NULL);
    is_verdict(r, RT_PANIC, "panic: non-positive interval for NewTicker", "ticker_make(0)");
    rt_free(r);
    return tap_done();
}
