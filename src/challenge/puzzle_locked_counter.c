/* puzzle_locked_counter.c: the data race fixed with a sync.Mutex. The same
 * two increments, each under mu.Lock(); try to lose an update anyway: no
 * schedule can, because the lock makes each load-and-store one step. */
#include "challenge/challenge.h"
#include "rt/rt.h"

static long counter;                     /* var counter int                     */
static sync_mutex mu;                    /* var mu sync.Mutex                   */
static sync_waitgroup wg;                /* var wg sync.WaitGroup               */

static void increment(void *arg)         /* func increment() {                  */
{
    (void)arg;
    mutex_lock(&mu);                     /*     mu.Lock()                       */
    long v = shared_load(&counter);      /*     v := counter                    */
    shared_store(&counter, v + 1);       /*     counter = v + 1                 */
    mutex_unlock(&mu);                   /*     mu.Unlock()                     */
    wg_done(&wg);                        /*     wg.Done()                       */
}                                        /* }                                   */

static void locked_counter_main(void *arg) /* func main() {                     */
{
    (void)arg;
    counter = 0;
    wg_add(&wg, 2);                      /*     wg.Add(2)                       */
    go(increment, NULL);                 /*     go increment()                  */
    go(increment, NULL);                 /*     go increment()                  */
    wg_wait(&wg);                        /*     wg.Wait()                       */
    say("%ld", counter);                 /*     fmt.Println(counter)            */
}                                        /* }                                   */

/* ---- the puzzle ---- */
static const challenge_distractor locked_counter_wrong[] = {
    {"1\n", "ok", "the Mutex lets one goroutine at a time load and store: the second always "
                  "loads the first one's 1"},
    {"0\n", "ok", "wg.Wait returns only after both increments"},
    {NULL, NULL, NULL},
};

const challenge_puzzle puzzle_locked_counter = {
    .name = "locked-counter",
    .title = "Lose an update under a Mutex",
    .source = __FILE__,
    .main = locked_counter_main,
    .goal = "Make the program print 1, if you can: both increments run under mu.Lock().",
    .win_line = "1",
    .broken_why = "An update was lost under the Mutex: the lock failed to exclude.",
    .holds_why = "No schedule loses an update here. While one goroutine holds mu, the "
                 "other blocks in mu.Lock(), so its load always comes after the first "
                 "one's store (Unlock happens before the next Lock returns). "
                 "Synchronization holds whatever the scheduler does.",
    .distractors = locked_counter_wrong,
};
