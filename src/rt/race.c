/* race.c: the happens-before data race detector (FastTrack, Flanagan and
 * Freund 2009). Each goroutine has a vector clock; the synchronizing
 * operations of the Go memory model (go.dev/ref/mem) move clocks between
 * goroutines; each shared variable keeps the epoch of its last write and of
 * its last read (a read clock only while reads are concurrent), and an
 * access not ordered after a conflicting one is reported (race_report.c). */
#include "rt/race.h"

#include <stdlib.h>
#include <string.h>

/* The clocks of one sync object or channel, freed with the run. */
typedef struct race_sync {
    struct race_sync *next; /* all of the run's, for freeing */
    uint64_t sent;          /* channel: values sent so far */
    uint64_t received;      /* channel: values received so far */
    uint32_t n;             /* clocks in clock[] */
    race_vc clock[];        /* sync object: RACE_W, RACE_R at 0, 1;
                               channel: the close at 0, buffer slot k at
                               1 + k */
} race_sync;


_Noreturn void race_oom(rt *r)
{
    r->report.len = 0;
    buf_printf(&r->report, "out of memory in the race detector\n");
    sched_end(r, RT_ERROR);
}

void *race_grow(rt *r, void *p, size_t *cap, size_t need, size_t size, size_t first)
{
    if (need <= *cap)
        return p;
    size_t nc = *cap ? *cap : first;
    while (nc < need)
        nc *= 2;
    char *n = realloc(p, nc * size);
    if (!n)
        race_oom(r);
    memset(n + *cap * size, 0, (nc - *cap) * size);
    *cap = nc;
    return n;
}

void *race_new(void)
{
    race_state *rs = calloc(1, sizeof *rs);
    if (!rs || !(rs->gs = calloc(64, sizeof *rs->gs)) || !race_vc_raise(&rs->gs[1].vc, 1, 0)) {
        if (rs)
            free(rs->gs);
        free(rs);
        return NULL;
    }
    rs->gcap = 64;
    return rs;
}

void race_free(rt *r)
{
    race_state *rs = r->race;
    if (!rs)
        return;
    for (size_t i = 0; i < rs->gcap; i++)
        race_vc_free(&rs->gs[i].vc);
    for (size_t i = 0; i < rs->nvars; i++) {
        free(rs->vars[i].reads);
        race_vc_free(&rs->vars[i].sync);
    }
    for (race_sync *s = rs->syncs, *n; s; s = n) {
        n = s->next;
        for (uint32_t k = 0; k < s->n; k++)
            race_vc_free(&s->clock[k]);
        free(s);
    }
    free(rs->gs);
    free(rs->vars);
    free(rs->table);
    free(rs->pairs);
    race_stack_free(rs);
    buf_free(&rs->text);
    free(rs);
    r->race = NULL;
}

/* --- goroutines ----------------------------------------------------------- */

static race_gor *gor(rt *r, const rt_g *g)
{
    return &((race_state *)r->race)->gs[g->id];
}

/* Moves goroutine t's own time on, after it released its clock. */
static void tick(rt *r, race_gor *t, uint32_t id)
{
    if (!race_vc_raise(&t->vc, id, ++t->clk))
        race_oom(r);
}

void race_go(rt *r, rt_g *parent, rt_g *child)
{
    race_state *rs = r->race;
    size_t id = (size_t)child->id;
    rs->gs = race_grow(r, rs->gs, &rs->gcap, id + 1, sizeof *rs->gs, 64);
    race_gor *t = &rs->gs[id];
    *t = (race_gor){t->vc, 1, child->name, child->creator, child->file, child->line, 0, false};
    if (id != 1) /* the creator's stack at its go statement */
        t->created = race_stack_now(r, child->creator ? child->creator : "main", child->file,
                                    child->line);
    if (parent && !race_vc_copy(&t->vc, &gor(r, parent)->vc))
        race_oom(r);
    if (!race_vc_raise(&t->vc, (uint32_t)id, 1))
        race_oom(r);
    if (parent)
        tick(r, gor(r, parent), (uint32_t)parent->id);
}

static void vars_forget(race_state *rs, const void *lo, size_t size);

void race_exit(rt *r, rt_g *g)
{
    race_gor *t = gor(r, g);
    t->finished = true;
    race_vc_free(&t->vc); /* no one acquires a finished goroutine's clock */
    vars_forget(r->race, g->lo, g->size);
}

/* g acquires clock s. */
static void acquire(rt *r, rt_g *g, const race_vc *s)
{
    if (!race_vc_join(&gor(r, g)->vc, s))
        race_oom(r);
}

