/* goroutines.c: the Goroutines section's example, line for line: a goroutine
 * sends 1 to 5 over an unbuffered channel, sleeping a (virtual) second after
 * each, and closes it; main ranges over the channel until it is closed. */
#include "demos/demos.h"
#include "rt/rt.h"

static void print_numbers(void *arg)     /* func printNumbers(c chan int) {             */
{
    chan *c = arg;
    for (int i = 1; i <= 5; i++) {       /*     for i := 1; i <= 5; i++ {               */
        chan_send(c, &i);                /*         c <- i // Send number to channel    */
        sleep_for(1 * SECOND);           /*         time.Sleep(1 * time.Second)         */
    }                                    /*     }                                       */
    chan_close(c);                       /*     close(c) // Close the channel           */
}                                        /* }                                           */

static void goroutines_main(void *arg)   /* func main() {                               */
{
    (void)arg;
    chan *c = chan_name(chan_make(int, 0), "c"); /*     c := make(chan int)                     */
    go(print_numbers, c);                /*     go printNumbers(c) // Start goroutine   */

    for (int num; chan_recv(c, &num);)   /*     for num := range c {                    */
        say("Received: %d", num);        /*         fmt.Println("Received:", num)       */
    /* Five seconds of sleeping took no real time: the clock is virtual. */
    if (time_now() != 5 * SECOND)
        demo_fail("the run ended at %lld ns of virtual time, not 5 s", (long long)time_now());
}                                        /* }                                           */

static const demo_part goroutines_parts[] = {
    {"the example as written", goroutines_main, DEMO_EXPECT_OK, 0},
};
const demo demo_goroutines = DEMO("goroutines", "goroutines", goroutines_parts);
