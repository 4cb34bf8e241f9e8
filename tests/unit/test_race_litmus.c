/* test_race_litmus.c: the race detector against litmus programs, one racy
 * and one correctly synchronized version per happens-before rule of the Go
 * memory model (go.dev/ref/mem), plus what does not synchronize (a
 * goroutine's exit, sleep, timers). Each runs under FIFO, FIFO preempting
 * at every choice point, and RANDOM seeds 1-50: every racy program is
 * reported once, naming the two goroutines and lines that raced; no correct
 * program ever is. Then under every schedule the explorer finds within two
 * preemptions: racy runs all end "race", correct ones all "ok". */
#include "test_rt_util.h"
#include "explore/explore.h"

#include <stdio.h>
#include <stdlib.h>

/* --- what the programs record ------------------------------------------- */

/* One access the racy version expects in the report. */
typedef struct expect_access {
    char kind; /* 'r', 'w', or '?' (a load-and-store line: either) */
    int line;  /* its line in this file */
    int g;     /* the goroutine that made it */
} expect_access;

static expect_access want[2]; /* the racing pair, set as the program runs */

/* AT(i, kind): records the access on this same line as racing access i. */
#define AT(i, k) (want[i] = (expect_access){(k), __LINE__, goid()})

static long x;                 /* the shared variable every program uses */
static int64_t y;              /* a second one, touched by atomics */
static int32_t flag;           /* an atomic flag */
static sync_waitgroup fin;     /* main waits on it last, after its racy
                                  access: keeps the run alive until every
                                  goroutine has made its accesses */
static sync_waitgroup wg;      /* the WaitGroup under test */
static sync_mutex mu;          /* the Mutex under test */
static sync_rwmutex rw;        /* the RWMutex under test */
static sync_once once, other_once; /* the Once under test, and another */
static sync_cond cond;         /* Cond under test (bound to mu) */
static int ready;              /* Cond's predicate (guarded by mu) */
static chan *c, *c2;           /* channels under test */

/* Starts a program: resets the state and adds n goroutines to `fin`. */
static void begin(int n)
{
    x = 0;
    y = 0;
    flag = 0;
    ready = 0;
    want[0] = want[1] = (expect_access){0, 0, 0};
    wg_add(&fin, n);
}

/* Lets main wait for every goroutine before the run ends. */
static void end(void)
{
    wg_wait(&fin);
}

static void done(void)
{
    wg_done(&fin);
}

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

/* --- Mutex, RWMutex, Once, WaitGroup, Cond -------------------------------------- */

static void locked_incr(void *arg)
{
    int i = (int)(intptr_t)arg;
    mutex_lock(&mu);
    shared_store(&x, shared_load(&x) + 1); AT(i, '?');
    mutex_unlock(&mu);
    done();
}

static void unlocked_incr(void *arg)
{
    int i = (int)(intptr_t)arg;
    shared_store(&x, shared_load(&x) + 1); AT(i, '?');
    done();
}

static void mutex_ok(void *arg)
{
    (void)arg;
    begin(2);
    go(locked_incr, (void *)(intptr_t)0);
    go(locked_incr, (void *)(intptr_t)1);
    end();
}

static void mutex_racy(void *arg)
{
    (void)arg;
    begin(2);
    go(locked_incr, (void *)(intptr_t)0);
    go(unlocked_incr, (void *)(intptr_t)1);
    end();
}

static void rlocked_load(void *arg)
{
    (void)arg;
    rwmutex_rlock(&rw);
    (void)shared_load(&x); AT(0, 'r');
    rwmutex_runlock(&rw);
    done();
}

/* RUnlock before Lock: a reader, and a writer that locks (or, racy, only
 * read-locks: readers do not order each other). */
static void rw_writer(bool locks)
{
    begin(1);
    go(rlocked_load, NULL);
    if (locks)
        rwmutex_lock(&rw);
    else
        rwmutex_rlock(&rw);
    shared_store(&x, 1); AT(1, 'w');
    if (locks)
        rwmutex_unlock(&rw);
    else
        rwmutex_runlock(&rw);
    end();
}

