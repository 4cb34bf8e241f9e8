/* types.c: making Go types, the predicates the checker asks of them
 * (identity, kinds, comparability), and their memory layout (sizes and
 * field offsets) as the VM lays values out. */
#include "golang/types.h"

#include <string.h>

static int next_type_id = 1;

gtype *type_new(arena *a, tkind k)
{
    gtype *t = arena_alloc(a, sizeof *t);
    t->kind = k;
    t->home = a;
    t->size = -1;
    t->id = __atomic_fetch_add(&next_type_id, 1, __ATOMIC_RELAXED);
    return t;
}

gtype *type_pointer(arena *a, gtype *elem)
{
    if (elem->ptr_to)
        return elem->ptr_to;
    gtype *t = type_new(a, K_POINTER);
    t->elem = elem;
    if (elem->home == a)
        elem->ptr_to = t;
    return t;
}

gtype *type_slice(arena *a, gtype *elem)
{
    if (elem->slice_of)
        return elem->slice_of;
    gtype *t = type_new(a, K_SLICE);
    t->elem = elem;
    if (elem->home == a)
        elem->slice_of = t;
    return t;
}

gtype *type_array(arena *a, gtype *elem, int64_t len)
{
    gtype *t = type_new(a, K_ARRAY);
    t->elem = elem;
    t->len = len;
    return t;
}

gtype *type_map(arena *a, gtype *key, gtype *elem)
{
    gtype *t = type_new(a, K_MAP);
    t->key = key;
    t->elem = elem;
    return t;
}

gtype *type_chan(arena *a, gtype *elem, int dir)
{
    gtype *t = type_new(a, K_CHAN);
    t->elem = elem;
    t->dir = dir;
    return t;
}

gtype *type_tuple(arena *a, gtype **v, int n)
{
    gtype *t = type_new(a, K_TUPLE);
    t->params = v;
    t->nparams = n;
    return t;
}

gtype *type_named(arena *a, gobj *obj, gtype *underlying)
{
    gtype *t = type_new(a, K_NAMED);
    t->obj = obj;
    t->underlying = underlying;
    return t;
}

/* --- predicates -------------------------------------------------------- */

bool type_is_untyped(const gtype *t)
{
    return t && t->kind >= K_UNTYPED_BOOL && t->kind <= K_UNTYPED_NIL;
}

bool type_is_integer(gtype *t)
{
    t = under(t);
    return t && ((t->kind >= K_INT && t->kind <= K_UINTPTR) || t->kind == K_UNTYPED_INT ||
                 t->kind == K_UNTYPED_RUNE);
}

bool type_is_unsigned(gtype *t)
{
    t = under(t);
    return t && t->kind >= K_UINT && t->kind <= K_UINTPTR;
}

bool type_is_float(gtype *t)
{
    t = under(t);
    return t && (t->kind == K_FLOAT32 || t->kind == K_FLOAT64 || t->kind == K_UNTYPED_FLOAT);
}

bool type_is_numeric(gtype *t)
{
    gtype *u = under(t);
    return type_is_integer(t) || type_is_float(t) ||
           (u && (u->kind == K_COMPLEX64 || u->kind == K_COMPLEX128));
}

bool type_is_string(gtype *t)
{
    t = under(t);
    return t && (t->kind == K_STRING || t->kind == K_UNTYPED_STRING);
}

bool type_is_boolean(gtype *t)
{
    t = under(t);
    return t && (t->kind == K_BOOL || t->kind == K_UNTYPED_BOOL);
}

bool type_is_constant_type(gtype *t)
{
    return type_is_boolean(t) || type_is_numeric(t) || type_is_string(t);
}

bool type_is_interface(gtype *t)
{
    t = under(t);
    return t && t->kind == K_INTERFACE;
}

bool type_has_nil(gtype *t)
{
    t = under(t);
    if (!t)
        return false;
    switch (t->kind) {
    case K_POINTER: case K_FUNC: case K_SLICE: case K_MAP: case K_CHAN: case K_INTERFACE:
    case K_UNSAFEPTR: case K_UNTYPED_NIL:
        return true;
    default:
        return false;
    }
}

bool type_comparable(gtype *t)
{
    t = under(t);
    if (!t)
        return false;
    switch (t->kind) {
    case K_SLICE: case K_MAP: case K_FUNC: case K_TUPLE:
        return false;
    case K_ARRAY:
        return type_comparable(t->elem);
    case K_STRUCT:
        for (int i = 0; i < t->nfields; i++)
            if (!type_comparable(t->fields[i].type))
                return false;
        return true;
    default:
        return t->kind != K_INVALID;
    }
}

int type_int_bits(gtype *t)
{
    t = under(t);
    switch (t ? t->kind : K_INVALID) {
    case K_INT8: case K_UINT8: return 8;
    case K_INT16: case K_UINT16: return 16;
    case K_INT32: case K_UINT32: return 32;
    default: return 64;
    }
}

gtype *type_default(gtype *t)
{
    if (!t)
        return t;
    switch (t->kind) {
    case K_UNTYPED_BOOL: return t_basic[K_BOOL];
    case K_UNTYPED_INT: return t_basic[K_INT];
    case K_UNTYPED_RUNE: return t_rune;
    case K_UNTYPED_FLOAT: return t_basic[K_FLOAT64];
    case K_UNTYPED_STRING: return t_basic[K_STRING];
    default: return t;
    }
}

