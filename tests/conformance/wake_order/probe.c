/* C side of the wake-order probes (conclab rt.h, RT_FIFO): ./cprobe NAME.
 * Each probe mirrors the Go probe of the same name in ../go/main.go. */
#include "rt/rt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- Mutex ------------------------------------------------------------------ */
static sync_mutex mu;
static sync_waitgroup wg, all;

static void mr_worker(void *arg)
{
    const char *n = arg;
    mutex_lock(&mu);
    say("%s locked", n);
    mutex_unlock(&mu);
    say("%s unlocked", n);
    wg_done(&wg);
}
static void mutex_relock(void *arg)
{
    (void)arg;
    mutex_lock(&mu);
    const char *names[] = {"A", "B", "C"};
    for (int i = 0; i < 3; i++) {
        wg_add(&wg, 1);
        go(mr_worker, names[i]);
        gosched();
    }
    say("main unlock");
    mutex_unlock(&mu);
    mutex_lock(&mu);
    say("main relocked");
    mutex_unlock(&mu);
    wg_wait(&wg);
    say("main done");
}

static void tl_worker(void *arg)
{
    (void)arg;
    mutex_lock(&mu);
    say("A locked");
    mutex_unlock(&mu);
    wg_done(&wg);
}
static void mutex_trylock_p(void *arg)
{
    (void)arg;
    mutex_lock(&mu);
    wg_add(&wg, 1);
    go(tl_worker, NULL);
    gosched();
    mutex_unlock(&mu);
    bool ok = mutex_trylock(&mu);
    say("main trylock=%s", ok ? "true" : "false");
    if (ok)
        mutex_unlock(&mu);
    wg_wait(&wg);
}

static void ml_worker(void *arg)
{
    const char *n = arg;
    for (int i = 0; i < 3; i++) {
        mutex_lock(&mu);
        say("%s%d", n, i);
        gosched();
        mutex_unlock(&mu);
    }
    wg_done(&wg);
}
static void mutex_loop(void *arg)
{
    (void)arg;
    wg_add(&wg, 1);
    go(ml_worker, "A");
    wg_add(&wg, 1);
    go(ml_worker, "B");
    wg_wait(&wg);
}

static void mc_worker(void *arg)
{
    const char *n = arg;
    mutex_lock(&mu);
    say("%s locked", n);
    mutex_unlock(&mu);
    wg_done(&wg);
}
static void mutex_chain(void *arg)
{
    (void)arg;
    mutex_lock(&mu);
    const char *names[] = {"A", "B", "C"};
    for (int i = 0; i < 3; i++) {
        wg_add(&wg, 1);
        go(mc_worker, names[i]);
        gosched();
    }
    mutex_unlock(&mu);
    say("main unlocked");
    wg_wait(&wg);
}

/* --- RWMutex ------------------------------------------------------------------ */
static sync_rwmutex rw;

static void rw_worker(void *arg)
{
    const char *n = arg;
    if (n[0] == 'W') {
        rwmutex_lock(&rw);
        say("%s locked", n);
        rwmutex_unlock(&rw);
    } else {
        rwmutex_rlock(&rw);
        say("%s rlocked", n);
        rwmutex_runlock(&rw);
    }
    wg_done(&wg);
}
static void rw_behind_main(const char **names, int k)
{
    rwmutex_lock(&rw);
    for (int i = 0; i < k; i++) {
        wg_add(&wg, 1);
        go(rw_worker, names[i]);
        gosched();
    }
    say("main unlock");
    rwmutex_unlock(&rw);
    wg_wait(&wg);
}
static void rw_readers(void *arg)
{
    (void)arg;
    const char *n[] = {"R1", "R2", "R3"};
    rw_behind_main(n, 3);
}
static void rw_readers_writer(void *arg)
{
    (void)arg;
    const char *n[] = {"R1", "W2", "R2"};
    rw_behind_main(n, 3);
}
static void rw_writers(void *arg)
{
    (void)arg;
    const char *n[] = {"W1", "W2", "R1", "W3"};
    rw_behind_main(n, 4);
}

