/* threads_vs_goroutines.c: the section's example, line for line (three
 * tasks interleaved, five virtual seconds, no real time; then why sleeping
 * is not waiting, and a WaitGroup that does wait), then the cost of
 * the two on this machine: creating and joining 10,000 POSIX threads against
 * 100,000 conclab goroutines, in time and memory per unit. Measured lines
 * start with "~ ": they differ from run to run. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

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

    sleep_for(5 * SECOND);               /*     time.Sleep(5 * time.Second) // Wait for goroutines to finish */
}                                        /* }                                       */

/* Sleeping is not waiting: a program ends when main returns, whatever its
 * goroutines are doing. With 3 seconds instead of 5, the last lines are lost. */
static void short_sleep_main(void *arg)  /* func main() {                           */
{
    (void)arg;
    for (int i = 0; i < 3; i++)          /*     for i := 0; i < 3; i++ {            */
        go(task, INT2PTR(i));            /*         go task(i)                      */
    sleep_for(3 * SECOND);               /*     time.Sleep(3 * time.Second) // too short */
    say("main returns at %lld s: the program ends, the tasks with it",
        (long long)(time_now() / SECOND));
}                                        /* }                                       */

static sync_waitgroup wg;                /*     var wg sync.WaitGroup               */

static void waited_task(void *arg)       /* func task(id int, wg *sync.WaitGroup) { */
{
    task(arg);                           /*     ... the five lines, as before ...   */
    wg_done(&wg);                        /*     wg.Done()                           */
}                                        /* }                                       */

static void waitgroup_main(void *arg)    /* func main() {                           */
{
    (void)arg;
    for (int i = 0; i < 3; i++) {        /*     for i := 0; i < 3; i++ {            */
        wg_add(&wg, 1);                  /*         wg.Add(1)                       */
        go(waited_task, INT2PTR(i));     /*         go task(i, &wg)                 */
    }                                    /*     }                                   */
    wg_wait(&wg);                        /*     wg.Wait() // exactly as long as needed */
    say("all three tasks finished at %lld s", (long long)(time_now() / SECOND));
}                                        /* }                                       */

/* Reads this process's address space and resident memory, in KiB, from
 * /proc/self/status; 0 when it cannot. */
static int memory_kib(long *size, long *resident)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    *size = *resident = -1;
    if (!f)
        return -1;
    while (fgets(line, sizeof line, f)) {
        if (strncmp(line, "VmSize:", 7) == 0)
            sscanf(line + 7, "%ld", size);
        else if (strncmp(line, "VmRSS:", 6) == 0)
            sscanf(line + 6, "%ld", resident);
    }
    fclose(f);
    return *size >= 0 && *resident >= 0 ? 0 : -1;
}

/* Prints what n units cost, measured between two memory readings. */
static void say_memory(const char *what, int n, long size0, long rss0, long size1, long rss1)
{
    say(DEMO_MEASURED_PREFIX "%d %s alive at once: %.1f KiB of address space and %.2f KiB "
                             "resident each",
        n, what, (double)(size1 - size0) / n, (double)(rss1 - rss0) / n);
}

static pthread_barrier_t parked;         /* holds a batch of threads alive          */

static void *thread_body(void *arg)
{
    if (arg)
        pthread_barrier_wait(&parked);
    return NULL;
}

/* Creates and joins n threads, batch at a time; the first batch waits on a
 * barrier so its memory can be read. Returns the seconds taken, or -1. */
static double measure_threads(int n, int batch)
{
    pthread_t t[100];
    long size0, rss0, size1, rss1;
    double start = demo_wall_seconds();
    for (int done = 0; done < n; done += batch) {
        int measuring = done == 0;
        if (measuring) {
            pthread_barrier_init(&parked, NULL, (unsigned)batch + 1);
            memory_kib(&size0, &rss0);
        }
        for (int i = 0; i < batch; i++)
            if (pthread_create(&t[i], NULL, thread_body, measuring ? &parked : NULL) != 0) {
                demo_fail("pthread_create failed after %d threads", done + i);
                return -1;
            }
        if (measuring) {
            memory_kib(&size1, &rss1);
            pthread_barrier_wait(&parked);
        }
        for (int i = 0; i < batch; i++)
            pthread_join(t[i], NULL);
        if (measuring) {
            pthread_barrier_destroy(&parked);
            say_memory("threads", batch, size0, rss0, size1, rss1);
        }
    }
    return demo_wall_seconds() - start;
}

static chan *gate;                       /* closed when every goroutine is parked   */
static sync_waitgroup started, finished; /* goroutines parked, goroutines done      */

static void parked_goroutine(void *arg)
{
    (void)arg;
    wg_done(&started);
    chan_recv(gate, NULL);
    wg_done(&finished);
}

/* Creates n goroutines that all park, reads the memory, lets them finish and
 * waits for them. Returns the seconds taken. */
static double measure_goroutines(int n)
{
    long size0, rss0, size1, rss1;
    gate = chan_make(int, 0);
    memory_kib(&size0, &rss0);
    double start = demo_wall_seconds();
    wg_add(&started, n);
    wg_add(&finished, n);
    for (int i = 0; i < n; i++)
        go(parked_goroutine, NULL);
    wg_wait(&started);
    double parked_at = demo_wall_seconds();
    memory_kib(&size1, &rss1);
    double resumed_at = demo_wall_seconds();
    chan_close(gate);
    wg_wait(&finished);
    say_memory("goroutines", n, size0, rss0, size1, rss1);
    return demo_wall_seconds() - resumed_at + (parked_at - start);
}

static void measure_main(void *arg)
{
    (void)arg;
    int measuring = demo_measuring();
    int threads = measuring ? 10000 : 100, goroutines = measuring ? 100000 : 1000;
    say("creating and joining %d POSIX threads, 100 at a time", threads);
    double t = measure_threads(threads, 100);
    if (t < 0)
        return;
    say(DEMO_MEASURED_PREFIX "%d threads in %.1f ms: %.2f us each", threads, t * 1e3,
        t * 1e6 / threads);
    say("creating and joining %d goroutines, all alive at once", goroutines);
    double g = measure_goroutines(goroutines);
    say(DEMO_MEASURED_PREFIX "%d goroutines in %.1f ms: %.3f us each", goroutines, g * 1e3,
        g * 1e6 / goroutines);
    if (g > 0)
        say(DEMO_MEASURED_PREFIX "per unit, a goroutine took %.0fx less time than a thread",
            (t / threads) / (g / goroutines));
}

static const demo_part threads_vs_goroutines_parts[] = {
    {"the example as written: three goroutines", tasks_main, DEMO_EXPECT_OK, 0},
    {"sleeping is not waiting: with 3 s, the last lines are lost", short_sleep_main,
     DEMO_EXPECT_OK, 0},
    {"waiting for real: a WaitGroup", waitgroup_main, DEMO_EXPECT_OK, 0},
    {"10,000 threads against 100,000 goroutines, measured", measure_main, DEMO_EXPECT_OK,
     DEMO_MEASURED},
};
const demo demo_threads_vs_goroutines =
    DEMO("threads-vs-goroutines", "threads-vs-goroutines", threads_vs_goroutines_parts);