static void rwmutex_runlock_ok(void *arg)
{
    (void)arg;
    rw_writer(true);
}

static void rwmutex_runlock_racy(void *arg)
{
    (void)arg;
    rw_writer(false);
}

static void locked_store(void *arg)
{
    (void)arg;
    rwmutex_lock(&rw);
    shared_store(&x, 1); AT(0, 'w');
    rwmutex_unlock(&rw);
    done();
}

/* Unlock before RLock: a writer, and a reader that read-locks (or, racy,
 * does not lock at all). */
static void rw_reader(bool locks)
{
    begin(1);
    go(locked_store, NULL);
    if (locks)
        rwmutex_rlock(&rw);
    (void)shared_load(&x); AT(1, 'r');
    if (locks)
        rwmutex_runlock(&rw);
    end();
}

static void rwmutex_unlock_ok(void *arg)
{
    (void)arg;
    rw_reader(true);
}

static void rwmutex_unlock_racy(void *arg)
{
    (void)arg;
    rw_reader(false);
}

static void init_x(void *arg)
{
    (void)arg;
    shared_store(&x, 1); AT(0, 'w');
}

static void nothing(void *arg)
{
    (void)arg;
}

static void once_user(void *arg)
{
    sync_once *o = arg;
    once_do(o, o == &once ? init_x : nothing, NULL);
    (void)shared_load(&x); if (o != &once) AT(1, 'r');
    done();
}

static void once_prog(sync_once *second)
{
    begin(2);
    go(once_user, &once);
    go(once_user, second);
    end();
}

static void once_ok(void *arg)
{
    (void)arg;
    once_prog(&once);
}

static void once_racy(void *arg)
{
    (void)arg;
    once_prog(&other_once); /* another Once: its Do orders nothing */
}

static void store_then_done(void *arg)
{
    (void)arg;
    shared_store(&x, 1);
    wg_done(&wg);
    done();
}

static void done_then_store(void *arg)
{
    (void)arg;
    wg_done(&wg);
    shared_store(&x, 1); AT(0, 'w');
    done();
}

static void waitgroup(void (*worker)(void *))
{
    begin(1);
    wg_add(&wg, 1);
    go(worker, NULL);
    wg_wait(&wg);
    (void)shared_load(&x); AT(1, 'r');
    end();
}

static void waitgroup_ok(void *arg)
{
    (void)arg;
    waitgroup(store_then_done);
}

static void waitgroup_racy(void *arg)
{
    (void)arg;
    waitgroup(done_then_store);
}

static void cond_signaller(void *arg)
{
    (void)arg;
    mutex_lock(&mu);
    shared_store(&x, 1);
    ready = 1;
    cond_signal(&cond);
    mutex_unlock(&mu);
    done();
}