static void rwb_worker(void *arg)
{
    const char *n = arg;
    if (strcmp(n, "W") == 0) {
        rwmutex_lock(&rw);
        say("W locked");
        rwmutex_unlock(&rw);
        say("W unlocked");
    } else {
        rwmutex_rlock(&rw);
        say("%s rlocked", n);
        gosched();
        gosched();
        rwmutex_runlock(&rw);
        say("%s runlocked", n);
    }
    wg_done(&wg);
}
static void rw_writer_behind_readers(void *arg)
{
    (void)arg;
    const char *names[] = {"R1", "R2", "W", "R3"};
    for (int i = 0; i < 4; i++) {
        wg_add(&wg, 1);
        go(rwb_worker, names[i]);
        gosched();
    }
    wg_wait(&wg);
}

/* --- WaitGroup ---------------------------------------------------------------- */
static void wgw_worker(void *arg)
{
    wg_wait(&wg);
    say("%s released", (const char *)arg);
    wg_done(&all);
}
static void wg_waiters(void *arg)
{
    (void)arg;
    wg_add(&wg, 1);
    const char *names[] = {"W1", "W2", "W3"};
    for (int i = 0; i < 3; i++) {
        wg_add(&all, 1);
        go(wgw_worker, names[i]);
        gosched();
    }
    say("main done");
    wg_done(&wg);
    say("main after done");
    wg_wait(&all);
}

/* --- Cond --------------------------------------------------------------------- */
static sync_cond cv = {.L = &mu};

static void cv_worker(void *arg)
{
    mutex_lock(&mu);
    cond_wait(&cv);
    say("%s woke", (const char *)arg);
    mutex_unlock(&mu);
    wg_done(&all);
}
static void cond_common(bool broadcast)
{
    const char *names[] = {"W1", "W2", "W3"};
    for (int i = 0; i < 3; i++) {
        wg_add(&all, 1);
        go(cv_worker, names[i]);
        gosched();
    }
    mutex_lock(&mu);
    if (broadcast) {
        cond_broadcast(&cv);
    } else {
        cond_signal(&cv);
        cond_signal(&cv);
        cond_signal(&cv);
    }
    say("main signalled");
    mutex_unlock(&mu);
    wg_wait(&all);
}
static void cond_broadcast_p(void *arg) { (void)arg; cond_common(true); }
static void cond_signal3(void *arg) { (void)arg; cond_common(false); }

static void cvr_worker(void *arg)
{
    (void)arg;
    mutex_lock(&mu);
    cond_wait(&cv);
    say("W woke");
    mutex_unlock(&mu);
    wg_done(&all);
}
static void cond_signal_relock(void *arg)
{
    (void)arg;
    wg_add(&all, 1);
    go(cvr_worker, NULL);
    gosched();
    mutex_lock(&mu);
    cond_signal(&cv);
    mutex_unlock(&mu);
    mutex_lock(&mu);
    say("main relocked");
    mutex_unlock(&mu);
    wg_wait(&all);
}

/* --- Once --------------------------------------------------------------------- */
static sync_once once;
static void once_f(void *arg)
{
    const char *n = arg;
    say("%s runs f", n);
    gosched();
    gosched();
    say("%s f ends", n);
}
static void once_worker(void *arg)
{
    once_do(&once, once_f, arg);
    say("%s past Do", (const char *)arg);
    wg_done(&all);
}
static void once_p(void *arg)
{
    (void)arg;
    const char *names[] = {"A", "B", "C", "D"};
    for (int i = 0; i < 4; i++) {
        wg_add(&all, 1);
        go(once_worker, names[i]);
        gosched();
    }
    wg_wait(&all);
}

