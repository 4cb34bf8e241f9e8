/* puzzle_check_then_act.c: a race condition with no data race. Two
 * goroutines each check that the balance covers 100 and then withdraw 100;
 * every access holds the Mutex, but the check and the act take it
 * separately. Make the balance go negative. */
#include "challenge/challenge.h"
#include "rt/rt.h"

static long balance;                     /* var balance = 100                   */
static sync_mutex mu;                    /* var mu sync.Mutex                   */
static sync_waitgroup wg;                /* var wg sync.WaitGroup               */

static void withdraw(void *arg)          /* func withdraw() {                   */
{
    (void)arg;
    mutex_lock(&mu);                     /*     mu.Lock()                       */
    long b = shared_load(&balance);      /*     b := balance    // check ...    */
    mutex_unlock(&mu);                   /*     mu.Unlock()                     */
    if (b >= 100) {                      /*     if b >= 100 {                   */
        mutex_lock(&mu);                 /*         mu.Lock()                   */
        long now = shared_load(&balance);/*         now := balance // ... then act */
        shared_store(&balance, now - 100); /*       balance = now - 100         */
        mutex_unlock(&mu);               /*         mu.Unlock()                 */
    }                                    /*     }                               */
    wg_done(&wg);                        /*     wg.Done()                       */
}                                        /* }                                   */

static void check_then_act_main(void *arg) /* func main() {                     */
{
    (void)arg;
    balance = 100;
    wg_add(&wg, 2);                      /*     wg.Add(2)                       */
    go(withdraw, NULL);                  /*     go withdraw()                   */
    go(withdraw, NULL);                  /*     go withdraw()                   */
    wg_wait(&wg);                        /*     wg.Wait()                       */
    say("balance: %ld", balance);        /*     fmt.Println("balance:", balance) */
}                                        /* }                                   */

/* ---- the puzzle ---- */
static const challenge_distractor check_then_act_wrong[] = {
    {"balance: 100\n", "ok", "the first goroutine to check always sees 100 and withdraws"},
    {"balance: -200\n", "ok", "only two withdrawals of 100 can happen, from 100"},
    {NULL, NULL, NULL},
};

const challenge_puzzle puzzle_check_then_act = {
    .name = "check-then-act",
    .title = "Overdraw the account",
    .source = __FILE__,
    .main = check_then_act_main,
    .goal = "Make the program print \"balance: -100\": both goroutines withdraw.",
    .win_line = "balance: -100",
    .broken_why = "Both goroutines checked the balance (100) before either withdrew, so both "
                  "passed the check and both withdrew. Every access held the Mutex, so "
                  "there is no data race, yet the result depends on the schedule: a race "
                  "condition. The check and the act must happen under one Lock.",
    .holds_why = "One goroutine checked after the other had withdrawn, saw 0 and left the "
                 "balance alone. Let both check before either acts.",
    .distractors = check_then_act_wrong,
};