static void cond_ok(void *arg)
{
    (void)arg;
    begin(1);
    cond_init(&cond, &mu);
    go(cond_signaller, NULL);
    mutex_lock(&mu);
    while (!ready)
        cond_wait(&cond);
    (void)shared_load(&x);
    mutex_unlock(&mu);
    end();
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

/* --- the table and the checks ------------------------------------------------------ */

typedef struct litmus {
    const char *rule;       /* the happens-before rule exercised */
    void (*main)(void *);   /* the program */
    bool racy;              /* it has a data race */
} litmus;

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
    {"Mutex: Unlock before the next Lock", mutex_ok, false},
    {"Mutex: Unlock before the next Lock", mutex_racy, true},
    {"RWMutex: RUnlock before Lock", rwmutex_runlock_ok, false},
    {"RWMutex: RUnlock before Lock", rwmutex_runlock_racy, true},
    {"RWMutex: Unlock before RLock", rwmutex_unlock_ok, false},
    {"RWMutex: Unlock before RLock", rwmutex_unlock_racy, true},
    {"Once: f returns before any Do returns", once_ok, false},
    {"Once: f returns before any Do returns", once_racy, true},
    {"WaitGroup: Done before the Wait it releases", waitgroup_ok, false},
    {"WaitGroup: Done before the Wait it releases", waitgroup_racy, true},
    {"atomics are sequentially consistent", atomic_ok, false},
    {"atomics are sequentially consistent", atomic_racy, true},
    {"select cases are the channel operations they complete", select_ok, false},
    {"select cases are the channel operations they complete", select_racy, true},
    {"Cond: Wait re-locks the mutex", cond_ok, false},
    {"a plain read races with an atomic write", atomic_mixed_racy, true},
    {"a goroutine's exit synchronizes with nothing", exit_racy, true},
    {"sleep synchronizes with nothing", sleep_racy, true},
    {"a timer's send synchronizes with nothing", timer_racy, true},
    {"concurrent reads are not a race", reads_ok, false},
    {"a write after concurrent reads races with the unordered one", shared_reads_write_racy,
     true},
    {"a dead goroutine's stack variable is not a later one's", stack_reuse_ok, false},
};

/* One access parsed from a report. */
typedef struct seen_access {
    char kind; /* 'r' or 'w' */
    int g;     /* goroutine */
    int line;  /* line in this file, 0 when in another */
} seen_access;

/* Parses the two access blocks of a report ("Read at x by goroutine 3:",
 * a frame, "      file:line"). Returns how many it found (at most 2). */
static int parse_report(const char *rep, seen_access out[2])
{
    int n = 0;
    for (const char *l = rep; l && *l && n < 2; l = strchr(l, '\n'), l = l ? l + 1 : NULL) {
        const char *end = strchr(l, '\n');
        const char *by = strstr(l, " by ");
        if (!end || !by || by > end || end[-1] != ':' || strncmp(l, "Goroutine", 9) == 0)
            continue;
        seen_access *a = &out[n++];
        a->kind = strstr(l, "rite at") && strstr(l, "rite at") < by ? 'w' : 'r';
        a->g = strncmp(by, " by main goroutine", 18) == 0 ? 1 : atoi(by + strlen(" by goroutine "));
        const char *frame = strchr(end + 1, '\n'); /* "  main.f()" */
        const char *loc = frame ? frame + 1 : "";  /* "      file:line" */
        const char *colon = strchr(loc, ':');
        a->line = colon && strstr(loc, "test_race_litmus.c") && strstr(loc, "test_race_litmus.c") < colon
                      ? atoi(colon + 1)
                      : 0;
    }
    return n;
}

static bool matches(const seen_access *s, const expect_access *w)
{
    return s->g == w->g && s->line == w->line && (w->kind == '?' || w->kind == s->kind);
}

/* Checks a racy program's run: one race, reported with both accesses.
 * Returns NULL when right, else what is wrong. */
static const char *check_racy(rt *r)
{
    static char why[512];
    seen_access s[2];
    const char *rep = rt_race_report(r);
    if (rt_verdict_of(r) != RT_RACE || rt_race_count(r) != 1)
        return "not reported as one race";
    if (strcmp(rep, rt_report(r)) != 0 || !strstr(rep, "Found 1 data race(s)\n"))
        return "report text or count line missing";
    if (parse_report(rep, s) != 2)
        return "the report does not name two accesses";
    bool straight = matches(&s[0], &want[0]) && matches(&s[1], &want[1]);
    bool crossed = matches(&s[0], &want[1]) && matches(&s[1], &want[0]);
    if ((!straight && !crossed) || (s[0].kind == 'r' && s[1].kind == 'r')) {
        snprintf(why, sizeof why, "reported %c g%d line %d / %c g%d line %d, wanted %c g%d line %d "
                 "/ %c g%d line %d", s[0].kind, s[0].g, s[0].line, s[1].kind, s[1].g, s[1].line,
                 want[0].kind, want[0].g, want[0].line, want[1].kind, want[1].g, want[1].line);
        return why;
    }
    for (int i = 0; i < 2; i++) {
        char block[64];
        snprintf(block, sizeof block, "Goroutine %d (", s[i].g);
        if (s[i].g != 1 && !strstr(rep, block))
            return "a goroutine's creation is not reported";
    }
    return NULL;
}

