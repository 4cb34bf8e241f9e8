/* schedule.c: where a run's choices come from and go to: the seeded PRNG
 * (xoshiro256**, seeded by splitmix64; nothing depends on addresses or the
 * clock) and the compact schedule string a run records and a replay reads. */
#include "rt/rt_int.h"

#include <stdlib.h>
#include <string.h>

/* --- PRNG: xoshiro256**, seeded by splitmix64 ---------------------------- */

static uint64_t splitmix64(uint64_t *x)
{
    uint64_t z = (*x += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

static uint64_t rotl(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

/* The next 64 pseudo-random bits of the run's seeded stream. */
uint64_t sched_rand(rt *r)
{
    uint64_t *s = r->rng;
    uint64_t res = rotl(s[1] * 5, 7) * 9, t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return res;
}

/* A uniform integer in [0, n) without modulo bias. */
int sched_rand_below(rt *r, int n)
{
    uint64_t lim = UINT64_MAX - UINT64_MAX % (uint64_t)n, x;
    do
        x = sched_rand(r);
    while (x >= lim);
    return (int)(x % (uint64_t)n);
}

/* --- schedule strings ------------------------------------------------------ */

/* Parses one token at *s: sets *idx and *rep, advances *s. Returns false at
 * the end of the string or on a malformed token (then *idx is -1). */
bool sched_token(const char **s, int *idx, uint64_t *rep)
{
    const char *p = *s;
    char *end;
    *idx = -1;
    if (*p == '\0')
        return false;
    if (*p >= '0' && *p <= '9')
        *idx = *p++ - '0';
    else if (*p >= 'a' && *p <= 'z')
        *idx = *p++ - 'a' + 10;
    else if (*p == '(') {
        long v = strtol(p + 1, &end, 10);
        if (end == p + 1 || *end != ')' || v < 0 || v > 1000000)
            return false;
        *idx = (int)v;
        p = end + 1;
    } else
        return false;
    *rep = 1;
    if (*p == '*') {
        unsigned long long v = strtoull(p + 1, &end, 10);
        if (end == p + 1 || v == 0 || *end != '.') {
            *idx = -1;
            return false;
        }
        *rep = v;
        p = end + 1;
    }
    *s = p;
    return true;
}

/* Appends s to the schedule string by hand: this runs on goroutine
 * stacks, which may be too small for printf. */
static void sched_put(rt *r, const char *s)
{
    size_t n = strlen(s);
    if (r->sched.len + n + 1 > r->sched.cap) {
        size_t nc = (r->sched.len + n + 1) * 2;
        char *p = realloc(r->sched.p, nc);
        if (!p)
            return; /* out of memory: the schedule is cut short */
        r->sched.p = p;
        r->sched.cap = nc;
    }
    memcpy(r->sched.p + r->sched.len, s, n + 1);
    r->sched.len += n;
}

/* Writes v in decimal into out (at least 21 bytes); returns out. */
static char *dec(char *out, uint64_t v)
{
    char tmp[21];
    int n = 0;
    do
        tmp[n++] = (char)('0' + v % 10);
    while ((v /= 10) > 0);
    for (int i = 0; i < n; i++)
        out[i] = tmp[n - 1 - i];
    out[n] = '\0';
    return out;
}

/* Appends the pending run of equal choices to the schedule string. */
void sched_flush(rt *r)
{
    if (r->sched_rep == 0)
        return;
    char tok[32], num[24];
    int i = r->sched_last;
    if (i < 36) {
        tok[0] = (char)(i < 10 ? '0' + i : 'a' + i - 10);
        tok[1] = '\0';
    } else {
        tok[0] = '(';
        strcpy(tok + 1, dec(num, (uint64_t)i));
        strcat(tok, ")");
    }
    if (r->sched_rep >= 4) {
        sched_put(r, tok);
        sched_put(r, "*");
        sched_put(r, dec(num, r->sched_rep));
        sched_put(r, "."); /* ends the count: digits may follow */
    } else {
        for (uint64_t k = 0; k < r->sched_rep; k++)
            sched_put(r, tok);
    }
    r->sched_rep = 0;
}

void sched_record(rt *r, int idx)
{
    if (r->sched_rep && r->sched_last == idx) {
        r->sched_rep++;
        return;
    }
    sched_flush(r);
    r->sched_last = idx;
    r->sched_rep = 1;
    r->fast_cap = idx == 0 ? r->max_steps : 0;
    sched_fast_arm(r); /* the fast paths count 0s only */
}

/* Seeds the run's PRNG from cfg.seed. */
void sched_seed(rt *r, uint64_t seed)
{
    for (int i = 0; i < 4; i++)
        r->rng[i] = splitmix64(&seed);
}
