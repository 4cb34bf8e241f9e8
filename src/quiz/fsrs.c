/* fsrs.c: FSRS-6, the memory model (retrievability, stability, difficulty)
 * and the scheduler of learning steps and day intervals built on it, with the
 * default parameters and the seeded fuzz of docs/FSRS.md. */
#include "quiz/fsrs.h"

#include <math.h>
#include <stddef.h>
#include <string.h>

#define S_MIN 0.001
#define S_MAX 36500.0
#define D_MIN 1.0
#define D_MAX 10.0

const fsrs_params fsrs_default_params = {
    .w = {0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
          1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542},
    .retention = 0.9,
    .learning_steps = {60, 600},
    .learning_step_count = 2,
    .relearning_steps = {600},
    .relearning_step_count = 1,
    .max_interval = 36500,
    .fuzz = 1,
};

static double clamp(double x, double lo, double hi)
{
    return x < lo ? lo : x > hi ? hi : x;
}

/* DECAY = -w20; FACTOR = 0.9^(1/DECAY) - 1. */
static double decay(const fsrs_params *p)
{
    return -p->w[20];
}

static double factor(const fsrs_params *p)
{
    return pow(0.9, 1.0 / decay(p)) - 1.0;
}

double fsrs_retrievability(const fsrs_params *p, double elapsed_days, double s)
{
    if (elapsed_days < 0)
        elapsed_days = 0;
    return pow(1.0 + factor(p) * elapsed_days / s, decay(p));
}

/* Computed in single precision, as fsrs-rs does: the published vectors are
 * its float results (in double, retention 0.1 gives 3116769, not 3116766). */
double fsrs_interval(const fsrs_params *p, double s, double r)
{
    float dec = (float)decay(p);
    float fac = powf(0.9f, 1.0f / dec) - 1.0f;
    float days = roundf((float)s / fac * (powf((float)r, 1.0f / dec) - 1.0f));
    return days < 1 ? 1 : (double)days;
}

/* D0(G) = w4 - e^(w5*(G-1)) + 1, unclamped. */
static double initial_difficulty(const fsrs_params *p, int grade)
{
    return p->w[4] - exp(p->w[5] * (grade - 1)) + 1.0;
}

static double next_difficulty(const fsrs_params *p, double d, int grade)
{
    double delta = -p->w[6] * (grade - 3);
    double damped = d + delta * (10.0 - d) / 9.0;
    double reverted = p->w[7] * initial_difficulty(p, FSRS_EASY) + (1.0 - p->w[7]) * damped;
    return clamp(reverted, D_MIN, D_MAX);
}

static double stability_after_success(const fsrs_params *p, double s, double d, double r, int grade)
{
    double hard = grade == FSRS_HARD ? p->w[15] : 1.0;
    double easy = grade == FSRS_EASY ? p->w[16] : 1.0;
    return s * (1.0 + exp(p->w[8]) * (11.0 - d) * pow(s, -p->w[9]) *
                          (exp(p->w[10] * (1.0 - r)) - 1.0) * hard * easy);
}

static double stability_after_lapse(const fsrs_params *p, double s, double d, double r)
{
    double next = p->w[11] * pow(d, -p->w[12]) * (pow(s + 1.0, p->w[13]) - 1.0) *
                  exp(p->w[14] * (1.0 - r));
    double floor_s = s / exp(p->w[17] * p->w[18]);
    return next < floor_s ? next : floor_s;
}

/* Same-day review: SInc = e^(w17*(G-3+w18)) * S^(-w19), at least 1 for G >= 2
 * (the fsrs-rs choice). */
static double stability_short_term(const fsrs_params *p, double s, int grade)
{
    double sinc = exp(p->w[17] * (grade - 3 + p->w[18])) * pow(s, -p->w[19]);
    if (grade >= FSRS_HARD && sinc < 1.0)
        sinc = 1.0;
    return s * sinc;
}

void fsrs_memory_step(const fsrs_params *p, int first, double elapsed_days, int grade, double *s,
                      double *d)
{
    if (first) {
        *s = clamp(p->w[grade - 1], S_MIN, S_MAX);
        *d = clamp(initial_difficulty(p, grade), D_MIN, D_MAX);
        return;
    }
    double last_s = clamp(*s, S_MIN, S_MAX), last_d = clamp(*d, D_MIN, D_MAX), next_s;
    if (elapsed_days <= 0) {
        next_s = stability_short_term(p, last_s, grade);
    } else {
        double r = fsrs_retrievability(p, elapsed_days, last_s);
        next_s = grade == FSRS_AGAIN ? stability_after_lapse(p, last_s, last_d, r)
                                     : stability_after_success(p, last_s, last_d, r, grade);
    }
    *s = clamp(next_s, S_MIN, S_MAX);
    *d = next_difficulty(p, last_d, grade);
}

