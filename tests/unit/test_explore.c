/* test_explore.c: the schedule explorer on programs whose outcomes can be
 * worked out by hand: every interleaving of two three-step goroutines (20),
 * the lost update of a data race and the fewest preemptions it needs, a
 * deadlock found among the schedules, and every outcome replayed exactly.
 * Then the partial-order reduction: independent steps collapse to one
 * order, dependent ones stay apart, and on every small demo part it finds
 * the outcomes the full search finds, in fewer schedules. Last, a long
 * random schedule that loses an update shrinks to one or two preemptions. */
#include <stdlib.h>
#include <string.h>

#include "../tap.h"
#include "demos/demos.h"
#include "explore/explore.h"
#include "rt/rt.h"

/* --- two goroutines of three steps: 6!/(3!3!) = 20 orders ------------- */

static long cell;               /* what both goroutines write */
static sync_waitgroup steps_wg; /* main waits for both */

static void stepper(void *arg)
{
    const char *name = arg;
    for (int i = 1; i <= 3; i++) {
        shared_store(&cell, (long)i);
        say("%s%d", name, i);
    }
    wg_done(&steps_wg);
}

static void steps_main(void *arg)
{
    (void)arg;
    cell = 0;
    wg_add(&steps_wg, 2);
    go(stepper, "A");
    go(stepper, "B");
    wg_wait(&steps_wg);
}

/* --- the same shape, silent: each goroutine stores 3 times to its own
 * variable (independent steps), or both to one (dependent steps), or makes
 * no step at all (the baseline) ------------------------------------------ */

static long own_a, own_b;   /* one variable per goroutine */
static int silent_steps;    /* stores per goroutine: 3, or 0 for the baseline */
static int silent_shared;   /* 1: both store to own_a */

static void silent_stepper(void *arg)
{
    long *mine = silent_shared ? &own_a : arg, base = arg == &own_b ? 10 : 0;
    for (int i = 1; i <= silent_steps; i++)
        shared_store(mine, base + i);
    wg_done(&steps_wg);
}

static void silent_main(void *arg)
{
    (void)arg;
    own_a = own_b = 0;
    wg_add(&steps_wg, 2);
    go(silent_stepper, &own_a);
    go(silent_stepper, &own_b);
    wg_wait(&steps_wg);
    say("%ld %ld", own_a, own_b);
}

/* --- the data race: data++ twice --------------------------------------- */

static long data;
static sync_waitgroup race_wg;

static void incrementer(void *arg)
{
    (void)arg;
    shared_store(&data, shared_load(&data) + 1);
    wg_done(&race_wg);
}

static void race_main(void *arg)
{
    (void)arg;
    data = 0;
    wg_add(&race_wg, 2);
    go(incrementer, NULL);
    go(incrementer, NULL);
    wg_wait(&race_wg);
    say("%ld", data);
}

/* --- a lock-ordering deadlock that only some schedules reach ------------ */

static sync_mutex mu_a, mu_b;
static sync_waitgroup lock_wg;

static void lock_ab(void *arg)
{
    (void)arg;
    mutex_lock(&mu_a);
    gosched();
    mutex_lock(&mu_b);
    mutex_unlock(&mu_b);
    mutex_unlock(&mu_a);
    wg_done(&lock_wg);
}

static void lock_ba(void *arg)
{
    (void)arg;
    mutex_lock(&mu_b);
    gosched();
    mutex_lock(&mu_a);
    mutex_unlock(&mu_a);
    mutex_unlock(&mu_b);
    wg_done(&lock_wg);
}

static void locks_main(void *arg)
{
    (void)arg;
    wg_add(&lock_wg, 2);
    go(lock_ab, NULL);
    go(lock_ba, NULL);
    wg_wait(&lock_wg);
    say("done");
}

static const explore_outcome *find_output(const explore_result *r, const char *output)
{
    for (size_t i = 0; i < r->outcome_count; i++)
        if (strcmp(r->outcomes[i].output, output) == 0)
            return &r->outcomes[i];
    return NULL;
}

static const explore_outcome *find_verdict(const explore_result *r, const char *verdict)
{
    for (size_t i = 0; i < r->outcome_count; i++)
        if (strcmp(r->outcomes[i].verdict, verdict) == 0)
            return &r->outcomes[i];
    return NULL;
}

