/* data_race.c: the Data Race section's example, line for line. data++ is a
 * load and then a store, and the runtime may switch goroutines between the
 * two: when both goroutines load 0 before either stores, one update is lost
 * and the program prints 1; otherwise it prints 2. The seed decides. Then the
 * same increments under a Mutex and with atomic.AddInt64, which never lose
 * one. */
#include "demos/demos.h"
#include "rt/rt.h"

static long data;                        /*     var data int                        */
static sync_waitgroup wg;                /*     var wg sync.WaitGroup               */
static sync_mutex mu;                    /*     var mu sync.Mutex                   */

static void func1(void *arg)             /*     go func() {                         */
{
    (void)arg;
    shared_store(&data, shared_load(&data) + 1); /*         data++ // load, then store      */
    wg_done(&wg);                        /*         wg.Done()                       */
}                                        /*     }()                                 */

static void func2(void *arg)             /*     go func() {                         */
{
    (void)arg;
    shared_store(&data, shared_load(&data) + 1); /*         data++ // load, then store      */
    wg_done(&wg);                        /*         wg.Done()                       */
}                                        /*     }()                                 */

static void data_race_main(void *arg)    /* func main() {                           */
{
    (void)arg;
    data = 0;                            /*     var data int                        */
    wg_add(&wg, 2);                      /*     wg.Add(2)                           */

    go(func1, NULL);
    go(func2, NULL);

    wg_wait(&wg);                        /*     wg.Wait()                           */
    say("%ld", data);                    /*     fmt.Println(data) // 1 or 2         */
}                                        /* }                                       */

/* The same race, told step by step: which goroutine loads what. */
static void narrated(void *arg)          /*     go func(name string) {              */
{
    const char *name = arg;
    long seen = shared_load(&data);      /*         seen := data                    */
    say("%s loads data = %ld", name, seen);
    shared_store(&data, seen + 1);       /*         data = seen + 1                 */
    say("%s stores data = %ld", name, seen + 1);
    wg_done(&wg);                        /*         wg.Done()                       */
}                                        /*     }(name)                             */

static void narrated_main(void *arg)     /* func main() {                           */
{
    (void)arg;
    data = 0;
    wg_add(&wg, 2);                      /*     wg.Add(2)                           */
    static char a[] = "goroutine A", b[] = "goroutine B";
    go(narrated, a);                     /*     go increment("goroutine A")         */
    go(narrated, b);                     /*     go increment("goroutine B")         */
    wg_wait(&wg);                        /*     wg.Wait()                           */
    say("data = %ld: %s", data,
        data == 2 ? "each load saw the other's store, nothing lost"
                  : "both loaded 0 before either stored: one update lost");
}                                        /* }                                       */

static void locked(void *arg)            /*     go func() {                         */
{
    (void)arg;
    mutex_lock(&mu);                     /*         mu.Lock()                       */
    shared_store(&data, shared_load(&data) + 1); /*         data++                          */
    mutex_unlock(&mu);                   /*         mu.Unlock()                     */
    wg_done(&wg);                        /*         wg.Done()                       */
}                                        /*     }()                                 */

static void mutex_main(void *arg)        /* func main() {                           */
{
    (void)arg;
    data = 0;
    wg_add(&wg, 2);                      /*     wg.Add(2)                           */
    go(locked, NULL);                    /*     go func() { mu.Lock(); data++; ... }() */
    go(locked, NULL);                    /*     go func() { mu.Lock(); data++; ... }() */
    wg_wait(&wg);                        /*     wg.Wait()                           */
    say("%ld", data);                    /*     fmt.Println(data) // always 2       */
    if (data != 2)
        demo_fail("the Mutex version printed %ld", data);
}                                        /* }                                       */

static int64_t counter;                  /*     var counter int64                   */

static void atomically(void *arg)        /*     go func() {                         */
{
    (void)arg;
    atomic_add_i64(&counter, 1);         /*         atomic.AddInt64(&counter, 1)    */
    wg_done(&wg);                        /*         wg.Done()                       */
}                                        /*     }()                                 */

static void atomic_main(void *arg)       /* func main() {                           */
{
    (void)arg;
    counter = 0;
    wg_add(&wg, 2);                      /*     wg.Add(2)                           */
    go(atomically, NULL);
    go(atomically, NULL);
    wg_wait(&wg);                        /*     wg.Wait()                           */
    long total = (long)atomic_load_i64(&counter);
    say("%ld", total);                   /*     fmt.Println(atomic.LoadInt64(&counter)) */
    if (total != 2)
        demo_fail("the atomic version printed %ld", total);
}                                        /* }                                       */

static const demo_part data_race_parts[] = {
    {"the example as written: prints 1 or 2", data_race_main, DEMO_EXPECT_OK, DEMO_RACY},
    {"the same race, step by step", narrated_main, DEMO_EXPECT_OK, DEMO_RACY},
    {"with a Mutex: always 2", mutex_main, DEMO_EXPECT_OK, 0},
    {"with atomic.AddInt64: always 2", atomic_main, DEMO_EXPECT_OK, 0},
};
const demo demo_data_race = DEMO("data-race", "data-race", data_race_parts);
