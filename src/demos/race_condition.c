/* race_condition.c: the Race Condition section's example, line for line:
 * 1000 goroutines increment a counter under a Mutex, and it always ends at
 * 1000. Then a race condition with every access locked: two goroutines each
 * check that the balance covers 100 and then withdraw 100, yielding between
 * the check and the act, so under some seeds both pass the check and the
 * balance ends at -100 (no data race: the detector would stay silent). Last,
 * the check and the act under one lock: always 0. */
#include "demos/demos.h"
#include "rt/rt.h"

static long counter;                     /*     counter int                         */
static sync_mutex mu;                    /*     mutex   sync.Mutex                  */

static void increment(void *arg)         /* func increment(wg *sync.WaitGroup) {    */
{
    sync_waitgroup *wg = arg;
    mutex_lock(&mu);                     /*     mutex.Lock()                        */
                                         /*     defer mutex.Unlock()                */
    shared_store(&counter, shared_load(&counter) + 1); /*     counter++                           */
    wg_done(wg);                         /*     wg.Done()                           */
    mutex_unlock(&mu);                   /*     (the deferred mutex.Unlock())       */
}                                        /* }                                       */

static void race_condition_main(void *arg) /* func main() {                         */
{
    (void)arg;
    counter = 0;
    sync_waitgroup wg = {0};             /*     var wg sync.WaitGroup               */
    for (int i = 0; i < 1000; i++) {     /*     for i := 0; i < 1000; i++ {         */
        wg_add(&wg, 1);                  /*         wg.Add(1)                       */
        go(increment, &wg);              /*         go increment(&wg)               */
    }                                    /*     }                                   */
    wg_wait(&wg);                        /*     wg.Wait()                           */
    say("Final Counter: %ld", counter);  /*     fmt.Println("Final Counter:", counter) */
    if (counter != 1000)
        demo_fail("the locked counter ended at %ld", counter);
}                                        /* }                                       */

/* A check-then-act race condition with every access locked, line for line
 * as examples/check-race-condition.go (Go printed -100 in 9 of 40 runs). */
static long balance;                     /*     balance = 100                       */
static sync_waitgroup wg;                /*     var wg sync.WaitGroup               */

static long get_balance(void)            /* func getBalance() int {                 */
{
    mutex_lock(&mu);                     /*     mu.Lock()                           */
    long b = shared_load(&balance);      /*     return balance                      */
    mutex_unlock(&mu);                   /*     (the deferred mu.Unlock())          */
    return b;
}                                        /* }                                       */

static void withdraw(long n)             /* func withdraw(n int) {                  */
{
    mutex_lock(&mu);                     /*     mu.Lock()                           */
    shared_store(&balance, shared_load(&balance) - n); /* balance -= n              */
    mutex_unlock(&mu);                   /*     (the deferred mu.Unlock())          */
}                                        /* }                                       */

static void check_then_act(void *arg)    /*     go func() {                         */
{
    (void)arg;
    if (get_balance() >= 100) {          /*         if getBalance() >= 100 { // check ... */
        gosched();                       /*             runtime.Gosched()           */
        withdraw(100);                   /*             withdraw(100) // ... then act */
    }                                    /*         }                               */
    wg_done(&wg);                        /*         (the deferred wg.Done())        */
}                                        /*     }()                                 */

static void check_then_act_main(void *arg) /* func main() {                         */
{
    (void)arg;
    balance = 100;
    for (int i = 0; i < 2; i++) {        /*     for i := 0; i < 2; i++ {            */
        wg_add(&wg, 1);                  /*         wg.Add(1)                       */
        go(check_then_act, NULL);        /*         go func() { ... }()             */
    }                                    /*     }                                   */
    wg_wait(&wg);                        /*     wg.Wait()                           */
    say("balance: %ld", balance);        /*     fmt.Println("balance:", balance)    */
}                                        /* }                                       */

static void check_and_act(void *arg)     /*     go func() {                         */
{
    (void)arg;
    mutex_lock(&mu);                     /*         mu.Lock()                       */
    if (shared_load(&balance) >= 100)    /*         if balance >= 100 { // check ... */
        shared_store(&balance, shared_load(&balance) - 100); /* balance -= 100 // ... and act */
    mutex_unlock(&mu);                   /*         mu.Unlock()                     */
    wg_done(&wg);                        /*         wg.Done()                       */
}                                        /*     }()                                 */

static void check_and_act_main(void *arg) /* func main() {                          */
{
    (void)arg;
    balance = 100;
    for (int i = 0; i < 2; i++) {        /*     for i := 0; i < 2; i++ {            */
        wg_add(&wg, 1);                  /*         wg.Add(1)                       */
        go(check_and_act, NULL);         /*         go func() { ... }()             */
    }                                    /*     }                                   */
    wg_wait(&wg);                        /*     wg.Wait()                           */
    say("balance: %ld", balance);        /*     fmt.Println("balance:", balance)    */
    if (balance != 0)
        demo_fail("the balance ended at %ld, not 0", balance);
}                                        /* }                                       */

static const demo_part race_condition_parts[] = {
    {"the example as written: 1000 locked increments", race_condition_main, DEMO_EXPECT_OK, 0},
    {"a race condition with every access locked: check, then act", check_then_act_main,
     DEMO_EXPECT_OK, 0},
    {"the fix: check and act under one lock", check_and_act_main, DEMO_EXPECT_OK, 0},
};
const demo demo_race_condition = DEMO("race-condition", "race-condition", race_condition_parts);
