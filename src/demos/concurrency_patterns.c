/* concurrency_patterns.c: the Concurrency Patterns section's fan-out/fan-in
 * example. As printed it does not compile: it imports "sync" and never uses
 * it, which Go rejects; part 1 says so in the compiler's words. Part 2 is the
 * example with that import removed, line for line: 3 workers share 9 jobs
 * and main collects the 9 results, in an order the schedule decides. */
#include "demos/demos.h"
#include "rt/rt.h"

static void as_printed_main(void *arg)
{
    (void)arg;
    /* C has no "imported and not used" rule, so there is nothing to run:
     * these are the lines `go run` prints for the example as printed. */
    say("# command-line-arguments");
    say("./concurrency-patterns.go:5:5: imported and not used: \"sync\"");
}

/* The channels a worker gets: jobs <-chan int, results chan<- int. */
typedef struct worker_chans {
    chan *jobs;                          /* jobs <-chan int                         */
    chan *results;                       /* results chan<- int                      */
} worker_chans;

static void worker(void *arg)            /* func worker(id int, jobs <-chan int, results chan<- int) { */
{
    worker_chans *w = arg;
    for (int j; chan_recv(w->jobs, &j);) { /*   for j := range jobs {               */
        int r = j * 2;
        chan_send(w->results, &r);       /*         results <- j * 2 // Processing job */
    }                                    /*     }                                   */
}                                        /* }                                       */

static void fan_out_in_main(void *arg)   /* func main() {                           */
{
    (void)arg;
    worker_chans w;
    w.jobs = chan_name(chan_make(int, 100), "jobs"); /*     jobs := make(chan int, 100)         */
    w.results = chan_name(chan_make(int, 100), "results"); /*     results := make(chan int, 100)      */

    /* Fan-Out: Starting 3 workers */     /*     // Fan-Out: Starting 3 workers      */
    for (int i = 1; i <= 3; i++)         /*     for w := 1; w <= 3; w++ {           */
        go(worker, &w);                  /*         go worker(w, jobs, results)     */

    /* Sending 9 jobs */                 /*     // Sending 9 jobs                   */
    for (int j = 1; j <= 9; j++)         /*     for j := 1; j <= 9; j++ {           */
        chan_send(w.jobs, &j);           /*         jobs <- j                       */
    chan_close(w.jobs);                  /*     close(jobs)                         */

    /* Fan-In: Collecting results */     /*     // Fan-In: Collecting results       */
    int sum = 0;
    for (int a = 1; a <= 9; a++) {       /*     for a := 1; a <= 9; a++ {           */
        int r;
        chan_recv(w.results, &r);
        say("%d", r);                    /*         fmt.Println(<-results)          */
        sum += r;
    }                                    /*     }                                   */
    if (sum != 90)
        demo_fail("the results add up to %d, not 2 + 4 + ... + 18 = 90", sum);
}                                        /* }                                       */

static const demo_part concurrency_patterns_parts[] = {
    {"the example as printed: Go refuses to compile it", as_printed_main, DEMO_EXPECT_OK, 0},
    {"the example without the unused import: fan-out, fan-in", fan_out_in_main, DEMO_EXPECT_OK, 0},
};
const demo demo_concurrency_patterns =
    DEMO("concurrency-patterns", "concurrency-patterns", concurrency_patterns_parts);
