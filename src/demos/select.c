/* select.c: answer 7, shown: what select is for. Multiplexing (wait on two
 * channels, take whichever is ready), a timeout (time.After turns a deadline
 * into a channel), non-blocking send and receive (default runs when no case
 * can proceed), and the random choice when several cases are ready. */
#include "demos/demos.h"
#include "rt/rt.h"

/* What a delayed sender sends, where, and after how long. */
typedef struct delayed {
    chan *c;                             /* the channel to send on                  */
    int seconds;                         /* virtual seconds to sleep first          */
    const char *msg;                     /* the message                             */
} delayed;

static delayed one, two;                 /* the senders' arguments                  */

static void send_after(void *arg)        /*     go func() {                         */
{
    delayed *d = arg;
    sleep_for(d->seconds * SECOND);      /*         time.Sleep(d * time.Second)     */
    chan_send(d->c, &d->msg);            /*         c <- msg                        */
}                                        /*     }()                                 */

static void multiplex_main(void *arg)    /* func main() {                           */
{
    (void)arg;
    chan *c1 = chan_make(const char *, 0); /*   c1 := make(chan string)             */
    chan *c2 = chan_make(const char *, 0); /*   c2 := make(chan string)             */
    one = (delayed){c1, 1, "one"};
    two = (delayed){c2, 2, "two"};
    go(send_after, &one);                /*     go func() { time.Sleep(1s); c1 <- "one" }() */
    go(send_after, &two);                /*     go func() { time.Sleep(2s); c2 <- "two" }() */
    for (int i = 0; i < 2; i++) {        /*     for i := 0; i < 2; i++ {            */
        const char *msg;
        SELECT(                          /*         select {                        */
            SELECT_RECV(c1, &msg, NULL), /*         case msg := <-c1:               */
            SELECT_RECV(c2, &msg, NULL)); /*        case msg := <-c2:               */
        say("received %s after %lld s", msg, (long long)(time_now() / SECOND));
    }                                    /*     }                                   */
}                                        /* }                                       */

static void timeout_main(void *arg)      /* func main() {                           */
{
    (void)arg;
    chan *c = chan_name(chan_make(const char *, 1), "c"); /*    c := make(chan string, 1)           */
    two = (delayed){c, 2, "two"};
    go(send_after, &two);                /*     go func() { time.Sleep(2s); c <- "two" }() */
    const char *msg;
    int k = SELECT(                      /*     select {                            */
        SELECT_RECV(c, &msg, NULL),      /*     case msg := <-c:                    */
        SELECT_RECV(time_after(1 * SECOND), NULL, NULL)); /* case <-time.After(1 * time.Second): */
    if (k == 0)
        say("received %s", msg);         /*         fmt.Println("received", msg)    */
    else
        say("timeout after 1 s");        /*         fmt.Println("timeout after 1 s") */
    if (time_now() != 1 * SECOND)
        demo_fail("the timeout fired at %lld ns", (long long)time_now());
}                                        /* }                                       */

static void non_blocking_main(void *arg) /* func main() {                           */
{
    (void)arg;
    chan *messages = chan_name(chan_make(const char *, 0), "messages"); /* messages := make(chan string)   */
    const char *msg = "hi";
    if (SELECT(SELECT_RECV(messages, &msg, NULL), /* select { case msg := <-messages: */
               SELECT_DEFAULT()) == 0)
        say("received message %s", msg);
    else                                 /*     default:                            */
        say("no message received");      /*         fmt.Println("no message received") */

    if (SELECT(SELECT_SEND(messages, &msg), /*  select { case messages <- msg:      */
               SELECT_DEFAULT()) == 0)
        say("sent message %s", msg);
    else                                 /*     default:                            */
        say("no message sent");          /*         fmt.Println("no message sent")  */
}                                        /* }                                       */

static void random_main(void *arg)       /* func main() {                           */
{
    (void)arg;
    chan *a = chan_name(chan_make(int, 10), "a"); /*     a := make(chan int, 10)             */
    chan *b = chan_name(chan_make(int, 10), "b"); /*     b := make(chan int, 10)             */
    int counts[2] = {0, 0};
    for (int i = 0; i < 10; i++) {       /*     for i := 0; i < 10; i++ {           */
        chan_send(a, &i);                /*         a <- i                          */
        chan_send(b, &i);                /*         b <- i                          */
    }                                    /*     }                                   */
    for (int i = 0; i < 10; i++) {       /*     for i := 0; i < 10; i++ {           */
        int v;
        int k = SELECT(SELECT_RECV(a, &v, NULL), /* select { case v := <-a:     */
                       SELECT_RECV(b, &v, NULL)); /*         case v := <-b: }   */
        counts[k]++;
        say_partial("%c", k == 0 ? 'a' : 'b'); /*         fmt.Print("a" or "b")            */
    }                                    /*     }                                   */
    say(": both ready every time, a chosen %d times, b %d times", counts[0], counts[1]);
}                                        /* }                                       */

static const demo_part select_parts[] = {
    {"multiplexing: whichever channel is ready first", multiplex_main, DEMO_EXPECT_OK, 0},
    {"a timeout with time.After", timeout_main, DEMO_EXPECT_OK, 0},
    {"non-blocking receive and send with default", non_blocking_main, DEMO_EXPECT_OK, 0},
    {"several cases ready: a random choice", random_main, DEMO_EXPECT_OK, 0},
};
const demo demo_select = DEMO("select", "concurrency-patterns", select_parts);
