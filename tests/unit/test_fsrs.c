/* test_fsrs.c: FSRS-6 against the published fsrs-rs test vectors of
 * docs/FSRS.md, and the scheduler's steps, lapses, bounds and seeded fuzz. */
#include <math.h>

#include "quiz/fsrs.h"
#include "../tap.h"

#define MIN 60
#define DAY FSRS_DAY

static int close_to(double got, double want, double tol)
{
    return fabs(got - want) <= tol;
}

/* Ratings 1,3,3,3,3,3 at 0,0,1,3,8,21 days: S = 53.62691, D = 6.3574867. */
static void test_memory_vector(void)
{
    const fsrs_params *p = &fsrs_default_params;
    const int grades[] = {1, 3, 3, 3, 3, 3};
    const double days[] = {0, 0, 1, 3, 8, 21};
    double s = 0, d = 0;
    for (int i = 0; i < 6; i++)
        fsrs_memory_step(p, i == 0, days[i], grades[i], &s, &d);
    diag("vector 1: S = %.5f (want 53.62691), D = %.7f (want 6.3574867)", s, d);
    ok(close_to(s, 53.62691, 1e-4), "test vector: stability after 1,3,3,3,3,3 is 53.62691");
    ok(close_to(d, 6.3574867, 1e-6), "test vector: difficulty after 1,3,3,3,3,3 is 6.3574867");
}

/* S = 1, retention 0.1 .. 1.0: 3116766, 34793, 2508, 387, 90, 27, 9, 3, 1, 1. */
static void test_interval_vector(void)
{
    const double want[] = {3116766, 34793, 2508, 387, 90, 27, 9, 3, 1, 1};
    for (int i = 0; i < 10; i++) {
        double r = (i + 1) / 10.0;
        double got = fsrs_interval(&fsrs_default_params, 1.0, r);
        is_int((long long)got, (long long)want[i], "test vector: S=1, retention %.1f gives %.0f days",
               r, want[i]);
    }
}

static void test_model_basics(void)
{
    const fsrs_params *p = &fsrs_default_params;
    ok(close_to(fsrs_retrievability(p, 7.5, 7.5), 0.9, 1e-12), "R(S, S) = 0.9 by definition");
    ok(close_to(fsrs_retrievability(p, 0, 3), 1.0, 1e-12), "R right after a review is 1");
    ok(fsrs_retrievability(p, 30, 3) < fsrs_retrievability(p, 10, 3), "R falls with time");
    double s = 0, d = 0;
    fsrs_memory_step(p, 1, 0, FSRS_EASY, &s, &d);
    ok(close_to(s, 8.2956, 1e-12), "first stability for Easy is w3");
    ok(close_to(d, 1.0, 1e-12), "first difficulty for Easy is clamped to 1");
    fsrs_memory_step(p, 1, 0, FSRS_AGAIN, &s, &d);
    ok(close_to(d, 6.4133, 1e-12), "first difficulty for Again is w4");
    double s2 = s, d2 = d;
    fsrs_memory_step(p, 0, 0, FSRS_HARD, &s2, &d2);
    ok(s2 >= s, "same-day Hard never lowers stability (the fsrs-rs choice)");
    s2 = 5, d2 = 5;
    fsrs_memory_step(p, 0, 0, FSRS_AGAIN, &s2, &d2);
    ok(s2 < 5, "same-day Again lowers stability");
    s2 = 5, d2 = 5;
    fsrs_memory_step(p, 0, 5, FSRS_AGAIN, &s2, &d2);
    ok(s2 < 5 && s2 >= 0.001, "a lapse lowers stability, within the bounds");
    ok(d2 > 5, "a lapse raises difficulty");
    s2 = 36000, d2 = 1;
    fsrs_memory_step(p, 0, 30000, FSRS_EASY, &s2, &d2);
    ok(s2 <= 36500, "stability is capped at 36500 days");
}

