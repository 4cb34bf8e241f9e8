/* vm_value.c: what the VM knows about values by their type: how many
 * register slots they take, how they are loaded from and stored to
 * memory, boxed into and unboxed from interfaces, compared and hashed,
 * and UTF-8 encoding and decoding. */
#include "golang/vm.h"

#include <string.h>

bool vm_is_aggregate(gtype *t)
{
    tkind k = under(t)->kind;
    return k == K_STRUCT || k == K_ARRAY;
}

int vm_slots(gtype *t)
{
    if (!t)
        return 0;
    gtype *u = under(t);
    switch (u->kind) {
    case K_STRING: case K_INTERFACE: return 2;
    case K_SLICE: return 3;
    case K_TUPLE: {
        int n = 0;
        for (int i = 0; i < u->nparams; i++)
            n += vm_slots(u->params[i]);
        return n;
    }
    default: return 1;
    }
}

const void *vm_mem_of(gtype *t, const slot *r)
{
    return vm_is_aggregate(t) ? r->p : (const void *)r;
}

void vm_load(gtype *t, const void *p, slot *r, bool packed)
{
    gtype *u = under(t);
    if (vm_is_aggregate(u)) {
        r->p = (void *)p;
        return;
    }
    int n = vm_slots(u);
    (void)packed; /* small scalars are at their own size everywhere */
    if (n > 1) {
        memcpy(r, p, sizeof(slot) * (size_t)n);
        return;
    }
    switch (u->kind) {
    case K_BOOL: case K_UINT8: r->u = *(const uint8_t *)p; break;
    case K_INT8: r->i = *(const int8_t *)p; break;
    case K_INT16: { int16_t x; memcpy(&x, p, 2); r->i = x; break; }
    case K_UINT16: { uint16_t x; memcpy(&x, p, 2); r->u = x; break; }
    case K_INT32: { int32_t x; memcpy(&x, p, 4); r->i = x; break; }
    case K_UINT32: { uint32_t x; memcpy(&x, p, 4); r->u = x; break; }
    case K_FLOAT32: { float x; memcpy(&x, p, 4); r->f = x; break; }
    default: memcpy(r, p, 8); break;
    }
}

void vm_store(gtype *t, void *p, const slot *r, bool packed)
{
    gtype *u = under(t);
    if (vm_is_aggregate(u)) {
        if (r->p)
            memmove(p, r->p, (size_t)gtype_size(u));
        else
            memset(p, 0, (size_t)gtype_size(u));
        return;
    }
    int n = vm_slots(u);
    (void)packed;
    if (n > 1) {
        memcpy(p, r, sizeof(slot) * (size_t)n);
        return;
    }
    switch (gtype_elem_size(u)) {
    case 1: *(uint8_t *)p = (uint8_t)r->u; break;
    case 2: { uint16_t x = (uint16_t)r->u; memcpy(p, &x, 2); break; }
    case 4:
        if (u->kind == K_FLOAT32) {
            float x = (float)r->f;
            memcpy(p, &x, 4);
        } else {
            uint32_t x = (uint32_t)r->u;
            memcpy(p, &x, 4);
        }
        break;
    default: memcpy(p, r, 8); break;
    }
}

slot vm_box(vm_thread *th, gtype *t, const slot *r)
{
    slot d;
    gtype *u = under(t);
    if (vm_is_aggregate(u)) {
        int size = gtype_size(u);
        d.p = vm_alloc(th, (size_t)size + 1);
        if (r->p)
            memcpy(d.p, r->p, (size_t)size);
        return d;
    }
    int n = vm_slots(u);
    if (n == 1) {
        /* the data word holds the value as memory does: a float32 as
         * 4 bytes (ints are the same either way, little-endian) */
        d.u = 0;
        vm_store(t, &d, r, true);
        return d;
    }
    d.p = vm_alloc(th, sizeof(slot) * (size_t)n);
    memcpy(d.p, r, sizeof(slot) * (size_t)n);
    return d;
}

