/* fan_in.c: answer 14's fan-in, shown: two producers merged into one
 * channel, first with a goroutine per input and a WaitGroup that closes the
 * merged channel when both are done, then with one goroutine and select,
 * setting each input to nil once it is closed so select stops choosing it. */
#include <stdio.h>

#include "demos/demos.h"
#include "rt/rt.h"

/* A message, carried by value: the string "A1", "B3", ... */
typedef struct message {
    char text[8];                        /* NUL-terminated                          */
} message;

/* A producer's name and its output. */
typedef struct producer {
    const char *name;                    /* "A" or "B"                              */
    chan *out;                           /* out chan string                         */
} producer;

static producer pa, pb;                  /* the two producers                       */
static chan *merged;                     /*     merged := make(chan string)         */
static sync_waitgroup wg;                /*     var wg sync.WaitGroup               */

static void produce(void *arg)           /* func produce(name string, out chan<- string) { */
{
    producer *p = arg;
    for (int i = 1; i <= 3; i++) {       /*     for i := 1; i <= 3; i++ {           */
        message msg = {{0}};             /*     (all 8 bytes set: the trace shows them) */
        snprintf(msg.text, sizeof msg.text, "%s%d", p->name, i);
        chan_send(p->out, &msg);         /*         out <- fmt.Sprintf("%s%d", name, i) */
    }                                    /*     }                                   */
    chan_close(p->out);                  /*     close(out)                          */
}                                        /* }                                       */

static void start_producers(void)
{
    pa = (producer){"A", chan_make(message, 0)};
    pb = (producer){"B", chan_make(message, 0)};
    go(produce, &pa);                    /*     a := make(chan string); go produce("A", a) */
    go(produce, &pb);                    /*     b := make(chan string); go produce("B", b) */
}

static void forward(void *arg)           /*     output := func(c <-chan string) {   */
{
    producer *p = arg;
    for (message msg; chan_recv(p->out, &msg);) /*   for msg := range c {            */
        chan_send(merged, &msg);         /*             merged <- msg               */
    wg_done(&wg);                        /*         wg.Done()                       */
}                                        /*     }                                   */

static void closer(void *arg)            /*     go func() {                         */
{
    (void)arg;
    wg_wait(&wg);                        /*         wg.Wait()                       */
    chan_close(merged);                  /*         close(merged)                   */
}                                        /*     }()                                 */

static void goroutines_main(void *arg)   /* func main() {                           */
{
    (void)arg;
    start_producers();
    merged = chan_name(chan_make(message, 0), "merged"); /*     merged := make(chan string)         */
    wg_add(&wg, 2);                      /*     wg.Add(2)                           */
    go(forward, &pa);                    /*     go output(a)                        */
    go(forward, &pb);                    /*     go output(b)                        */
    go(closer, NULL);                    /*     go func() { wg.Wait(); close(merged) }() */
    int n = 0;
    for (message msg; chan_recv(merged, &msg); n++) /* for msg := range merged {      */
        say("%s", msg.text);             /*         fmt.Println(msg)                */
    if (n != 6)
        demo_fail("merged %d messages, not 6", n);
}                                        /* }                                       */

static void select_main(void *arg)       /* func main() {                           */
{
    (void)arg;
    start_producers();
    chan *a = pa.out, *b = pb.out;
    int n = 0;
    while (a || b) {                     /*     for a != nil || b != nil {          */
        message msg;
        bool ok;
        int k = SELECT(                  /*         select {                        */
            SELECT_RECV(a, &msg, &ok),   /*         case msg, ok := <-a:            */
            SELECT_RECV(b, &msg, &ok));  /*         case msg, ok := <-b:            */
        if (!ok) {                       /*             if !ok {                    */
            say("%s is closed", k == 0 ? "A" : "B");
            if (k == 0)
                a = NULL;                /*                 a = nil                 */
            else
                b = NULL;                /*                 b = nil                 */
            continue;                    /*                 continue                */
        }                                /*             }                           */
        say("%s", msg.text);             /*             fmt.Println(msg)            */
        n++;
    }                                    /*     }                                   */
    if (n != 6)
        demo_fail("merged %d messages, not 6", n);
}                                        /* }                                       */

static const demo_part fan_in_parts[] = {
    {"merge with a goroutine per input", goroutines_main, DEMO_EXPECT_OK, 0},
    {"merge with select and nil channels", select_main, DEMO_EXPECT_OK, 0},
};
const demo demo_fan_in = DEMO("fan-in", "concurrency-patterns", fan_in_parts);