/* --- Timers ------------------------------------------------------------------- */
static void ss_worker(void *arg)
{
    say("%s sleeps", (const char *)arg);
    sleep_for(20 * MILLISECOND);
    say("%s woke", (const char *)arg);
    wg_done(&all);
}
static void sleep_same(void *arg)
{
    (void)arg;
    const char *names[] = {"A", "B", "C"};
    for (int i = 0; i < 3; i++) {
        wg_add(&all, 1);
        go(ss_worker, names[i]);
    }
    wg_wait(&all);
}
struct sd { const char *n; rt_duration d; };
static void sd_worker(void *arg)
{
    struct sd *s = arg;
    sleep_for(s->d);
    say("%s woke", s->n);
    wg_done(&all);
}
static void sleep_diff(void *arg)
{
    (void)arg;
    static struct sd s[3] = {{"A", 30 * MILLISECOND}, {"B", 20 * MILLISECOND}, {"C", 10 * MILLISECOND}};
    for (int i = 0; i < 3; i++) {
        wg_add(&all, 1);
        go(sd_worker, &s[i]);
    }
    wg_wait(&all);
}
static void say_ran(void *arg)
{
    say("%s ran", (const char *)arg);
}
static void say_ran_done(void *arg)
{
    say("%s ran", (const char *)arg);
    wg_done(&all);
}
static void sleep_zero(void *arg)
{
    (void)arg;
    go(say_ran, "A");
    sleep_for(0);
    say("main after Sleep(0)");
    sleep_for(10 * MILLISECOND);
}
static void sleep_tiny(void *arg)
{
    (void)arg;
    wg_add(&all, 2);
    go(say_ran_done, "A");
    go(say_ran_done, "B");
    sleep_for(1);
    say("main woke");
    wg_wait(&all);
}
static void after_zero(void *arg)
{
    (void)arg;
    chan *c = time_after(0);
    wg_add(&all, 2);
    go(say_ran_done, "A");
    go(say_ran_done, "B");
    chan_recv(c, NULL);
    say("main got after(0)");
    wg_wait(&all);
}
static chan *never;
static void as_worker(void *arg)
{
    if (SELECT(SELECT_RECV(never, NULL, NULL), SELECT_RECV(time_after(20 * MILLISECOND), NULL, NULL)) == 1)
        say("%s timed out", (const char *)arg);
    wg_done(&all);
}
static void after_select_same(void *arg)
{
    (void)arg;
    never = chan_make(int, 0);
    const char *names[] = {"A", "B", "C"};
    for (int i = 0; i < 3; i++) {
        wg_add(&all, 1);
        go(as_worker, names[i]);
        gosched();
    }
    wg_wait(&all);
}
static void avs_s(void *arg)
{
    (void)arg;
    SELECT(SELECT_RECV(time_after(20 * MILLISECOND), NULL, NULL));
    say("S timed out");
    wg_done(&all);
}
static void avs_z(void *arg)
{
    (void)arg;
    sleep_for(20 * MILLISECOND);
    say("Z woke");
    wg_done(&all);
}
static void after_vs_sleep(void *arg)
{
    (void)arg;
    wg_add(&all, 2);
    go(avs_s, NULL);
    gosched();
    go(avs_z, NULL);
    gosched();
    wg_wait(&all);
}
static void tk_worker(void *arg)
{
    ticker *tk = arg;
    for (int i = 0; i < 3; i++) {
        chan_recv(tk->C, NULL);
        say("tick %d", i);
    }
    ticker_stop(tk);
    wg_done(&all);
}
static void ticker_p(void *arg)
{
    (void)arg;
    ticker *tk = ticker_make(10 * MILLISECOND);
    wg_add(&all, 1);
    go(tk_worker, tk);
    wg_wait(&all);
    say("main done");
}

