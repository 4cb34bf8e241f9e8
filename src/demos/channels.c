/* channels.c: the Channels section's example, line for line (a goroutine
 * hands "ping" to main over an unbuffered channel), then a buffered channel
 * that holds values with no receiver waiting, and the comma-ok receive that
 * tells a closed channel from a zero value. */
#include "demos/demos.h"
#include "rt/rt.h"

static void send_ping(void *arg)         /*     go func() {                         */
{
    chan *messages = arg;
    const char *ping = "ping";
    chan_send(messages, &ping);          /*         messages <- "ping"              */
}                                              /*     }()                                 */

static void channels_main(void *arg)     /* func main() {                           */
{
    (void)arg;
    chan *messages = chan_name(chan_make(const char *, 0), "messages"); /*   messages := make(chan string)       */

    go(send_ping, messages);

    const char *msg;
    chan_recv(messages, &msg);           /*     msg := <-messages                   */
    say("%s", msg);                      /*     fmt.Println(msg)                    */
}                                              /* }                                       */

static void buffered_main(void *arg)     /* func main() {                           */
{
    (void)arg;
    chan *ch = chan_name(chan_make(int, 2), "ch"); /*     ch := make(chan int, 2)             */
    int one = 1, two = 2;
    chan_send(ch, &one);                 /*     ch <- 1 // no receiver: buffered    */
    chan_send(ch, &two);                 /*     ch <- 2 // the buffer is now full   */
    say("len %d cap %d", chan_len(ch), chan_cap(ch)); /* fmt.Println("len", len(ch), "cap", cap(ch)) */
    chan_close(ch);                      /*     close(ch)                           */
    for (int i = 0; i < 3; i++) {        /*     for i := 0; i < 3; i++ {            */
        int v;
        int ok = chan_recv(ch, &v);      /*         v, ok := <-ch                   */
        say("%d %s", v, ok ? "true" : "false"); /*        fmt.Println(v, ok)              */
    }                                          /*     }                                   */
    if (chan_len(ch) != 0)
        demo_fail("the closed channel still holds %d values", chan_len(ch));
}                                              /* }                                       */

static const demo_part channels_parts[] = {
    {"the example as written: an unbuffered channel", channels_main, DEMO_EXPECT_OK, 0},
    {"a buffered channel, closed and drained", buffered_main, DEMO_EXPECT_OK, 0},
};
const demo demo_channels = DEMO("channels", "channels", channels_parts);
