/* sleep.c: footprints, independence and sleep sets for the explorer's
 * partial-order reduction (see sleep.h). Independence is decided only from
 * what the runtime reports (rt_choice.ops and its counters), so it is
 * conservative: when in doubt two steps are dependent. */
#include "explore/sleep.h"

#include <stdlib.h>
#include <string.h>

/* --- run-local object ids ------------------------------------------------- */

static size_t slot_of(const sleep_objs *m, const void *addr)
{
    uint64_t h = (uint64_t)(uintptr_t)addr * 0x9E3779B97F4A7C15ull;
    size_t i = (size_t)(h >> 17) & (m->cap - 1);
    while (m->addr[i] && m->addr[i] != addr)
        i = (i + 1) & (m->cap - 1);
    return i;
}

/* Doubles the table (or makes the first); returns 0 or -1. */
static int objs_grow(sleep_objs *m)
{
    sleep_objs bigger = {0};
    bigger.cap = m->cap ? m->cap * 2 : 64;
    bigger.addr = calloc(bigger.cap, sizeof *bigger.addr);
    bigger.id = calloc(bigger.cap, sizeof *bigger.id);
    if (!bigger.addr || !bigger.id) {
        free(bigger.addr);
        free(bigger.id);
        return -1;
    }
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->addr[i])
            continue;
        size_t j = slot_of(&bigger, m->addr[i]);
        bigger.addr[j] = m->addr[i];
        bigger.id[j] = m->id[i];
    }
    bigger.n = m->n;
    sleep_objs_free(m);
    *m = bigger;
    return 0;
}

uint32_t sleep_obj_id(sleep_objs *m, const void *addr)
{
    if (!addr)
        return 0;
    if ((m->n + 1) * 2 > m->cap && objs_grow(m) != 0)
        return 0;
    size_t i = slot_of(m, addr);
    if (!m->addr[i]) {
        m->addr[i] = addr;
        m->id[i] = ++m->n;
    }
    return m->id[i];
}

void sleep_objs_reset(sleep_objs *m)
{
    if (m->cap)
        memset(m->addr, 0, m->cap * sizeof *m->addr);
    m->n = 0;
}

void sleep_objs_free(sleep_objs *m)
{
    free(m->addr);
    free(m->id);
    memset(m, 0, sizeof *m);
}

/* --- footprints ------------------------------------------------------------- */

sleep_fp sleep_fp_of(sleep_objs *m, const rt_op *op)
{
    sleep_fp fp = {0};
    if (op->kind == RT_ACCESS_NONE)
        return fp;
    sleep_acc *a = &fp.acc[0];
    a->obj = op->kind == RT_ACCESS_UNKNOWN ? 0 : sleep_obj_id(m, op->obj);
    a->kind = (uint8_t)op->kind;
    a->chan = op->what && strncmp(op->what, "chan ", 5) == 0;
    fp.nacc = 1;
    fp.wide = a->obj == 0;
    return fp;
}

sleep_fp sleep_fp_join(const sleep_fp *a, const sleep_fp *b)
{
    sleep_fp fp = *a;
    fp.wide |= b->wide || a->nacc + b->nacc > 2;
    for (int i = 0; i < b->nacc && fp.nacc < 2; i++)
        fp.acc[fp.nacc++] = b->acc[i];
    fp.printed |= b->printed;
    fp.timed |= b->timed;
    fp.spawned |= b->spawned;
    return fp;
}

/* Whether two object accesses commute. */
static int acc_independent(const sleep_acc *a, const sleep_acc *b, int selecting)
{
    /* a blocked select may be completed through either channel */
    if (a->chan && b->chan && selecting > 0)
        return 0;
    if (a->obj != b->obj)
        return 1;
    return a->kind == RT_ACCESS_READ && b->kind == RT_ACCESS_READ;
}

int sleep_independent(const sleep_fp *a, const sleep_fp *b, int selecting)
{
    if (a->wide || b->wide || (a->printed && b->printed) || (a->timed && b->timed) ||
        (a->spawned && b->spawned))
        return 0;
    for (int i = 0; i < a->nacc; i++)
        for (int j = 0; j < b->nacc; j++)
            if (!acc_independent(&a->acc[i], &b->acc[j], selecting))
                return 0;
    return 1;
}

/* --- sleep sets ------------------------------------------------------------- */

int sleep_add(sleep_set *s, int g, const sleep_fp *fp)
{
    if (fp->wide || sleep_has(s, g))
        return 0;
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 8;
        sleep_entry *e = realloc(s->e, cap * sizeof *e);
        if (!e)
            return -1;
        s->e = e;
        s->cap = cap;
    }
    s->e[s->n++] = (sleep_entry){g, *fp};
    return 0;
}

int sleep_add_all(sleep_set *s, const sleep_set *from)
{
    for (size_t i = 0; i < from->n; i++)
        if (sleep_add(s, from->e[i].g, &from->e[i].fp) != 0)
            return -1;
    return 0;
}

void sleep_wake(sleep_set *s, const sleep_fp *t, int t_g, int selecting)
{
    size_t kept = 0;
    for (size_t i = 0; i < s->n; i++)
        if (s->e[i].g != t_g && sleep_independent(&s->e[i].fp, t, selecting))
            s->e[kept++] = s->e[i];
    s->n = kept;
}

int sleep_has(const sleep_set *s, int g)
{
    for (size_t i = 0; i < s->n; i++)
        if (s->e[i].g == g)
            return 1;
    return 0;
}

void sleep_free(sleep_set *s)
{
    free(s->e);
    memset(s, 0, sizeof *s);
}
