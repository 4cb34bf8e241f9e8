/* test_race_litmus.c: the race detector against litmus programs, one racy
 * and one correctly synchronized version per happens-before rule of the Go
 * memory model (go.dev/ref/mem) for goroutines, channels, select and
 * atomics (package sync's are in test_race_sync.c), plus what does not
 * synchronize (a goroutine's exit, sleep, timers) and what the shadow
 * memory must get right (concurrent reads, a write after them, a dead
 * goroutine's stack). Each runs under FIFO, FIFO preempting at every choice
 * point, and RANDOM seeds 1-50: every racy program is reported once, naming
 * the two goroutines and lines that raced; no correct program ever is. Then
 * under every schedule the explorer finds within two preemptions: racy runs
 * all end "race", correct ones all "ok". */
#include "test_race_util.h"

static int64_t y;    /* a second variable, touched by atomics */
static int32_t flag; /* an atomic flag */
static chan *c, *c2; /* channels under test */

/* --- go statement ----------------------------------------------------------- */

static void read_x0(void *arg)
{
    (void)arg;
    (void)shared_load(&x); AT(0, 'r');
    done();
}

static void go_ok(void *arg)
{
    (void)arg;
    begin(1);
    shared_store(&x, 1);
    go(read_x0, NULL);
    end();
}

static void go_racy(void *arg)
{
    (void)arg;
    begin(1);
    go(read_x0, NULL);
    shared_store(&x, 1); AT(1, 'w');
    end();
}

/* --- unbuffered and buffered channels ---------------------------------------- */

static void store_then_send(void *arg)
{
    (void)arg;
    shared_store(&x, 1);
    chan_send(c, &(int){1});
    done();
}

static void send_then_store(void *arg)
{
    (void)arg;
    chan_send(c, &(int){1});
    shared_store(&x, 1); AT(0, 'w');
    done();
}

static void recv_then_load(int cap, void (*sender)(void *))
{
    begin(1);
    c = chan_make(int, cap);
    go(sender, NULL);
    chan_recv(c, NULL);
    (void)shared_load(&x); AT(1, 'r');
    end();
}

static void unbuffered_send_ok(void *arg)
{
    (void)arg;
    recv_then_load(0, store_then_send);
}

static void unbuffered_send_racy(void *arg)
{
    (void)arg;
    recv_then_load(0, send_then_store);
}

static void buffered_send_ok(void *arg)
{
    (void)arg;
    recv_then_load(1, store_then_send);
}

static void buffered_send_racy(void *arg)
{
    (void)arg;
    recv_then_load(1, send_then_store);
}

static void send_then_load(void *arg)
{
    (void)arg;
    chan_send(c, &(int){1});
    (void)shared_load(&x); AT(0, 'r');
    done();
}

/* main stores, then receives; the sender loads after its send completes:
 * ordered only when the channel is unbuffered. */
static void store_then_recv(int cap)
{
    begin(1);
    c = chan_make(int, cap);
    go(send_then_load, NULL);
    shared_store(&x, 1); AT(1, 'w');
    chan_recv(c, NULL);
    end();
}

static void unbuffered_recv_ok(void *arg)
{
    (void)arg;
    store_then_recv(0);
}

static void unbuffered_recv_racy(void *arg)
{
    (void)arg;
    store_then_recv(1); /* buffered: the receive orders nothing for the sender */
}

static void store_then_close(void *arg)
{
    (void)arg;
    shared_store(&x, 1);
    chan_close(c);
    done();
}

static void close_then_store(void *arg)
{
    (void)arg;
    chan_close(c);
    shared_store(&x, 1); AT(0, 'w');
    done();
}

static void close_ok(void *arg)
{
    (void)arg;
    recv_then_load(0, store_then_close);
}

static void close_racy(void *arg)
{
    (void)arg;
    recv_then_load(0, close_then_store);
}

/* A semaphore: capacity 1 lets one worker in at a time (the k-th receive
 * before the (k+1)-th send); capacity 2 lets both in. */
static void sem_worker(void *arg)
{
    int i = (int)(intptr_t)arg;
    chan_send(c, &(int){1});
    shared_store(&x, shared_load(&x) + 1); AT(i, '?');
    chan_recv(c, NULL);
    done();
}

static void semaphore(int cap)
{
    begin(2);
    c = chan_make(int, cap);
    go(sem_worker, (void *)(intptr_t)0);
    go(sem_worker, (void *)(intptr_t)1);
    end();
}

static void semaphore_ok(void *arg)
{
    (void)arg;
    semaphore(1);
}

static void semaphore_racy(void *arg)
{
    (void)arg;
    semaphore(2);
}

/* Capacity C = 2: the first receive happens before the third send
 * completes; with capacity 3 the third send waits for nothing. */
static void load_then_recv(void *arg)
{
    (void)arg;
    (void)shared_load(&x); AT(0, 'r');
    chan_recv(c, NULL);
    done();
}