/* --- identity ---------------------------------------------------------- */

static bool identical_lists(gtype **a, int na, gtype **b, int nb)
{
    if (na != nb)
        return false;
    for (int i = 0; i < na; i++)
        if (!type_identical(a[i], b[i]))
            return false;
    return true;
}

bool type_identical(gtype *x, gtype *y)
{
    if (x == y)
        return true;
    if (!x || !y || x->kind != y->kind)
        return false;
    switch (x->kind) {
    case K_ARRAY:
        return x->len == y->len && type_identical(x->elem, y->elem);
    case K_SLICE:
    case K_POINTER:
        return type_identical(x->elem, y->elem);
    case K_MAP:
        return type_identical(x->key, y->key) && type_identical(x->elem, y->elem);
    case K_CHAN:
        return x->dir == y->dir && type_identical(x->elem, y->elem);
    case K_STRUCT:
        if (x->nfields != y->nfields)
            return false;
        for (int i = 0; i < x->nfields; i++) {
            gfield *f = &x->fields[i], *g = &y->fields[i];
            if (f->embedded != g->embedded || strcmp(f->name, g->name) != 0 ||
                !type_identical(f->type, g->type))
                return false;
            if ((f->tag == NULL) != (g->tag == NULL) || (f->tag && strcmp(f->tag, g->tag) != 0))
                return false;
            /* unexported names of different packages differ */
            if (f->obj && g->obj && f->obj->pkg != g->obj->pkg && !(f->name[0] >= 'A' && f->name[0] <= 'Z'))
                return false;
        }
        return true;
    case K_FUNC:
        return x->variadic == y->variadic && identical_lists(x->params, x->nparams, y->params, y->nparams) &&
               identical_lists(x->results, x->nresults, y->results, y->nresults);
    case K_TUPLE:
        return identical_lists(x->params, x->nparams, y->params, y->nparams);
    case K_INTERFACE:
        if (x->nmethods != y->nmethods)
            return false;
        for (int i = 0; i < x->nmethods; i++)
            if (strcmp(x->methods[i].name, y->methods[i].name) != 0 ||
                !type_identical(x->methods[i].sig, y->methods[i].sig))
                return false;
        return true;
    case K_NAMED:
        return false; /* named types are identical only to themselves */
    default:
        return true; /* basic types of one kind */
    }
}

/* --- layout ------------------------------------------------------------ */

int gtype_elem_size(gtype *t)
{
    gtype *u = under(t);
    switch (u->kind) {
    case K_BOOL: case K_INT8: case K_UINT8: return 1;
    case K_INT16: case K_UINT16: return 2;
    case K_INT32: case K_UINT32: case K_FLOAT32: return 4;
    default: return gtype_size(t);
    }
}

/* Sizes past this are refused by the checker (a value must fit the VM's
 * 32-bit offsets). */
#define TYPE_MAX_SIZE (1 << 30)

int gtype_size(gtype *t)
{
    if (t->size >= 0)
        return t->size;
    if (t->kind == K_NAMED) {
        t->size = t->underlying ? gtype_size(t->underlying) : 8;
        return t->size;
    }
    int64_t size;
    switch (t->kind) {
    case K_STRING: case K_INTERFACE: case K_COMPLEX128: size = 16; break;
    case K_SLICE: size = 24; break;
    case K_ARRAY: {
        int64_t es = gtype_elem_size(t->elem);
        size = t->len > 0 && es > TYPE_MAX_SIZE / t->len ? TYPE_MAX_SIZE + 8LL : es * t->len;
        size = (size + 7) & ~7LL;
        break;
    }
    case K_STRUCT: {
        int64_t off = 0;
        for (int i = 0; i < t->nfields; i++) {
            t->fields[i].offset = (int)(off > TYPE_MAX_SIZE ? TYPE_MAX_SIZE : off);
            off += gtype_size(t->fields[i].type);
        }
        size = off;
        break;
    }
    case K_TUPLE: {
        int64_t off = 0;
        for (int i = 0; i < t->nparams; i++)
            off += gtype_size(t->params[i]);
        size = off;
        break;
    }
    default:
        size = 8;
        break;
    }
    if (size > TYPE_MAX_SIZE)
        size = TYPE_MAX_SIZE + 8;
    t->size = (int)size;
    return t->size;
}

bool gtype_has_pointers(gtype *t)
{
    gtype *u = under(t);
    switch (u->kind) {
    case K_BOOL: case K_INT: case K_INT8: case K_INT16: case K_INT32: case K_INT64:
    case K_UINT: case K_UINT8: case K_UINT16: case K_UINT32: case K_UINT64: case K_UINTPTR:
    case K_FLOAT32: case K_FLOAT64: case K_COMPLEX64: case K_COMPLEX128:
        return false;
    case K_ARRAY:
        return u->len > 0 && gtype_has_pointers(u->elem);
    case K_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (gtype_has_pointers(u->fields[i].type))
                return true;
        return false;
    default:
        return true;
    }
}
