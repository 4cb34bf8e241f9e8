/* test_rt_ops.c: what a custom chooser is told about each candidate
 * (rt_choice.ops): the running goroutine's op at its choice point, the op a
 * preempted goroutine stopped at, "unknown" for new and woken ones, the
 * bytes printed, the side effects counted and the selects blocked. */
#include <string.h>

#include "../tap.h"
#include "rt/rt.h"

#define MAX_LOG 64
#define MAX_CAND 8

/* One choice point as the chooser saw it (ops copied). */
typedef struct seen {
    const char *what;         /* c->what */
    int current;              /* c->current */
    int ncand;                /* c->ncand */
    int cand[MAX_CAND];       /* c->cand */
    rt_op ops[MAX_CAND];      /* c->ops */
    int has_ops;              /* c->ops != NULL */
    uint64_t printed;         /* c->printed */
    int goroutines;           /* c->goroutines */
    int selecting;            /* c->selecting */
} seen;

/* The log one run leaves, and how the chooser picks. */
typedef struct chooser_log {
    seen s[MAX_LOG]; /* choice points in order */
    int n;           /* how many */
    int pick_last;   /* 1: always the last candidate, 0: always the first */
} chooser_log;

static int logging_chooser(void *ud, const rt_choice *c)
{
    chooser_log *l = ud;
    if (l->n < MAX_LOG) {
        seen *e = &l->s[l->n++];
        e->what = c->what;
        e->current = c->current;
        e->ncand = c->ncand;
        e->has_ops = c->ops != NULL;
        for (int i = 0; i < c->ncand && i < MAX_CAND; i++) {
            e->cand[i] = c->cand[i];
            if (c->ops)
                e->ops[i] = c->ops[i];
        }
        e->printed = c->printed;
        e->goroutines = c->goroutines;
        e->selecting = c->selecting;
    }
    return l->pick_last ? c->ncand - 1 : 0;
}

static void run_logged(void (*fn)(void *), chooser_log *l)
{
    rt_config cfg = {0};
    cfg.policy = RT_CUSTOM;
    cfg.choose = logging_chooser;
    cfg.choose_ud = l;
    rt *r = rt_new(&cfg);
    if (r)
        rt_run(r, fn, NULL);
    rt_free(r);
}

/* --- a writer preempted at its store ---------------------------------- */

static long x;                 /* written by writer */
static long y;                 /* read by main */
static sync_mutex mu;          /* locked by writer */
static sync_waitgroup done_wg; /* main waits for both goroutines */
static int store_line;         /* line of writer's shared_store */

static void writer(void *arg)
{
    (void)arg;
    store_line = __LINE__ + 1;
    shared_store(&x, 1L);
    say("w");
    mutex_lock(&mu);
    mutex_unlock(&mu);
    wg_done(&done_wg);
}

static void idle(void *arg)
{
    (void)arg;
    wg_done(&done_wg);
}

static void writer_main(void *arg)
{
    (void)arg;
    x = y = 0;
    wg_add(&done_wg, 2);
    go(writer, NULL);
    go(idle, NULL);
    (void)shared_load(&y);
    wg_wait(&done_wg);
}

static const seen *find_seen(const chooser_log *l, const char *what, int from)
{
    for (int i = from; i < l->n; i++)
        if (l->s[i].has_ops && strcmp(l->s[i].what, what) == 0)
            return &l->s[i];
    return NULL;
}