static void kth_recv(int cap)
{
    begin(1);
    c = chan_make(int, cap);
    go(load_then_recv, NULL);
    for (int i = 0; i < 3; i++)
        chan_send(c, &i);
    shared_store(&x, 1); AT(1, 'w');
    end();
}

static void kth_recv_ok(void *arg)
{
    (void)arg;
    kth_recv(2);
}

static void kth_recv_racy(void *arg)
{
    (void)arg;
    kth_recv(3);
}

/* --- atomics and select ------------------------------------------------------------- */

static void store_then_flag(void *arg)
{
    (void)arg;
    shared_store(&x, 1);
    atomic_store_i32(&flag, 1);
    done();
}

static void flag_then_store(void *arg)
{
    (void)arg;
    atomic_store_i32(&flag, 1);
    shared_store(&x, 1); AT(0, 'w');
    done();
}

static void spin_then_load(void (*setter)(void *))
{
    begin(1);
    flag = 0;
    go(setter, NULL);
    while (atomic_load_i32(&flag) == 0)
        gosched();
    (void)shared_load(&x); AT(1, 'r');
    end();
}

static void atomic_ok(void *arg)
{
    (void)arg;
    spin_then_load(store_then_flag);
}

static void atomic_racy(void *arg)
{
    (void)arg;
    spin_then_load(flag_then_store);
}

static void atomic_writer(void *arg)
{
    (void)arg;
    atomic_store_i64(&y, 1); AT(0, 'w');
    done();
}

/* A plain read racing with an atomic write is a race too. */
static void atomic_mixed_racy(void *arg)
{
    (void)arg;
    begin(1);
    y = 0;
    go(atomic_writer, NULL);
    (void)shared_load(&y); AT(1, 'r');
    end();
}

static void store_then_select_send(void *arg)
{
    (void)arg;
    shared_store(&x, 1);
    SELECT(SELECT_SEND(c, &(int){1}), SELECT_SEND(c2, &(int){2}));
    done();
}

static void select_send_then_store(void *arg)
{
    (void)arg;
    SELECT(SELECT_SEND(c, &(int){1}), SELECT_SEND(c2, &(int){2}));
    shared_store(&x, 1); AT(0, 'w');
    done();
}

static void select_prog(void (*sender)(void *))
{
    begin(1);
    c = chan_make(int, 0);
    c2 = chan_make(int, 0);
    go(sender, NULL);
    SELECT(SELECT_RECV(c, NULL, NULL), SELECT_RECV(c2, NULL, NULL));
    (void)shared_load(&x); AT(1, 'r');
    end();
}

static void select_ok(void *arg)
{
    (void)arg;
    select_prog(store_then_select_send);
}

static void select_racy(void *arg)
{
    (void)arg;
    select_prog(select_send_then_store);
}

/* --- what does not synchronize ----------------------------------------------------- */

static void store_x(void *arg)
{
    (void)arg;
    shared_store(&x, 1); AT(0, 'w');
}

/* main waits until the goroutine has exited: its exit orders nothing. */
static void exit_racy(void *arg)
{
    (void)arg;
    begin(0);
    go(store_x, NULL);
    while (num_goroutine() > 1)
        gosched();
    (void)shared_load(&x); AT(1, 'r');
}

static void store_x_done(void *arg)
{
    store_x(arg);
    done();
}

static void sleep_racy(void *arg)
{
    (void)arg;
    begin(1);
    go(store_x_done, NULL);
    sleep_for(SECOND);
    (void)shared_load(&x); AT(1, 'r');
    end();
}

static void timer_racy(void *arg)
{
    (void)arg;
    begin(1);
    go(store_x_done, NULL);
    chan_recv(time_after(SECOND), NULL); /* <-time.After(time.Second) */
    (void)shared_load(&x); AT(1, 'r');
    end();
}

/* --- reads -------------------------------------------------------------------------- */

static void load_x(void *arg)
{
    (void)arg;
    (void)shared_load(&x);
    done();
}

static void reads_ok(void *arg)
{
    (void)arg;
    begin(2);
    shared_store(&x, 1);
    go(load_x, NULL);
    go(load_x, NULL);
    end();
}

static void load_then_send(void *arg)
{
    (void)arg;
    (void)shared_load(&x);
    chan_send(c, NULL);
    done();
}

static void load_x_racing(void *arg)
{
    (void)arg;
    (void)shared_load(&x); AT(0, 'r');
    done();
}

/* Two concurrent reads (the read clock inflates), then a write ordered
 * after the first read only: the race is with the second. */
static void shared_reads_write_racy(void *arg)
{
    (void)arg;
    begin(2);
    c = chan_make(int, 0);
    go(load_then_send, NULL);
    go(load_x_racing, NULL);
    chan_recv(c, NULL);
    shared_store(&x, 2); AT(1, 'w');
    end();
}

/* A variable on a goroutine's stack dies with it: the next goroutine to
 * reuse the stack (the pool hands it out again) starts afresh. */
static const void *stack_vars[2]; /* where each goroutine's local was */

static void local_store(void *arg)
{
    long local = 0;
    shared_store(&local, 1);
    stack_vars[(intptr_t)arg] = &local;
}

