/* pipeline.c: answer 14's pipeline, shown: three stages connected by
 * channels. gen sends numbers, sq squares them, main prints. Each stage owns
 * its output channel and closes it when its input runs out, so the next
 * stage's range loop ends; with one goroutine per stage the order is kept. */
#include "demos/demos.h"
#include "rt/rt.h"

static void gen_stage(void *arg)         /*     go func() {                         */
{
    chan *out = arg;
    for (int n = 1; n <= 5; n++)         /*         for _, n := range nums {        */
        chan_send(out, &n);              /*             out <- n                    */
    chan_close(out);                     /*         close(out)                      */
}                                        /*     }()                                 */

static chan *gen(void)                   /* func gen(nums ...int) <-chan int {      */
{
    chan *out = chan_name(chan_make(int, 0), "out"); /*     out := make(chan int)               */
    go(gen_stage, out);
    return out;                          /*     return out                          */
}                                        /* }                                       */

/* A stage's input and output. */
typedef struct stage {
    chan *in;                            /* in <-chan int                           */
    chan *out;                           /* out chan int                            */
} stage;

static stage sq_stage_args;              /* the square stage's channels             */

static void sq_stage(void *arg)          /*     go func() {                         */
{
    stage *s = arg;
    for (int n; chan_recv(s->in, &n);) { /*         for n := range in {             */
        int square = n * n;
        chan_send(s->out, &square);      /*             out <- n * n                */
    }                                    /*         }                               */
    chan_close(s->out);                  /*         close(out)                      */
}                                        /*     }()                                 */

static chan *sq(chan *in)                /* func sq(in <-chan int) <-chan int {     */
{
    sq_stage_args.in = in;
    sq_stage_args.out = chan_name(chan_make(int, 0), "out"); /*   out := make(chan int)               */
    go(sq_stage, &sq_stage_args);
    return sq_stage_args.out;            /*     return out                          */
}                                        /* }                                       */

static void pipeline_main(void *arg)     /* func main() {                           */
{
    (void)arg;
    chan *squares = sq(gen());           /*     squares := sq(gen(1, 2, 3, 4, 5))   */
    int n = 0;
    for (int v; chan_recv(squares, &v);) { /*   for v := range squares {            */
        say("%d", v);                    /*         fmt.Println(v)                  */
        n++;
        if (v != n * n)
            demo_fail("got %d where %d was due", v, n * n);
    }                                    /*     }                                   */
    if (n != 5)
        demo_fail("the pipeline delivered %d values, not 5", n);
}                                        /* }                                       */

static const demo_part pipeline_parts[] = {
    {"generate, square, print", pipeline_main, DEMO_EXPECT_OK, 0},
};
const demo demo_pipeline = DEMO("pipeline", "concurrency-patterns", pipeline_parts);
