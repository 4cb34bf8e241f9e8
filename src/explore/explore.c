/* explore.c: stateless model checking over conclab's runtime. A run is
 * steered by a custom chooser that replays a forced prefix of decisions and
 * then lets the current goroutine continue (index 0, never a preemption);
 * after each run the deepest decision with an untried alternative inside
 * the preemption bound is advanced, odometer-style, until none is left.
 * Bounds are deepened one at a time so that the first run reaching an
 * outcome is one with the fewest preemptions (the shrunk counterexample).
 *
 * Partial-order reduction with sleep sets (Godefroid): once a goroutine's
 * step has been explored at a choice point, it sleeps in the later
 * siblings' subtrees until a step that does not commute with it runs
 * (sleep.c decides from the ops the runtime reports); a sleeping goroutine
 * is never chosen, and a run that can only go on with sleeping ones is
 * cut (pruned). Under a preemption bound, only a sibling whose subtree the
 * bound cut nowhere may put others to sleep: a reordering that runs a
 * sleeping step later is then certain to have an equivalent run that was
 * explored within the bound. Select case choices are never reduced. */
#include "explore/explore.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "explore/explore_int.h"
#include "explore/sleep.h"
#include "rt/rt.h"

/* One choice point of a run. */
typedef struct decision {
    int ncand;      /* candidates offered */
    int chosen;     /* index taken */
    int cur_first;  /* 1: candidate 0 was the goroutine already running, so
                       any other choice preempts it */
    int is_case;    /* a select's case choice: not a goroutine, not reduced */
    int g;          /* the goroutine chosen */
    int handed;     /* the goroutine that ran after it unasked, 0: none */
    int selecting;  /* rt_choice.selecting here */
    int fp_done;    /* fp is complete: the next goroutine choice came */
    sleep_fp fp;    /* what the chosen goroutine's step touched */
    sleep_fp own;   /* the part of fp before any unasked handoff */
    sleep_set done; /* siblings explored before `chosen`, with their steps:
                       asleep in the subtrees of the later ones */
    int cut;        /* the bound cut a branch in the subtree of `chosen`:
                       that sibling may not put others to sleep */
    int any_cut;    /* the bound cut a branch anywhere below this point */
    int *asleep;    /* indices of the candidates asleep here, ascending */
    int nasleep;    /* how many */
    int asleepcap;  /* room in asleep */
} decision;

/* The state of a depth-first search between and during runs. */
typedef struct search {
    decision *path;    /* decisions of the current run */
    size_t len;        /* decisions recorded */
    size_t cap;        /* room in path */
    size_t forced;     /* leading decisions replayed as they are */
    size_t pos;        /* next choice point in the current run */
    int diverged;      /* a forced decision did not fit: nondeterminism */
    int out_of_memory; /* path could not grow */
    int reduce;        /* sleep sets on */
    int bound;         /* preemption bound of this pass, -1: none */
    int pre;           /* preemptions so far in this run */
    int pruned;        /* this run was cut: every candidate was asleep */
    sleep_set z;       /* the sleep set at this point of the run */
    sleep_objs objs;   /* object ids of this run */
    long prev;         /* the last goroutine decision of the run, -1 */
    uint64_t prev_step;    /* its rt_choice.step */
    uint64_t prev_printed; /* its rt_choice.printed */
    uint64_t prev_side;    /* its rt_choice.side_effects */
    uint64_t prev_timers;  /* its rt_choice.timers */
    int prev_goroutines;   /* its rt_choice.goroutines */
    int *prev_g;           /* its candidates' goroutine ids */
    sleep_fp *prev_fp;     /* and the footprints their ops start with */
    size_t prev_n;         /* how many */
    size_t prev_cap;       /* room in both */
    /* How each goroutine resumes after a block: it finishes nothing shared
     * unless its last op was cond_wait (which relocks). Known for a
     * goroutine whose last op ran in a step attributed to it in the
     * current epoch; an unattributed step starts a new epoch. */
    uint64_t *g_epoch;     /* by goroutine id: epoch its entry was set in */
    uint8_t *g_relock;     /* by goroutine id: 1 when its last op may
                              leave work for after its block */
    size_t g_cap;          /* room in both */
    uint64_t epoch;        /* the current epoch (never reset: runs differ) */
    int epoch_goroutines;  /* goroutines created when it began */
} search;

