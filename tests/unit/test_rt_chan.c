/* test_rt_chan.c: channels against the Go specification: every operation
 * on nil, open, closed, buffered and unbuffered channels, with Go's panic
 * messages and deadlock reports. */
#include "test_rt_util.h"

#include <stdio.h>

static char line_buf[64]; /* "file:line" of the last interesting call */
#define MARK() snprintf(line_buf, sizeof line_buf, "\t%s:%d\n", __FILE__, __LINE__ + 1)

static void sender(void *arg)
{
    chan *c = arg;
    for (int i = 1; i <= 5; i++)
        chan_send(c, &i);
    chan_close(c);
}

/* The design document's example: range over a channel closed by its
 * sender. */
static void range_main(void *arg)
{
    (void)arg;
    chan *c = chan_make(int, 0);
    go(sender, c);
    for (int num; chan_recv(c, &num);)
        say("Received: %d", num);
    say("done");
}

static void buffered_main(void *arg)
{
    (void)arg;
    chan *c = chan_make(int, 3);
    int v;
    bool ok;
    say("len=%d cap=%d", chan_len(c), chan_cap(c));
    for (int i = 10; i < 13; i++)
        chan_send(c, &i);
    say("len=%d cap=%d", chan_len(c), chan_cap(c));
    chan_close(c);
    for (int i = 0; i < 4; i++) {
        ok = chan_recv(c, &v);
        say("%d %s", v, ok ? "true" : "false");
    }
    say("nil len=%d cap=%d", chan_len(NULL), chan_cap(NULL));
}

static void send_closed_main(void *arg)
{
    (void)arg;
    chan *c = chan_make(int, 1);
    chan_close(c);
    MARK();
    chan_send(c, &(int){1});
}

static void close_nil_main(void *arg)
{
    (void)arg;
    MARK();
    chan_close(NULL);
}

static void close_closed_main(void *arg)
{
    (void)arg;
    chan *c = chan_make(int, 0);
    chan_close(c);
    MARK();
    chan_close(c);
}

static void nil_send_main(void *arg)
{
    (void)arg;
    MARK();
    chan_send(NULL, &(int){1});
}

static void nil_recv_main(void *arg)
{
    (void)arg;
    MARK();
    chan_recv(NULL, NULL);
}

static void unbuffered_deadlock_main(void *arg)
{
    (void)arg;
    chan *c = chan_make(int, 0);
    MARK();
    chan_send(c, &(int){1});
}

static void blocked_sender(void *arg)
{
    chan_send((chan *)arg, &(int){7});
}

/* A sender blocked on an unbuffered channel panics when it is closed. */
static void close_wakes_sender_main(void *arg)
{
    (void)arg;
    chan *c = chan_make(int, 0);
    go(blocked_sender, c);
    gosched();
    chan_close(c);
    gosched();
    say("not reached");
}

static void blocked_receiver(void *arg)
{
    int v = 99;
    bool ok = chan_recv((chan *)arg, &v);
    say("receiver: %d %s", v, ok ? "true" : "false");
}

static void close_wakes_receivers_main(void *arg)
{
    (void)arg;
    chan *c = chan_make(int, 0);
    go(blocked_receiver, c);
    go(blocked_receiver, c);
    gosched();
    chan_close(c);
    sleep_for(1);
}

/* Unbuffered handoff: the receiver gets exactly what was sent, in order,
 * and a struct element is copied whole. */
typedef struct point {
    int x, y;
    double w;
} point;

static void point_sender(void *arg)
{
    chan *c = arg;
    for (int i = 0; i < 3; i++)
        chan_send(c, &(point){i, i * i, i / 2.0});
}

static void struct_main(void *arg)
{
    (void)arg;
    chan *c = chan_make(point, 0);
    go(point_sender, c);
    for (int i = 0; i < 3; i++) {
        point p;
        chan_recv(c, &p);
        say("%d %d %.1f", p.x, p.y, p.w);
    }
}

