/* pct.c: probabilistic concurrency testing (Burckhardt et al., 2010) on the
 * runtime's custom-chooser hook: each run gives goroutines random
 * priorities, always runs the highest, and drops the running one below all
 * others at d-1 random steps; for demos too large to explore fully. */
#include "explore/explore_int.h"

#include <stdlib.h>
#include <string.h>

/* splitmix64: the PCT schedules' own seeded generator. */
static uint64_t next_random(uint64_t *state)
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

/* One PCT run's state. */
typedef struct pct {
    uint64_t rng;          /* the generator */
    uint64_t *priority;    /* priority by goroutine id (0: not seen yet) */
    size_t known;          /* ids with a slot in priority */
    uint64_t change[16];   /* steps at which the running goroutine drops */
    int changes;           /* how many change points */
    int depth;             /* the PCT depth d */
    int out_of_memory;     /* priority could not grow */
} pct;

static uint64_t priority_of(pct *p, int g)
{
    if ((size_t)g >= p->known) {
        size_t known = (size_t)g + 16;
        uint64_t *grown = realloc(p->priority, known * sizeof *grown);
        if (!grown) {
            p->out_of_memory = 1;
            return 0;
        }
        memset(grown + p->known, 0, (known - p->known) * sizeof *grown);
        p->priority = grown;
        p->known = known;
    }
    if (!p->priority[g]) /* fresh goroutines get a random high priority */
        p->priority[g] = (uint64_t)p->depth + 1 + (next_random(&p->rng) >> 8);
    return p->priority[g];
}

static int pct_choose(void *ud, const rt_choice *c)
{
    pct *p = ud;
    for (int i = 0; i < p->changes; i++)
        if (p->change[i] == c->step && priority_of(p, c->current))
            p->priority[c->current] = (uint64_t)(i + 1); /* below every fresh one */
    int best = 0;
    for (int i = 1; i < c->ncand; i++)
        if (priority_of(p, c->cand[i]) > priority_of(p, c->cand[best]))
            best = i;
    return p->out_of_memory ? -1 : best;
}

int explore_pct(void (*main_fn)(void *), void *arg, const explore_options *opt, int runs,
                int depth, explore_result *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    out->bound = -1;
    if (depth < 1 || depth > 17)
        depth = depth < 1 ? 1 : 17;
    /* One plain run measures how many steps a run takes. */
    rt_config cfg = {0};
    cfg.seed = opt->seed;
    cfg.max_steps = opt->max_steps;
    cfg.fatal = opt->fatal;
    cfg.stack_ud = opt->hooks_ud;
    rt *probe = rt_new(&cfg);
    if (!probe) {
        snprintf(err, errlen, "pct: out of memory");
        return -1;
    }
    rt_run(probe, main_fn, arg);
    uint64_t steps = rt_steps(probe) ? rt_steps(probe) : 1;
    rt_free(probe);
    uint64_t rng = opt->seed ^ 0xC0C1AB5EEDull;
    int64_t started = explore_clock_ns();
    for (int run = 0; run < runs; run++) {
        if (opt->budget_ns && explore_clock_ns() - started >= opt->budget_ns)
            break;
        pct p = {0};
        p.rng = next_random(&rng);
        p.depth = depth;
        p.changes = depth - 1;
        for (int i = 0; i < p.changes; i++)
            p.change[i] = 1 + next_random(&p.rng) % steps;
        rt *r = explore_run_once(main_fn, arg, opt, pct_choose, &p);
        int failed = !r || p.out_of_memory || outcomes_add(out, r, -1, 1) != 0;
        free(p.priority);
        rt_free(r);
        if (failed) {
            snprintf(err, errlen, "pct: out of memory");
            explore_result_free(out);
            return -1;
        }
        if (opt->progress)
            opt->progress(out, opt->progress_arg);
        if (opt->stop && out->outcome_count &&
            opt->stop(&out->outcomes[out->outcome_count - 1], opt->stop_arg)) {
            out->stopped = 1;
            break;
        }
    }
    return 0;
}

