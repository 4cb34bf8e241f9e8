/* worker_pool.c: answer 14's worker pool, shown: a fixed pool of 3 workers
 * takes 9 jobs from one channel, each job a virtual second of work; a
 * WaitGroup tells when every worker is done so the results channel can be
 * closed. At most 3 jobs run at once, so the 9 take 3 seconds, not 9. */
#include "demos/demos.h"
#include "rt/rt.h"

static chan *jobs;                       /*     jobs := make(chan int, 9)           */
static chan *results;                    /*     results := make(chan int, 9)        */
static sync_waitgroup wg;                /*     var wg sync.WaitGroup               */
static int running, most_running;        /* jobs in progress, and the most at once  */

static void worker(void *arg)            /* func worker(id int, jobs <-chan int, results chan<- int) { */
{
    int id = (int)PTR2INT(arg);
    for (int j; chan_recv(jobs, &j);) {  /*     for j := range jobs {               */
        if (++running > most_running)
            most_running = running;
        say("worker %d started  job %d", id, j); /* fmt.Println("worker", id, "started  job", j) */
        sleep_for(1 * SECOND);           /*         time.Sleep(time.Second)         */
        say("worker %d finished job %d", id, j); /* fmt.Println("worker", id, "finished job", j) */
        running--;
        int r = j * 2;
        chan_send(results, &r);          /*         results <- j * 2                */
    }                                    /*     }                                   */
    wg_done(&wg);                        /*     wg.Done()                           */
}                                        /* }                                       */

static void closer(void *arg)            /*     go func() {                         */
{
    (void)arg;
    wg_wait(&wg);                        /*         wg.Wait()                       */
    chan_close(results);                 /*         close(results)                  */
}                                        /*     }()                                 */

static void worker_pool_main(void *arg)  /* func main() {                           */
{
    (void)arg;
    jobs = chan_name(chan_make(int, 9), "jobs"); /*     jobs := make(chan int, 9)           */
    results = chan_name(chan_make(int, 9), "results"); /*     results := make(chan int, 9)        */
    running = most_running = 0;
    for (int w = 1; w <= 3; w++) {       /*     for w := 1; w <= 3; w++ {           */
        wg_add(&wg, 1);                  /*         wg.Add(1)                       */
        go(worker, INT2PTR(w));          /*         go worker(w, jobs, results)     */
    }                                    /*     }                                   */
    for (int j = 1; j <= 9; j++)         /*     for j := 1; j <= 9; j++ {           */
        chan_send(jobs, &j);             /*         jobs <- j                       */
    chan_close(jobs);                    /*     close(jobs)                         */
    go(closer, NULL);                    /*     go func() { wg.Wait(); close(results) }() */

    int sum = 0;
    for (int r; chan_recv(results, &r);) /*     for r := range results {            */
        sum += r;                        /*         sum += r                        */
    say("sum of results %d after %lld s, at most %d jobs at once", sum,
        (long long)(time_now() / SECOND), most_running);
    if (sum != 90 || time_now() != 3 * SECOND || most_running > 3)
        demo_fail("sum %d, %lld ns, %d at once", sum, (long long)time_now(), most_running);
}                                        /* }                                       */

static const demo_part worker_pool_parts[] = {
    {"3 workers, 9 jobs of a second each", worker_pool_main, DEMO_EXPECT_OK, 0},
};
const demo demo_worker_pool = DEMO("worker-pool", "concurrency-patterns", worker_pool_parts);
