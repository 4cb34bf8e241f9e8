/* scheduler.c: the Scheduler section's example, line for line, then a model
 * of Go's G/M/P scheduler traced step by step. In the model each P (a
 * processor: the right to run Go code, GOMAXPROCS of them) has a local run
 * queue; an M (an OS thread) runs goroutines (G) from its P's queue, then
 * from the global queue, and when both are empty steals half of another P's
 * queue. A new G goes to its creator's local queue; when that is full, half
 * of it moves to the global queue. Each P is a conclab goroutine, so the
 * seed decides how the Ps interleave and the trace is the same every run. */
#include "demos/demos.h"
#include "rt/rt.h"

static void print_numbers(void *arg)     /* func printNumbers() {                   */
{
    (void)arg;
    for (int i = 0; i < 5; i++) {        /*     for i := 0; i < 5; i++ {            */
        sleep_for(100 * MILLISECOND);    /*         time.Sleep(100 * time.Millisecond) */
        say_partial("%d ", i);           /*         fmt.Printf("%d ", i)            */
    }                                    /*     }                                   */
}                                        /* }                                       */

static void example_main(void *arg)      /* func main() {                           */
{
    (void)arg;
    say("GOMAXPROCS: %d", 1);            /*     fmt.Println("GOMAXPROCS:", runtime.GOMAXPROCS(0)) */
                                         /*     (conclab runs goroutines on one OS thread: 1) */
    go(print_numbers, NULL);             /*     go printNumbers()                   */
    go(print_numbers, NULL);             /*     go printNumbers()                   */

    sleep_for(1 * SECOND);               /*     time.Sleep(time.Second)             */
    say_partial("\nFinished\n");         /*     fmt.Println("\nFinished")           */
}                                        /* }                                       */

enum {
    MODEL_MAX_P = 4,                     /* most Ps modelled                                 */
    MODEL_MAX_G = 16, /* most Gs modelled                                 */
    MODEL_LOCAL = 4                      /* local run queue capacity (Go's is 256)           */
};

/* A goroutine of the model. */
typedef struct model_g {
    int work;                            /* time slices it still needs                           */
    int children; /* goroutines it still has to create (one per slice)    */
} model_g;

/* A run queue: goroutine numbers in a ring. */
typedef struct model_queue {
    int g[MODEL_MAX_G]; /* the ring                                         */
    int head, count;                     /* first entry and number of entries                */
    int cap;                             /* capacity: MODEL_LOCAL, or MODEL_MAX_G for global */
} model_queue;

static model_g gs[MODEL_MAX_G + 1];      /* G1 ... Gn; index 0 unused               */
static int g_count;                      /* goroutines created so far               */
static int g_live;                       /* goroutines not yet exited               */
static model_queue local[MODEL_MAX_P];   /* each P's local run queue                */
static model_queue global;               /* the global run queue                    */
static int procs;                        /* GOMAXPROCS                              */
static sync_waitgroup ms;                /* the Ms still running                    */

static void queue_put(model_queue *q, int g)
{
    q->g[(q->head + q->count++) % MODEL_MAX_G] = g;
}

static int queue_get(model_queue *q)
{
    int g = q->g[q->head];
    q->head = (q->head + 1) % MODEL_MAX_G;
    q->count--;
    return g;
}

/* Prints a queue's contents after a label: "P0 [G2 G3]". */
static void say_queue(const char *label, const model_queue *q)
{
    say_partial("  %s [", label);
    for (int i = 0; i < q->count; i++)
        say_partial(i ? " G%d" : "G%d", q->g[(q->head + i) % MODEL_MAX_G]);
    say_partial("]\n");
}

/* go statement inside G parent on P p: the new G goes to p's local queue,
 * or, when that is full, half the local queue and the new G go global. */
