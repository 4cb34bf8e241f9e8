/* puzzle_data_race.c: "lose an update". Two goroutines each add 1 to a
 * counter with counter++, which is a load and then a store; main waits for
 * both and prints the counter. You are the scheduler: make it print 1. */
#include "challenge/challenge.h"
#include "rt/rt.h"

static long counter;                     /* var counter int                     */
static sync_waitgroup wg;                /* var wg sync.WaitGroup               */

static void increment(void *arg)         /* func increment() {                  */
{
    (void)arg;
    long v = shared_load(&counter);      /*     v := counter     // counter++: load */
    shared_store(&counter, v + 1);       /*     counter = v + 1  // then store  */
    wg_done(&wg);                        /*     wg.Done()                       */
}                                        /* }                                   */

static void data_race_main(void *arg)    /* func main() {                       */
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
static const challenge_distractor data_race_wrong[] = {
    {"0\n", "ok", "wg.Wait returns only after both goroutines stored, and each stores at least 1"},
    {"3\n", "ok", "two goroutines add 1 once each: no schedule can count past 2"},
    {NULL, NULL, NULL},
};

const challenge_puzzle puzzle_data_race = {
    .name = "data-race",
    .title = "Lose an update",
    .source = __FILE__,
    .main = data_race_main,
    .goal = "Make the program print 1: lose one of the two increments.",
    .win_line = "1",
    .broken_why = "Both goroutines loaded the counter before either stored it, so both "
                  "stored 0 + 1 and the second store overwrote the first: one update was "
                  "lost. counter++ is a load and a store, and nothing orders the two "
                  "goroutines' accesses: a data race. A sync.Mutex around the increment, "
                  "or atomic.AddInt64, makes it a single step.",
    .holds_why = "Each goroutine finished its load and store before the other loaded, so "
                 "no update was lost this time. Preempt a goroutine between its load "
                 "and its store.",
    .distractors = data_race_wrong,
};