/* --- Channels ----------------------------------------------------------------- */
static chan *ch, *cha, *chb, *chc;
static void cs_worker(void *arg)
{
    const char *n = arg;
    chan_send(ch, &n);
    say("%s sent", n);
    wg_done(&all);
}
static void chan_senders(void *arg)
{
    (void)arg;
    ch = chan_make(const char *, 0);
    const char *names[] = {"S1", "S2", "S3"};
    for (int i = 0; i < 3; i++) {
        wg_add(&all, 1);
        go(cs_worker, names[i]);
        gosched();
    }
    for (int i = 0; i < 3; i++) {
        const char *s;
        chan_recv(ch, &s);
        say("main got %s", s);
    }
    wg_wait(&all);
}
static void cr_worker(void *arg)
{
    int v;
    chan_recv(ch, &v);
    say("%s got %d", (const char *)arg, v);
    wg_done(&all);
}
static void chan_receivers(void *arg)
{
    (void)arg;
    ch = chan_make(int, 0);
    const char *names[] = {"R1", "R2", "R3"};
    for (int i = 0; i < 3; i++) {
        wg_add(&all, 1);
        go(cr_worker, names[i]);
        gosched();
    }
    for (int i = 1; i <= 3; i++) {
        chan_send(ch, &i);
        say("main sent %d", i);
    }
    wg_wait(&all);
}
struct bs { const char *n; int i; };
static void cbs_worker(void *arg)
{
    struct bs *b = arg;
    chan_send(ch, &b->i);
    say("%s sent %d", b->n, b->i);
    wg_done(&all);
}
static void chan_buffered_senders(void *arg)
{
    (void)arg;
    static struct bs b[3] = {{"S1", 1}, {"S2", 2}, {"S3", 3}};
    ch = chan_make(int, 1);
    chan_send(ch, &(int){0});
    for (int i = 0; i < 3; i++) {
        wg_add(&all, 1);
        go(cbs_worker, &b[i]);
        gosched();
    }
    for (int i = 0; i < 4; i++) {
        int v;
        chan_recv(ch, &v);
        say("main got %d", v);
    }
    wg_wait(&all);
}
static void pl_gen(void *arg)
{
    (void)arg;
    for (int i = 0; i < 3; i++) {
        say("gen send %d", i);
        chan_send(cha, &i);
    }
    chan_close(cha);
}
static void pl_sq(void *arg)
{
    (void)arg;
    for (int v; chan_recv(cha, &v);) {
        say("sq got %d", v);
        chan_send(chb, &(int){v * v});
    }
    chan_close(chb);
}
static void pl_add(void *arg)
{
    (void)arg;
    for (int v; chan_recv(chb, &v);) {
        say("add got %d", v);
        chan_send(chc, &(int){v + 1});
    }
    chan_close(chc);
}
static void chan_pipeline(void *arg)
{
    (void)arg;
    cha = chan_make(int, 0);
    chb = chan_make(int, 0);
    chc = chan_make(int, 0);
    go(pl_gen, NULL);
    go(pl_sq, NULL);
    go(pl_add, NULL);
    for (int v; chan_recv(chc, &v);)
        say("main got %d", v);
}
static chan *ring[3], *done;
static void ring_worker(void *arg)
{
    int i = (int)(long)arg;
    for (;;) {
        int v;
        chan_recv(ring[i], &v);
        say("g%d got %d", i, v);
        if (v >= 6) {
            chan_send(done, &(bool){true});
            return;
        }
        chan_send(ring[(i + 1) % 3], &(int){v + 1});
        say("g%d passed", i);
    }
}
static void chan_ring(void *arg)
{
    (void)arg;
    for (int i = 0; i < 3; i++)
        ring[i] = chan_make(int, 0);
    done = chan_make(bool, 0);
    for (int i = 0; i < 3; i++)
        go(ring_worker, (long)i);
    chan_send(ring[0], &(int){0});
    chan_recv(done, NULL);
}
static void sw_s(void *arg)
{
    (void)arg;
    int v;
    switch (SELECT(SELECT_RECV(cha, &v, NULL), SELECT_RECV(chb, &v, NULL))) {
    case 0: say("S got a %d", v); break;
    case 1: say("S got b %d", v); break;
    }
    wg_done(&all);
}
static void sw_r(void *arg)
{
    (void)arg;
    int v;
    chan_recv(cha, &v);
    say("R got a %d", v);
    wg_done(&all);
}
static void select_woken(void *arg)
{
    (void)arg;
    cha = chan_make(int, 0);
    chb = chan_make(int, 0);
    wg_add(&all, 2);
    go(sw_s, NULL);
    gosched();
    go(sw_r, NULL);
    gosched();
    chan_send(cha, &(int){1});
    say("main sent 1");
    chan_send(cha, &(int){2});
    say("main sent 2");
    wg_wait(&all);
}
static void ss_sel(void *arg)
{
    const char *n = arg;
    int v;
    switch (SELECT(SELECT_RECV(cha, &v, NULL), SELECT_RECV(chb, &v, NULL))) {
    case 0: say("%s got a %d", n, v); break;
    case 1: say("%s got b %d", n, v); break;
    }
    wg_done(&all);
}
static void select_several(void *arg)
{
    (void)arg;
    cha = chan_make(int, 0);
    chb = chan_make(int, 0);
    const char *names[] = {"S1", "S2", "S3"};
    for (int i = 0; i < 3; i++) {
        wg_add(&all, 1);
        go(ss_sel, names[i]);
        gosched();
    }
    chan_send(cha, &(int){1});
    chan_send(chb, &(int){2});
    chan_send(cha, &(int){3});
    say("main sent");
    wg_wait(&all);
}