/* A blocked sender on a full buffered channel moves into the buffer when a
 * receiver frees a slot. */
static void fill_sender(void *arg)
{
    chan *c = arg;
    for (int i = 1; i <= 4; i++) {
        chan_send(c, &i);
        say("sent %d", i);
    }
}

static void full_main(void *arg)
{
    (void)arg;
    chan *c = chan_make(int, 2);
    go(fill_sender, c);
    sleep_for(1);
    say("len=%d", chan_len(c));
    for (int i = 0, v; i < 4; i++) {
        chan_recv(c, &v);
        say("got %d", v);
    }
}

/* The Go program this mirrors printed the expected output under go1.19
 * with GOMAXPROCS=1 (see the test below). */
static sync_waitgroup order_wg;
static chan *order_c, *order_done;

static void order_worker(void *arg)
{
    say("g %d", (int)(long)arg);
    wg_done(&order_wg);
}

static void order_sender(void *arg)
{
    (void)arg;
    for (int i = 1; i <= 4; i++) {
        chan_send(order_c, &i);
        say("sent %d", i);
    }
}

static void order_receiver(void *arg)
{
    (void)arg;
    for (int i = 0, v; i < 4; i++) {
        chan_recv(order_c, &v);
        say("got %d", v);
    }
    chan_send(order_done, &(bool){true});
}

static void go_order_main(void *arg)
{
    (void)arg;
    for (long i = 0; i < 3; i++) {
        wg_add(&order_wg, 1);
        go(order_worker, (void *)i);
    }
    wg_wait(&order_wg);
    order_c = chan_make(int, 2);
    order_done = chan_make(bool, 0);
    go(order_sender, NULL);
    go(order_receiver, NULL);
    chan_recv(order_done, NULL);
}

/* The buffered fast paths' gates (chan.send_cap, chan.recv_min): a
 * receiver waiting on an empty buffer, a select's clause taken away again,
 * a sender waiting on a full buffer, then a close. Each gosched lets the
 * one other runnable goroutine run. */
static chan *gate_c, *gate_d;

static void gate_receiver(void *arg)
{
    (void)arg;
    int v;
    chan_recv(gate_c, &v);
    say("receiver got %d", v);
}

static void gate_selector(void *arg)
{
    (void)arg;
    int v = 0;
    int k = SELECT(SELECT_RECV(gate_c, &v, NULL), SELECT_RECV(gate_d, &v, NULL));
    say("select case %d got %d", k, v);
}

static void gate_sender(void *arg)
{
    (void)arg;
    chan_send(gate_c, &(int){30});
    say("sender sent 30");
}

static void gates_main(void *arg)
{
    (void)arg;
    int a, b, c;
    gate_c = chan_make(int, 2);
    gate_d = chan_make(int, 0);
    go(gate_receiver, NULL);
    gosched();                    /* it waits on the empty buffer */
    chan_send(gate_c, &(int){1}); /* so the value goes to it, not the buffer */
    say("after handoff len=%d", chan_len(gate_c));
    gosched();
    chan_send(gate_c, &(int){2});
    chan_send(gate_c, &(int){3});
    say("buffered len=%d", chan_len(gate_c));
    chan_recv(gate_c, &a);
    chan_recv(gate_c, &b);
    say("got %d %d", a, b);
    go(gate_selector, NULL);
    gosched();                     /* it waits on both channels */
    chan_send(gate_d, &(int){20}); /* it takes d; its clause on c goes */
    chan_send(gate_c, &(int){21}); /* into the buffer again */
    say("after select len=%d", chan_len(gate_c));
    gosched();
    chan_send(gate_c, &(int){22}); /* full */
    go(gate_sender, NULL);
    gosched(); /* it waits on the full buffer */
    chan_recv(gate_c, &a);
    say("got %d len=%d", a, chan_len(gate_c)); /* its 30 took the slot */
    chan_recv(gate_c, &b);
    chan_recv(gate_c, &c);
    say("got %d %d len=%d", b, c, chan_len(gate_c));
    gosched();
    chan_close(gate_c);
    bool ok = chan_recv(gate_c, &a);
    say("after close %d %s", a, ok ? "true" : "false");
}