/* Replays every outcome's schedule and checks it ends the same way. */
static void check_replays(const char *what, void (*main_fn)(void *), const explore_result *r)
{
    size_t same = 0;
    for (size_t i = 0; i < r->outcome_count; i++) {
        rt_config cfg = {0};
        cfg.policy = RT_REPLAY;
        cfg.schedule = r->outcomes[i].schedule;
        rt *run = rt_new(&cfg);
        if (!run)
            continue;
        rt_run(run, main_fn, NULL);
        if (strcmp(rt_output_text(run), r->outcomes[i].output) == 0 &&
            strcmp(rt_verdict_name(rt_verdict_of(run)), r->outcomes[i].verdict) == 0)
            same++;
        else
            diag("%s: outcome %zu replayed as '%s' (%s)", what, i + 1, rt_output_text(run),
                 rt_verdict_name(rt_verdict_of(run)));
        rt_free(run);
    }
    is_int(same, r->outcome_count, "%s: every outcome's schedule replays to it", what);
}

/* Explores fn unbounded (bound -1) or under `bound`, with or without the
 * reduction, up to `cap` schedules. Returns 0 and fills *r, or -1. */
static int explore_with(void (*fn)(void *), int reduce, int bound, uint64_t cap,
                        explore_result *r)
{
    explore_options opt = explore_defaults();
    char err[256] = "";
    opt.preemption_bound = bound;
    opt.reduce = reduce;
    opt.max_schedules = cap;
    opt.max_steps = DEMO_STEP_BUDGET;
    int status = explore_run(fn, NULL, &opt, r, err, sizeof err);
    if (status != 0)
        diag("explore: %s", err);
    return status;
}

/* How many outcomes of a (output and verdict) b lacks. */
static size_t outcomes_missing(const explore_result *a, const explore_result *b)
{
    size_t missing = 0;
    for (size_t i = 0; i < a->outcome_count; i++) {
        int found = 0;
        for (size_t j = 0; j < b->outcome_count && !found; j++)
            found = strcmp(a->outcomes[i].output, b->outcomes[j].output) == 0 &&
                    strcmp(a->outcomes[i].verdict, b->outcomes[j].verdict) == 0;
        missing += !found;
    }
    return missing;
}

static int same_outcomes(const explore_result *a, const explore_result *b)
{
    return outcomes_missing(a, b) == 0 && outcomes_missing(b, a) == 0;
}

/* Schedules of the silent program, unbounded, with `steps` stores each
 * (at most cap; 0 when it failed). */
static uint64_t silent_count(int steps, int shared, int reduce, uint64_t cap,
                             explore_result *keep)
{
    explore_result r;
    silent_steps = steps;
    silent_shared = shared;
    if (explore_with(silent_main, reduce, -1, cap, &r) != 0)
        return 0;
    uint64_t n = r.schedules;
    if (keep)
        *keep = r;
    else
        explore_result_free(&r);
    return n;
}

static void test_reduction(void)
{
    explore_result full, red;
    uint64_t base_red = silent_count(0, 0, 1, 0, NULL), base_full = silent_count(0, 0, 0, 0, NULL);
    uint64_t indep_red = silent_count(3, 0, 1, 0, &red);
    uint64_t indep_full = silent_count(3, 0, 0, 20 * base_full + 1, &full);
    diag("no steps: %llu schedules reduced, %llu not; 3+3 independent steps: %llu reduced, "
         "%llu+ not", (unsigned long long)base_red, (unsigned long long)base_full,
         (unsigned long long)indep_red, (unsigned long long)indep_full);
    ok(base_red > 0 && indep_red == base_red,
       "3+3 steps on separate variables add no schedule under the reduction: their 20 "
       "orders are one (%llu = %llu)", (unsigned long long)indep_red,
       (unsigned long long)base_red);
    ok(indep_full > 20 * base_full, "without it the 20 orders multiply the %llu schedules",
       (unsigned long long)base_full);
    ok(outcomes_missing(&red, &full) == 0 && red.outcome_count == 1,
       "both find the one outcome");
    ok(red.reduced && !full.reduced, "the result says whether the reduction was on");
    explore_result_free(&full);
    explore_result_free(&red);

    uint64_t same_red = silent_count(3, 1, 1, 0, &red);
    uint64_t same_full = silent_count(3, 1, 0, 20 * base_full + 1, &full);
    diag("3+3 steps on one variable: %llu reduced, %llu+ not", (unsigned long long)same_red,
         (unsigned long long)same_full);
    ok(same_red >= 20 && same_red > indep_red && same_red < same_full,
       "on one variable the 20 orders stay apart: %llu schedules", (unsigned long long)same_red);
    ok(red.outcome_count == 2 && outcomes_missing(&red, &full) == 0,
       "and find both last writers");
    check_replays("one variable, reduced", silent_main, &red);
    explore_result_free(&full);
    explore_result_free(&red);

    /* the printing stepper: every step prints, so all 20 orders are kept */
    if (explore_with(steps_main, 1, -1, 0, &red) == 0 &&
        explore_with(steps_main, 0, -1, 0, &full) == 0) {
        is_int(red.outcome_count, 20, "printing steps never commute: 20 outcomes reduced");
        ok(red.schedules < full.schedules && same_outcomes(&red, &full),
           "in %llu schedules instead of %llu", (unsigned long long)red.schedules,
           (unsigned long long)full.schedules);
        check_replays("interleavings, reduced", steps_main, &red);
        explore_result_free(&full);
        explore_result_free(&red);
    }
}

