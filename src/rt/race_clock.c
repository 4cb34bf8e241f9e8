/* race_clock.c: the race detector's vector clocks. A clock maps goroutine
 * ids to logical times; it is kept sparse (sorted (goroutine, time) pairs),
 * since most goroutines of a run never hear of most others and ids are
 * never reused, so a dense array would cost the square of the goroutines. */
#include "rt/race.h"

#include <stdlib.h>
#include <string.h>

/* Index of goroutine g's entry in v, or of where it would go. */
static uint32_t vc_find(const race_vc *v, uint32_t g)
{
    uint32_t lo = 0, hi = v->n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (v->e[mid].g < g)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Makes room for n entries in v. Returns false when out of memory (v
 * unchanged). */
static bool vc_reserve(race_vc *v, uint32_t n)
{
    if (n <= v->cap)
        return true;
    uint32_t nc = v->cap ? v->cap : 4;
    while (nc < n)
        nc *= 2;
    race_ent *e = realloc(v->e, (size_t)nc * sizeof *e);
    if (!e)
        return false;
    v->e = e;
    v->cap = nc;
    return true;
}

uint32_t race_vc_get(const race_vc *v, uint32_t g)
{
    uint32_t i = vc_find(v, g);
    return i < v->n && v->e[i].g == g ? v->e[i].clk : 0;
}

bool race_vc_raise(race_vc *v, uint32_t g, uint32_t clk)
{
    uint32_t i = vc_find(v, g);
    if (i < v->n && v->e[i].g == g) {
        if (v->e[i].clk < clk)
            v->e[i].clk = clk;
        return true;
    }
    if (!vc_reserve(v, v->n + 1))
        return false;
    memmove(v->e + i + 1, v->e + i, (size_t)(v->n - i) * sizeof *v->e);
    v->e[i] = (race_ent){g, clk};
    v->n++;
    return true;
}

bool race_vc_join(race_vc *d, const race_vc *s)
{
    if (s->n == 0)
        return true;
    if ((uint64_t)s->n * 16 < d->n) { /* a few entries into a big clock */
        for (uint32_t j = 0; j < s->n; j++)
            if (!race_vc_raise(d, s->e[j].g, s->e[j].clk))
                return false;
        return true;
    }
    /* size of the union, then a merge from the back, in place */
    uint32_t i = 0, j = 0, k = 0;
    while (i < d->n && j < s->n) {
        uint32_t a = d->e[i].g, b = s->e[j].g;
        i += a <= b;
        j += b <= a;
        k++;
    }
    k += (d->n - i) + (s->n - j);
    if (!vc_reserve(d, k))
        return false;
    int64_t a = (int64_t)d->n - 1, b = (int64_t)s->n - 1, w = (int64_t)k - 1;
    while (b >= 0) {
        if (a >= 0 && d->e[a].g > s->e[b].g) {
            d->e[w--] = d->e[a--];
        } else if (a >= 0 && d->e[a].g == s->e[b].g) {
            race_ent e = d->e[a--];
            if (e.clk < s->e[b].clk)
                e.clk = s->e[b].clk;
            d->e[w--] = e;
            b--;
        } else {
            d->e[w--] = s->e[b--];
        }
    }
    d->n = k;
    return true;
}

bool race_vc_copy(race_vc *d, const race_vc *s)
{
    if (!vc_reserve(d, s->n))
        return false;
    if (s->n)
        memcpy(d->e, s->e, (size_t)s->n * sizeof *s->e);
    d->n = s->n;
    return true;
}

bool race_vc_leq(uint32_t g, uint32_t clk, const race_vc *v)
{
    return clk <= race_vc_get(v, g);
}

void race_vc_free(race_vc *v)
{
    free(v->e);
    *v = (race_vc){0};
}
