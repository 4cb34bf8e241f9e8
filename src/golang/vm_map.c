/* vm_map.c: Go maps: a hash table of entries holding the key and the
 * value in memory layout, chained by bucket, with an entry list in
 * insertion order that iteration walks (Go's order is unspecified; a
 * range over a map that is changed meanwhile sees each live entry at most
 * once, as Go guarantees). */
#include "golang/vm.h"

#include <string.h>

typedef struct entry {
    struct entry *chain;  /* next in its bucket */
    struct entry *next;   /* next in insertion order */
    uint64_t hash;
    bool dead;            /* deleted (still on the order list) */
    int64_t data[];       /* key bytes, then value bytes (8-aligned) */
} entry;

struct vm_map {
    gtype *key, *val;
    int ksize, vsize;
    entry **buckets;
    int64_t nbuckets;
    int64_t len;
    entry *first, *last;
    uint64_t seed;
    vm_thread *owner;
};

struct vm_map_iter {
    vm_map *m;
    entry *at;
};

vm_map *vm_map_new(vm_thread *t, gtype *mt, int64_t hint)
{
    gtype *u = under(mt);
    vm_map *m = vm_alloc(t, sizeof *m);
    m->key = u->key;
    m->val = u->elem;
    m->ksize = (gtype_size(u->key) + 7) & ~7;
    m->vsize = (gtype_size(u->elem) + 7) & ~7;
    m->nbuckets = 8;
    while (m->nbuckets < hint && m->nbuckets < (1 << 24))
        m->nbuckets *= 2;
    m->buckets = vm_alloc(t, sizeof *m->buckets * (size_t)m->nbuckets);
    m->seed = 0x243f6a8885a308d3ull;
    m->owner = t;
    return m;
}

static entry *lookup(vm_map *m, const void *key, uint64_t h)
{
    for (entry *e = m->buckets[h & (uint64_t)(m->nbuckets - 1)]; e; e = e->chain)
        if (e->hash == h && vm_equal(m->key, e->data, key))
            return e;
    return NULL;
}

/* Panics as Go does when the key's dynamic type is not comparable. */
static void check_key(vm_thread *t, vm_map *m, const void *key)
{
    if (under(m->key)->kind != K_INTERFACE)
        return;
    const vm_iface *x = key;
    if (x->t && !type_comparable(x->t)) {
        arena tmp = {0};
        char *name = type_string(&tmp, x->t, 1);
        char msg[256];
        snprintf(msg, sizeof msg, "hash of unhashable type %s", name);
        arena_free(&tmp);
        vm_throw(t, "%s", msg);
    }
}

void *vm_map_find(vm_map *m, const void *key)
{
    check_key(m->owner, m, key);
    entry *e = lookup(m, key, vm_hash(m->key, key, m->seed));
    return e ? (char *)e->data + m->ksize : NULL;
}

static void grow(vm_thread *t, vm_map *m)
{
    int64_t n = m->nbuckets * 2;
    entry **b = vm_alloc(t, sizeof *b * (size_t)n);
    for (entry *e = m->first; e; e = e->next) {
        if (e->dead)
            continue;
        entry **slotp = &b[e->hash & (uint64_t)(n - 1)];
        e->chain = *slotp;
        *slotp = e;
    }
    m->buckets = b;
    m->nbuckets = n;
}

void *vm_map_insert(vm_thread *t, vm_map *m, const void *key)
{
    check_key(t, m, key);
    uint64_t h = vm_hash(m->key, key, m->seed);
    entry *e = lookup(m, key, h);
    if (e)
        return (char *)e->data + m->ksize;
    if (m->len + 1 > m->nbuckets)
        grow(t, m);
    e = vm_alloc(t, sizeof *e + (size_t)(m->ksize + m->vsize));
    e->hash = h;
    memcpy(e->data, key, (size_t)gtype_size(m->key));
    entry **b = &m->buckets[h & (uint64_t)(m->nbuckets - 1)];
    e->chain = *b;
    *b = e;
    if (m->last)
        m->last->next = e;
    else
        m->first = e;
    m->last = e;
    m->len++;
    return (char *)e->data + m->ksize;
}

void vm_map_delete(vm_map *m, const void *key)
{
    uint64_t h = vm_hash(m->key, key, m->seed);
    entry **p = &m->buckets[h & (uint64_t)(m->nbuckets - 1)];
    for (; *p; p = &(*p)->chain) {
        entry *e = *p;
        if (e->hash == h && vm_equal(m->key, e->data, key)) {
            *p = e->chain;
            e->dead = true;
            m->len--;
            return;
        }
    }
}

int64_t vm_map_len(const vm_map *m)
{
    return m->len;
}

vm_map_iter *vm_map_iter_new(vm_thread *t, vm_map *m)
{
    vm_map_iter *it = vm_alloc(t, sizeof *it);
    it->m = m;
    it->at = m->first;
    return it;
}

bool vm_map_iter_next(vm_map_iter *it, void **key, void **val)
{
    while (it->at && it->at->dead)
        it->at = it->at->next;
    if (!it->at)
        return false;
    entry *e = it->at;
    it->at = e->next;
    *key = e->data;
    *val = (char *)e->data + it->m->ksize;
    return true;
}

int vm_map_sorted(vm_thread *t, vm_map *m, void ***keys, void ***vals)
{
    int n = (int)m->len;
    void **k = vm_alloc(t, sizeof *k * (size_t)(n + 1));
    void **v = vm_alloc(t, sizeof *v * (size_t)(n + 1));
    int i = 0;
    for (entry *e = m->first; e; e = e->next) {
        if (e->dead)
            continue;
        k[i] = e->data;
        v[i] = (char *)e->data + m->ksize;
        i++;
    }
    /* insertion sort by key (fmt's order: numbers, strings, ...) */
    for (int a = 1; a < i; a++) {
        for (int b = a; b > 0 && vm_key_less(m->key, k[b], k[b - 1]); b--) {
            void *x = k[b]; k[b] = k[b - 1]; k[b - 1] = x;
            x = v[b]; v[b] = v[b - 1]; v[b - 1] = x;
        }
    }
    *keys = k;
    *vals = v;
    return i;
}
