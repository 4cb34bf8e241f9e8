/* puzzle_critical_section.c: a home-made lock without a Mutex: a goroutine
 * enters the critical section only when busy is false, then sets it. The
 * check and the set are two steps: get two goroutines inside at once. The
 * referee (inside) is plain C between choice points, not part of the
 * program. */
#include "challenge/challenge.h"
#include "rt/rt.h"

static int busy;                         /* var busy bool                       */
static int inside;                       /* (the referee: goroutines inside)    */
static sync_waitgroup wg;                /* var wg sync.WaitGroup               */

static void enter(void *arg)             /* func enter(who string) {            */
{
    const char *who = arg;
    if (!shared_load(&busy)) {           /*     if !busy {       // free?       */
        shared_store(&busy, 1);          /*         busy = true  // take it     */
        say("%s in", who);               /*         fmt.Println(who, "in")      */
        if (++inside == 2)               /*         (the referee counts)        */
            say("two goroutines in the critical section!");
        shared_store(&busy, 0);          /*         busy = false // leave       */
        inside--;                        /*         (the referee counts)        */
    }                                    /*     }                               */
    wg_done(&wg);                        /*     wg.Done()                       */
}                                        /* }                                   */

static void critical_section_main(void *arg) /* func main() {                   */
{
    (void)arg;
    busy = 0;
    inside = 0;
    wg_add(&wg, 2);                      /*     wg.Add(2)                       */
    go(enter, "A");                      /*     go enter("A")                   */
    go(enter, "B");                      /*     go enter("B")                   */
    wg_wait(&wg);                        /*     wg.Wait()                       */
}                                        /* }                                   */

/* ---- the puzzle ---- */
static const challenge_distractor critical_section_wrong[] = {
    {"", "ok", "the first goroutine to look always finds busy false and goes in"},
    {"A in\nA in\n", "ok", "each goroutine enters at most once"},
    {NULL, NULL, NULL},
};

const challenge_puzzle puzzle_critical_section = {
    .name = "critical-section",
    .title = "Two in the critical section",
    .source = __FILE__,
    .main = critical_section_main,
    .goal = "Get two goroutines into the critical section at the same time.",
    .win_line = "two goroutines in the critical section!",
    .broken_why = "Both goroutines read busy == false before either set it to true, so both "
                  "went in. Checking a flag and setting it are two steps another goroutine "
                  "can run between (and a data race besides). sync.Mutex makes the check "
                  "and the take one step.",
    .holds_why = "One goroutine set busy before the other looked. Let both look before "
                 "either sets it.",
    .distractors = critical_section_wrong,
};