/* g releases its clock into s, then ticks. */
static void release(rt *r, rt_g *g, race_vc *s)
{
    race_gor *t = gor(r, g);
    if (!race_vc_join(s, &t->vc))
        race_oom(r);
    tick(r, t, (uint32_t)g->id);
}

/* --- sync objects and channels --------------------------------------------- */

/* A new set of n clocks owned by the run. */
static race_sync *sync_new(rt *r, uint32_t n)
{
    race_state *rs = r->race;
    race_sync *s = calloc(1, sizeof *s + (size_t)n * sizeof s->clock[0]);
    if (!s)
        race_oom(r);
    s->n = n;
    s->next = rs->syncs;
    rs->syncs = s;
    return s;
}

/* The clocks of sync object o (made on first use in the run: o->hb is
 * reset with the object by sched_obj_touch). */
static race_sync *obj_clocks(rt *r, rt_obj *o)
{
    if (!o->hb)
        o->hb = sync_new(r, 2);
    return o->hb;
}

void race_acquire(rt *r, rt_obj *o, unsigned which)
{
    race_sync *s = obj_clocks(r, o);
    if (which & RACE_W)
        acquire(r, r->cur, &s->clock[0]);
    if (which & RACE_R)
        acquire(r, r->cur, &s->clock[1]);
}

void race_release(rt *r, rt_obj *o, unsigned which)
{
    race_sync *s = obj_clocks(r, o);
    release(r, r->cur, &s->clock[(which & RACE_W) ? 0 : 1]);
}

static race_sync *chan_clocks(rt *r, chan *c)
{
    if (!c->hb)
        c->hb = sync_new(r, 1 + (uint32_t)c->cap);
    return c->hb;
}

/* g (NULL: the runtime) passes through buffer slot `slot` of c: it acquires
 * what the slot's earlier users released and releases into it, which is
 * both "the k-th send before the k-th receive completes" and "the k-th
 * receive before the (k+C)-th send completes". A timer's send orders
 * nothing: it empties the slot. */
static void chan_slot(rt *r, chan *c, uint64_t k, rt_g *g)
{
    race_vc *slot = &chan_clocks(r, c)->clock[1 + k % (uint64_t)c->cap];
    if (!g) {
        slot->n = 0;
        return;
    }
    acquire(r, g, slot);
    release(r, g, slot);
}

void race_chan_send(rt *r, chan *c, rt_g *from, rt_g *to)
{
    if (c->cap == 0) { /* unbuffered: each completes after the other began */
        if (!from || !to)
            return;
        race_gor *a = gor(r, from), *b = gor(r, to);
        if (!race_vc_join(&a->vc, &b->vc) || !race_vc_copy(&b->vc, &a->vc))
            race_oom(r);
        tick(r, a, (uint32_t)from->id);
        tick(r, b, (uint32_t)to->id);
        return;
    }
    race_sync *s = chan_clocks(r, c);
    chan_slot(r, c, s->sent++, from);
    if (to)
        chan_slot(r, c, s->received++, to);
}

void race_chan_recv(rt *r, chan *c, rt_g *g)
{
    race_sync *s = chan_clocks(r, c);
    chan_slot(r, c, s->received++, g);
}

void race_chan_close(rt *r, chan *c)
{
    release(r, r->cur, &chan_clocks(r, c)->clock[0]);
}

void race_chan_closed(rt *r, chan *c, rt_g *g)
{
    acquire(r, g, &chan_clocks(r, c)->clock[0]);
}

/* --- shadow variables -------------------------------------------------------- */

static size_t addr_hash(const void *addr, size_t cap)
{
    return (size_t)(((uint64_t)(uintptr_t)addr * 0x9E3779B97F4A7C15ull) >> 20) & (cap - 1);
}

/* Doubles the address table and re-inserts every variable. */
static void table_grow(rt *r, race_state *rs)
{
    size_t nc = rs->tablecap ? rs->tablecap * 2 : 256;
    uint32_t *t = calloc(nc, sizeof *t);
    if (!t)
        race_oom(r);
    for (size_t i = 0; i < rs->nvars; i++) {
        size_t h = addr_hash(rs->vars[i].addr, nc);
        while (t[h])
            h = (h + 1) & (nc - 1);
        t[h] = (uint32_t)i + 1;
    }
    free(rs->table);
    rs->table = t;
    rs->tablecap = nc;
}

