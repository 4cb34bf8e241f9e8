/* shrink.c: makes a failing schedule short and plain before it is shown.
 * A randomized (PCT) run that fails makes a choice at every choice point,
 * so its replay string is long and full of preemptions that do not matter.
 * Like a test-case reducer, this cuts it: first to the shortest prefix
 * that still fails when the rest of the run takes the default choices,
 * then the remaining preemptions, in chunks and then one at a time, are
 * dropped when the run without them still fails; last, each choice left
 * is tried on its own. Every candidate is replayed for real, so the
 * result is a schedule that fails, not a guess. */
#include "explore/explore_int.h"

#include <stdlib.h>
#include <string.h>

/* Most replays one shrink may make. */
#define SHRINK_MAX_RUNS 400

/* Decodes a schedule string (rt_schedule's format) into *out; returns the
 * number of choices, or -1 when malformed or out of memory. */
static long decode(const char *s, int **out)
{
    size_t n = 0, cap = 64;
    int *v = malloc(cap * sizeof *v);
    if (!v)
        return -1;
    while (*s) {
        long choice;
        if (*s == '(') {
            char *end;
            choice = strtol(s + 1, &end, 10);
            if (*end != ')' || choice < 0)
                goto bad;
            s = end + 1;
        } else if (*s >= '0' && *s <= '9') {
            choice = *s++ - '0';
        } else if (*s >= 'a' && *s <= 'z') {
            choice = *s++ - 'a' + 10;
        } else {
            goto bad;
        }
        long repeat = 1;
        if (*s == '*') {
            char *end;
            repeat = strtol(s + 1, &end, 10);
            if (*end != '.' || repeat < 1 || repeat > 100000000)
                goto bad;
            s = end + 1;
        }
        while (repeat-- > 0) {
            if (n == cap) {
                int *grown = realloc(v, (cap *= 2) * sizeof *v);
                if (!grown)
                    goto bad;
                v = grown;
            }
            v[n++] = (int)choice;
        }
    }
    *out = v;
    return (long)n;
bad:
    free(v);
    return -1;
}

/* A replay of choices[0..n), then the default choice. */
typedef struct replay {
    const int *choices;
    size_t n;
    size_t k;          /* choice points passed */
    int preemptions;   /* choices that switched away from a runnable current */
} replay;

static int replay_choose(void *ud, const rt_choice *c)
{
    replay *p = ud;
    int pick = p->k < p->n ? p->choices[p->k] : 0;
    p->k++;
    if (pick >= c->ncand)
        pick = 0;
    /* a select's case choice (no ops) switches no goroutine */
    if (pick != 0 && c->ops && c->cand[0] == c->current)
        p->preemptions++;
    return pick;
}

/* Runs the choices; returns the run when it still fails as opt->stop
 * says (the caller frees it), else NULL. */
static rt *still_fails(void (*main_fn)(void *), void *arg, const explore_options *opt,
                       const int *choices, size_t n, int *preemptions)
{
    replay p = {choices, n, 0, 0};
    rt *r = explore_run_once(main_fn, arg, opt, replay_choose, &p);
    if (!r)
        return NULL;
    explore_outcome o = {(char *)rt_output_text(r), (char *)rt_verdict_name(rt_verdict_of(r)),
                         (char *)rt_report(r), 1, NULL, 0};
    if (!opt->stop(&o, opt->stop_arg)) {
        rt_free(r);
        return NULL;
    }
    *preemptions = p.preemptions;
    return r;
}

/* The schedule without its trailing default choices ("0", "0*N."): a
 * replay takes them anyway once the string runs out. */
static void trim_defaults(char *s)
{
    for (;;) {
        size_t n = strlen(s);
        if (n >= 1 && s[n - 1] == '0') { /* a token is one character: a lone 0 */
            s[n - 1] = '\0';
            continue;
        }
        if (n < 4 || s[n - 1] != '.')
            return;
        size_t k = n - 1; /* "C*N.": back over N to the star */
        while (k > 0 && s[k - 1] >= '0' && s[k - 1] <= '9')
            k--;
        if (k < 2 || s[k - 1] != '*' || s[k - 2] != '0')
            return;
        s[k - 2] = '\0';
    }
}

