/* compile_complit.c: composite literals to bytecode: a struct or array
 * literal fills a new zeroed cell, a slice literal a new backing array,
 * a map literal a new map; elements whose type is elided are literals of
 * the element type (or its address, for &T elided in []*T{{...}}). */
#include "golang/compile.h"

/* The index an array or slice literal's element i goes to. */
static int64_t elem_index(comp *C, node *el, int64_t next)
{
    if (el->kind != N_KEYVALUE)
        return next;
    int64_t i;
    if (!el->x->val || !cval_int64_of(cval_to_int(C->a, el->x->val), &i))
        comp_fail(C, el, "this literal index");
    return i;
}

/* Stores the literal's elements of type et at the cell in base. */
static void fill_elems(comp *C, node *e, gtype *et, int base)
{
    int es = gtype_elem_size(et);
    int mark = C->fs->nreg;
    int v = reg_alloc(C, vm_slots(et));
    int addr = reg_alloc(C, 1);
    int64_t next = 0;
    for (int i = 0; i < e->list.n; i++) {
        node *el = e->list.v[i];
        int64_t at = elem_index(C, el, next);
        node *val = el->kind == N_KEYVALUE ? el->y : el;
        cexpr_to(C, val, et, v);
        if (at * es > INT32_MAX)
            comp_fail(C, el, "a literal this large");
        emit(C, VM_OFFSET, addr, base, (int32_t)(at * es));
        emit_store(C, et, addr, 0, v, true);
        next = at + 1;
    }
    reg_free_to(C, mark);
}

static int64_t literal_len(comp *C, node *e)
{
    int64_t next = 0, max = 0;
    for (int i = 0; i < e->list.n; i++) {
        next = elem_index(C, e->list.v[i], next) + 1;
        if (next > max)
            max = next;
    }
    return max;
}

void ccomplit(comp *C, node *e, int dst);
void ccomplit(comp *C, node *e, int dst)
{
    gtype *t = etype(e);
    if (under(t)->kind == K_POINTER)
        t = under(t)->elem; /* &T elided */
    gtype *u = under(t);
    int mark = C->fs->nreg;
    switch (u->kind) {
    case K_STRUCT: {
        int size = gtype_size(u);
        int cell = reg_alloc(C, 1);
        emit(C, VM_NEW, cell, size > 0 ? size : 8);
        int v = reg_alloc(C, 3);
        for (int i = 0; i < e->list.n; i++) {
            node *el = e->list.v[i];
            int fi = el->kind == N_KEYVALUE ? el->x->aux : i;
            if (fi < 0 || fi >= u->nfields)
                comp_fail(C, el, "this struct literal");
            gfield *f = &u->fields[fi];
            node *val = el->kind == N_KEYVALUE ? el->y : el;
            int vr = vm_slots(f->type) <= 3 ? v : reg_alloc(C, vm_slots(f->type));
            cexpr_to(C, val, f->type, vr);
            emit_store(C, f->type, cell, f->offset, vr, false);
        }
        emit(C, VM_MOV, dst, cell);
        break;
    }
    case K_ARRAY: {
        int size = gtype_size(u);
        int cell = reg_alloc(C, 1);
        emit(C, VM_NEW, cell, size > 0 ? size : 8);
        fill_elems(C, e, u->elem, cell);
        emit(C, VM_MOV, dst, cell);
        break;
    }
    case K_SLICE: {
        int64_t n = literal_len(C, e);
        if (n > INT32_MAX)
            comp_fail(C, e, "a literal this large");
        int len = reg_alloc(C, 1);
        emit(C, VM_LDI, len, (int32_t)n);
        int s = reg_alloc(C, 3);
        emit(C, VM_MKSLICE, s, len, len, ktype(C, u->elem));
        fill_elems(C, e, u->elem, s);
        emit(C, VM_MOV3, dst, s);
        break;
    }
    case K_MAP: {
        int m = reg_alloc(C, 1);
        emit(C, VM_MKMAP, m, ktype(C, t));
        int k = reg_alloc(C, vm_slots(u->key));
        int v = reg_alloc(C, vm_slots(u->elem));
        for (int i = 0; i < e->list.n; i++) {
            node *el = e->list.v[i];
            if (el->kind != N_KEYVALUE)
                comp_fail(C, el, "this map literal");
            cexpr_to(C, el->x, u->key, k);
            cexpr_to(C, el->y, u->elem, v);
            emit(C, VM_MAPSET, m, k, v, ktype(C, t));
        }
        emit(C, VM_MOV, dst, m);
        break;
    }
    default:
        comp_fail(C, e, "this composite literal");
    }
    reg_free_to(C, mark);
}