/* splitmix64: the seed's pseudo-random stream, one value per call. */
static double seeded_unit(uint64_t seed)
{
    uint64_t z = seed + 0x9e3779b97f4a7c15ull;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    z ^= z >> 31;
    return (double)(z >> 11) / 9007199254740992.0; /* [0, 1) */
}

/* py-fsrs's fuzz: none under 2.5 days; else a uniform whole number of days
 * within +-(1 + 15 % of the part in 2.5-7 d + 10 % of 7-20 d + 5 % above). */
static double fuzz_interval(const fsrs_params *p, double days, uint64_t seed)
{
    static const struct {
        double start, end, factor;
    } ranges[] = {{2.5, 7.0, 0.15}, {7.0, 20.0, 0.10}, {20.0, INFINITY, 0.05}};
    if (!p->fuzz || days < 2.5)
        return days;
    double delta = 1.0;
    for (size_t i = 0; i < sizeof ranges / sizeof ranges[0]; i++) {
        double top = days < ranges[i].end ? days : ranges[i].end;
        if (top > ranges[i].start)
            delta += ranges[i].factor * (top - ranges[i].start);
    }
    double lo = round(days - delta), hi = round(days + delta);
    if (lo < 2)
        lo = 2;
    if (hi > p->max_interval)
        hi = p->max_interval;
    if (lo > hi)
        lo = hi;
    return floor(lo + seeded_unit(seed) * (hi - lo + 1.0));
}

/* Days to wait in review for the card's stability, clamped and fuzzed. */
static int64_t review_seconds(const fsrs_params *p, double s, uint64_t seed)
{
    double days = fsrs_interval(p, s, p->retention);
    if (days > p->max_interval)
        days = p->max_interval;
    days = fuzz_interval(p, days, seed);
    return (int64_t)days * FSRS_DAY;
}

/* The wait of a (re)learning step after grade, in seconds; sets *graduate
 * when the card leaves the steps for review. */
static int64_t step_seconds(const int *steps, int count, int *step, int grade, int *graduate)
{
    *graduate = 0;
    if (count == 0 || grade == FSRS_EASY || (grade == FSRS_GOOD && *step + 1 >= count)) {
        *graduate = 1;
        return 0;
    }
    if (grade == FSRS_AGAIN) {
        *step = 0;
        return steps[0];
    }
    if (grade == FSRS_HARD) {
        if (*step == 0)
            return count == 1 ? steps[0] * 3 / 2 : (steps[0] + steps[1]) / 2;
        return steps[*step < count ? *step : count - 1];
    }
    *step += 1; /* Good, not the last step */
    return steps[*step];
}

int fsrs_review(const fsrs_params *p, fsrs_card *card, int grade, int64_t now, uint64_t seed)
{
    if (grade < FSRS_AGAIN || grade > FSRS_EASY)
        return -1;
    int first = card->state == FSRS_NEW || card->reps == 0;
    double elapsed = 0;
    if (!first && now > card->last_review)
        elapsed = floor((double)(now - card->last_review) / FSRS_DAY);
    fsrs_memory_step(p, first, elapsed, grade, &card->stability, &card->difficulty);

    int64_t wait = 0;
    int graduate = 0;
    if (first)
        card->state = FSRS_LEARNING, card->step = 0;
    if (card->state == FSRS_REVIEW && grade == FSRS_AGAIN) {
        card->lapses++;
        if (p->relearning_step_count > 0) {
            card->state = FSRS_RELEARNING;
            card->step = 0;
            wait = p->relearning_steps[0];
        } else {
            graduate = 1;
        }
    } else if (card->state == FSRS_REVIEW) {
        graduate = 1;
    } else {
        int g = 0;
        if (card->state == FSRS_LEARNING)
            wait = step_seconds(p->learning_steps, p->learning_step_count, &card->step, grade, &g);
        else
            wait = step_seconds(p->relearning_steps, p->relearning_step_count, &card->step, grade,
                                &g);
        graduate = g;
    }
    if (graduate) {
        card->state = FSRS_REVIEW;
        card->step = 0;
        wait = review_seconds(p, card->stability, seed);
    }
    card->reps++;
    card->last_review = now;
    card->due = now + wait;
    return 0;
}

fsrs_card fsrs_card_new(void)
{
    fsrs_card c;
    memset(&c, 0, sizeof c);
    c.state = FSRS_NEW;
    return c;
}

static const char *const state_names[] = {"new", "learning", "review", "relearning"};

const char *fsrs_state_name(int state)
{
    return state >= 0 && state < 4 ? state_names[state] : NULL;
}

int fsrs_state_parse(const char *name)
{
    for (int i = 0; i < 4; i++)
        if (name && strcmp(name, state_names[i]) == 0)
            return i;
    return -1;
}

const char *fsrs_grade_name(int grade)
{
    static const char *const names[] = {"?", "Again", "Hard", "Good", "Easy"};
    return grade >= 1 && grade <= 4 ? names[grade] : names[0];
}
