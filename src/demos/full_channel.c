/* full_channel.c: answer 12, shown: how to tell that a buffered channel is
 * full (select with default: the send case is not ready), and three ways to
 * handle it: block until a receiver makes room, drop the value, or grow the
 * buffer by moving to a bigger channel. */
#include "demos/demos.h"
#include "rt/rt.h"

/* Tries to send v without blocking; 1 when sent. */
static int try_send(chan *ch, int v)     /* func trySend(ch chan int, v int) bool { */
{
    return SELECT(SELECT_SEND(ch, &v),   /*     select { case ch <- v: return true  */
                  SELECT_DEFAULT()) == 0; /*             default: return false }    */
}                                        /* }                                       */

static void detect_main(void *arg)       /* func main() {                           */
{
    (void)arg;
    chan *ch = chan_name(chan_make(int, 3), "ch"); /*     ch := make(chan int, 3)             */
    for (int v = 1; v <= 4; v++) {       /*     for v := 1; v <= 4; v++ {           */
        if (try_send(ch, v))             /*         if trySend(ch, v) {             */
            say("sent %d (len %d, cap %d)", v, chan_len(ch), chan_cap(ch));
        else                             /*         } else {                        */
            say("full: cannot send %d without blocking (len %d == cap %d)", v,
                chan_len(ch), chan_cap(ch));
    }                                    /*     }                                   */
}                                        /* }                                       */

static chan *done;                       /*     done := make(chan struct{})         */

static void slow_consumer(void *arg)     /*     go func() {                         */
{
    chan *ch = arg;
    for (int v; chan_recv(ch, &v);) {    /*         for v := range ch {             */
        sleep_for(1 * SECOND);           /*             time.Sleep(time.Second)     */
        say("consumer took %d at %lld s", v, (long long)(time_now() / SECOND));
    }                                    /*         }                               */
    chan_close(done);                    /*         close(done)                     */
}                                        /*     }()                                 */

static void block_main(void *arg)        /* func main() {                           */
{
    (void)arg;
    chan *ch = chan_name(chan_make(int, 2), "ch"); /*     ch := make(chan int, 2)             */
    done = chan_name(chan_make(int, 0), "done"); /*     done := make(chan struct{})         */
    go(slow_consumer, ch);               /*     go consumer(ch)                     */
    for (int v = 1; v <= 5; v++) {       /*     for v := 1; v <= 5; v++ {           */
        chan_send(ch, &v);               /*         ch <- v // blocks while full    */
        say("producer sent %d at %lld s", v, (long long)(time_now() / SECOND));
    }                                    /*     }                                   */
    chan_close(ch);                      /*     close(ch)                           */
    chan_recv(done, NULL);               /*     <-done                              */
}                                        /* }                                       */

static void drop_main(void *arg)         /* func main() {                           */
{
    (void)arg;
    chan *ch = chan_name(chan_make(int, 2), "ch"); /*     ch := make(chan int, 2)             */
    int dropped = 0;
    for (int v = 1; v <= 5; v++)         /*     for v := 1; v <= 5; v++ {           */
        if (!try_send(ch, v)) {          /*         if !trySend(ch, v) {            */
            say("dropped %d", v);        /*             fmt.Println("dropped", v)   */
            dropped++;
        }                                /*         }                               */
    chan_close(ch);                      /*     close(ch)                           */
    for (int v; chan_recv(ch, &v);)      /*     for v := range ch {                 */
        say("kept %d", v);               /*         fmt.Println("kept", v)          */
    if (dropped != 3)
        demo_fail("dropped %d values, not 3", dropped);
}                                        /* }                                       */

static void grow_main(void *arg)         /* func main() {                           */
{
    (void)arg;
    chan *ch = chan_name(chan_make(int, 2), "ch"); /*     ch := make(chan int, 2)             */
    for (int v = 1; v <= 5; v++) {       /*     for v := 1; v <= 5; v++ {           */
        if (!try_send(ch, v)) {          /*         if !trySend(ch, v) {            */
            chan *bigger = chan_name(chan_make(int, 2 * chan_cap(ch)), "bigger"); /* bigger := make(chan int, 2*cap(ch)) */
            chan_close(ch);              /*             close(ch)                   */
            for (int old; chan_recv(ch, &old);) /*      for old := range ch {       */
                chan_send(bigger, &old); /*                 bigger <- old           */
            say("grew the buffer from %d to %d", chan_cap(ch), chan_cap(bigger));
            ch = bigger;                 /*             ch = bigger                 */
            chan_send(ch, &v);           /*             ch <- v                     */
        }                                /*         }                               */
    }                                    /*     }                                   */
    say("holding %d values, cap %d", chan_len(ch), chan_cap(ch));
    if (chan_len(ch) != 5)
        demo_fail("the grown channel holds %d values, not 5", chan_len(ch));
}                                        /* }                                       */

static const demo_part full_channel_parts[] = {
    {"detect: select with default", detect_main, DEMO_EXPECT_OK, 0},
    {"handle it by blocking until there is room", block_main, DEMO_EXPECT_OK, 0},
    {"handle it by dropping the value", drop_main, DEMO_EXPECT_OK, 0},
    {"handle it by growing the buffer", grow_main, DEMO_EXPECT_OK, 0},
};
const demo demo_full_channel = DEMO("full-channel", "channels", full_channel_parts);
