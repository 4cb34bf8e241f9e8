/* puzzle_handoff.c: a value handed over through an unbuffered channel. The
 * producer writes msg and then sends; main receives and then reads msg.
 * Try to make main read msg before it is written: no schedule can, since a
 * send happens before the matching receive completes. */
#include "challenge/challenge.h"
#include "rt/rt.h"

static long msg;                         /* var msg int                         */

static void producer(void *arg)          /* func producer(done chan bool) {     */
{
    chan *done = arg;
    shared_store(&msg, 42);              /*     msg = 42                        */
    chan_send(done, &(int){1});          /*     done <- true                    */
}                                        /* }                                   */

static void handoff_main(void *arg)      /* func main() {                       */
{
    (void)arg;
    msg = 0;
    chan *done = chan_make(int, 0);      /*     done := make(chan bool)         */
    chan_name(done, "done");
    go(producer, done);                  /*     go producer(done)               */
    chan_recv(done, NULL);               /*     <-done                          */
    say("%ld", shared_load(&msg));       /*     fmt.Println(msg)                */
}                                        /* }                                   */

/* ---- the puzzle ---- */
static const challenge_distractor handoff_wrong[] = {
    {"0\n", "ok", "main reads msg only after <-done returns, and the send that lets it "
                  "return comes after msg = 42 in the producer"},
    {"", "deadlock", "the producer always reaches its send, and main is there to receive"},
    {NULL, NULL, NULL},
};

const challenge_puzzle puzzle_handoff = {
    .name = "handoff",
    .title = "Read the message too early",
    .source = __FILE__,
    .main = handoff_main,
    .goal = "Make main print 0, if you can: read msg before the producer writes 42.",
    .win_line = "0",
    .broken_why = "main read msg before the producer wrote it: the channel failed to order "
                  "them.",
    .holds_why = "No schedule prints 0. main's read comes after <-done, which completes "
                 "only once the producer sends, and the producer sends after writing "
                 "msg = 42. In the Go memory model the send happens before the receive "
                 "completes, so the write is always visible: synchronization holds "
                 "whatever the scheduler does.",
    .distractors = handoff_wrong,
};
