/* channel_states.c: answer 5, shown: every operation on an open, a closed
 * and a nil channel. Receiving from a closed channel yields the zero value
 * at once; sending on it, closing it twice and closing a nil channel panic
 * with Go's messages; a send or a receive on a nil channel blocks forever, so
 * with nothing else running Go reports a deadlock. Each part is a program of
 * its own, since a panic or a deadlock ends the program. */
#include "demos/demos.h"
#include "rt/rt.h"

static void open_main(void *arg)         /* func main() {                           */
{
    (void)arg;
    chan *ch = chan_name(chan_make(int, 1), "ch"); /*     ch := make(chan int, 1)             */
    int one = 1, v;
    chan_send(ch, &one);                 /*     ch <- 1                             */
    say("send on an open channel: done"); /*     fmt.Println("send ...: done")       */
    int ok = chan_recv(ch, &v);          /*     v, ok := <-ch                       */
    say("receive from an open channel: %d %s", v, ok ? "true" : "false");
    if (!ok || v != 1)
        demo_fail("the open channel did not hand over 1");
}                                              /* }                                       */

static void closed_recv_main(void *arg)  /* func main() {                           */
{
    (void)arg;
    chan *ch = chan_name(chan_make(int, 1), "ch"); /*     ch := make(chan int, 1)             */
    int seven = 7, v;
    chan_send(ch, &seven);               /*     ch <- 7                             */
    chan_close(ch);                      /*     close(ch)                           */
    int ok = chan_recv(ch, &v);          /*     v, ok := <-ch // buffered values first */
    say("receive from a closed channel: %d %s", v, ok ? "true" : "false");
    ok = chan_recv(ch, &v);              /*     v, ok = <-ch  // then zero values   */
    say("receive from a closed, drained channel: %d %s", v, ok ? "true" : "false");
    ok = chan_recv(ch, &v);              /*     v, ok = <-ch  // never blocks       */
    say("and again: %d %s", v, ok ? "true" : "false");
    if (ok || v != 0)
        demo_fail("a drained closed channel gave %d, ok %d", v, ok);
}                                              /* }                                       */

static void closed_send_main(void *arg)  /* func main() {                           */
{
    (void)arg;
    chan *ch = chan_name(chan_make(int, 1), "ch"); /*     ch := make(chan int, 1)             */
    int one = 1;
    chan_close(ch);                      /*     close(ch)                           */
    say("send on a closed channel:");    /*     fmt.Println("send on a closed channel:") */
    chan_send(ch, &one);                 /*     ch <- 1 // panics                   */
    say("not reached");
}                                              /* }                                       */

static void closed_close_main(void *arg) /* func main() {                           */
{
    (void)arg;
    chan *ch = chan_name(chan_make(int, 0), "ch"); /*     ch := make(chan int)                */
    chan_close(ch);                      /*     close(ch)                           */
    say("close of a closed channel:");   /*     fmt.Println("close of a closed channel:") */
    chan_close(ch);                      /*     close(ch) // panics                 */
    say("not reached");
}                                              /* }                                       */

static void nil_close_main(void *arg)    /* func main() {                           */
{
    (void)arg;
    chan *ch = NULL;                     /*     var ch chan int // nil              */
    say("close of a nil channel:");      /*     fmt.Println("close of a nil channel:") */
    chan_close(ch);                      /*     close(ch) // panics                 */
    say("not reached");
}                                              /* }                                       */

static void nil_recv_main(void *arg)     /* func main() {                           */
{
    (void)arg;
    chan *ch = NULL;                     /*     var ch chan int // nil              */
    int v;
    say("receive from a nil channel: blocks forever");
    chan_recv(ch, &v);                   /*     <-ch // blocks forever              */
    say("not reached");
}                                              /* }                                       */

static void nil_send_main(void *arg)     /* func main() {                           */
{
    (void)arg;
    chan *ch = NULL;                     /*     var ch chan int // nil              */
    int one = 1;
    say("send on a nil channel: blocks forever");
    chan_send(ch, &one);                 /*     ch <- 1 // blocks forever           */
    say("not reached");
}                                              /* }                                       */

static const demo_part channel_states_parts[] = {
    {"open: send and receive work", open_main, DEMO_EXPECT_OK, 0},
    {"closed: receive yields what is buffered, then zero values", closed_recv_main, DEMO_EXPECT_OK, 0},
    {"closed: send panics", closed_send_main, DEMO_EXPECT_PANIC, 0},
    {"closed: close panics", closed_close_main, DEMO_EXPECT_PANIC, 0},
    {"nil: close panics", nil_close_main, DEMO_EXPECT_PANIC, 0},
    {"nil: receive blocks forever", nil_recv_main, DEMO_EXPECT_DEADLOCK, 0},
    {"nil: send blocks forever", nil_send_main, DEMO_EXPECT_DEADLOCK, 0},
};
const demo demo_channel_states = DEMO("channel-states", "channels", channel_states_parts);
