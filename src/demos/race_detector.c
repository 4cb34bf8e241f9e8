/* race_detector.c: answer 16, shown: what a race detector sees and what it
 * cannot. Each program runs with the runtime's race detector on. The first
 * has a data race (two unsynchronized accesses to one variable, one a write):
 * the detector reports it, pointing at both lines. The second is a race
 * condition with every access locked: its result depends on the schedule, yet
 * there is no data race, so the detector is silent. The third deadlocks: the
 * detector is silent again, and it is the runtime that reports the deadlock. */
#include "demos/demos.h"
#include "rt/rt.h"

static long data;                        /*     var data int                        */
static sync_waitgroup wg;                /*     var wg sync.WaitGroup               */
static sync_mutex mu;                    /*     var mu sync.Mutex                   */

static void writer(void *arg)            /*     go func() {                         */
{
    (void)arg;
    shared_store(&data, shared_load(&data) + 1); /*         data++                          */
    wg_done(&wg);                        /*         wg.Done()                       */
}                                        /*     }()                                 */

static void data_race_main(void *arg)    /* func main() {                           */
{
    (void)arg;
    data = 0;
    wg_add(&wg, 2);                      /*     wg.Add(2)                           */
    go(writer, NULL);                    /*     go func() { data++; wg.Done() }()   */
    go(writer, NULL);                    /*     go func() { data++; wg.Done() }()   */
    wg_wait(&wg);                        /*     wg.Wait()                           */
    say("%ld", data);                    /*     fmt.Println(data)                   */
}                                        /* }                                       */

static void first_come(void *arg)        /*     go func(name string) {              */
{
    mutex_lock(&mu);                     /*         mu.Lock()                       */
    if (shared_load(&data) == 0) {       /*         if winner == "" {               */
        shared_store(&data, (long)PTR2INT(arg)); /*            winner = name               */
    }                                    /*         }                               */
    mutex_unlock(&mu);                   /*         mu.Unlock()                     */
    wg_done(&wg);                        /*         wg.Done()                       */
}                                        /*     }(name)                             */

static void race_condition_main(void *arg) /* func main() {                         */
{
    (void)arg;
    data = 0;
    wg_add(&wg, 2);                      /*     wg.Add(2)                           */
    go(first_come, INT2PTR(1));          /*     go claim("goroutine 1")             */
    go(first_come, INT2PTR(2));          /*     go claim("goroutine 2")             */
    wg_wait(&wg);                        /*     wg.Wait()                           */
    mutex_lock(&mu);
    say("winner: goroutine %ld (another seed may pick the other)", shared_load(&data));
    mutex_unlock(&mu);                   /*     fmt.Println("winner:", winner)      */
}                                        /* }                                       */

static void lock_twice(void *arg)        /*     go func() {                         */
{
    (void)arg;
    mutex_lock(&mu);                     /*         mu.Lock()                       */
    mutex_lock(&mu);                     /*         mu.Lock() // waits for itself   */
    wg_done(&wg);
}                                        /*     }()                                 */

static void deadlock_main(void *arg)     /* func main() {                           */
{
    (void)arg;
    wg_add(&wg, 1);                      /*     wg.Add(1)                           */
    go(lock_twice, NULL);                /*     go func() { mu.Lock(); mu.Lock() }() */
    wg_wait(&wg);                        /*     wg.Wait()                           */
}                                        /* }                                       */

static const demo_part race_detector_parts[] = {
    {"a data race: the detector reports it", data_race_main, DEMO_EXPECT_RACE, DEMO_RACE},
    {"a race condition with every access locked: the detector is silent",
     race_condition_main, DEMO_EXPECT_OK, DEMO_RACE},
    {"a deadlock: the detector is silent, the runtime reports it", deadlock_main,
     DEMO_EXPECT_DEADLOCK, DEMO_RACE},
};
const demo demo_race_detector = DEMO("race-detector", "data-race", race_detector_parts);
