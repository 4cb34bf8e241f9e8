/* test_rt_select.c: select by the Go specification: default, nil cases,
 * the empty select, blocking until a case is ready, send cases, timeouts,
 * and a uniform choice among ready cases. */
#include "test_rt_util.h"

static void default_main(void *arg)
{
    (void)arg;
    chan *c = chan_make(int, 0);
    int v = 0;
    int k = SELECT(SELECT_RECV(c, &v, NULL), SELECT_DEFAULT());
    say("nothing ready: %d", k);
    k = SELECT(SELECT_RECV(NULL, &v, NULL), SELECT_SEND(NULL, &v), SELECT_DEFAULT());
    say("nil cases: %d", k);
    chan *b = chan_make(int, 1);
    k = SELECT(SELECT_DEFAULT(), SELECT_SEND(b, &(int){5}));
    say("send ready: %d len=%d", k, chan_len(b));
    bool ok = false;
    k = SELECT(SELECT_RECV(b, &v, &ok), SELECT_DEFAULT());
    say("recv ready: %d v=%d ok=%d", k, v, ok);
    chan_close(b);
    v = 7;
    k = SELECT(SELECT_RECV(b, &v, &ok), SELECT_DEFAULT());
    say("closed: %d v=%d ok=%d", k, v, ok);
}

static void empty_main(void *arg)
{
    (void)arg;
    SELECT_NONE();
}

static void only_nil_main(void *arg)
{
    (void)arg;
    int v;
    SELECT(SELECT_RECV(NULL, &v, NULL), SELECT_SEND(NULL, &v));
}

static void later_sender(void *arg)
{
    chan **cs = arg;
    sleep_for(2 * SECOND);
    chan_send(cs[1], &(int){42});
}

static void blocking_main(void *arg)
{
    (void)arg;
    chan *cs[2] = {chan_make(int, 0), chan_make(int, 0)};
    go(later_sender, cs);
    int a = 0, b = 0;
    int k = SELECT(SELECT_RECV(cs[0], &a, NULL), SELECT_RECV(cs[1], &b, NULL));
    say("case %d b=%d at %lldms", k, b, (long long)(time_now() / MILLISECOND));
    /* the other clause was withdrawn: a send on cs[0] now blocks */
    k = SELECT(SELECT_SEND(cs[0], &a), SELECT_DEFAULT());
    say("withdrawn: %d", k);
}

static void timeout_main(void *arg)
{
    (void)arg;
    chan *c = chan_make(int, 0);
    int v;
    switch (SELECT(SELECT_RECV(c, &v, NULL), SELECT_RECV(time_after(1 * SECOND), NULL, NULL))) {
    case 0:
        say("got %d", v);
        break;
    case 1:
        say("timeout at %llds", (long long)(time_now() / SECOND));
        break;
    }
}

static void receiver_once(void *arg)
{
    int v;
    chan_recv((chan *)arg, &v);
    say("received %d", v);
}

static void send_case_main(void *arg)
{
    (void)arg;
    chan *c = chan_make(int, 0);
    go(receiver_once, c);
    int k = SELECT(SELECT_SEND(c, &(int){9}), SELECT_RECV(time_after(SECOND), NULL, NULL));
    say("case %d", k);
    sleep_for(1);
}

static void send_closed_main(void *arg)
{
    (void)arg;
    chan *c = chan_make(int, 0);
    chan_close(c);
    SELECT(SELECT_SEND(c, &(int){1}), SELECT_DEFAULT());
}

static int counts[3]; /* how often each ready case was chosen */

static void uniform_main(void *arg)
{
    (void)arg;
    chan *cs[3] = {chan_make(int, 1), chan_make(int, 1), chan_make(int, 1)};
    for (int i = 0; i < 3000; i++) {
        for (int j = 0; j < 3; j++)
            if (chan_len(cs[j]) == 0)
                chan_send(cs[j], &j);
        int k = SELECT(SELECT_RECV(cs[0], NULL, NULL), SELECT_RECV(cs[1], NULL, NULL),
                       SELECT_RECV(cs[2], NULL, NULL));
        counts[k]++;
    }
}

int main(void)
{
    rt *r = run_fn(default_main, NULL);
    is_str(rt_output_text(r),
           "nothing ready: -1\nnil cases: -1\nsend ready: 1 len=1\nrecv ready: 0 v=5 ok=1\n"
           "closed: 0 v=0 ok=0\n",
           "default, nil cases, ready send and receive, closed channel");
    rt_free(r);

    r = run_fn(empty_main, NULL);
    is_verdict(r, RT_DEADLOCK, "fatal error: all goroutines are asleep - deadlock!", "select {}");
    ok(contains(rt_report(r), "goroutine 1 [select (no cases)]:"), "select {} waits as Go says");
    rt_free(r);

    r = run_fn(only_nil_main, NULL);
    ok(contains(rt_report(r), "goroutine 1 [select (no cases)]:"),
       "a select of nil channels only blocks forever");
    rt_free(r);

    r = run_fn(blocking_main, NULL);
    is_str(rt_output_text(r), "case 1 b=42 at 2000ms\nwithdrawn: -1\n",
           "select blocks until a case is ready; the other clauses are withdrawn");
    rt_free(r);

    r = run_fn(timeout_main, NULL);
    is_str(rt_output_text(r), "timeout at 1s\n", "time_after as a select timeout");
    is_int(rt_time_of(r), SECOND, "virtual clock stands at 1s");
    rt_free(r);

    r = run_fn(send_case_main, NULL);
    is_str(rt_output_text(r), "received 9\ncase 0\n", "a blocking send case completes");
    rt_free(r);

    r = run_fn(send_closed_main, NULL);
    is_verdict(r, RT_PANIC, "panic: send on closed channel", "select send on closed channel");
    rt_free(r);

    rt_config cfg = {.seed = 7};
    r = run_with(&cfg, uniform_main, NULL);
    is_verdict(r, RT_OK, "", "uniform");
    for (int i = 0; i < 3; i++)
        ok(counts[i] > 850 && counts[i] < 1150, "case %d chosen %d times of 3000 (uniform)", i,
           counts[i]);
    rt_free(r);
    int first[3] = {counts[0], counts[1], counts[2]};
    memset(counts, 0, sizeof counts);
    r = run_with(&cfg, uniform_main, NULL);
    ok(!memcmp(first, counts, sizeof counts), "same seed, same choices");
    rt_free(r);
    return tap_done();
}