explore_options explore_defaults(void)
{
    explore_options o = {.preemption_bound = EXPLORE_DEFAULT_BOUND,
                         .max_schedules = EXPLORE_DEFAULT_MAX_SCHEDULES,
                         .reduce = 1};
    return o;
}

/* Makes room for decision i (new entries zeroed). Returns 0 or -1. */
static int path_reserve(search *s, size_t i)
{
    if (i < s->cap)
        return 0;
    size_t cap = s->cap ? s->cap * 2 : 256;
    decision *grown = realloc(s->path, cap * sizeof *grown);
    if (!grown)
        return -1;
    memset(grown + s->cap, 0, (cap - s->cap) * sizeof *grown);
    s->path = grown;
    s->cap = cap;
    return 0;
}

static int is_asleep(const decision *d, int k)
{
    for (int i = 0; i < d->nasleep; i++)
        if (d->asleep[i] == k)
            return 1;
    return 0;
}

/* The first candidate from index `from` on that is awake and within the
 * bound, given `before` preemptions earlier in the run; -1 when none. An
 * awake candidate passed over for the bound marks d as cut. */
static int first_awake(decision *d, int from, int before, int bound)
{
    for (int k = from; k < d->ncand; k++) {
        if (is_asleep(d, k))
            continue;
        if (bound < 0 || before + (d->cur_first && k != 0) <= bound)
            return k;
        d->any_cut = 1;
    }
    return -1;
}

/* Notes goroutine g's last op: relock 1 when it is cond_wait or unknown.
 * Returns 0 or -1 (out of memory). */
static int g_note(search *s, int g, int relock)
{
    if ((size_t)g >= s->g_cap) {
        size_t cap = (size_t)g * 2 + 16;
        uint64_t *e = realloc(s->g_epoch, cap * sizeof *e);
        if (e)
            s->g_epoch = e;
        uint8_t *r = realloc(s->g_relock, cap * sizeof *r);
        if (r)
            s->g_relock = r;
        if (!e || !r)
            return -1;
        memset(s->g_epoch + s->g_cap, 0, (cap - s->g_cap) * sizeof *e);
        s->g_cap = cap;
    }
    s->g_epoch[g] = s->epoch;
    s->g_relock[g] = (uint8_t)relock;
    return 0;
}

/* Whether goroutine g, woken from a block, finishes nothing shared before
 * its next choice point. */
static int g_resumes_clean(const search *s, int g)
{
    if ((size_t)g < s->g_cap && s->g_epoch[g] == s->epoch)
        return !s->g_relock[g];
    return g > s->epoch_goroutines; /* created since, and not run unasked */
}

/* Sets the flags of p's step from the counters at c, the next choice point
 * or the run's end: did it print, set a timer, spawn, or do what no op
 * names. */
static void step_flags(const search *s, decision *p, const rt_choice *c)
{
    p->fp.printed = c->printed != s->prev_printed;
    p->fp.timed = c->timers != s->prev_timers;
    p->fp.spawned = c->goroutines != s->prev_goroutines;
    p->fp.wide |= c->side_effects != s->prev_side;
    p->own = p->fp;
}

/* Whether goroutine g (any, when g is 0) is asleep after p's own step: a
 * member of the sleep set or of p's explored siblings that commutes with
 * it. A step of such a goroutine would only reorder a schedule that ran. */
static int asleep_after(const search *s, const decision *p, int g)
{
    const sleep_set *sets[2] = {&s->z, &p->done};
    for (int k = 0; k < 2; k++)
        for (size_t i = 0; i < sets[k]->n; i++) {
            const sleep_entry *e = &sets[k]->e[i];
            if (e->g != p->g && (g == 0 || e->g == g) &&
                sleep_independent(&e->fp, &p->own, p->selecting))
                return 1;
        }
    return 0;
}

/* Completes the footprint of the step taken at the previous goroutine
 * choice point p, seen from the next one, c: did it print, set a timer,
 * spawn; and was it one step (the step count moved by one), or one step
 * that blocked or ended and then the only runnable goroutine, a candidate
 * at p, ran its op without being asked about (moved by two). Anything
 * else may have touched anything. */
