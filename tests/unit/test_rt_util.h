/* test_rt_util.h: helpers shared by the runtime's test programs: run a main
 * function on a fresh runtime and check its verdict, output and report. */
#ifndef CONCLAB_TEST_RT_UTIL_H
#define CONCLAB_TEST_RT_UTIL_H

#include "rt/rt.h"
#include "../tap.h"

#include <stdlib.h>
#include <string.h>

/* Runs fn(arg) with cfg (NULL: defaults) and returns the finished run, which
 * the caller frees; exits the test program when the runtime cannot be made. */
static inline rt *run_with(const rt_config *cfg, void (*fn)(void *), void *arg)
{
    rt *r = rt_new(cfg);
    if (!r) {
        printf("Bail out! rt_new failed\n");
        exit(1);
    }
    rt_run(r, fn, arg);
    return r;
}

static inline rt *run_fn(void (*fn)(void *), void *arg)
{
    rt_config cfg = {.trace = true};
    return run_with(&cfg, fn, arg);
}

/* True when s starts with prefix. */
static inline int starts_with(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* True when s contains needle. */
static inline int contains(const char *s, const char *needle)
{
    return strstr(s, needle) != NULL;
}

/* Checks a run's verdict and the first line of its report. */
#define is_verdict(r, v, first, name)                                                  \
    do {                                                                               \
        is_str(rt_verdict_name(rt_verdict_of(r)), rt_verdict_name(v), "%s: verdict", name); \
        ok(starts_with(rt_report(r), first), "%s: report starts \"%s\"", name, first);  \
        if (!starts_with(rt_report(r), first))                                         \
            diag("report: %s", rt_report(r));                                          \
    } while (0)

#endif