static void model_go(int p, int parent)
{
    int g = ++g_count;
    gs[g] = (model_g){.work = 2, .children = 0};
    g_live++;
    if (local[p].count < local[p].cap) {
        queue_put(&local[p], g);
        say("G%d creates G%d: into P%d's local queue", parent, g, p);
        return;
    }
    say("G%d creates G%d: P%d's local queue is full, so G%d and half the queue go global", parent,
        g, p, g);
    for (int n = local[p].count / 2; n > 0; n--)
        queue_put(&global, queue_get(&local[p]));
    queue_put(&global, g);
    say_queue("global", &global);
}

/* findrunnable: local queue, then global queue, then steal. 0 when none. */
static int model_find(int p)
{
    if (local[p].count)
        return queue_get(&local[p]);
    if (global.count) {
        int n = global.count / procs + 1;
        if (n > global.count)
            n = global.count;
        if (n > MODEL_LOCAL / 2)
            n = MODEL_LOCAL / 2;
        int g = queue_get(&global);
        for (int i = 1; i < n; i++)
            queue_put(&local[p], queue_get(&global));
        say("P%d takes %d from the global queue", p, n);
        return g;
    }
    for (int i = 1; i < procs; i++) {
        int victim = (p + i) % procs;
        int n = (local[victim].count + 1) / 2;
        if (n == 0)
            continue;
        for (int k = 0; k < n; k++)
            queue_put(&local[p], queue_get(&local[victim]));
        say("P%d steals %d goroutine%s from P%d", p, n, n > 1 ? "s" : "", victim);
        return queue_get(&local[p]);
    }
    return 0;
}

static void model_m(void *arg)           /* an M running P number arg               */
{
    int p = (int)PTR2INT(arg);
    int idle = 0;
    say("M%d starts with P%d", p, p);
    while (g_live > 0) {
        int g = model_find(p);
        if (!g) {
            if (!idle++)
                say("P%d finds no work and spins", p);
            gosched();
            continue;
        }
        idle = 0;
        say("P%d runs G%d", p, g);
        if (gs[g].children > 0) {
            gs[g].children--;
            model_go(p, g);
        }
        if (--gs[g].work == 0) {
            g_live--;
            say("G%d exits", g);
        } else if (local[p].count < local[p].cap) {
            queue_put(&local[p], g);
            say("G%d is preempted: back to P%d's local queue", g, p);
        } else {
            queue_put(&global, g);
            say("G%d is preempted: P%d's queue is full, so to the global queue", g, p);
        }
        gosched();
    }
    say("M%d parks: no goroutines left", p);
    wg_done(&ms);
}

/* Runs the model: G1 (main) creates 8 goroutines, one per time slice. */
static void model_run(int gomaxprocs)
{
    procs = gomaxprocs;
    g_count = 0;
    g_live = 0;
    global = (model_queue){.cap = MODEL_MAX_G};
    for (int p = 0; p < procs; p++)
        local[p] = (model_queue){.cap = MODEL_LOCAL};
    say("GOMAXPROCS=%d: %d Ps with local queues of %d, one global queue", procs, procs,
        MODEL_LOCAL);
    g_count = 1;
    g_live = 1;
    gs[1] = (model_g){.work = 9, .children = 8};
    queue_put(&local[0], 1);
    say("G1 (main) is in P0's local queue");
    wg_add(&ms, procs);
    for (int p = 0; p < procs; p++)
        go(model_m, INT2PTR(p));
    wg_wait(&ms);
    say("all %d goroutines done", g_count);
    if (g_count != 9 || global.count)
        demo_fail("the model ended with %d goroutines, %d in the global queue", g_count,
                  global.count);
}

static void two_main(void *arg)
{
    (void)arg;
    model_run(2);
}

static void four_main(void *arg)
{
    (void)arg;
    model_run(4);
}

static const demo_part scheduler_parts[] = {
    {"the example as written", example_main, DEMO_EXPECT_OK, 0},
    {"a model of the G/M/P scheduler with GOMAXPROCS=2", two_main, DEMO_EXPECT_OK, 0},
    {"the same model with GOMAXPROCS=4", four_main, DEMO_EXPECT_OK, 0},
};
const demo demo_scheduler = DEMO("scheduler", "scheduler", scheduler_parts);
