/* deadlock.c: the Deadlock section's example as printed, which does NOT
 * deadlock (main receives what the goroutine sends and prints 1); then two
 * real deadlocks, each ending in Go's "fatal error: all goroutines are asleep
 * - deadlock!" with every goroutine's state and line: the send in main with
 * nobody to receive (what the section describes), and two goroutines that
 * take two mutexes in opposite orders. Last, the lock-ordering fix. */
#include "demos/demos.h"
#include "rt/rt.h"

static void send_one(void *arg)          /*     go func() {                         */
{
    chan *ch = arg;
    int one = 1;
    chan_send(ch, &one);                 /*         ch <- 1 // This send operation blocks */
}                                        /*     }()                                 */

static void as_written_main(void *arg)   /* func main() {                           */
{
    (void)arg;
    chan *ch = chan_name(chan_make(int, 0), "ch"); /*     ch := make(chan int)                */

    go(send_one, ch);

    /* Deadlock: main goroutine is also blocked, waiting for a receive from the channel
     * -- not so: this receive is exactly what the send waits for. */
    int v;
    chan_recv(ch, &v);                   /*     fmt.Println(<-ch)                   */
    say("%d", v);
}                                        /* }                                       */

/* The deadlock the section describes: the send in main, nobody to receive
 * (examples/check-deadlock.go). */
static void real_deadlock_main(void *arg) /* func main() {                          */
{
    (void)arg;
    chan *ch = chan_name(chan_make(int, 0), "ch"); /*     ch := make(chan int)                */
    int one = 1;
    chan_send(ch, &one);                 /*     ch <- 1 // no other goroutine will ever receive */
    int v;
    chan_recv(ch, &v);
    say("%d", v);                        /*     fmt.Println(<-ch)                   */
}                                        /* }                                       */

static sync_mutex a, b;                  /*     var a, b sync.Mutex                 */
static sync_waitgroup wg;                /*     var wg sync.WaitGroup               */

static void transfer_ab(void *arg)       /*     go func() {                         */
{
    (void)arg;
    mutex_lock(&a);                      /*         a.Lock()                        */
    sleep_for(1 * MILLISECOND);          /*         time.Sleep(time.Millisecond)    */
    mutex_lock(&b);                      /*         b.Lock() // waits for the other */
    say("a then b: done");
    mutex_unlock(&b);                    /*         b.Unlock()                      */
    mutex_unlock(&a);                    /*         a.Unlock()                      */
    wg_done(&wg);                        /*         wg.Done()                       */
}                                        /*     }()                                 */

static void transfer_ba(void *arg)       /*     go func() {                         */
{
    (void)arg;
    mutex_lock(&b);                      /*         b.Lock()                        */
    sleep_for(1 * MILLISECOND);          /*         time.Sleep(time.Millisecond)    */
    mutex_lock(&a);                      /*         a.Lock() // waits for the other */
    say("b then a: done");
    mutex_unlock(&a);                    /*         a.Unlock()                      */
    mutex_unlock(&b);                    /*         b.Unlock()                      */
    wg_done(&wg);                        /*         wg.Done()                       */
}                                        /*     }()                                 */

static void lock_order_main(void *arg)   /* func main() {                           */
{
    (void)arg;
    wg_add(&wg, 2);                      /*     wg.Add(2)                           */
    go(transfer_ab, NULL);
    go(transfer_ba, NULL);
    wg_wait(&wg);                        /*     wg.Wait()                           */
    say("both transfers done");
}                                        /* }                                       */

static void lock_order_fixed_main(void *arg) /* func main() {                       */
{
    (void)arg;
    wg_add(&wg, 2);                      /*     wg.Add(2)                           */
    go(transfer_ab, NULL);               /*     go transferAB() // a, then b        */
    go(transfer_ab, NULL);               /*     go transferAB() // a, then b: same order */
    wg_wait(&wg);                        /*     wg.Wait()                           */
    say("both transfers done");
}                                        /* }                                       */

static const demo_part deadlock_parts[] = {
    {"the example as written: it prints 1, no deadlock", as_written_main, DEMO_EXPECT_OK, 0},
    {"a real deadlock: the send in main, nobody to receive", real_deadlock_main,
     DEMO_EXPECT_DEADLOCK, 0},
    {"a lock-ordering deadlock: a then b, b then a", lock_order_main, DEMO_EXPECT_DEADLOCK, 0},
    {"the fix: every goroutine locks a, then b", lock_order_fixed_main, DEMO_EXPECT_OK, 0},
};
const demo demo_deadlock = DEMO("deadlock", "deadlock", deadlock_parts);