void vm_unbox(gtype *t, slot data, slot *r)
{
    gtype *u = under(t);
    if (vm_is_aggregate(u)) {
        r->p = data.p;
        return;
    }
    int n = vm_slots(u);
    if (n == 1)
        vm_load(t, &data, r, true);
    else
        memcpy(r, data.p, sizeof(slot) * (size_t)n);
}

const void *vm_iface_data(const vm_iface *x)
{
    gtype *u = under(x->t);
    if (vm_is_aggregate(u) || vm_slots(u) > 1)
        return x->data.p;
    return &x->data;
}

static bool str_equal(const vm_string *a, const vm_string *b)
{
    return a->len == b->len && (a->len == 0 || memcmp(a->p, b->p, (size_t)a->len) == 0);
}

/* Equality of values of type t in memory (not packed, but elements of
 * arrays are). */
static bool equal_at(gtype *t, const void *p, const void *q, bool packed)
{
    gtype *u = under(t);
    switch (u->kind) {
    case K_STRING: return str_equal(p, q);
    case K_FLOAT64:
    case K_FLOAT32: {
        slot a, b;
        vm_load(t, p, &a, packed);
        vm_load(t, q, &b, packed);
        return a.f == b.f;
    }
    case K_INTERFACE: {
        const vm_iface *x = p, *y = q;
        if (x->t != y->t)
            return false;
        if (!x->t)
            return true;
        return equal_at(x->t, vm_iface_data(x), vm_iface_data(y), false);
    }
    case K_STRUCT:
        for (int i = 0; i < u->nfields; i++) {
            gfield *f = &u->fields[i];
            if (strcmp(f->name, "_") == 0)
                continue;
            if (!equal_at(f->type, (const char *)p + f->offset, (const char *)q + f->offset, false))
                return false;
        }
        return true;
    case K_ARRAY: {
        int es = gtype_elem_size(u->elem);
        for (int64_t i = 0; i < u->len; i++)
            if (!equal_at(u->elem, (const char *)p + i * es, (const char *)q + i * es, true))
                return false;
        return true;
    }
    default: {
        slot a = {0}, b = {0};
        vm_load(t, p, &a, packed);
        vm_load(t, q, &b, packed);
        return a.u == b.u;
    }
    }
}

bool vm_equal(gtype *t, const void *p, const void *q)
{
    return equal_at(t, p, q, false);
}

/* Whether values of t can be compared (else == on an interface holding
 * one panics). */
static bool comparable(gtype *t)
{
    return type_comparable(t);
}

bool vm_iface_equal(vm_thread *th, const vm_iface *x, const vm_iface *y)
{
    if (x->t != y->t)
        return false;
    if (!x->t)
        return true;
    if (!comparable(x->t)) {
        arena tmp = {0};
        char *name = type_string(&tmp, x->t, 1);
        char msg[256];
        snprintf(msg, sizeof msg, "comparing uncomparable type %s", name);
        arena_free(&tmp);
        vm_throw(th, "%s", msg);
    }
    return equal_at(x->t, vm_iface_data(x), vm_iface_data(y), false);
}

static uint64_t mix(uint64_t h, uint64_t x)
{
    h ^= x + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    h *= 0xff51afd7ed558ccdull;
    return h ^ (h >> 33);
}

