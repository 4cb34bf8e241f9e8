/* race_condition.c: the Race Condition section's example, line for line:
 * 1000 goroutines increment a counter under a Mutex, and it always ends at
 * 1000. Then a race condition with every access locked: two withdrawals each
 * check the balance and then subtract, and the gap between the check and the
 * act lets both pass under some seeds. Last, the check and the act under one
 * lock. */
#include "demos/demos.h"
#include "rt/rt.h"

static long counter;                     /*     counter int                         */
static sync_mutex mu;                        /*     mutex   sync.Mutex                  */

static void increment(void *arg)         /* func increment(wg *sync.WaitGroup) {    */
{
    sync_waitgroup *wg = arg;
    mutex_lock(&mu);                      /*     mutex.Lock()                        */
                                         /*     defer mutex.Unlock()                */
    shared_store(&counter, shared_load(&counter) + 1); /*     counter++                           */
    wg_done(wg);                         /*     wg.Done()                           */
    mutex_unlock(&mu);                    /*     (the deferred mutex.Unlock())       */
}                                        /* }                                       */

static void race_condition_main(void *arg) /* func main() {                         */
{
    (void)arg;
    counter = 0;
    sync_waitgroup wg = {0};             /*     var wg sync.WaitGroup               */
    for (int i = 0; i < 1000; i++) {     /*     for i := 0; i < 1000; i++ {         */
        wg_add(&wg, 1);                   /*         wg.Add(1)                       */
        go(increment, &wg);              /*         go increment(&wg)               */
    }                                    /*     }                                   */
    wg_wait(&wg);                         /*     wg.Wait()                           */
    say("Final Counter: %ld", counter);  /*     fmt.Println("Final Counter:", counter) */
    if (counter != 1000)
        demo_fail("the locked counter ended at %ld", counter);
}                                        /* }                                       */

static long balance;                     /*     balance int                         */
static sync_waitgroup wg;                    /*     var wg sync.WaitGroup               */

static long read_balance(void)           /* func readBalance() int {                */
{
    mutex_lock(&mu);                      /*     mutex.Lock()                        */
    long b = shared_load(&balance);             /*     b := balance                        */
    mutex_unlock(&mu);                    /*     mutex.Unlock()                      */
    return b;                            /*     return b                            */
}                                        /* }                                       */

static void withdraw(void *arg)          /* func withdraw(amount int) {             */
{
    long amount = (long)PTR2INT(arg);
    if (read_balance() >= amount) {      /*     if readBalance() >= amount { // check */
        mutex_lock(&mu);                  /*         mutex.Lock()                    */
        shared_store(&balance, shared_load(&balance) - amount); /* balance -= amount // act       */
        mutex_unlock(&mu);                /*         mutex.Unlock()                  */
        say("withdrew %ld", amount);     /*         fmt.Println("withdrew", amount) */
    } else {                             /*     } else {                            */
        say("refused %ld", amount);      /*         fmt.Println("refused", amount)  */
    }                                    /*     }                                   */
    wg_done(&wg);                         /*     wg.Done()                           */
}                                        /* }                                       */

static void check_then_act_main(void *arg) /* func main() {                         */
{
    (void)arg;
    balance = 100;                       /*     balance = 100                       */
    wg_add(&wg, 2);                       /*     wg.Add(2)                           */
    go(withdraw, INT2PTR(80));               /*     go withdraw(80)                     */
    go(withdraw, INT2PTR(80));               /*     go withdraw(80)                     */
    wg_wait(&wg);                         /*     wg.Wait()                           */
    say("balance: %ld%s", balance,       /*     fmt.Println("balance:", balance)    */
        balance < 0 ? " (overdrawn: both checks passed before either withdrawal)" : "");
}                                        /* }                                       */

static void withdraw_atomically(void *arg) /* func withdraw(amount int) {           */
{
    long amount = (long)PTR2INT(arg);
    mutex_lock(&mu);                      /*     mutex.Lock()                        */
    int ok = shared_load(&balance) >= amount;   /*     ok := balance >= amount // check ... */
    if (ok)
        shared_store(&balance, shared_load(&balance) - amount); /* ... and act, under one lock    */
    mutex_unlock(&mu);                    /*     mutex.Unlock()                      */
    say("%s %ld", ok ? "withdrew" : "refused", amount);
    wg_done(&wg);                         /*     wg.Done()                           */
}                                        /* }                                       */

static void check_and_act_main(void *arg) /* func main() {                          */
{
    (void)arg;
    balance = 100;
    wg_add(&wg, 2);                       /*     wg.Add(2)                           */
    go(withdraw_atomically, INT2PTR(80));    /*     go withdraw(80)                     */
    go(withdraw_atomically, INT2PTR(80));    /*     go withdraw(80)                     */
    wg_wait(&wg);                         /*     wg.Wait()                           */
    say("balance: %ld", balance);        /*     fmt.Println("balance:", balance)    */
    if (balance != 20)
        demo_fail("the balance ended at %ld, not 20", balance);
}                                        /* }                                       */

static const demo_part race_condition_parts[] = {
    {"the example as written: 1000 locked increments", race_condition_main, DEMO_EXPECT_OK, 0},
    {"a race condition with every access locked: check, then act", check_then_act_main,
     DEMO_EXPECT_OK, 0},
    {"the fix: check and act under one lock", check_and_act_main, DEMO_EXPECT_OK, 0},
};
const demo demo_race_condition = DEMO("race-condition", "race-condition", race_condition_parts);