/* --- Gosched ------------------------------------------------------------------ */
static void gg_b(void *arg)
{
    (void)arg;
    say("B ran");
    go(say_ran_done, "C");
    go(say_ran_done, "D");
    wg_done(&all);
}
static void gosched_global(void *arg)
{
    (void)arg;
    wg_add(&all, 4);
    go(say_ran_done, "X");
    go(gg_b, NULL);
    gosched();
    say("main back");
    wg_wait(&all);
}
static void gv_r(void *arg)
{
    chan_recv(ch, NULL);
    say("%s got", (const char *)arg);
    wg_done(&all);
}
static void gv_y(void *arg)
{
    (void)arg;
    say("Y runs");
    gosched();
    say("Y back");
    wg_done(&all);
}
static void gv_t(void *arg)
{
    (void)arg;
    chan_send(ch, &(int){1});
    chan_send(ch, &(int){2});
    say("T sent");
}
static void gosched_vs_wake(void *arg)
{
    (void)arg;
    ch = chan_make(int, 0);
    wg_add(&all, 3);
    go(gv_r, "R1");
    gosched();
    go(gv_r, "R2");
    gosched();
    go(gv_y, NULL);
    go(gv_t, NULL);
    wg_wait(&all);
}

/* --- added probes ------------------------------------------------------------- */
static chan *release;
static void oc_f(void *arg)
{
    const char *n = arg;
    say("%s runs f", n);
    chan_recv(release, NULL);
    say("%s f ends", n);
}
static void oc_worker(void *arg)
{
    once_do(&once, oc_f, arg);
    say("%s past Do", (const char *)arg);
    wg_done(&all);
}
static void once_chan(void *arg)
{
    (void)arg;
    release = chan_make(int, 0);
    const char *names[] = {"A", "B", "C", "D"};
    for (int i = 0; i < 4; i++) {
        wg_add(&all, 1);
        go(oc_worker, names[i]);
        gosched();
    }
    chan_send(release, &(int){1});
    say("main released");
    wg_wait(&all);
}
static void msl_worker(void *arg)
{
    const char *n = arg;
    for (int i = 0; i < 3; i++) {
        mutex_lock(&mu);
        say("%s%d", n, i);
        sleep_for(5 * MILLISECOND);
        mutex_unlock(&mu);
    }
    wg_done(&wg);
}
static void mutex_sleep_loop(void *arg)
{
    (void)arg;
    wg_add(&wg, 1);
    go(msl_worker, "A");
    wg_add(&wg, 1);
    go(msl_worker, "B");
    wg_wait(&wg);
}
static void rw_relock(void *arg)
{
    (void)arg;
    const char *names[] = {"R1", "W2", "R2"};
    rwmutex_lock(&rw);
    for (int i = 0; i < 3; i++) {
        wg_add(&wg, 1);
        go(rw_worker, names[i]);
        gosched();
    }
    say("main unlock");
    rwmutex_unlock(&rw);
    rwmutex_lock(&rw);
    say("main relocked");
    rwmutex_unlock(&rw);
    wg_wait(&wg);
}
static void ticker_slow(void *arg)
{
    (void)arg;
    ticker *tk = ticker_make(10 * MILLISECOND);
    sleep_for(35 * MILLISECOND);
    for (int i = 0; i < 2; i++) {
        rt_duration t;
        chan_recv(tk->C, &t);
        say("tick at %lldms, received at %lldms", (long long)(t / MILLISECOND),
            (long long)(time_now() / MILLISECOND));
    }
    ticker_stop(tk);
}
static void gw_w(void *arg)
{
    wg_wait(&wg);
    say("%s released", (const char *)arg);
    wg_done(&all);
}
static void gw_t(void *arg)
{
    (void)arg;
    say("T runs");
    wg_done(&wg);
    say("T done");
}
static void gosched_vs_wg(void *arg)
{
    (void)arg;
    wg_add(&wg, 1);
    wg_add(&all, 3);
    go(gw_w, "W1");
    gosched();
    go(gw_w, "W2");
    gosched();
    go(gv_y, NULL);
    go(gw_t, NULL);
    wg_wait(&all);
}