/* Compares reduced and unreduced searches of one demo part under `bound`
 * (caps as given). Returns 1 when both completed (and counts a mismatch
 * of outcome sets, or more schedules reduced, into *bad), else 0. */
static int compare_part(const demo *d, size_t k, int bound, uint64_t cap_red,
                        uint64_t cap_full, int *bad, uint64_t *sum_red, uint64_t *sum_full)
{
    explore_result red, full;
    void (*fn)(void *) = d->parts[k].main;
    if (explore_with(fn, 1, bound, cap_red, &red) != 0)
        return (*bad)++, 0;
    if (!red.complete || explore_with(fn, 0, bound, cap_full, &full) != 0) {
        explore_result_free(&red);
        return 0;
    }
    int compared = full.complete;
    if (compared) {
        if (!same_outcomes(&red, &full) || red.schedules > full.schedules) {
            (*bad)++;
            diag("%s part %zu, bound %d: %zu outcomes in %llu schedules reduced, %zu in %llu not",
                 d->name, k + 1, bound, red.outcome_count, (unsigned long long)red.schedules,
                 full.outcome_count, (unsigned long long)full.schedules);
        }
        size_t replayed = 0;
        for (size_t i = 0; i < red.outcome_count; i++) {
            rt_config cfg = {0};
            cfg.policy = RT_REPLAY;
            cfg.schedule = red.outcomes[i].schedule;
            cfg.max_steps = DEMO_STEP_BUDGET;
            rt *run = rt_new(&cfg);
            if (!run)
                continue;
            rt_run(run, fn, NULL);
            replayed += strcmp(rt_output_text(run), red.outcomes[i].output) == 0 &&
                        strcmp(rt_verdict_name(rt_verdict_of(run)), red.outcomes[i].verdict) == 0;
            rt_free(run);
        }
        if (replayed != red.outcome_count) {
            (*bad)++;
            diag("%s part %zu: %zu of %zu reduced outcomes replay", d->name, k + 1, replayed,
                 red.outcome_count);
        }
        diag("%-26s part %zu, bound %2d: %4llu schedules reduced (%llu pruned), %4llu not",
             d->name, k + 1, bound, (unsigned long long)red.schedules,
             (unsigned long long)red.pruned, (unsigned long long)full.schedules);
        *sum_red += red.schedules;
        *sum_full += full.schedules;
    }
    explore_result_free(&red);
    explore_result_free(&full);
    return compared;
}

/* Choice points of one FIFO run of fn (the size of its schedules). */
static uint64_t run_steps(void (*fn)(void *))
{
    rt_config cfg = {0};
    cfg.max_steps = DEMO_STEP_BUDGET;
    rt *run = rt_new(&cfg);
    if (!run)
        return UINT64_MAX;
    rt_run(run, fn, NULL);
    uint64_t n = rt_steps(run);
    rt_free(run);
    return n;
}

#define SMALL_PART_STEPS 100 /* parts with longer runs are left out */

/* Every demo part small enough: the reduction keeps the outcome set, with
 * the default bound and unbounded, and every outcome replays. */