static int step_finish(search *s, decision *p, const rt_choice *c)
{
    step_flags(s, p, c);
    p->fp_done = 1;
    p->handed = 0;
    if (c->step == s->prev_step + 1 && !p->fp.wide)
        return 0;
    int handed = -1; /* the candidate at p that ran unasked */
    if (c->step == s->prev_step + 2 && c->current != p->g) {
        for (size_t k = 0; k < s->prev_n && handed < 0; k++)
            if (s->prev_g[k] == c->current)
                handed = (int)k;
        if (handed >= 0) { /* it was runnable at p: it did its op there */
            p->fp = sleep_fp_join(&p->fp, &s->prev_fp[handed]);
            if (g_note(s, c->current, s->prev_fp[handed].wide) != 0)
                return -1;
        } else if (g_resumes_clean(s, c->current)) /* woken by p's step */
            handed = 0;
        else
            p->fp.wide = 1;
        p->handed = c->current;
    } else {
        p->fp.wide = 1;
    }
    if (p->fp.wide) { /* unattributed steps: forget how goroutines resume */
        s->epoch++;
        s->epoch_goroutines = c->goroutines;
    }
    return 0;
}

/* Remembers the candidates of goroutine choice point c and the footprints
 * their ops start with (for step_finish). Returns 0 or -1. */
static int step_candidates(search *s, const rt_choice *c)
{
    size_t n = (size_t)c->ncand;
    if (n > s->prev_cap) {
        int *g = realloc(s->prev_g, n * 2 * sizeof *g);
        if (g)
            s->prev_g = g;
        sleep_fp *fp = realloc(s->prev_fp, n * 2 * sizeof *fp);
        if (fp)
            s->prev_fp = fp;
        if (!g || !fp)
            return -1;
        s->prev_cap = n * 2;
    }
    for (size_t k = 0; k < n; k++) {
        s->prev_g[k] = c->cand[k];
        s->prev_fp[k] = sleep_fp_of(&s->objs, &c->ops[k]);
    }
    s->prev_n = n;
    return 0;
}

/* At goroutine choice point d: completes the footprint of the previous
 * step, moves the sleep set past it (Z' = the members of Z and of the
 * previous point's explored siblings that commute with it) and notes which
 * candidates sleep here. Returns 0, 1 when a sleeping goroutine ran
 * unasked (the run only reorders one that ran), or -1 (out of memory). */
static int sleep_step(search *s, const rt_choice *c, decision *d)
{
    if (s->prev >= 0) {
        decision *p = &s->path[s->prev];
        if (step_finish(s, p, c) != 0)
            return -1;
        if (p->handed && asleep_after(s, p, p->handed))
            return 1;
        if (sleep_add_all(&s->z, &p->done) != 0)
            return -1;
        sleep_wake(&s->z, &p->fp, p->g, p->selecting);
        if (p->handed) /* it ran, so it is awake */
            sleep_wake(&s->z, &p->fp, p->handed, p->selecting);
    }
    for (int k = 0; k < c->ncand; k++) /* number new objects in a fixed order */
        (void)sleep_obj_id(&s->objs, c->ops[k].obj);
    if (step_candidates(s, c) != 0)
        return -1;
    d->nasleep = 0;
    for (int k = 0; k < c->ncand && s->z.n > 0; k++) {
        if (!sleep_has(&s->z, c->cand[k]))
            continue;
        if (d->nasleep == d->asleepcap) {
            int cap = d->asleepcap ? d->asleepcap * 2 : 8;
            int *grown = realloc(d->asleep, (size_t)cap * sizeof *grown);
            if (!grown)
                return -1;
            d->asleep = grown;
            d->asleepcap = cap;
        }
        d->asleep[d->nasleep++] = k;
    }
    return 0;
}

