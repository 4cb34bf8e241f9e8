/* waitgroup.c: answer 10, shown: wait for a group of goroutines with
 * sync.WaitGroup. Add before each go statement, Done when a worker finishes,
 * Wait blocks until the counter is back to zero, whatever order the workers
 * finish in. Then the mistake Go catches: one Done too many panics with
 * "sync: negative WaitGroup counter". */
#include "demos/demos.h"
#include "rt/rt.h"

static int finished;                     /* workers done, checked after Wait        */
static sync_waitgroup wg;                /* main's wg, which Go passes as &wg       */

static void worker(void *arg)            /* func worker(id int, wg *sync.WaitGroup) { */
{
    int id = (int)PTR2INT(arg);
    say("Worker %d starting", id);       /*     fmt.Printf("Worker %d starting\n", id) */
    sleep_for(id * SECOND);              /*     time.Sleep(time.Duration(id) * time.Second) */
    say("Worker %d done", id);           /*     fmt.Printf("Worker %d done\n", id)  */
    finished++;
    wg_done(&wg);                        /*     wg.Done() // usually: defer wg.Done() */
}                                        /* }                                       */

static void waitgroup_main(void *arg)    /* func main() {                           */
{
    (void)arg;
    finished = 0;
    for (int i = 1; i <= 5; i++) {       /*     for i := 1; i <= 5; i++ {           */
        wg_add(&wg, 1);                  /*         wg.Add(1) // before go, never inside */
        go(worker, INT2PTR(i));          /*         go worker(i, &wg)               */
    }                                    /*     }                                   */
    wg_wait(&wg);                        /*     wg.Wait()                           */
    say("All workers done after %lld s", (long long)(time_now() / SECOND));
                                         /*     fmt.Println("All workers done after", time.Since(start)) */
    if (finished != 5)
        demo_fail("Wait returned with %d of 5 workers done", finished);
}                                        /* }                                       */

static void negative_main(void *arg)     /* func main() {                           */
{
    (void)arg;
    wg_add(&wg, 1);                      /*     wg.Add(1)                           */
    wg_done(&wg);                        /*     wg.Done()                           */
    say("one Done too many:");           /*     fmt.Println("one Done too many:")   */
    wg_done(&wg);                        /*     wg.Done() // panics                 */
    say("not reached");
}                                        /* }                                       */

static const demo_part waitgroup_parts[] = {
    {"Add, Done, Wait", waitgroup_main, DEMO_EXPECT_OK, 0},
    {"one Done too many: a panic", negative_main, DEMO_EXPECT_PANIC, 0},
};
const demo demo_waitgroup = DEMO("waitgroup", "synchronization-primitives", waitgroup_parts);