/* Close readies its waiters in the reverse of the order it takes them
 * (Go's closechan). These two mirror Go programs whose output under
 * go1.19.8 with GOMAXPROCS=1 is the expected text below: three receivers
 * (one a select that a send on its other channel finds gone), and three
 * senders, of which Go's S3 panics first. */
static chan *close_c, *close_d;

static void close_rcv(void *arg)
{
    int v;
    bool ok = chan_recv(close_c, &v);
    say("rcv %s %d %s", (const char *)arg, v, ok ? "true" : "false");
}

static void close_sel(void *arg)
{
    (void)arg;
    int v = -1;
    bool ok = true;
    if (SELECT(SELECT_RECV(close_c, &v, &ok), SELECT_RECV(close_d, &v, NULL)) == 0)
        say("sel c %d %s", v, ok ? "true" : "false");
    else
        say("sel d %d", v);
}

static void close_receivers_main(void *arg)
{
    (void)arg;
    close_c = chan_make(int, 2);
    close_d = chan_make(int, 1);
    go(close_rcv, "A");
    go(close_sel, NULL);
    go(close_rcv, "C");
    gosched();
    chan_close(close_c);
    chan_send(close_d, &(int){5});
    gosched();
    say("end");
}

static void close_snd(void *arg)
{
    say("sender %s waits", (const char *)arg);
    chan_send(close_c, &(int){1});
}

static void close_senders_main(void *arg)
{
    (void)arg;
    close_c = chan_make(int, 0);
    go(close_snd, "S1");
    go(close_snd, "S2");
    go(close_snd, "S3");
    gosched();
    chan_close(close_c);
    gosched();
    say("end");
}

/* A close with receivers waiting on a buffered channel leaves its send
 * gate shut: the send after it panics, in the fast paths too. */
static void close_gate_main(void *arg)
{
    (void)arg;
    close_c = chan_make(int, 2);
    go(close_rcv, "A");
    go(close_rcv, "B");
    gosched();
    chan_close(close_c);
    chan_send(close_c, &(int){1});
}

static void check_panic(void (*fn)(void *), rt_verdict v, const char *first, const char *reason,
                        const char *name)
{
    rt *r = run_fn(fn, NULL);
    is_verdict(r, v, first, name);
    char want[256];
    snprintf(want, sizeof want, "%s\n\ngoroutine 1 [%s]:\nmain.main()\n%s", first, reason, line_buf);
    is_str(rt_report(r), want, "%s: full report", name);
    rt_free(r);
}