static int dfs_choose(void *ud, const rt_choice *c)
{
    search *s = ud;
    size_t i = s->pos++;
    if (path_reserve(s, i) != 0) {
        s->out_of_memory = 1;
        return -1;
    }
    decision *d = &s->path[i];
    if (i >= s->forced) { /* a new point: start with its first candidate */
        d->chosen = 0;
        d->done.n = 0;
        d->cut = d->any_cut = 0;
    } else if (d->chosen >= c->ncand) {
        s->diverged = 1;
        return -1; /* ends the run with RT_ERROR */
    }
    d->ncand = c->ncand;
    d->is_case = c->ops == NULL;
    d->cur_first = !d->is_case && c->cand[0] == c->current;
    d->nasleep = 0;
    int sleeping = !d->is_case && s->reduce ? sleep_step(s, c, d) : 0;
    if (sleeping < 0) {
        s->out_of_memory = 1;
        return -1;
    }
    if (sleeping > 0 || (i >= s->forced && (d->chosen = first_awake(d, 0, s->pre, s->bound)) < 0)) {
        s->pruned = 1; /* an equivalent schedule ran: cut the run here */
        s->len = i;
        return -1;
    }
    s->len = i + 1;
    if (d->is_case)
        return d->chosen;
    s->pre += d->cur_first && d->chosen != 0;
    d->g = c->cand[d->chosen];
    d->selecting = c->selecting;
    if (s->reduce) {
        d->fp = sleep_fp_of(&s->objs, &c->ops[d->chosen]);
        d->fp_done = 0;
        s->prev = (long)i;
        s->prev_step = c->step;
        s->prev_printed = c->printed;
        s->prev_side = c->side_effects;
        s->prev_timers = c->timers;
        s->prev_goroutines = c->goroutines;
        if (g_note(s, d->g, d->fp.wide) != 0) {
            s->out_of_memory = 1;
            return -1;
        }
    }
    return d->chosen;
}

/* Preemptions among the first n decisions of the path. */
static int preemptions_in(const search *s, size_t n)
{
    int count = 0;
    for (size_t i = 0; i < n; i++)
        count += s->path[i].cur_first && s->path[i].chosen != 0;
    return count;
}

/* Counts into *pruned the asleep candidates of d in (from, to) whose
 * branch costs exactly `bound` preemptions (any, when unbounded), so that
 * iterative deepening counts each skipped branch in one pass only. */
static void count_skipped(const decision *d, int from, int to, int before, int bound,
                          uint64_t *pruned)
{
    for (int k = from + 1; k < to; k++)
        if (is_asleep(d, k) && (bound < 0 || before + (d->cur_first && k != 0) == bound))
            (*pruned)++;
}

/* Moves the search to the next schedule within the bound: advances the
 * deepest decision that has an untried, awake alternative. The one it
 * leaves goes to sleep for the later siblings if the bound cut nothing in
 * its subtree (so every schedule that starts with it ran: a reordering
 * that runs it later is redundant); asleep siblings it skips are counted
 * into *pruned. Returns 1, 0 when none is left, or -1 (out of memory). */
static int advance(search *s, int bound, uint64_t *pruned)
{
    if (s->len < s->pos && s->len > 0) /* the run was cut at point len */
        s->path[s->len - 1].cut |= s->path[s->len].any_cut;
    for (size_t i = s->len; i-- > 0;) {
        decision *d = &s->path[i];
        if (s->reduce && !d->is_case && !d->cut && sleep_add(&d->done, d->g, &d->fp) != 0)
            return -1;
        d->any_cut |= d->cut;
        d->cut = 0;
        int before = preemptions_in(s, i);
        int j = first_awake(d, d->chosen + 1, before, bound);
        count_skipped(d, d->chosen, j < 0 ? d->ncand : j, before, bound, pruned);
        if (i > 0 && (j < 0 || d->any_cut)) /* leaving it, or it is cut: tell the parent */
            s->path[i - 1].cut |= d->any_cut;
        if (j >= 0) {
            d->chosen = j;
            s->forced = i + 1;
            s->len = i + 1;
            return 1;
        }
    }
    return 0;
}

