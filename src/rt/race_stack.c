/* race_stack.c: the call stacks of race reports. Each access the detector
 * records and each go statement keep the stack they happened at (Go's
 * detector keeps that history too), interned: equal stacks share one id,
 * so the shadow of a variable holds a 32-bit id per access, not frames. */
#include "rt/race.h"

#include <stdlib.h>
#include <string.h>

/* Frames kept per stack (the innermost ones). */
#define RACE_STACK_MAX 64

/* One interned stack: frames[off .. off + n) of the pool. */
typedef struct race_stk {
    size_t off;    /* its first frame in the pool */
    uint32_t n;    /* frames */
    uint32_t hash; /* of the frames, for the table */
} race_stk;

/* Every stack of the run. */
typedef struct race_stacks {
    rt_frame *pool;      /* the frames of all stacks, back to back */
    size_t npool;        /* used */
    size_t poolcap;      /* allocated */
    race_stk *stk;       /* by id - 1 */
    size_t nstk;         /* used */
    size_t stkcap;       /* allocated */
    uint32_t *table;     /* open addressing by hash: id, 0 for empty */
    size_t tablecap;     /* slots, a power of two */
    rt_frame scratch[RACE_STACK_MAX]; /* the stack being captured */
} race_stacks;

static uint32_t frames_hash(const rt_frame *f, int n)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (int i = 0; i < n; i++) {
        uint64_t w[3] = {(uint64_t)(uintptr_t)f[i].fn, (uint64_t)(uintptr_t)f[i].file,
                         (uint64_t)(unsigned)f[i].line};
        for (int k = 0; k < 3; k++)
            h = (h ^ w[k]) * 0x100000001b3ull;
    }
    return (uint32_t)(h ^ (h >> 32));
}

static bool frames_equal(const rt_frame *a, const rt_frame *b, int n)
{
    for (int i = 0; i < n; i++)
        if (a[i].fn != b[i].fn || a[i].file != b[i].file || a[i].line != b[i].line)
            return false;
    return true;
}

/* Doubles the table and re-inserts every stack. */
static void table_grow(rt *r, race_stacks *s)
{
    size_t nc = s->tablecap ? s->tablecap * 2 : 256;
    uint32_t *t = calloc(nc, sizeof *t);
    if (!t)
        race_oom(r);
    for (size_t i = 0; i < s->nstk; i++) {
        size_t h = s->stk[i].hash & (nc - 1);
        while (t[h])
            h = (h + 1) & (nc - 1);
        t[h] = (uint32_t)i + 1;
    }
    free(s->table);
    s->table = t;
    s->tablecap = nc;
}

/* The id of the n frames f (copied into the pool when new). */
static uint32_t intern(rt *r, race_stacks *s, const rt_frame *f, int n)
{
    if ((s->nstk + 1) * 2 > s->tablecap)
        table_grow(r, s);
    uint32_t hash = frames_hash(f, n);
    size_t h = hash & (s->tablecap - 1);
    for (; s->table[h]; h = (h + 1) & (s->tablecap - 1)) {
        const race_stk *k = &s->stk[s->table[h] - 1];
        if (k->hash == hash && k->n == (uint32_t)n && frames_equal(s->pool + k->off, f, n))
            return s->table[h];
    }
    s->pool = race_grow(r, s->pool, &s->poolcap, s->npool + (size_t)n, sizeof *s->pool, 256);
    memcpy(s->pool + s->npool, f, (size_t)n * sizeof *f);
    s->stk = race_grow(r, s->stk, &s->stkcap, s->nstk + 1, sizeof *s->stk, 64);
    s->stk[s->nstk++] = (race_stk){s->npool, (uint32_t)n, hash};
    s->npool += (size_t)n;
    s->table[h] = (uint32_t)s->nstk;
    return (uint32_t)s->nstk;
}

uint32_t race_stack_now(rt *r, const char *fn, const char *file, int line)
{
    race_state *rs = r->race;
    if (!rs->stacks && !(rs->stacks = calloc(1, sizeof *rs->stacks)))
        race_oom(r);
    race_stacks *s = rs->stacks;
    int n = 0;
    rt_g *g = race_self(r);
    if (r->cfg.stack && g)
        n = r->cfg.stack(r->cfg.stack_ud, g->fn, g->arg, s->scratch, RACE_STACK_MAX);
    if (n <= 0) {
        s->scratch[0] = (rt_frame){fn, file, line};
        n = 1;
    }
    return intern(r, s, s->scratch, n > RACE_STACK_MAX ? RACE_STACK_MAX : n);
}

/* The package prefix a function's name needs: the demos' C functions are
 * main's; a name that has its package already ("pkg.f") needs none. */
static const char *pkg_prefix(const char *name)
{
    return strchr(name, '.') ? "" : "main.";
}

void race_stack_print(rt_buf *b, const race_state *rs, uint32_t id)
{
    const race_stacks *s = rs->stacks;
    if (!s || id == 0 || id > s->nstk)
        return;
    const race_stk *k = &s->stk[id - 1];
    for (uint32_t i = 0; i < k->n; i++) {
        const rt_frame *f = &s->pool[k->off + i];
        buf_printf(b, "  %s%s()\n      %s:%d\n", pkg_prefix(f->fn), f->fn, f->file, f->line);
    }
}

void race_stack_free(race_state *rs)
{
    race_stacks *s = rs->stacks;
    if (!s)
        return;
    free(s->pool);
    free(s->stk);
    free(s->table);
    free(s);
    rs->stacks = NULL;
}