static uint64_t hash_at(gtype *t, const void *p, uint64_t h, bool packed)
{
    gtype *u = under(t);
    switch (u->kind) {
    case K_STRING: {
        const vm_string *s = p;
        uint64_t x = 0xcbf29ce484222325ull;
        for (int64_t i = 0; i < s->len; i++)
            x = (x ^ (uint8_t)s->p[i]) * 0x100000001b3ull;
        return mix(h, x);
    }
    case K_INTERFACE: {
        const vm_iface *x = p;
        if (!x->t)
            return mix(h, 0);
        return hash_at(x->t, vm_iface_data(x), mix(h, (uint64_t)x->t->id), false);
    }
    case K_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            h = hash_at(u->fields[i].type, (const char *)p + u->fields[i].offset, h, false);
        return h;
    case K_ARRAY: {
        int es = gtype_elem_size(u->elem);
        for (int64_t i = 0; i < u->len; i++)
            h = hash_at(u->elem, (const char *)p + i * es, h, true);
        return h;
    }
    case K_FLOAT32:
    case K_FLOAT64: {
        slot a;
        vm_load(t, p, &a, packed);
        if (a.f == 0)
            a.f = 0; /* +0 and -0 are equal keys */
        return mix(h, a.u);
    }
    default: {
        slot a = {0};
        vm_load(t, p, &a, packed);
        return mix(h, a.u);
    }
    }
}

uint64_t vm_hash(gtype *t, const void *p, uint64_t seed)
{
    return hash_at(t, p, seed, false);
}

vm_itab *vm_mtab(gtype *t)
{
    if (t->mtab)
        return t->mtab;
    /* another instance of *T: T keeps the one with the table */
    if (t->kind == K_POINTER && t->elem && t->elem->ptr_to && t->elem->ptr_to != t)
        return t->elem->ptr_to->mtab;
    return NULL;
}

vm_func *vm_method_find(gtype *t, const char *name)
{
    vm_itab *m = vm_mtab(t);
    if (!m)
        return NULL;
    for (int i = 0; i < m->n; i++)
        if (m->m[i].name == name)
            return m->m[i].fn;
    /* the library's own types name their methods with C strings */
    for (int i = 0; i < m->n; i++)
        if (strcmp(m->m[i].name, name) == 0)
            return m->m[i].fn;
    return NULL;
}

bool vm_implements(gtype *t, gtype *iface)
{
    gtype *u = under(iface);
    for (int i = 0; i < u->nmethods; i++) {
        bool found = false;
        vm_itab *m = vm_mtab(t);
        for (int k = 0; m && k < m->n; k++)
            if (strcmp(m->m[k].name, u->methods[i].name) == 0)
                found = true;
        if (!found)
            return false;
    }
    return true;
}

int vm_utf8_encode(char *buf, int64_t r)
{
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        r = 0xFFFD;
    if (r < 0x80) {
        buf[0] = (char)r;
        return 1;
    }
    if (r < 0x800) {
        buf[0] = (char)(0xC0 | (r >> 6));
        buf[1] = (char)(0x80 | (r & 0x3F));
        return 2;
    }
    if (r < 0x10000) {
        buf[0] = (char)(0xE0 | (r >> 12));
        buf[1] = (char)(0x80 | ((r >> 6) & 0x3F));
        buf[2] = (char)(0x80 | (r & 0x3F));
        return 3;
    }
    buf[0] = (char)(0xF0 | (r >> 18));
    buf[1] = (char)(0x80 | ((r >> 12) & 0x3F));
    buf[2] = (char)(0x80 | ((r >> 6) & 0x3F));
    buf[3] = (char)(0x80 | (r & 0x3F));
    return 4;
}

int32_t vm_utf8_decode(const char *s, int64_t n, int *width)
{
    const unsigned char *p = (const unsigned char *)s;
    *width = 1;
    if (n <= 0)
        return 0xFFFD;
    unsigned c = p[0];
    if (c < 0x80)
        return (int32_t)c;
    int len = c >= 0xF0 && c < 0xF5 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
    if (c >= 0xF5)
        len = 0;
    if (len == 0 || n < len)
        return 0xFFFD;
    int32_t r = (int32_t)(c & (0x7F >> len));
    for (int i = 1; i < len; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return 0xFFFD;
        r = (r << 6) | (p[i] & 0x3F);
    }
    if ((len == 3 && (r < 0x800 || (r >= 0xD800 && r <= 0xDFFF))) || (len == 4 && (r < 0x10000 || r > 0x10FFFF)))
        return 0xFFFD;
    *width = len;
    return r;
}