rt *explore_run_once(void (*main_fn)(void *), void *arg, const explore_options *opt,
                      rt_chooser choose, void *ud)
{
    rt_config cfg = {0};
    cfg.seed = opt->seed;
    cfg.policy = RT_CUSTOM;
    cfg.choose = choose;
    cfg.choose_ud = ud;
    cfg.max_steps = opt->max_steps;
    cfg.race = opt->race != 0;
    cfg.stack = opt->stack;
    cfg.fatal = opt->fatal;
    cfg.stack_ud = opt->hooks_ud;
    rt *r = rt_new(&cfg);
    if (r)
        rt_run(r, main_fn, arg);
    return r;
}

/* The run ended during p's step (no choice point came after it): its
 * footprint is wide. When more than that step ran and a goroutine asleep
 * after it was runnable, that goroutine ran unasked (the runtime hands over
 * without asking only to the one runnable goroutine): the run is pruned. */
static void run_ended(search *s, rt *r, decision *p)
{
    if (s->reduce) {
        rt_choice end;
        rt_end_counts(r, &end);
        step_flags(s, p, &end);
        if (end.step > s->prev_step && asleep_after(s, p, 0))
            s->pruned = 1;
    }
    p->fp.wide = 1;
}

int64_t explore_clock_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int explore_run(void (*main_fn)(void *), void *arg, const explore_options *opt,
                explore_result *out, char *err, size_t errlen)
{
    search s = {0};
    int status = -1;
    int64_t started = explore_clock_ns();
    memset(out, 0, sizeof *out);
    out->bound = opt->preemption_bound;
    out->complete = 1;
    out->reduced = s.reduce = opt->reduce;
    int first = opt->preemption_bound < 0 ? -1 : 0;
    for (int bound = first; bound <= opt->preemption_bound || bound == -1; bound++) {
        s.len = s.forced = 0;
        s.bound = bound;
        for (;;) {
            if ((opt->max_schedules && out->schedules >= opt->max_schedules) ||
                (opt->budget_ns && explore_clock_ns() - started >= opt->budget_ns)) {
                out->complete = 0;
                goto finished;
            }
            s.pos = 0;
            s.diverged = s.out_of_memory = s.pruned = s.pre = 0;
            s.z.n = 0;
            s.prev = -1;
            s.epoch++; /* main ran unasked up to the first choice point */
            s.epoch_goroutines = 1;
            sleep_objs_reset(&s.objs);
            rt *r = explore_run_once(main_fn, arg, opt, dfs_choose, &s);
            if (!r || s.out_of_memory) {
                snprintf(err, errlen, "explore: out of memory");
                rt_free(r);
                goto done;
            }
            if (s.diverged) {
                snprintf(err, errlen, "explore: a replayed run took another path "
                                      "(the program is not deterministic)");
                rt_free(r);
                goto done;
            }
            int pre = preemptions_in(&s, s.len);
            if (s.prev >= 0 && !s.path[s.prev].fp_done)
                run_ended(&s, r, &s.path[s.prev]);
            /* Runs under the bound were counted by a lower bound already;
             * with the reduction, one may be new (an equivalent run that
             * pass skipped): it still adds its outcome. */
            int counted = bound < 0 || pre == bound;
            if (s.pruned && counted)
                out->pruned++;
            else if (!s.pruned && outcomes_add(out, r, pre, counted) != 0) {
                snprintf(err, errlen, "explore: out of memory");
                rt_free(r);
                goto done;
            }
            rt_free(r);
            if (opt->progress)
                opt->progress(out, opt->progress_arg);
            if (opt->stop && out->outcome_count &&
                opt->stop(&out->outcomes[out->outcome_count - 1], opt->stop_arg)) {
                out->complete = 0;
                out->stopped = 1;
                goto finished;
            }
            int more = advance(&s, bound, &out->pruned);
            if (more < 0) {
                snprintf(err, errlen, "explore: out of memory");
                goto done;
            }
            if (!more)
                break;
        }
        if (bound == -1)
            break;
    }
finished:
    status = 0;
done:
    for (size_t i = 0; i < s.cap; i++) {
        sleep_free(&s.path[i].done);
        free(s.path[i].asleep);
    }
    free(s.path);
    sleep_free(&s.z);
    sleep_objs_free(&s.objs);
    free(s.prev_g);
    free(s.prev_fp);
    free(s.g_epoch);
    free(s.g_relock);
    if (status != 0)
        explore_result_free(out);
    return status;
}
