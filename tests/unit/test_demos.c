/* test_demos.c: the demonstrations on the runtime: the registry agrees with
 * content/demos.json and the embedded sources; every part of every demo ends
 * as it means to, within its step budget, for 1,000 seeds; the same seed
 * gives the same output and trace; the data race loses the update under some
 * seeds and not others while the Mutex and atomic versions never do; with
 * the race detector on, exactly the parts that race on purpose report it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../tap.h"
#include "content/content.h"
#include "demos/demos.h"
#include "demos/embedded.h"

/* Seeds for the every-part loop; CONCLAB_DEMO_SEEDS overrides (e.g. 100). */
static unsigned long loop_seeds(void)
{
    const char *env = getenv("CONCLAB_DEMO_SEEDS");
    unsigned long n = env ? strtoul(env, NULL, 10) : 0;
    return n ? n : 1000;
}

/* Runs one part of a demo (k is 1-based); the result is the caller's. */
static void run_part(const demo *d, int k, uint64_t seed, int trace, demos_result *r)
{
    demos_options o = {.seed = seed, .trace = trace, .measure = 0, .only_part = k};
    if (demos_run(d, &o, r) != 0)
        diag("demos_run ran out of memory on %s part %d", d->name, k);
}

static void test_registry(const content *c)
{
    is_int(demos_count, 20, "twenty demos are registered");
    int names_ok = 1, sources_ok = 1, words_ok = 1, sections_ok = 1, parts_ok = 1;
    for (size_t i = 0; i < demos_count; i++) {
        const demo *d = demos_table[i];
        for (size_t j = 0; j < i; j++)
            if (strcmp(demos_table[j]->name, d->name) == 0) {
                diag("duplicate demo name %s", d->name);
                names_ok = 0;
            }
        if (demos_find(d->name) != d)
            names_ok = 0;
        /* The file is named after the demo, '-' becoming '_'. */
        char expect[128];
        snprintf(expect, sizeof expect, "src/demos/%s.c", d->name);
        for (char *p = expect + strlen("src/demos/"); *p; p++)
            if (*p == '-')
                *p = '_';
        const char *text = demos_source(d);
        if (strcmp(d->source, expect) != 0 || !text || !strstr(text, d->name)) {
            diag("%s: source %s, expected %s embedded", d->name, d->source, expect);
            sources_ok = 0;
        }
        if (c && !content_find_demo(c, d->name)) {
            diag("%s has no entry in demos.json", d->name);
            words_ok = 0;
        }
        if (c && !content_find_section(c, d->section)) {
            diag("%s: no section %s", d->name, d->section);
            sections_ok = 0;
        }
        if (d->part_count < 1 || !d->parts[0].main)
            parts_ok = 0;
    }
    ok(names_ok, "names are unique and found by demos_find");
    ok(sources_ok, "each demo's source is embedded under its own file name");
    ok(parts_ok, "each demo has at least one part");
    if (!c) {
        ok(0, "content loads (set CONCLAB_CONTENT)");
        return;
    }
    ok(words_ok, "each demo has its words in demos.json");
    ok(sections_ok, "each demo belongs to a section that exists");
    int all_built = 1;
    for (size_t i = 0; i < c->demo_count; i++)
        if (!demos_find(c->demos[i].name)) {
            diag("demos.json names %s, which is not built", c->demos[i].name);
            all_built = 0;
        }
    ok(all_built, "every demo in demos.json is built");
    ok(demos_find("no-such-demo") == NULL && demos_find(NULL) == NULL, "unknown names give NULL");
}

/* Drops the measured lines ("~ ...") so runs can be compared. */
static char *without_measured(const char *text)
{
    char *out = malloc(strlen(text) + 1), *w = out;
    for (const char *line = text; *line;) {
        const char *nl = strchr(line, '\n');
        size_t len = nl ? (size_t)(nl - line) + 1 : strlen(line);
        if (strncmp(line, DEMO_MEASURED_PREFIX, strlen(DEMO_MEASURED_PREFIX)) != 0) {
            memcpy(w, line, len);
            w += len;
        }
        line += len;
    }
    *w = '\0';
    return out;
}

