/* synchronization_primitives.c: the section's example, line for line: two
 * deposits under a Mutex, waited for with a WaitGroup. Which deposit runs
 * first depends on the schedule, the balance never does. Then sync.Once (the
 * function runs for the first caller only) and sync.Cond (waiters sleep until
 * the state they wait for is announced). */
#include "demos/demos.h"
#include "rt/rt.h"

static sync_mutex mu;                    /*     mutex   sync.Mutex                  */
static long balance;                     /*     balance int                         */
static sync_waitgroup wg;                /* main's wg, which Go passes as &wg       */

static void deposit(void *arg)           /* func deposit(value int, wg *sync.WaitGroup) { */
{
    long value = (long)PTR2INT(arg);
    mutex_lock(&mu);                     /*     mutex.Lock()                        */
    say("Depositing %ld to account with balance: %ld", value, balance);
                                         /*     fmt.Printf("Depositing %d to account with balance: %d\n", value, balance) */
    balance += value;                    /*     balance += value                    */
    mutex_unlock(&mu);                   /*     mutex.Unlock()                      */
    wg_done(&wg);                        /*     wg.Done()                           */
}                                        /* }                                       */

static void deposits_main(void *arg)     /* func main() {                           */
{
    (void)arg;
    balance = 0;
    wg_add(&wg, 2);                      /*     wg.Add(2)                           */
    go(deposit, INT2PTR(100));           /*     go deposit(100, &wg)                */
    go(deposit, INT2PTR(200));           /*     go deposit(200, &wg)                */
    wg_wait(&wg);                        /*     wg.Wait()                           */

    say("New Balance: %ld", balance);    /*     fmt.Printf("New Balance: %d\n", balance) */
    if (balance != 300)
        demo_fail("the balance ended at %ld", balance);
}                                        /* }                                       */

static sync_once config_once;            /*     var configOnce sync.Once            */
static int loads;                        /*     loads counts the initializations    */

static void load_config(void *arg)       /* func loadConfig() {                     */
{
    (void)arg;
    loads++;
    say("loading the configuration");    /*     fmt.Println("loading the configuration") */
}                                        /* }                                       */

static void use_config(void *arg)        /*     go func(id int) {                   */
{
    once_do(&config_once, load_config, NULL); /*     configOnce.Do(loadConfig)       */
    say("goroutine %d uses the configuration", (int)PTR2INT(arg));
    wg_done(&wg);                        /*         wg.Done()                       */
}                                        /*     }(i)                                */

static void once_main(void *arg)         /* func main() {                           */
{
    (void)arg;
    loads = 0;
    for (int i = 1; i <= 3; i++) {       /*     for i := 1; i <= 3; i++ {           */
        wg_add(&wg, 1);                  /*         wg.Add(1)                       */
        go(use_config, INT2PTR(i));      /*         go func(id int) { ... }(i)      */
    }                                    /*     }                                   */
    wg_wait(&wg);                        /*     wg.Wait()                           */
    if (loads != 1)
        demo_fail("the configuration was loaded %d times", loads);
}                                        /* }                                       */

static sync_cond ready_cond;             /*     ready := sync.NewCond(&mu)          */
static int ready;                        /*     var isReady bool                    */

static void waiter(void *arg)            /*     go func(id int) {                   */
{
    int id = (int)PTR2INT(arg);
    mutex_lock(&mu);                     /*         mu.Lock()                       */
    while (!ready)                       /*         for !isReady {                  */
        cond_wait(&ready_cond);          /*             ready.Wait()                */
    say("waiter %d sees the data ready", id);
    mutex_unlock(&mu);                   /*         mu.Unlock()                     */
    wg_done(&wg);                        /*         wg.Done()                       */
}                                        /*     }(i)                                */

static void cond_main(void *arg)         /* func main() {                           */
{
    (void)arg;
    cond_init(&ready_cond, &mu);         /*     ready := sync.NewCond(&mu)          */
    ready = 0;
    for (int i = 1; i <= 3; i++) {       /*     for i := 1; i <= 3; i++ {           */
        wg_add(&wg, 1);                  /*         wg.Add(1)                       */
        go(waiter, INT2PTR(i));          /*         go func(id int) { ... }(i)      */
    }                                    /*     }                                   */
    sleep_for(1 * SECOND);               /*     time.Sleep(time.Second) // prepare the data */
    mutex_lock(&mu);                     /*     mu.Lock()                           */
    ready = 1;                           /*     isReady = true                      */
    say("main announces: ready");        /*     fmt.Println("main announces: ready") */
    cond_broadcast(&ready_cond);         /*     ready.Broadcast()                   */
    mutex_unlock(&mu);                   /*     mu.Unlock()                         */
    wg_wait(&wg);                        /*     wg.Wait()                           */
}                                        /* }                                       */

static const demo_part synchronization_primitives_parts[] = {
    {"the example as written: Mutex and WaitGroup", deposits_main, DEMO_EXPECT_OK, 0},
    {"sync.Once: initialized once, whoever comes first", once_main, DEMO_EXPECT_OK, 0},
    {"sync.Cond: waiting for an announcement", cond_main, DEMO_EXPECT_OK, 0},
};
const demo demo_synchronization_primitives =
    DEMO("synchronization-primitives", "synchronization-primitives",
         synchronization_primitives_parts);