static int replace(char **field, const char *text)
{
    size_t n = strlen(text) + 1;
    char *copy = malloc(n);
    if (!copy)
        return -1;
    memcpy(copy, text, n);
    free(*field);
    *field = copy;
    return 0;
}

int explore_shrink(void (*main_fn)(void *), void *arg, const explore_options *opt,
                   explore_outcome *o, int64_t budget_ns)
{
    int *v = NULL;
    long n = decode(o->schedule, &v);
    if (n < 0 || !opt->stop)
        return -1;
    int64_t deadline = explore_clock_ns() + budget_ns;
    int runs = 0, pre = 0;
#define OUT_OF_TIME() (++runs > SHRINK_MAX_RUNS || explore_clock_ns() > deadline)
    rt *best = still_fails(main_fn, arg, opt, v, (size_t)n, &pre);
    if (!best) { /* it does not replay as a failure: leave it as it is */
        free(v);
        return -1;
    }
    /* the shortest failing prefix (the rest default), by bisection */
    size_t lo = 0, hi = (size_t)n;
    while (lo < hi && !OUT_OF_TIME()) {
        size_t mid = lo + (hi - lo) / 2;
        int p;
        rt *r = still_fails(main_fn, arg, opt, v, mid, &p);
        if (r) {
            rt_free(best);
            best = r, pre = p, hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    /* then the preemptions left, in chunks as delta debugging does: all
     * of one half, then quarters, ... down to one at a time; a chunk goes
     * when the run without it still fails */
    size_t *at = malloc(((size_t)hi + 1) * sizeof *at), count = 0;
    for (size_t i = 0; at && i < hi; i++)
        if (v[i] != 0)
            at[count++] = i;
    int *kept = malloc((count + 1) * sizeof *kept);
    for (size_t chunk = count / 2 ? count / 2 : 1; at && kept && count; chunk /= 2) {
        for (size_t from = 0; from < count && !OUT_OF_TIME(); from += chunk) {
            size_t to = from + chunk < count ? from + chunk : count, dropped = 0;
            for (size_t j = from; j < to; j++) {
                kept[j] = v[at[j]];
                dropped += v[at[j]] != 0;
                v[at[j]] = 0;
            }
            int p;
            rt *r = dropped ? still_fails(main_fn, arg, opt, v, hi, &p) : NULL;
            if (r) {
                rt_free(best);
                best = r, pre = p;
            } else {
                for (size_t j = from; j < to; j++)
                    v[at[j]] = kept[j];
                if (!dropped)
                    runs--; /* nothing was tried */
            }
        }
        if (chunk == 1 || runs > SHRINK_MAX_RUNS || explore_clock_ns() > deadline)
            break;
    }
    free(at);
    free(kept);
    /* a choice the others only moved: try each remaining one alone */
    size_t left = 0;
    for (size_t i = 0; i < hi; i++)
        left += v[i] != 0;
    int *alone = left >= 2 ? calloc(hi + 1, sizeof *alone) : NULL;
    for (size_t i = hi; alone && i-- > 0 && !OUT_OF_TIME();) {
        if (v[i] == 0)
            continue;
        memset(alone, 0, hi * sizeof *alone);
        alone[i] = v[i];
        int p;
        rt *r = still_fails(main_fn, arg, opt, alone, i + 1, &p);
        if (r && p < pre) {
            rt_free(best);
            best = r, pre = p;
            memcpy(v, alone, hi * sizeof *v);
            break;
        }
        rt_free(r);
    }
    free(alone);
#undef OUT_OF_TIME
    int rc = replace(&o->schedule, rt_schedule(best)) || replace(&o->output, rt_output_text(best)) ||
                     replace(&o->verdict, rt_verdict_name(rt_verdict_of(best))) ||
                     replace(&o->report, rt_report(best))
                 ? -1
                 : 0;
    if (rc == 0)
        trim_defaults(o->schedule);
    o->preemptions = pre;
    rt_free(best);
    free(v);
    return rc;
}