/* Wall-clock seconds spent on one part's seeds at most: a guard against a
 * pathologically slow machine, not a budget the demos are meant to hit
 * (every demo runs all 1,000 seeds here; the slowest, processes, starts a
 * real process per seed, 10-20 ms each on a small VM). The TAP line says
 * how many seeds each demo ran. */
#define PART_SECONDS 60.0

static double seconds_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void test_every_seed(void)
{
    unsigned long seeds = loop_seeds();
    for (size_t i = 0; i < demos_count; i++) {
        const demo *d = demos_table[i];
        int failures = 0;
        uint64_t most_steps = 0;
        unsigned long fewest = seeds;
        for (size_t k = 1; k <= d->part_count; k++) {
            int measured = d->parts[k - 1].flags & DEMO_MEASURED;
            double start = seconds_now();
            unsigned long seed;
            for (seed = 1; seed <= (measured ? 2 : seeds); seed++) {
                if (seed > 100 && seconds_now() - start > PART_SECONDS)
                    break;
                demos_result r;
                run_part(d, (int)k, seed, 0, &r);
                if (r.part_count != 1 || !r.showed) {
                    if (failures++ < 3)
                        diag("%s part %zu seed %lu: %s%s%s", d->name, k, seed,
                             r.part_count ? r.parts[0].verdict_text : "not run",
                             r.part_count && r.parts[0].failure ? ": " : "",
                             r.part_count && r.parts[0].failure ? r.parts[0].failure : "");
                } else if (r.parts[0].steps > most_steps) {
                    most_steps = r.parts[0].steps;
                }
                demos_result_free(&r);
            }
            if (!measured && seed - 1 < fewest)
                fewest = seed - 1;
        }
        ok(failures == 0, "%s: every part shows its concept, seeds 1-%lu at least (at most %llu of "
           "%u steps)", d->name, fewest, (unsigned long long)most_steps, DEMO_STEP_BUDGET);
    }
}

static void test_determinism(void)
{
    for (size_t i = 0; i < demos_count; i++) {
        const demo *d = demos_table[i];
        int same = 1;
        for (uint64_t seed = 1; seed <= 3; seed++) {
            demos_options o = {.seed = seed, .trace = 1, .measure = 0, .only_part = 0};
            demos_result a, b;
            demos_run(d, &o, &a);
            demos_run(d, &o, &b);
            if (a.part_count != b.part_count)
                same = 0;
            for (size_t k = 0; same && k < a.part_count; k++) {
                char *oa = without_measured(a.parts[k].output);
                char *ob = without_measured(b.parts[k].output);
                int trace_same = (d->parts[k].flags & DEMO_MEASURED) ||
                                 (a.parts[k].trace && b.parts[k].trace &&
                                  strcmp(a.parts[k].trace, b.parts[k].trace) == 0);
                if (strcmp(oa, ob) != 0 || !trace_same) {
                    diag("%s seed %llu part %zu differs between two runs", d->name,
                         (unsigned long long)seed, k + 1);
                    same = 0;
                }
                free(oa);
                free(ob);
            }
            demos_result_free(&a);
            demos_result_free(&b);
        }
        ok(same, "%s: same seed, same output and trace", d->name);
    }
}

static void test_data_race(void)
{
    const demo *d = demos_find("data-race");
    int lost = 0, kept = 0, other = 0, mutex_bad = 0, atomic_bad = 0;
    for (uint64_t seed = 1; seed <= 200; seed++) {
        demos_result r;
        run_part(d, 1, seed, 0, &r);
        if (r.part_count == 1 && strcmp(r.parts[0].output, "1\n") == 0)
            lost++;
        else if (r.part_count == 1 && strcmp(r.parts[0].output, "2\n") == 0)
            kept++;
        else
            other++;
        demos_result_free(&r);
        run_part(d, 3, seed, 0, &r);
        mutex_bad += r.part_count != 1 || strcmp(r.parts[0].output, "2\n") != 0;
        demos_result_free(&r);
        run_part(d, 4, seed, 0, &r);
        atomic_bad += r.part_count != 1 || strcmp(r.parts[0].output, "2\n") != 0;
        demos_result_free(&r);
    }
    diag("data race over 200 seeds: printed 1 %d times, 2 %d times", lost, kept);
    ok(lost > 0, "some seeds lose the update (print 1)");
    ok(kept > 0, "some seeds keep both updates (print 2)");
    is_int(other, 0, "nothing but 1 or 2 is ever printed");
    is_int(mutex_bad, 0, "the Mutex version always prints 2");
    is_int(atomic_bad, 0, "the atomic version always prints 2");
}