int main(void)
{
    rt *r = run_fn(range_main, NULL);
    is_verdict(r, RT_OK, "", "range");
    is_str(rt_output_text(r),
           "Received: 1\nReceived: 2\nReceived: 3\nReceived: 4\nReceived: 5\ndone\n",
           "range receives 1..5 then ends when the channel is closed");
    rt_free(r);

    r = run_fn(buffered_main, NULL);
    is_str(rt_output_text(r),
           "len=0 cap=3\nlen=3 cap=3\n10 true\n11 true\n12 true\n0 false\nnil len=0 cap=0\n",
           "buffered: len/cap, FIFO order, drained then zero value with ok=false");
    rt_free(r);

    check_panic(send_closed_main, RT_PANIC, "panic: send on closed channel", "running",
                "send on closed channel");
    check_panic(close_nil_main, RT_PANIC, "panic: close of nil channel", "running",
                "close of nil channel");
    check_panic(close_closed_main, RT_PANIC, "panic: close of closed channel", "running",
                "close of closed channel");
    check_panic(nil_send_main, RT_DEADLOCK, "fatal error: all goroutines are asleep - deadlock!",
                "chan send (nil chan)", "send on nil channel blocks forever");
    check_panic(nil_recv_main, RT_DEADLOCK, "fatal error: all goroutines are asleep - deadlock!",
                "chan receive (nil chan)", "receive on nil channel blocks forever");
    check_panic(unbuffered_deadlock_main, RT_DEADLOCK,
                "fatal error: all goroutines are asleep - deadlock!", "chan send",
                "unbuffered send without receiver");

    r = run_fn(close_wakes_sender_main, NULL);
    is_verdict(r, RT_PANIC, "panic: send on closed channel", "blocked sender, then close");
    ok(contains(rt_report(r), "goroutine 2 [running]:\nmain.blocked_sender(...)\n"),
       "the panicking goroutine is the sender");
    ok(contains(rt_report(r), "created by main.main\n"), "report says who created it");
    is_int(rt_output_count(r), 0, "main did not go on");
    rt_free(r);

    r = run_fn(close_wakes_receivers_main, NULL);
    is_verdict(r, RT_OK, "", "close wakes receivers");
    is_str(rt_output_text(r), "receiver: 0 false\nreceiver: 0 false\n",
           "every blocked receiver gets the zero value and ok=false");
    rt_free(r);

    r = run_fn(struct_main, NULL);
    is_str(rt_output_text(r), "0 0 0.0\n1 1 0.5\n2 4 1.0\n", "struct elements copied whole");
    rt_free(r);

    r = run_fn(full_main, NULL);
    is_str(rt_output_text(r), "sent 1\nsent 2\nlen=2\ngot 1\ngot 2\ngot 3\nsent 3\nsent 4\ngot 4\n",
           "a full buffer blocks the sender; a receive moves its value into the buffer");
    rt_free(r);

    static const char gates_want[] = "after handoff len=0\nreceiver got 1\nbuffered len=2\n"
                                     "got 2 3\nafter select len=1\nselect case 1 got 20\n"
                                     "got 21 len=2\ngot 22 30 len=0\nsender sent 30\n"
                                     "after close 0 false\n";
    for (int traced = 0; traced < 2; traced++) { /* the fast paths, the general path */
        rt_config cfg = {.trace = traced};
        r = run_with(&cfg, gates_main, NULL);
        is_str(rt_output_text(r), gates_want,
               "%s: a waiting receiver, a select's clause, a waiting sender and a close on a "
               "buffered channel",
               traced ? "traced" : "fast");
        rt_free(r);
    }

    for (int traced = 0; traced < 2; traced++) {
        const char *how = traced ? "traced" : "fast";
        rt_config cfg = {.trace = traced};
        r = run_with(&cfg, close_receivers_main, NULL);
        is_str(rt_output_text(r), "rcv C 0 false\nsel c 0 false\nrcv A 0 false\nend\n",
               "%s: close readies its receivers as Go 1.19 does (the last taken runs first)",
               how);
        rt_free(r);
        r = run_with(&cfg, close_senders_main, NULL);
        is_str(rt_output_text(r), "sender S3 waits\nsender S1 waits\nsender S2 waits\n",
               "%s: the senders queue in Go's order", how);
        ok(contains(rt_report(r), "panic: send on closed channel\n\ngoroutine 4 [running]:\n"),
           "%s: after close the sender that queued first (S3, goroutine 4) panics first, as "
           "in Go",
           how);
        rt_free(r);
        r = run_with(&cfg, close_gate_main, NULL);
        is_verdict(r, RT_PANIC, "panic: send on closed channel", how);
        is_str(rt_output_text(r), "", "%s: the woken receivers had not run yet", how);
        rt_free(r);
    }

    r = run_fn(go_order_main, NULL);
    is_str(rt_output_text(r),
           "g 2\ng 0\ng 1\nsent 1\nsent 2\nsent 3\ngot 1\ngot 2\ngot 3\ngot 4\n",
           "same output as Go 1.19 with GOMAXPROCS=1 (runnext order, direct handoff)");
    rt_free(r);
    return tap_done();
}