static void test_scheduler_steps(void)
{
    const fsrs_params *p = &fsrs_default_params;
    int64_t t0 = 1796032800; /* 2026-11-30T10:00:00Z */
    fsrs_card c = fsrs_card_new();
    is_int(fsrs_review(p, &c, FSRS_GOOD, t0, 1), 0, "review a new card Good");
    is_int(c.state, FSRS_LEARNING, "new + Good: learning");
    is_int(c.due - t0, 10 * MIN, "new + Good: the 10-minute step");
    is_int(c.reps, 1, "one rep");

    fsrs_card h = fsrs_card_new();
    fsrs_review(p, &h, FSRS_HARD, t0, 1);
    is_int(h.due - t0, 330, "new + Hard: halfway between 1 and 10 minutes");
    fsrs_card a = fsrs_card_new();
    fsrs_review(p, &a, FSRS_AGAIN, t0, 1);
    is_int(a.due - t0, 1 * MIN, "new + Again: the 1-minute step");

    int64_t t1 = t0 + 10 * MIN;
    fsrs_review(p, &c, FSRS_GOOD, t1, 1);
    is_int(c.state, FSRS_REVIEW, "second Good graduates to review");
    ok(c.due - t1 >= DAY && (c.due - t1) % DAY == 0, "review intervals are whole days");

    int64_t t2 = c.due;
    fsrs_review(p, &c, FSRS_AGAIN, t2, 1);
    is_int(c.state, FSRS_RELEARNING, "Again in review: relearning");
    is_int(c.lapses, 1, "the lapse is counted");
    is_int(c.due - t2, 10 * MIN, "relearning step is 10 minutes");
    fsrs_review(p, &c, FSRS_GOOD, t2 + 10 * MIN, 1);
    is_int(c.state, FSRS_REVIEW, "Good after relearning: back in review");

    fsrs_card e = fsrs_card_new();
    fsrs_review(p, &e, FSRS_EASY, t0, 1);
    is_int(e.state, FSRS_REVIEW, "new + Easy goes straight to review");
    ok(e.due - t0 >= 7 * DAY, "new + Easy waits about 8 days (S0 = 8.3)");

    fsrs_card bad = e;
    is_int(fsrs_review(p, &bad, 5, t0, 1), -1, "grade 5 is refused");
    ok(bad.reps == e.reps && bad.due == e.due, "a refused grade leaves the card unchanged");
}

static void test_fuzz(void)
{
    fsrs_params p = fsrs_default_params;
    int64_t t0 = 1796032800;
    fsrs_card base = fsrs_card_new();
    base.state = FSRS_REVIEW;
    base.reps = 5;
    base.stability = 30;
    base.difficulty = 5;
    base.last_review = t0 - 30 * DAY;
    fsrs_card x = base, y = base;
    fsrs_review(&p, &x, FSRS_GOOD, t0, 42);
    fsrs_review(&p, &y, FSRS_GOOD, t0, 42);
    is_int(x.due, y.due, "the same seed gives the same interval");

    p.fuzz = 0;
    fsrs_card plain = base;
    fsrs_review(&p, &plain, FSRS_GOOD, t0, 42);
    double ivl = (double)(plain.due - t0) / DAY;
    double delta = 1.0 + 0.15 * 4.5 + 0.10 * 13 + 0.05 * (ivl - 20);
    p.fuzz = 1;
    int lo = 1 << 30, hi = 0, distinct = 0, last = -1;
    for (uint64_t seed = 0; seed < 200; seed++) {
        fsrs_card z = base;
        fsrs_review(&p, &z, FSRS_GOOD, t0, seed);
        int days = (int)((z.due - t0) / DAY);
        lo = days < lo ? days : lo;
        hi = days > hi ? days : hi;
        distinct += days != last;
        last = days;
    }
    diag("unfuzzed %.0f days; fuzzed over 200 seeds: %d..%d", ivl, lo, hi);
    ok(lo >= round(ivl - delta) && hi <= round(ivl + delta), "fuzz stays within its range");
    ok(hi > lo, "different seeds spread the interval");

    fsrs_card s = base;
    s.stability = 0.4;
    s.last_review = t0 - DAY;
    fsrs_card s2 = s;
    fsrs_review(&p, &s, FSRS_HARD, t0, 1);
    fsrs_review(&p, &s2, FSRS_HARD, t0, 99);
    ok(s.due - t0 < 3 * DAY, "a short interval (%lld s)", (long long)(s.due - t0));
    is_int(s.due, s2.due, "no fuzz under 2.5 days");
}

static void test_names(void)
{
    is_str(fsrs_state_name(FSRS_RELEARNING), "relearning", "state names");
    is_int(fsrs_state_parse("review"), FSRS_REVIEW, "state parse");
    is_int(fsrs_state_parse("bogus"), -1, "unknown state");
    is_str(fsrs_grade_name(3), "Good", "grade names");
}

int main(void)
{
    test_memory_vector();
    test_interval_vector();
    test_model_basics();
    test_scheduler_steps();
    test_fuzz();
    test_names();
    return tap_done();
}