/* With --race, every part shows its concept for seeds 1-50: the parts that
 * race on purpose are reported (pointing at their own demo file), no other
 * part is, and the same seed gives the same report. Measuring parts run
 * without the detector. */
static void test_race_every_demo(void)
{
    ok(demos_race_available(), "the runtime's race detector is built in");
    for (size_t i = 0; i < demos_count; i++) {
        const demo *d = demos_table[i];
        int failures = 0, racy_runs = 0, clean_runs = 0, same = 1;
        for (size_t k = 1; k <= d->part_count; k++) {
            const demo_part *part = &d->parts[k - 1];
            int racy = (part->flags & DEMO_RACY) || part->expect == DEMO_EXPECT_RACE;
            for (uint64_t seed = 1; seed <= 50 && !(part->flags & DEMO_MEASURED); seed++) {
                demos_options o = {.seed = seed, .only_part = (int)k, .race = 1};
                demos_result r, again;
                demos_run(d, &o, &r);
                demos_run(d, &o, &again);
                const char *out = r.part_count ? r.parts[0].output : "";
                int reported = strstr(out, "WARNING: DATA RACE") != NULL &&
                               strstr(out, d->source) != NULL &&
                               strstr(out, "data race(s)") != NULL;
                if (!r.showed || reported != racy) {
                    if (failures++ < 3)
                        diag("%s part %zu seed %llu: %s, %s", d->name, k,
                             (unsigned long long)seed, r.part_count ? r.parts[0].verdict_text : "",
                             reported ? "a race reported" : "no race reported");
                }
                racy_runs += racy && reported;
                clean_runs += !racy && !reported;
                same &= again.part_count == 1 && strcmp(out, again.parts[0].output) == 0;
                demos_result_free(&r);
                demos_result_free(&again);
            }
        }
        ok(failures == 0 && same,
           "%s --race: every part shows its concept, seeds 1-50 (%d racy runs reported, %d clean "
           "runs silent, same seed same report)",
           d->name, racy_runs, clean_runs);
    }
}

static void test_deadlock_report(void)
{
    const demo *d = demos_find("deadlock");
    demos_options o = {.seed = 1, .trace = 0, .measure = 0, .only_part = 0};
    demos_result r;
    demos_run(d, &o, &r);
    ok(r.showed, "the deadlock demo shows its concept");
    ok(r.part_count == 4 && strcmp(r.parts[0].output, "1\n") == 0,
       "the example as written prints 1");
    for (size_t k = 1; k < 3 && k < r.part_count; k++) {
        const char *out = r.parts[k].output;
        ok(strstr(out, "fatal error: all goroutines are asleep - deadlock!") != NULL,
           "part %zu ends with Go's deadlock message", k + 1);
        ok(strstr(out, "goroutine 1 [") && strstr(out, "src/demos/deadlock.c:"),
           "part %zu names each goroutine's state and line", k + 1);
    }
    demos_result_free(&r);
}

int main(void)
{
    const char *dir = getenv("CONCLAB_CONTENT");
    char err[1024] = "";
    content *c = content_load(dir ? dir : "content", err, sizeof err);
    if (!c)
        diag("content: %s", err);
    test_registry(c);
    test_deadlock_report();
    test_data_race();
    test_determinism();
    test_every_seed();
    test_race_every_demo();
    content_free(c);
    return tap_done();
}