static void test_demos_reduced(void)
{
    int bad = 0, bounded = 0, unbounded = 0;
    uint64_t red2 = 0, full2 = 0, red_all = 0, full_all = 0;
    for (size_t i = 0; i < demos_count; i++) {
        const demo *d = demos_table[i];
        for (size_t k = 0; k < d->part_count; k++) {
            if ((d->parts[k].flags & DEMO_MEASURED) || run_steps(d->parts[k].main) > SMALL_PART_STEPS)
                continue;
            bounded += compare_part(d, k, EXPLORE_DEFAULT_BOUND, 300, 400, &bad, &red2, &full2);
            unbounded += compare_part(d, k, -1, 300, 600, &bad, &red_all, &full_all);
        }
    }
    diag("bound %d: %d parts, %llu schedules reduced, %llu not; unbounded: %d parts, %llu "
         "reduced, %llu not", EXPLORE_DEFAULT_BOUND, bounded, (unsigned long long)red2,
         (unsigned long long)full2, unbounded, (unsigned long long)red_all,
         (unsigned long long)full_all);
    is_int(bad, 0, "on every demo part explored to the end both ways, the reduction finds the "
                   "same outcomes, in no more schedules, and each replays");
    ok(bounded >= 15 && unbounded >= 8, "compared %d parts with the default bound, %d unbounded",
       bounded, unbounded);
    ok(red2 < full2 && red_all < full_all, "and it runs fewer schedules in total");
}

static void test_interleavings(void)
{
    explore_options opt = explore_defaults();
    explore_result r;
    char err[256] = "";
    opt.preemption_bound = -1;
    int status = explore_run(steps_main, NULL, &opt, &r, err, sizeof err);
    is_int(status, 0, "unbounded search of two 3-step goroutines runs (%s)", err);
    if (status != 0)
        return;
    is_int(r.outcome_count, 20, "it finds the 20 interleavings of 3+3 steps");
    ok(r.complete, "and says the search was complete");
    ok(r.schedules >= 20, "after %llu schedules", (unsigned long long)r.schedules);
    ok(find_output(&r, "A1\nA2\nA3\nB1\nB2\nB3\n") && find_output(&r, "B1\nA1\nB2\nA2\nB3\nA3\n"),
       "both extremes and alternations are among them");
    check_replays("interleavings", steps_main, &r);
    explore_result_free(&r);

    uint64_t previous = 0;
    int growing = 1;
    for (int bound = 0; bound <= 3; bound++) {
        opt.preemption_bound = bound;
        if (explore_run(steps_main, NULL, &opt, &r, err, sizeof err) != 0) {
            growing = 0;
            break;
        }
        growing &= r.schedules >= previous;
        previous = r.schedules;
        explore_result_free(&r);
    }
    ok(growing, "a larger preemption bound never runs fewer schedules");
}

static void test_data_race(void)
{
    explore_options opt = explore_defaults();
    explore_result r;
    char err[256] = "";
    int status = explore_run(race_main, NULL, &opt, &r, err, sizeof err);
    is_int(status, 0, "the data race explores (%s)", err);
    if (status != 0)
        return;
    const explore_outcome *lost = find_output(&r, "1\n"), *kept = find_output(&r, "2\n");
    ok(lost && kept, "both outcomes found: the update lost (1) and kept (2)");
    is_int(r.outcome_count, 2, "and no other");
    if (lost)
        is_int(lost->preemptions, 1, "the lost update needs exactly 1 preemption");
    if (kept)
        is_int(kept->preemptions, 0, "keeping it needs none");
    check_replays("data race", race_main, &r);
    explore_result_free(&r);

    opt.preemption_bound = 0;
    explore_run(race_main, NULL, &opt, &r, err, sizeof err);
    ok(r.outcome_count == 1 && find_output(&r, "2\n"),
       "with no preemption allowed the update is never lost");
    explore_result_free(&r);

    status = explore_pct(race_main, NULL, &opt, 200, 2, &r, err, sizeof err);
    ok(status == 0 && find_output(&r, "1\n") && find_output(&r, "2\n"),
       "200 PCT runs of depth 2 find both outcomes");
    is_int(r.schedules, 200, "PCT counts its runs");
    explore_result_free(&r);
}