static void test_ops(void)
{
    static chooser_log l;
    memset(&l, 0, sizeof l);
    l.pick_last = 1;
    run_logged(writer_main, &l);
    /* main spawns writer (g2) and, picking last, runs it; writer stops at
     * its store and main (last) runs on to spawn idle (g3) */
    const seen *store = find_seen(&l, "shared store", 0);
    ok(store && store->current == 2 && store->cand[0] == 2,
       "the writer's store is a choice point of the writer");
    if (store) {
        ok(store->ops[0].obj == &x && store->ops[0].kind == RT_ACCESS_WRITE &&
               strcmp(store->ops[0].what, "shared store") == 0 && store->ops[0].line == store_line,
           "its op names x, a write, at the demo line");
        ok(store->ops[1].kind == RT_ACCESS_NONE && strcmp(store->ops[1].what, "go") == 0,
           "main, switched away at its go statement, is pending on \"go\"");
    }
    const seen *go2 = NULL;
    for (int i = 0; i < l.n; i++)
        if (l.s[i].current == 1 && l.s[i].ncand == 3 && strcmp(l.s[i].what, "go") == 0)
            go2 = &l.s[i];
    ok(go2 != NULL, "main's second go offers three candidates");
    if (go2) {
        is_int(go2->cand[1], 3, "the new goroutine in the run-next slot");
        ok(go2->ops[1].kind == RT_ACCESS_NONE && strcmp(go2->ops[1].what, "start") == 0,
           "a new goroutine is pending on \"start\", touching nothing");
        ok(go2->cand[2] == 2 && go2->ops[2].obj == &x && go2->ops[2].kind == RT_ACCESS_WRITE,
           "the preempted writer is still pending on its store to x");
        ok(store && go2->goroutines == store->goroutines + 1,
           "the spawn shows in the goroutines created");
    }
    const seen *lock = find_seen(&l, "mutex lock", 0);
    ok(lock && lock->ops[0].obj == &mu && lock->ops[0].kind == RT_ACCESS_SYNC,
       "mutex lock names the mutex");
    ok(lock && go2 && lock->printed == go2->printed + 2,
       "the writer's say(\"w\") shows as 2 more bytes printed");
    const seen *load = find_seen(&l, "shared load", 0);
    ok(load && load->ops[0].obj == &y && load->ops[0].kind == RT_ACCESS_READ,
       "shared load names y, a read");
}

/* --- selects ------------------------------------------------------------ */

static chan *c1, *c2; /* the blocked select's channels */

static void selector(void *arg)
{
    (void)arg;
    int v;
    SELECT(SELECT_RECV(c1, &v, NULL), SELECT_RECV(c2, &v, NULL));
}

static void nothing(void *arg)
{
    (void)arg;
}

static void select_main(void *arg)
{
    (void)arg;
    c1 = chan_make(int, 0);
    c2 = chan_make(int, 0);
    go(selector, NULL);
    gosched(); /* the selector runs and blocks in its select */
    go(nothing, NULL);
    chan_send(c2, &(int){2});
    chan *a = chan_make(int, 1), *b = chan_make(int, 1);
    chan_send(a, &(int){1});
    chan_send(b, &(int){1});
    int v;
    SELECT(SELECT_RECV(a, &v, NULL), SELECT_RECV(b, &v, NULL));
}

static void test_select(void)
{
    static chooser_log l;
    memset(&l, 0, sizeof l);
    run_logged(select_main, &l);
    int blocked = 0, cases = 0, case_ops = 0, yielded = 0, woken = 0;
    for (int i = 0; i < l.n; i++) {
        const seen *e = &l.s[i];
        if (strcmp(e->what, "go") == 0 && e->current == 1 && e->selecting == 1)
            blocked = 1;
        if (strcmp(e->what, "select") == 0 && !e->has_ops)
            cases++;
        if (strcmp(e->what, "select") == 0 && e->has_ops)
            case_ops += e->ops[0].kind == RT_ACCESS_SYNC && e->ops[0].obj == NULL;
        if (strcmp(e->what, "gosched") == 0)
            yielded = e->ncand == 2 && e->ops[1].kind == RT_ACCESS_NONE &&
                      strcmp(e->ops[1].what, "resume") == 0;
        for (int k = 0; e->has_ops && k < e->ncand; k++)
            woken |= e->cand[k] == 2 && e->selecting == 0 && e->ops[k].kind == RT_ACCESS_NONE &&
                     strcmp(e->ops[k].what, "resume") == 0;
    }
    ok(blocked, "a select blocked on two channels is counted while it waits");
    is_int(cases, 1, "the case choice among two ready cases comes without ops");
    ok(case_ops >= 1, "the goroutine choice point before a select names no single object");
    ok(yielded, "a goroutine that yielded is pending on \"resume\"");
    ok(woken, "so is the selector once a send has completed its select");
}

int main(void)
{
    test_ops();
    test_select();
    return tap_done();
}
