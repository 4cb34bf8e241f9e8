/* atomic_operations.c: the Atomic Operations section's example, line for
 * line: 1000 goroutines each add 1 with atomic.AddInt32, and no update is
 * ever lost, whatever the schedule. Then CompareAndSwap: several goroutines
 * race to claim a slot and exactly one wins. */
#include "demos/demos.h"
#include "rt/rt.h"

static int32_t counter;                  /*     var counter int32                   */
static sync_waitgroup wg;                /*     var wg sync.WaitGroup               */

static void add_one(void *arg)           /*         go func() {                     */
{
    (void)arg;
    atomic_add_i32(&counter, 1);         /*             atomic.AddInt32(&counter, 1) */
    wg_done(&wg);                        /*             wg.Done()               */
}                                        /*         }()                             */

static void atomic_main(void *arg)       /* func main() {                           */
{
    (void)arg;
    counter = 0;                         /*     var counter int32                   */

    for (int i = 0; i < 1000; i++) {     /*     for i := 0; i < 1000; i++ {         */
        wg_add(&wg, 1);                  /*         wg.Add(1)                       */
        go(add_one, NULL);               /*         go func() { ... }()             */
    }                                    /*     }                                   */

    wg_wait(&wg);                        /*     wg.Wait()                           */
    say("Counter: %d", (int)counter);    /*     fmt.Println("Counter:", counter)    */
    if (counter != 1000)
        demo_fail("the atomic counter ended at %d", (int)counter);
}                                        /* }                                       */

static int32_t owner;                    /*     var owner int32 // 0: unclaimed     */
static int32_t winners;                  /*     how many CompareAndSwaps succeeded  */

static void claim(void *arg)             /*     go func(id int32) {                 */
{
    int32_t id = (int32_t)PTR2INT(arg);
    if (atomic_cas_i32(&owner, 0, id)) { /*     if atomic.CompareAndSwapInt32(&owner, 0, id) { */
        atomic_add_i32(&winners, 1);
        say("goroutine %d claimed the slot", (int)id);
    } else {                             /*         } else {                        */
        say("goroutine %d found it taken by %d", (int)id, (int)atomic_load_i32(&owner));
    }                                    /*         }                               */
    wg_done(&wg);                        /*         wg.Done()                       */
}                                        /*     }(i)                                */

static void cas_main(void *arg)          /* func main() {                           */
{
    (void)arg;
    owner = 0;
    winners = 0;
    for (int i = 1; i <= 4; i++) {       /*     for i := int32(1); i <= 4; i++ {    */
        wg_add(&wg, 1);                  /*         wg.Add(1)                       */
        go(claim, INT2PTR(i));           /*         go func(id int32) { ... }(i)    */
    }                                    /*     }                                   */
    wg_wait(&wg);                        /*     wg.Wait()                           */
    say("owner: %d", (int)owner);        /*     fmt.Println("owner:", owner)        */
    if (winners != 1)
        demo_fail("%d goroutines claimed the slot", (int)winners);
}                                        /* }                                       */

static const demo_part atomic_operations_parts[] = {
    {"the example as written: 1000 atomic adds", atomic_main, DEMO_EXPECT_OK, 0},
    {"CompareAndSwap: exactly one claims the slot", cas_main, DEMO_EXPECT_OK, 0},
};
const demo demo_atomic_operations =
    DEMO("atomic-operations", "atomic-operations", atomic_operations_parts);