/* Runs one program under the schedules; counts the runs that were right. */
static void run_litmus(const litmus *l, const char *name)
{
    int runs = 0, right = 0;
    const char *first_wrong = NULL;
    char first_sched[64] = "";
    for (int k = 0; k < 52; k++) {
        rt_config cfg = {.race = true, .policy = k < 2 ? RT_FIFO : RT_RANDOM,
                         .seed = (uint64_t)(k - 1), .time_slice = k == 1 ? 1 : 0};
        rt *r = run_with(&cfg, l->main, NULL);
        const char *wrong = NULL;
        if (l->racy)
            wrong = check_racy(r);
        else if (rt_verdict_of(r) != RT_OK || rt_race_count(r) != 0 || *rt_race_report(r))
            wrong = rt_verdict_of(r) == RT_RACE ? "a race reported" : rt_report(r);
        runs++;
        right += wrong == NULL;
        if (wrong && !first_wrong) {
            first_wrong = wrong;
            if (k < 2)
                snprintf(first_sched, sizeof first_sched, "%s", k ? "FIFO slice 1" : "FIFO");
            else
                snprintf(first_sched, sizeof first_sched, "RANDOM seed %d", k - 1);
            diag("%s: %s", name, rt_race_report(r));
        }
        rt_free(r);
    }
    ok(right == runs, "%s %s: %s in %d of %d runs%s%s%s", l->racy ? "racy" : "correct", name,
       l->racy ? "reported with both goroutines and lines" : "clean", right, runs,
       first_wrong ? " (" : "", first_wrong ? first_sched : "", first_wrong ? ")" : "");
    if (first_wrong)
        diag("first wrong: %s", first_wrong);
}

/* Every schedule with at most two preemptions (the explorer): a racy
 * program's every run ends "race", a correct one's every run "ok". */
static void explore_litmus(const litmus *l, const char *name)
{
    explore_options opt = explore_defaults();
    opt.race = 1;
    opt.max_schedules = 400; /* the spinning programs have no end of schedules */
    opt.max_steps = 20000;
    explore_result res;
    char err[256];
    if (explore_run(l->main, NULL, &opt, &res, err, sizeof err) != 0) {
        ok(0, "explore %s: %s", name, err);
        return;
    }
    size_t wrong = 0;
    for (size_t i = 0; i < res.outcome_count; i++)
        wrong += strcmp(res.outcomes[i].verdict, l->racy ? "race" : "ok") != 0;
    ok(wrong == 0 && res.schedules > 0, "%s %s: every one of %llu explored schedules ends %s",
       l->racy ? "racy" : "correct", name, (unsigned long long)res.schedules,
       l->racy ? "race" : "ok");
    explore_result_free(&res);
}

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
        rt *a = run_with(&on, mutex_racy, NULL), *b = run_with(&off, mutex_racy, NULL);
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
    int racy = 0, correct = 0;
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        run_litmus(&table[i], table[i].rule);
        if (!getenv("CONCLAB_VALGRIND")) /* memcheck runs the seeds only */
            explore_litmus(&table[i], table[i].rule);
        racy += table[i].racy;
        correct += !table[i].racy;
    }
    diag("%d racy and %d correct litmus programs", racy, correct);
    diag("the stack-reuse program's two locals were %s", stack_vars[0] == stack_vars[1]
                                                             ? "at the same address"
                                                             : "at different addresses");
    ok(racy + correct >= 20, "at least 20 litmus programs");
    test_same_report();
    test_same_run();
    test_race_then_deadlock();
    return tap_done();
}
