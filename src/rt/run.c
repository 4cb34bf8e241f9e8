/* run.c: a run as a value: create it with a configuration, run a main
 * function to completion on it, read the verdict, the reports, the
 * schedule taken and the counts, free it. Reports are written here, on the
 * caller's stack, after the goroutines have stopped. */
#include "rt/rt_int.h"
#include "rt/race.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static uint64_t run_generation; /* process-wide count of runs started */

rt *rt_new(const rt_config *cfg)
{
    rt_config def = {0};
    if (!cfg)
        cfg = &def;
    if ((unsigned)cfg->policy > RT_CUSTOM || (unsigned)cfg->stack_mode > RT_STACK_ARENA ||
        (cfg->policy == RT_CUSTOM && !cfg->choose) || (cfg->policy == RT_REPLAY && !cfg->schedule))
        return NULL;
    if (cfg->policy == RT_REPLAY) {
        const char *s = cfg->schedule;
        int idx;
        uint64_t rep;
        while (sched_token(&s, &idx, &rep))
            ;
        if (*s != '\0')
            return NULL;
    }
    rt *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->cfg = *cfg;
    r->cfg.schedule = NULL;
    if (cfg->policy == RT_REPLAY && !(r->cfg.schedule = strdup(cfg->schedule))) {
        free(r);
        return NULL;
    }
    if (cfg->race && !(r->race = race_new())) {
        free((char *)r->cfg.schedule);
        free(r);
        return NULL;
    }
    r->replay = r->cfg.schedule;
    if (!r->cfg.stack_size)
        r->cfg.stack_size = RT_DEFAULT_STACK;
    r->max_steps = r->cfg.max_steps ? r->cfg.max_steps : RT_DEFAULT_MAX_STEPS;
    r->fast_cap = r->max_steps; /* the empty schedule's sched_last is 0 */
    r->fast = r->cfg.policy == RT_FIFO && !r->cfg.trace && !r->cfg.race;
    r->slice_max = r->cfg.time_slice ? r->cfg.time_slice : RT_DEFAULT_SLICE;
    r->slice_len = (r->slice_max < (1ull << 62) ? r->slice_max : 1ull << 62) - 1;
    r->page = (size_t)sysconf(_SC_PAGESIZE);
    sched_seed(r, cfg->seed);
    return r;
}

rt_verdict rt_run(rt *r, void (*main_fn)(void *), void *arg)
{
    if (r->verdict != RT_NOT_RUN || r->gen)
        return RT_ERROR;
    rt *prev = rt_cur_rt, *prev_fast = rt_fast_rt;
    rt_cur_rt = r;
    rt_fast_rt = r->fast ? r : &rt_no_fast_run;
    r->gen = __atomic_add_fetch(&run_generation, 1, __ATOMIC_RELAXED);
    if (r->cfg.stack_mode != RT_STACK_ARENA)
        stack_guard_handler();
    if (!sched_start(r, main_fn, arg)) {
        buf_printf(&r->report, "out of memory: cannot allocate the main goroutine's stack\n");
        r->verdict = RT_ERROR;
    }
    /* back on the host: the run is over */
    /* reports are written here, on the host's stack: a goroutine's may be
     * too small for printf */
    if (r->overflowed) {
        r->report.len = 0; /* a guard page may stop a panic's report half written */
        buf_printf(&r->report, "fatal error: stack overflow\n\n");
        trace_goroutines(r, &r->report, r->overflowed);
    } else if (r->verdict == RT_DEADLOCK) {
        buf_printf(&r->report, "fatal error: all goroutines are asleep - deadlock!\n\n");
        trace_goroutines(r, &r->report, NULL);
    } else if (r->verdict == RT_STEP_LIMIT) {
        buf_printf(&r->report, "step limit reached after %llu steps\n\n",
                   (unsigned long long)r->max_steps);
        trace_goroutines(r, &r->report, NULL);
    }
    sched_settle(r);
    sched_flush(r);
    output_finish(r);
    if (r->verdict == RT_OK) {
        for (rt_g *l = r->all_head; l; l = l->anext)
            if (l->id != 1 && l->state != G_DEAD)
                r->nleaks++;
        if (r->nleaks)
            trace_goroutines(r, &r->leaks, NULL);
    }
    if (r->race)
        race_finish(r);
    for (rt_g *l = r->all_head, *n; l; l = n) {
        n = l->anext;
        stack_unpoison(l);
        stack_put(r, l);
    }
    r->all_head = r->all_tail = NULL;
    r->runnext = NULL;
    r->rqlen = 0;
    r->nrun = 0;
    stack_free_all(r);
    rt_cur_rt = prev;
    rt_fast_rt = prev_fast;
    return r->verdict;
}

void rt_free(rt *r)
{
    if (!r)
        return;
    stack_free_all(r);
    time_free_all(r);
    chan_free_all(r);
    trace_free_all(r);
    output_free(r);
    race_free(r);
    buf_free(&r->sched);
    buf_free(&r->report);
    buf_free(&r->leaks);
    free(r->cand);
    free(r->rq);
    free(r->ops);
    free((char *)r->cfg.schedule);
    free(r);
}

rt_verdict rt_verdict_of(const rt *r)
{
    return r->verdict;
}

const char *rt_verdict_name(rt_verdict v)
{
    static const char *const names[] = {"not run", "ok", "panic", "deadlock",
                                        "step limit reached", "race", "error"};
    return (unsigned)v <= RT_ERROR ? names[v] : "unknown";
}

const char *rt_report(const rt *r)
{
    return r->report.p ? r->report.p : "";
}

const char *rt_schedule(const rt *r)
{
    return r->sched.p ? r->sched.p : "";
}

uint64_t rt_steps(const rt *r)
{
    return r->steps;
}

int64_t rt_time_of(const rt *r)
{
    return r->now;
}

int rt_goroutines_created(const rt *r)
{
    return r->next_id;
}

void rt_end_counts(const rt *r, rt_choice *c)
{
    *c = (rt_choice){.step = r->steps,
                     .printed = r->printed,
                     .goroutines = r->next_id,
                     .timers = r->tseq,
                     .side_effects = r->hidden_fx,
                     .selecting = r->nselecting};
}

size_t rt_leak_count(const rt *r)
{
    return r->nleaks;
}

const char *rt_leak_report(const rt *r)
{
    return r->leaks.p ? r->leaks.p : "";
}
