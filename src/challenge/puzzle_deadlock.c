/* puzzle_deadlock.c: two goroutines take two mutexes in opposite orders,
 * a then b, and b then a. Usually one finishes before the other starts;
 * you are the scheduler: make them deadlock. */
#include "challenge/challenge.h"
#include "rt/rt.h"

static sync_mutex a, b;                  /* var a, b sync.Mutex                 */
static sync_waitgroup wg;                /* var wg sync.WaitGroup               */

static void a_then_b(void *arg)          /* func aThenB() {                     */
{
    (void)arg;
    mutex_lock(&a);                      /*     a.Lock()                        */
    mutex_lock(&b);                      /*     b.Lock()                        */
    mutex_unlock(&b);                    /*     b.Unlock()                      */
    mutex_unlock(&a);                    /*     a.Unlock()                      */
    wg_done(&wg);                        /*     wg.Done()                       */
}                                        /* }                                   */

static void b_then_a(void *arg)          /* func bThenA() {                     */
{
    (void)arg;
    mutex_lock(&b);                      /*     b.Lock()                        */
    mutex_lock(&a);                      /*     a.Lock()                        */
    mutex_unlock(&a);                    /*     a.Unlock()                      */
    mutex_unlock(&b);                    /*     b.Unlock()                      */
    wg_done(&wg);                        /*     wg.Done()                       */
}                                        /* }                                   */

static void deadlock_main(void *arg)     /* func main() {                       */
{
    (void)arg;
    sync_name(&a, "a");
    sync_name(&b, "b");
    wg_add(&wg, 2);                      /*     wg.Add(2)                       */
    go(a_then_b, NULL);                  /*     go aThenB()                     */
    go(b_then_a, NULL);                  /*     go bThenA()                     */
    wg_wait(&wg);                        /*     wg.Wait()                       */
    say("done");                         /*     fmt.Println("done")             */
}                                        /* }                                   */

/* ---- the puzzle ---- */
static const challenge_distractor deadlock_wrong[] = {
    {"", "ok", "main prints \"done\" whenever it gets past wg.Wait"},
    {"done\ndone\n", "ok", "main prints once"},
    {NULL, NULL, NULL},
};

const challenge_puzzle puzzle_deadlock = {
    .name = "deadlock",
    .title = "Lock-ordering deadlock",
    .source = __FILE__,
    .main = deadlock_main,
    .goal = "Make every goroutine block forever: a deadlock.",
    .win_verdict = "deadlock",
    .broken_why = "One goroutine holds a and waits for b while the other holds b and waits "
                  "for a; main waits for both. Nobody can wake anybody: Go stops with "
                  "\"all goroutines are asleep - deadlock!\". Taking the locks in one "
                  "agreed order (always a, then b) makes this impossible.",
    .holds_why = "One goroutine got both locks before the other took its first one. Let "
                 "each take its first lock before either takes its second.",
    .distractors = deadlock_wrong,
};