static void stack_reuse_ok(void *arg)
{
    (void)arg;
    begin(0);
    go(local_store, (void *)(intptr_t)0);
    while (num_goroutine() > 1) /* its exit orders nothing */
        gosched();
    go(local_store, (void *)(intptr_t)1);
    while (num_goroutine() > 1)
        gosched();
}

/* --- the table ------------------------------------------------------------------- */

static const litmus table[] = {
    {"go statement before the goroutine starts", go_ok, false},
    {"go statement before the goroutine starts", go_racy, true},
    {"unbuffered send before the receive completes", unbuffered_send_ok, false},
    {"unbuffered send before the receive completes", unbuffered_send_racy, true},
    {"unbuffered receive before the send completes", unbuffered_recv_ok, false},
    {"unbuffered receive before the send completes", unbuffered_recv_racy, true},
    {"buffered send before the receive completes", buffered_send_ok, false},
    {"buffered send before the receive completes", buffered_send_racy, true},
    {"close before a receive that returns closed", close_ok, false},
    {"close before a receive that returns closed", close_racy, true},
    {"k-th receive before (k+C)-th send: semaphore, C = 1", semaphore_ok, false},
    {"k-th receive before (k+C)-th send: semaphore, C = 1", semaphore_racy, true},
    {"k-th receive before (k+C)-th send: C = 2", kth_recv_ok, false},
    {"k-th receive before (k+C)-th send: C = 2", kth_recv_racy, true},
    {"atomics are sequentially consistent", atomic_ok, false},
    {"atomics are sequentially consistent", atomic_racy, true},
    {"select cases are the channel operations they complete", select_ok, false},
    {"select cases are the channel operations they complete", select_racy, true},
    {"a plain read races with an atomic write", atomic_mixed_racy, true},
    {"a goroutine's exit synchronizes with nothing", exit_racy, true},
    {"sleep synchronizes with nothing", sleep_racy, true},
    {"a timer's send synchronizes with nothing", timer_racy, true},
    {"concurrent reads are not a race", reads_ok, false},
    {"a write after concurrent reads races with the unordered one", shared_reads_write_racy,
     true},
    {"a dead goroutine's stack variable is not a later one's", stack_reuse_ok, false},
};

/* The same seed gives the same report, byte for byte. */
static void test_same_report(void)
{
    int same = 1;
    for (uint64_t seed = 1; seed <= 20; seed++) {
        rt_config cfg = {.race = true, .policy = RT_RANDOM, .seed = seed};
        rt *a = run_with(&cfg, semaphore_racy, NULL), *b = run_with(&cfg, semaphore_racy, NULL);
        same &= strcmp(rt_race_report(a), rt_race_report(b)) == 0 && *rt_race_report(a);
        rt_free(a);
        rt_free(b);
    }
    ok(same, "same seed, same race report byte for byte (20 seeds)");
}

/* The detector changes nothing else: the same schedule and output. */
static void test_same_run(void)
{
    int same = 1;
    for (uint64_t seed = 1; seed <= 20; seed++) {
        rt_config on = {.race = true, .policy = RT_RANDOM, .seed = seed};
        rt_config off = {.policy = RT_RANDOM, .seed = seed};
        rt *a = run_with(&on, semaphore_racy, NULL), *b = run_with(&off, semaphore_racy, NULL);
        same &= strcmp(rt_schedule(a), rt_schedule(b)) == 0 &&
                strcmp(rt_output_text(a), rt_output_text(b)) == 0 && rt_verdict_of(b) == RT_OK &&
                rt_race_count(b) == 0 && *rt_race_report(b) == '\0';
        rt_free(a);
        rt_free(b);
    }
    ok(same, "with the detector on, the same schedule and output; off, no race verdict");
}

/* A race before a deadlock: the verdict is the deadlock, the race is kept. */
static void race_then_deadlock(void *arg)
{
    (void)arg;
    go(store_x, NULL);
    gosched();
    (void)shared_load(&x);
    chan_recv(chan_make(int, 0), NULL);
}

static void test_race_then_deadlock(void)
{
    rt_config cfg = {.race = true};
    rt *r = run_with(&cfg, race_then_deadlock, NULL);
    is_verdict(r, RT_DEADLOCK, "fatal error: all goroutines are asleep", "race then deadlock");
    ok(rt_race_count(r) == 1 && strstr(rt_race_report(r), "WARNING: DATA RACE"),
       "race then deadlock: the race report is kept");
    rt_free(r);
}

int main(void)
{
    run_table(table, sizeof table / sizeof table[0]);
    diag("the stack-reuse program's two locals were %s", stack_vars[0] == stack_vars[1]
                                                             ? "at the same address"
                                                             : "at different addresses");
    ok(sizeof table / sizeof table[0] >= 20, "at least 20 litmus programs here (and 11 in "
       "test_race_sync.c)");
    test_same_report();
    test_same_run();
    test_race_then_deadlock();
    return tap_done();
}
