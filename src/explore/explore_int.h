/* explore_int.h: the calls the explorer's files make to each other
 * (explore.c runs searches, pct.c random runs, outcomes.c groups and prints
 * what they found). Nothing outside src/explore includes it. */
#ifndef CONCLAB_EXPLORE_INT_H
#define CONCLAB_EXPLORE_INT_H

#include "explore/explore.h"
#include "rt/rt.h"

/* Makes and runs one rt steered by choose(ud), with opt's seed and step
 * budget. Returns the finished run (free it with rt_free) or NULL when it
 * could not be created. Blocks for the run. */
rt *explore_run_once(void (*main_fn)(void *), void *arg, const explore_options *opt,
                     rt_chooser choose, void *ud);

/* Adds one finished run to res's outcomes: counted in the schedules and
 * its outcome's count when `counted`, else only when its outcome is new
 * (it may still lower an outcome's fewest preemptions, keeping that run's
 * schedule). Returns 0 or -1 (out of memory). */
int outcomes_add(explore_result *res, rt *r, int preemptions, int counted);

/* The monotonic clock in nanoseconds, for the wall-time budget. */
int64_t explore_clock_ns(void);

#endif