static void test_deadlock(void)
{
    explore_options opt = explore_defaults();
    explore_result r;
    char err[256] = "";
    int status = explore_run(locks_main, NULL, &opt, &r, err, sizeof err);
    is_int(status, 0, "the lock-ordering program explores (%s)", err);
    if (status != 0)
        return;
    const explore_outcome *dead = find_verdict(&r, "deadlock");
    ok(dead != NULL, "some schedule deadlocks");
    ok(find_output(&r, "done\n") != NULL, "some schedule finishes");
    if (dead)
        ok(strstr(dead->report, "all goroutines are asleep - deadlock!") != NULL,
           "with Go's deadlock report");
    check_replays("deadlock", locks_main, &r);
    explore_result_free(&r);
}

/* --- shrinking a long random schedule ----------------------------------
 * Eight incrementers, each after 20 stores to its own variable (choice
 * points that do not matter): PCT's schedule that loses an update switches
 * goroutines at many of them; shrunk, it needs one or two preemptions. */

#define NOISY 8
static long noise[NOISY];

static void noisy_incrementer(void *arg)
{
    long *mine = arg;
    for (int i = 0; i < 20; i++)
        shared_store(mine, i);
    long seen = shared_load(&data);
    shared_store(&data, seen + 1);
    wg_done(&race_wg);
}

static void noisy_race_main(void *arg)
{
    (void)arg;
    data = 0;
    wg_add(&race_wg, NOISY);
    for (int i = 0; i < NOISY; i++)
        go(noisy_incrementer, &noise[i]);
    wg_wait(&race_wg);
    say("%ld", data);
}

static int lost_update(const explore_outcome *o, void *arg)
{
    (void)arg;
    return strcmp(o->output, "8\n") != 0;
}

static int nonzero_choices(const char *schedule)
{
    int n = 0;
    for (const char *p = schedule; *p; p++) {
        if (*p == '*') { /* a repeat count: "C*N." */
            while (*p && *p != '.')
                p++;
            if (!*p)
                break;
            continue;
        }
        n += *p != '0' && *p != '(' && *p != ')' && !(*p >= '0' && *p <= '9' && p > schedule &&
                                                      p[-1] == '(');
    }
    return n;
}

static void test_shrink(void)
{
    explore_options opt = explore_defaults();
    opt.stop = lost_update;
    explore_result r;
    char err[256] = "";
    int status = explore_pct(noisy_race_main, NULL, &opt, 2000, 3, &r, err, sizeof err);
    ok(status == 0 && r.stopped && r.outcome_count > 0, "PCT finds the lost update (%s)", err);
    if (status != 0 || !r.stopped || !r.outcome_count)
        return;
    explore_outcome *o = &r.outcomes[r.outcome_count - 1];
    char *before = strdup(o->schedule);
    int before_choices = nonzero_choices(before);
    status = explore_shrink(noisy_race_main, NULL, &opt, o, 5 * (int64_t)1000000000);
    is_int(status, 0, "the schedule shrinks");
    ok(strcmp(o->output, "8\n") != 0, "still to a lost update (%.1s of 8)", o->output);
    ok(before_choices >= 3 && o->preemptions <= 2 && o->preemptions < before_choices,
       "to %d preemptions, from PCT's %d switches", o->preemptions, before_choices);
    ok(strlen(o->schedule) < strlen(before), "a shorter string: '%s' from '%s'", o->schedule,
       before);
    ok(o->schedule[0] == '\0' || o->schedule[strlen(o->schedule) - 1] != '0',
       "without trailing default choices");
    rt_config cfg = {0};
    cfg.policy = RT_REPLAY;
    cfg.schedule = o->schedule;
    rt *run = rt_new(&cfg);
    if (run) {
        rt_run(run, noisy_race_main, NULL);
        is_str(rt_output_text(run), o->output, "replayed, the shrunk schedule loses the update");
        rt_free(run);
    }
    free(before);
    explore_outcome fixed = {(char *)"8\n", (char *)"ok", (char *)"", 1, (char *)"", 0};
    ok(explore_shrink(noisy_race_main, NULL, &opt, &fixed, 1000000000) == -1,
       "a schedule that does not fail is left alone");
    explore_result_free(&r);
}

int main(void)
{
    test_interleavings();
    test_reduction();
    test_demos_reduced();
    test_data_race();
    test_deadlock();
    test_shrink();
    return tap_done();
}
