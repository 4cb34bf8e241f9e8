/* concurrency_vs_parallelism.c: the section's example, line for line: three
 * tasks take turns on conclab's one scheduler thread -- concurrency. Then the
 * same CPU-bound work (counting primes) three ways, measured on this machine:
 * on one thread, split among goroutines on that one thread (no faster: taking
 * turns is not running at once), and split among POSIX threads across the
 * cores (faster, up to the number of cores) -- parallelism. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#include "demos/demos.h"
#include "rt/rt.h"

static void task(void *arg)              /* func task(id int) {                     */
{
    int id = (int)PTR2INT(arg);
    for (int i = 0; i < 5; i++) {        /*     for i := 0; i < 5; i++ {            */
        say("Task %d: %d", id, i);       /*         fmt.Printf("Task %d: %d\n", id, i) */
        sleep_for(1 * SECOND);           /*         time.Sleep(time.Second)         */
    }                                    /*     }                                   */
}                                        /* }                                       */

static void tasks_main(void *arg)        /* func main() {                           */
{
    (void)arg;
    for (int i = 0; i < 3; i++)          /*     for i := 0; i < 3; i++ {            */
        go(task, INT2PTR(i));            /*         go task(i) // Launching a goroutine */
    sleep_for(6 * SECOND);               /*     time.Sleep(6 * time.Second)         */
}                                        /* }                                       */

/* A share of the work: count the primes n < limit with n % step == first. */
typedef struct share {
    long first, step, limit;             /* which numbers                           */
    long primes;                         /* the result                              */
    int yield_every;                     /* 0, or yield to other goroutines this often */
} share;

static void count_primes(share *s)
{
    s->primes = 0;
    long tested = 0;
    for (long n = s->first; n < s->limit; n += s->step) {
        int prime = n >= 2;
        for (long d = 2; prime && d * d <= n; d++)
            prime = n % d != 0;
        s->primes += prime;
        if (s->yield_every && ++tested % s->yield_every == 0)
            gosched();                   /* runtime.Gosched(): let the others run   */
    }
}

static void *count_thread(void *arg)
{
    count_primes(arg);
    return NULL;
}

static sync_waitgroup wg;                /* the goroutines' shares still running    */

static void count_goroutine(void *arg)
{
    count_primes(arg);
    wg_done(&wg);
}

enum { MAX_SHARES = 64 };

/* Splits [0, limit) into k shares and runs them on goroutines (threads = 0)
 * or POSIX threads; returns the primes counted and the seconds taken. */
static long count_split(long limit, int k, int threads, double *seconds)
{
    share s[MAX_SHARES];
    pthread_t t[MAX_SHARES];
    double start = demo_wall_seconds();
    for (int i = 0; i < k; i++) {
        s[i] = (share){.first = i, .step = k, .limit = limit, .yield_every = threads ? 0 : 1000};
        if (!threads) {
            wg_add(&wg, 1);
            go(count_goroutine, &s[i]);
        } else if (pthread_create(&t[i], NULL, count_thread, &s[i]) != 0) {
            demo_fail("pthread_create failed");
            k = i;
            break;
        }
    }
    if (threads)
        for (int i = 0; i < k; i++)
            pthread_join(t[i], NULL);
    else
        wg_wait(&wg);
    long total = 0;
    for (int i = 0; i < k; i++)
        total += s[i].primes;
    *seconds = demo_wall_seconds() - start;
    return total;
}

static void measure_main(void *arg)
{
    (void)arg;
    long limit = demo_measuring() ? 1000000 : 20000;
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    if (cores < 1)
        cores = 1;
    if (cores > MAX_SHARES)
        cores = MAX_SHARES;
    double t1, tc, tp;
    say("counting the primes below %ld", limit);
    long p1 = count_split(limit, 1, 1, &t1);
    char label[64];
    say(DEMO_MEASURED_PREFIX "%-40s %7.1f ms", "one thread:", t1 * 1e3);
    long pc = count_split(limit, 4, 0, &tc);
    say(DEMO_MEASURED_PREFIX "%-40s %7.1f ms (%.2fx)", "4 goroutines taking turns on 1 thread:",
        tc * 1e3, t1 / tc);
    long pp = count_split(limit, (int)cores, 1, &tp);
    snprintf(label, sizeof label, "%ld threads on %ld cores:", cores, cores);
    say(DEMO_MEASURED_PREFIX "%-40s %7.1f ms (%.2fx)", label, tp * 1e3, t1 / tp);
    say("all three counted %ld primes", p1);
    if (pc != p1 || pp != p1)
        demo_fail("the counts differ: %ld, %ld, %ld", p1, pc, pp);
}

static const demo_part concurrency_vs_parallelism_parts[] = {
    {"the example as written: concurrency on one thread", tasks_main, DEMO_EXPECT_OK, 0},
    {"CPU-bound work: taking turns against running at once, measured", measure_main,
     DEMO_EXPECT_OK, DEMO_MEASURED},
};
const demo demo_concurrency_vs_parallelism =
    DEMO("concurrency-vs-parallelism", "concurrency-vs-parallelism",
         concurrency_vs_parallelism_parts);