/* The shadow of the variable at addr, made on its first access. */
static race_var *var_of(rt *r, const void *addr)
{
    race_state *rs = r->race;
    if ((rs->nvars + 1) * 2 > rs->tablecap)
        table_grow(r, rs);
    size_t h = addr_hash(addr, rs->tablecap);
    for (; rs->table[h]; h = (h + 1) & (rs->tablecap - 1))
        if (rs->vars[rs->table[h] - 1].addr == addr)
            return &rs->vars[rs->table[h] - 1];
    rs->vars = race_grow(r, rs->vars, &rs->varcap, rs->nvars + 1, sizeof *rs->vars, 64);
    race_var *v = &rs->vars[rs->nvars++];
    *v = (race_var){.addr = addr};
    rs->table[h] = (uint32_t)rs->nvars;
    return v;
}

/* Forgets the shadows of the variables in [lo, lo + size): a goroutine's
 * stack that died with it, so that a goroutine reusing the stack starts
 * afresh (Go's race runtime clears a freed stack's shadow too). */
static void vars_forget(race_state *rs, const void *lo, size_t size)
{
    uintptr_t a = (uintptr_t)lo;
    for (size_t i = 0; i < rs->nvars; i++) {
        race_var *v = &rs->vars[i];
        if ((uintptr_t)v->addr - a < size) {
            v->name = NULL;
            v->w = v->r = (race_mem){0};
            v->nreads = 0;
            v->sync.n = 0;
            v->reported = false;
        }
    }
}

/* The running goroutine's function, for a report's one-frame stack. */
static const char *goroutine_fn(const rt *r, const race_gor *t)
{
    return r->cur->id == 1 ? "main" : t->name ? t->name : "func";
}

/* Records read a in v's read clock (one entry per goroutine). */
static void reads_put(rt *r, race_var *v, const race_mem *a)
{
    size_t i = 0;
    while (i < v->nreads && v->reads[i].g < a->g)
        i++;
    if (i < v->nreads && v->reads[i].g == a->g) {
        v->reads[i] = *a;
        return;
    }
    v->reads = race_grow(r, v->reads, &v->readcap, v->nreads + 1, sizeof *v->reads, 4);
    memmove(v->reads + i + 1, v->reads + i, (v->nreads - i) * sizeof *v->reads);
    v->reads[i] = *a;
    v->nreads++;
}

/* True when access a is not ordered before what goroutine t has seen. */
static bool unordered(const race_mem *a, const race_gor *t)
{
    return a->g != 0 && !race_vc_leq(a->g, a->clk, &t->vc);
}

/* FastTrack's read and write rules for access `a` by goroutine t. */
static void check(rt *r, race_var *v, race_gor *t, const race_mem *a)
{
    if (!a->write) {
        if (v->nreads == 0 && v->r.g == a->g && v->r.clk == a->clk) {
            v->r = *a; /* same epoch: only the line moves on */
            return;
        }
        if (v->w.g != a->g && unordered(&v->w, t))
            race_report(r, v, a, &v->w);
        if (v->nreads > 0)
            reads_put(r, v, a);
        else if (v->r.g == a->g || !unordered(&v->r, t))
            v->r = *a;
        else { /* two unordered reads: keep both */
            reads_put(r, v, &v->r);
            reads_put(r, v, a);
        }
        return;
    }
    if (v->w.g == a->g && v->w.clk == a->clk && v->nreads == 0 &&
        (v->r.g == a->g || v->r.g == 0)) {
        v->w = *a;
        return;
    }
    if (v->w.g != a->g && unordered(&v->w, t))
        race_report(r, v, a, &v->w);
    else if (v->nreads == 0 && v->r.g != a->g && unordered(&v->r, t))
        race_report(r, v, a, &v->r);
    else
        for (size_t i = 0; i < v->nreads; i++)
            if (v->reads[i].g != a->g && unordered(&v->reads[i], t)) {
                race_report(r, v, a, &v->reads[i]);
                break;
            }
    v->w = *a;
    if (v->nreads > 0) { /* FastTrack forgets shared reads at a write */
        v->nreads = 0;
        v->r = (race_mem){0};
    }
}

void race_access(rt *r, const void *addr, bool write, const char *name, const char *file,
                 int line)
{
    race_var *v = var_of(r, addr);
    race_gor *t = gor(r, r->cur);
    if (!v->name)
        v->name = name;
    race_mem a = {(uint32_t)r->cur->id, t->clk, file, line, write, false,
                  race_stack_now(r, goroutine_fn(r, t), file, line)};
    check(r, v, t, &a);
}

void race_atomic(rt *r, const void *addr, bool write, const char *file, int line)
{
    race_var *v = var_of(r, addr);
    acquire(r, r->cur, &v->sync);
    race_gor *t = gor(r, r->cur);
    race_mem a = {(uint32_t)r->cur->id, t->clk, file, line, write, true,
                  race_stack_now(r, goroutine_fn(r, t), file, line)};
    check(r, v, t, &a);
    release(r, r->cur, &v->sync);
}