static void tro_sleeper(void *arg)
{
    sleep_for(100 * MILLISECOND);
    say("%s", (const char *)arg);
}
static void test_rt_time_order(void *arg)
{
    (void)arg;
    go(tro_sleeper, "a");
    go(tro_sleeper, "b");
    go(tro_sleeper, "c");
    sleep_for(200 * MILLISECOND);
}

static const struct { const char *name; void (*fn)(void *); } probes[] = {
    {"mutex_relock", mutex_relock}, {"mutex_trylock", mutex_trylock_p},
    {"mutex_loop", mutex_loop}, {"mutex_chain", mutex_chain},
    {"rw_readers", rw_readers}, {"rw_readers_writer", rw_readers_writer},
    {"rw_writer_behind_readers", rw_writer_behind_readers}, {"rw_writers", rw_writers},
    {"wg_waiters", wg_waiters},
    {"cond_broadcast", cond_broadcast_p}, {"cond_signal3", cond_signal3},
    {"cond_signal_relock", cond_signal_relock},
    {"once", once_p},
    {"sleep_same", sleep_same}, {"sleep_diff", sleep_diff}, {"sleep_zero", sleep_zero},
    {"sleep_tiny", sleep_tiny}, {"after_zero", after_zero},
    {"after_select_same", after_select_same}, {"after_vs_sleep", after_vs_sleep},
    {"ticker", ticker_p},
    {"chan_senders", chan_senders}, {"chan_receivers", chan_receivers},
    {"chan_buffered_senders", chan_buffered_senders}, {"chan_pipeline", chan_pipeline},
    {"chan_ring", chan_ring}, {"select_woken", select_woken}, {"select_several", select_several},
    {"once_chan", once_chan}, {"mutex_sleep_loop", mutex_sleep_loop}, {"rw_relock", rw_relock},
    {"ticker_slow", ticker_slow}, {"gosched_vs_wg", gosched_vs_wg},
    {"test_rt_time_order", test_rt_time_order},
    {"gosched_global", gosched_global}, {"gosched_vs_wake", gosched_vs_wake},
};

int main(int argc, char **argv)
{
    size_t n = sizeof probes / sizeof probes[0];
    if (argc < 2) {
        for (size_t i = 0; i < n; i++)
            printf("%s%s", i ? " " : "", probes[i].name);
        printf("\n");
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        if (strcmp(argv[1], probes[i].name) == 0) {
            rt_config cfg = {.policy = RT_FIFO, .seed = argc > 2 ? strtoull(argv[2], 0, 10) : 0};
            rt *r = rt_new(&cfg);
            rt_verdict v = rt_run(r, probes[i].fn, NULL);
            fputs(rt_output_text(r), stdout);
            if (v != RT_OK)
                printf("[verdict %s] %s\n", rt_verdict_name(v), rt_report(r));
            rt_free(r);
            return 0;
        }
    }
    printf("no probe %s\n", argv[1]);
    return 2;
}
