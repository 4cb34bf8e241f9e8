/* compile_lval.c: the places a value is stored to: variables (registers,
 * cells, captured cells, globals), memory (fields, elements, *p) and map
 * entries. Assignments evaluate every place's operands first, then store,
 * as Go's order of evaluation asks. */
#include "golang/compile.h"

int declare_local(comp *C, gobj *o)
{
    gtype *t = o->type;
    if (vm_is_aggregate(t) || o->captured || o->addrtaken) {
        int r = reg_alloc(C, 1);
        int size = gtype_size(t);
        emit(C, VM_NEW, r, size > 0 ? size : 8);
        o->storage = VS_BOXED;
        o->slot = r;
        return r;
    }
    int r = reg_alloc(C, vm_slots(t));
    o->storage = VS_LOCAL;
    o->slot = r;
    return r;
}

/* A register holding the address of o's cell (boxed, captured, global). */
static int cell_of(comp *C, gobj *o)
{
    if (o->storage == VS_GLOBAL) {
        int r = reg_alloc(C, 1);
        emit(C, VM_GLOBAL, r, o->slot);
        return r;
    }
    if (o->owner == C->fs->info && o->storage == VS_BOXED)
        return o->slot;
    int r = reg_alloc(C, 1);
    emit(C, VM_UPVAL, r, comp_upval(C, C->fs, o));
    return r;
}

int load_var(comp *C, gobj *o, int dst)
{
    if (o->storage == VS_LOCAL && o->owner == C->fs->info) {
        if (dst < 0)
            return o->slot;
        if (dst != o->slot)
            emit(C, VM_MOVN, dst, o->slot, vm_slots(o->type));
        return dst;
    }
    if (o->storage == VS_NONE)
        comp_fail(C, o->decl, "this variable");
    if (dst < 0)
        dst = reg_alloc(C, vm_slots(o->type));
    int mark = C->fs->nreg;
    int cell = cell_of(C, o);
    emit_load(C, o->type, dst, cell, 0, false);
    reg_free_to(C, mark);
    return dst;
}

void store_var(comp *C, gobj *o, int src, gtype *src_t)
{
    (void)src_t;
    if (o->storage == VS_LOCAL && o->owner == C->fs->info) {
        if (src != o->slot)
            emit(C, VM_MOVN, o->slot, src, vm_slots(o->type));
        return;
    }
    int mark = C->fs->nreg;
    int cell = cell_of(C, o);
    emit_store(C, o->type, cell, 0, src, false);
    reg_free_to(C, mark);
}

lval clval(comp *C, node *e)
{
    lval lv = {LV_BLANK, etype(e), NULL, 0, 0, false, 0, NULL};
    e = ast_unparen(e);
    if (e->kind == N_NAME && e->name[0] == '_' && e->name[1] == 0)
        return lv;
    if (e->kind == N_NAME && e->obj && e->obj->kind == O_VAR) {
        lv.kind = LV_VAR;
        lv.var = e->obj;
        lv.t = e->obj->type; /* an assigned name may carry no type */
        return lv;
    }
    if (e->kind == N_INDEX && under(etype(e->x))->kind == K_MAP) {
        gtype *mt = under(etype(e->x));
        lv.kind = LV_MAP;
        lv.mt = mt;
        lv.addr = cexpr_reg(C, e->x);
        lv.key = reg_alloc(C, vm_slots(mt->key));
        cexpr_to(C, e->y, mt->key, lv.key);
        return lv;
    }
    lv.kind = LV_MEM;
    lv.addr = caddr(C, e);
    lv.packed = e->kind == N_INDEX;
    return lv;
}

void lval_store(comp *C, const lval *lv, int src, gtype *src_t)
{
    switch (lv->kind) {
    case LV_BLANK:
        return;
    case LV_VAR:
        store_var(C, lv->var, src, src_t);
        return;
    case LV_MEM:
        emit_store(C, lv->t, lv->addr, lv->off, src, lv->packed);
        return;
    case LV_MAP:
        emit(C, VM_MAPSET, lv->addr, lv->key, src, ktype(C, lv->mt));
        return;
    }
}

void lval_load(comp *C, const lval *lv, int dst)
{
    switch (lv->kind) {
    case LV_BLANK:
        return;
    case LV_VAR:
        load_var(C, lv->var, dst);
        return;
    case LV_MEM:
        emit_load(C, lv->t, dst, lv->addr, lv->off, lv->packed);
        if (vm_is_aggregate(lv->t))
            emit_own(C, lv->t, dst);
        return;
    case LV_MAP:
        emit(C, VM_MAPGET, dst, lv->addr, lv->key, -1, ktype(C, lv->mt));
        return;
    }
}
