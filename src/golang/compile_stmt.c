/* compile_stmt.c: statements to bytecode: declarations, assignments,
 * if, for and range loops, switch, select, go, defer, return, labels,
 * break, continue and goto. Temporaries live only for one statement. */
#include "golang/compile.h"

#include <string.h>

void emit_arith(comp *C, node *e, gop op, gtype *t, int dst, int a, int b);

void cblock(comp *C, nlist *l)
{
    for (int i = 0; i < l->n; i++)
        cstmt(C, l->v[i]);
}

static bool is_blank(const node *n)
{
    return n->kind == N_NAME && strcmp(n->name, "_") == 0;
}

/* Says that rhs is the value assigned to lhs ("ch", "m.incoming"), for
 * a channel it makes to take its name. */
static void name_value(comp *C, const node *lhs, const node *rhs)
{
    C->named_value = rhs;
    C->value_name = NULL;
    if (lhs && lhs->kind == N_NAME && strcmp(lhs->name, "_") != 0) {
        C->value_name = lhs->name;
    } else if (lhs && lhs->kind == N_SELECTOR && lhs->x && lhs->x->kind == N_NAME && lhs->y &&
               lhs->y->name) { /* x, y sel: m.incoming */
        size_t n = strlen(lhs->x->name) + strlen(lhs->y->name) + 2;
        char *s = arena_alloc(C->a, n);
        snprintf(s, n, "%s.%s", lhs->x->name, lhs->y->name);
        C->value_name = s;
    }
}

/* var x, y T = a, b (or := with new names): lhs objects and values. */
static void define(comp *C, gobj **lhs, int n, node **rhs, int nrhs)
{
    if (nrhs == 0) {
        for (int i = 0; i < n; i++) {
            if (!lhs[i] || strcmp(lhs[i]->name, "_") == 0)
                continue;
            int r = declare_local(C, lhs[i]);
            if (lhs[i]->storage == VS_LOCAL)
                emit(C, VM_ZERO, r, vm_slots(lhs[i]->type));
        }
        return;
    }
    int mark = C->fs->nreg;
    if (nrhs == n) {
        /* evaluate all, then declare (x := x is not legal, but the values
         * must not see the new variables) */
        int *v = arena_alloc(C->a, sizeof *v * (size_t)n);
        for (int i = 0; i < n; i++) {
            gtype *t = lhs[i] ? lhs[i]->type : etype(rhs[i]);
            v[i] = reg_alloc(C, vm_slots(t));
            C->named_value = rhs[i];
            C->value_name = lhs[i] && strcmp(lhs[i]->name, "_") != 0 ? lhs[i]->name : NULL;
            cexpr_to(C, rhs[i], t, v[i]);
            if (n > 1)
                emit_own(C, t, v[i]);
        }
        int keep = C->fs->nreg;
        for (int i = 0; i < n; i++) {
            if (!lhs[i] || strcmp(lhs[i]->name, "_") == 0)
                continue;
            (void)keep;
        }
        /* registers for the new variables go above the values: declare
         * them, then move */
        for (int i = 0; i < n; i++) {
            if (!lhs[i] || strcmp(lhs[i]->name, "_") == 0)
                continue;
            gobj *o = lhs[i];
            if (!vm_is_aggregate(o->type) && !o->captured && !o->addrtaken && n == 1) {
                /* the value's register becomes the variable's */
                o->storage = VS_LOCAL;
                o->slot = v[i];
                continue;
            }
            declare_local(C, o);
            store_var(C, o, v[i], o->type);
        }
        if (n == 1 && lhs[0] && lhs[0]->storage == VS_LOCAL && lhs[0]->slot == v[0])
            return; /* keep the register */
        (void)mark;
        return;
    }
    /* a, b := f() / v, ok := m[k] ... */
    node *r = rhs[0];
    gtype *tt = r->type;
    int total = 0;
    gtype **types;
    int nt;
    gtype *pair[2];
    if (tt && tt->kind == K_TUPLE) {
        types = tt->params;
        nt = tt->nparams;
    } else {
        pair[0] = etype(r);
        pair[1] = t_basic[K_BOOL];
        types = pair;
        nt = 2;
    }
    for (int i = 0; i < nt; i++)
        total += vm_slots(types[i]);
    int base = reg_alloc(C, total);
    extern void ccommaok(comp * C, node * e, int dst);
    if (tt && tt->kind == K_TUPLE)
        ccall(C, r, base);
    else
        ccommaok(C, r, base);
    int off = base;
    for (int i = 0; i < n && i < nt; i++) {
        gobj *o = lhs[i];
        if (o && strcmp(o->name, "_") != 0) {
            declare_local(C, o);
            gtype *from = types[i];
            if (under(o->type)->kind == K_INTERFACE && under(from)->kind != K_INTERFACE) {
                int t = reg_alloc(C, 2);
                conv_to_iface(C, from, off, t);
                store_var(C, o, t, o->type);
            } else {
                store_var(C, o, off, o->type);
            }
        }
        off += vm_slots(types[i]);
    }
}

/* x, ok := <-ch / m[k] / v.(T) into dst (value then bool). */
void ccommaok(comp *C, node *e, int dst);
void ccommaok(comp *C, node *e, int dst)
{
    node *x = ast_unparen(e);
    gtype *t = etype(x);
    int n = vm_slots(t);
    int mark = C->fs->nreg;
    if (x->kind == N_OPERATION && x->op == OP_RECV && !x->y) {
        int ch = cexpr_reg(C, x->x);
        emit(C, VM_RECV, dst, ch, n, dst + n);
    } else if (x->kind == N_INDEX) {
        gtype *mt = under(etype(x->x));
        int m = cexpr_reg(C, x->x);
        int k = reg_alloc(C, vm_slots(mt->key));
        cexpr_to(C, x->y, mt->key, k);
        emit(C, VM_MAPGET, dst, m, k, dst + n, ktype(C, mt));
    } else if (x->kind == N_ASSERT) {
        int v = cexpr_reg(C, x->x);
        emit(C, VM_ASSERT, dst, v, ktype(C, t), dst + n, n, ktype(C, etype(x->x)));
    } else {
        comp_fail(C, e, "this comma-ok expression");
    }
    reg_free_to(C, mark);
}

static void decl_stmt(comp *C, node *s)
{
    for (int i = 0; i < s->list.n; i++) {
        node *d = s->list.v[i];
        if (d->kind != N_VARDECL)
            continue; /* constants and types have no code */
        set_line(C, d);
        int n = d->list.n;
        gobj **lhs = arena_alloc(C->a, sizeof *lhs * (size_t)n);
        for (int k = 0; k < n; k++)
            lhs[k] = d->list.v[k]->obj;
        node **rhs = NULL;
        int nrhs = d->y ? unpack_expr(&d->y, &rhs) : 0;
        define(C, lhs, n, rhs, nrhs);
    }
}

static void assign(comp *C, node *s)
{
    node **lhs, **rhs;
    int n = unpack_expr(&s->x, &lhs);
    int mark = C->fs->nreg;
    if (s->incdec || (s->op != OP_NONE && s->op != OP_DEF)) {
        /* x op= y, x++ */
        lval lv = clval(C, lhs[0]);
        gtype *t = lv.t;
        int cur = reg_alloc(C, vm_slots(t));
        lval_load(C, &lv, cur);
        int y = reg_alloc(C, vm_slots(t));
        gop op = s->op;
        if (s->incdec) {
            emit(C, VM_LDI, y, 1);
            if (type_is_float(under(t))) {
                double one = 1;
                int64_t bits;
                memcpy(&bits, &one, sizeof bits);
                emit(C, VM_LDK, y, kint(C, bits));
            }
        } else if (op == OP_SHL || op == OP_SHR) {
            cexpr(C, s->y, y);
        } else {
            cexpr_to(C, s->y, t, y);
        }
        emit_arith(C, s, op, t, cur, cur, y);
        lval_store(C, &lv, cur, t);
        reg_free_to(C, mark);
        return;
    }
    int nrhs = unpack_expr(&s->y, &rhs);
    if (s->op == OP_DEF) {
        /* := : new variables are defined, old ones assigned */
        bool all_new = true;
        for (int i = 0; i < n; i++)
            if (!is_blank(lhs[i]) && lhs[i]->obj && lhs[i]->obj->decl != s && lhs[i]->obj->storage != VS_NONE)
                all_new = false;
        if (all_new) {
            gobj **objs = arena_alloc(C->a, sizeof *objs * (size_t)n);
            for (int i = 0; i < n; i++)
                objs[i] = is_blank(lhs[i]) ? NULL : lhs[i]->obj;
            define(C, objs, n, rhs, nrhs);
            return;
        }
        /* mixed: declare the new ones, then assign like = */
        for (int i = 0; i < n; i++) {
            gobj *o = is_blank(lhs[i]) ? NULL : lhs[i]->obj;
            if (o && o->storage == VS_NONE) {
                int r = declare_local(C, o);
                if (o->storage == VS_LOCAL)
                    emit(C, VM_ZERO, r, vm_slots(o->type));
            }
        }
        mark = C->fs->nreg;
    }
    if (n == 1 && nrhs == 1) {
        lval lv = clval(C, lhs[0]);
        name_value(C, lhs[0], rhs[0]);
        gtype *t = lv.kind == LV_BLANK ? etype(rhs[0]) : lv.t;
        if (lv.kind == LV_VAR && lv.var->storage == VS_LOCAL && lv.var->owner == C->fs->info &&
            !vm_is_aggregate(t)) {
            cexpr_to(C, rhs[0], t, lv.var->slot);
        } else {
            int v = reg_alloc(C, vm_slots(t));
            cexpr_to(C, rhs[0], t, v);
            lval_store(C, &lv, v, t);
        }
        reg_free_to(C, mark);
        return;
    }
    lval *lv = arena_alloc(C->a, sizeof *lv * (size_t)n);
    for (int i = 0; i < n; i++)
        lv[i] = clval(C, lhs[i]);
    if (nrhs == n) {
        int *v = arena_alloc(C->a, sizeof *v * (size_t)n);
        for (int i = 0; i < n; i++) {
            gtype *t = lv[i].kind == LV_BLANK ? etype(rhs[i]) : lv[i].t;
            v[i] = reg_alloc(C, vm_slots(t));
            name_value(C, lhs[i], rhs[i]);
            cexpr_to(C, rhs[i], t, v[i]);
            emit_own(C, t, v[i]);
        }
        for (int i = 0; i < n; i++)
            lval_store(C, &lv[i], v[i], lv[i].t);
        reg_free_to(C, mark);
        return;
    }
    node *r = rhs[0];
    gtype *tt = r->type;
    gtype *pair[2];
    gtype **types;
    int nt;
    if (tt && tt->kind == K_TUPLE) {
        types = tt->params;
        nt = tt->nparams;
    } else {
        pair[0] = etype(r);
        pair[1] = t_basic[K_BOOL];
        types = pair;
        nt = 2;
    }
    int total = 0;
    for (int i = 0; i < nt; i++)
        total += vm_slots(types[i]);
    int base = reg_alloc(C, total);
    if (tt && tt->kind == K_TUPLE)
        ccall(C, r, base);
    else
        ccommaok(C, r, base);
    int off = base;
    for (int i = 0; i < n && i < nt; i++) {
        if (lv[i].kind != LV_BLANK) {
            if (under(lv[i].t)->kind == K_INTERFACE && under(types[i])->kind != K_INTERFACE) {
                int t = reg_alloc(C, 2);
                conv_to_iface(C, types[i], off, t);
                lval_store(C, &lv[i], t, lv[i].t);
            } else {
                lval_store(C, &lv[i], off, lv[i].t);
            }
        }
        off += vm_slots(types[i]);
    }
    reg_free_to(C, mark);
}

/* --- returns ---------------------------------------------------------------- */

static void return_stmt(comp *C, node *s)
{
    fstate *fs = C->fs;
    node **v;
    int n = s->x ? unpack_expr(&s->x, &v) : 0;
    gtype *sig = fs->info ? fs->info->sig : NULL;
    int mark = fs->nreg;
    if (!sig || sig->nresults == 0) {
        if (fs->has_defer)
            emit(C, VM_RUNDEFER);
        emit(C, VM_RET, 0, 0);
        return;
    }
    int total = 0;
    for (int i = 0; i < sig->nresults; i++)
        total += vm_slots(sig->results[i]);
    int out = reg_alloc(C, total);
    if (n == sig->nresults) {
        int r = out;
        for (int i = 0; i < n; i++) {
            cexpr_to(C, v[i], sig->results[i], r);
            r += vm_slots(sig->results[i]);
        }
    } else if (n == 1) {
        ccall(C, v[0], out); /* return f() with several results */
    }
    if (n == 0 || fs->has_defer) {
        /* the result variables carry the values through deferred calls */
        int r = out, rr = fs->res;
        for (int i = 0; i < sig->nresults; i++) {
            gobj *o = fs->resobj ? fs->resobj[i] : NULL;
            bool named = o && o->name && strcmp(o->name, "_") != 0;
            if (n) {
                if (named)
                    store_var(C, o, r, o->type);
                else
                    emit(C, VM_MOVN, rr, r, vm_slots(sig->results[i]));
            }
            r += vm_slots(sig->results[i]);
            rr += vm_slots(sig->results[i]);
        }
        if (fs->has_defer)
            emit(C, VM_RUNDEFER);
        r = out;
        rr = fs->res;
        for (int i = 0; i < sig->nresults; i++) {
            gobj *o = fs->resobj ? fs->resobj[i] : NULL;
            bool named = o && o->name && strcmp(o->name, "_") != 0;
            if (named)
                load_var(C, o, r);
            else
                emit(C, VM_MOVN, r, rr, vm_slots(sig->results[i]));
            r += vm_slots(sig->results[i]);
            rr += vm_slots(sig->results[i]);
        }
    }
    emit(C, VM_RET, out, total);
    reg_free_to(C, mark);
}

/* --- loops and branches ---------------------------------------------------- */

static target *push_target(comp *C, const char *name, bool loop)
{
    target *t = arena_alloc(C->a, sizeof *t);
    memset(t, 0, sizeof *t);
    t->outer = C->fs->targets;
    t->label = name;
    t->is_loop = loop;
    t->continue_to = -1;
    C->fs->targets = t;
    return t;
}

static void pop_target(comp *C, target *t)
{
    patch_here(C, t->breaks);
    C->fs->targets = t->outer;
}

static const char *pending_label;

/* The place that is variable o. */
static lval var_lval(gobj *o)
{
    lval lv;
    memset(&lv, 0, sizeof lv);
    lv.kind = LV_VAR;
    lv.t = o->type;
    lv.var = o;
    return lv;
}

/* for init; cond; post { body } */
static void for_stmt(comp *C, node *s, const char *lbl)
{
    int mark = C->fs->nreg;
    if (s->x && s->x->kind == N_RANGE) {
        extern void crange(comp * C, node * s, const char *lbl);
        crange(C, s, lbl);
        return;
    }
    if (s->x)
        cstmt(C, s->x);
    int keep = C->fs->nreg;
    target *t = push_target(C, lbl, true);
    patch *to_cond = s->y ? emit_jump(C, VM_JMP, 0, 0) : NULL;
    int top = here(C);
    cblock(C, &s->w->list);
    reg_free_to(C, keep);
    patch_here(C, t->continues);
    if (s->z)
        cstmt(C, s->z);
    reg_free_to(C, keep);
    patch_here(C, to_cond);
    emit(C, VM_PREEMPT);
    if (s->y) {
        set_line(C, s->y);
        patch *back = cbranch(C, s->y, true);
        patch_to(C, back, top);
    } else {
        patch *back = emit_jump(C, VM_JMP, 0, 0);
        patch_to(C, back, top);
    }
    pop_target(C, t);
    reg_free_to(C, mark);
}

/* for k, v := range x */
void crange(comp *C, node *s, const char *lbl);
void crange(comp *C, node *s, const char *lbl)
{
    node *r = s->x;
    int mark = C->fs->nreg;
    gtype *xt = under(etype(r->y));
    node **lhs = NULL;
    int n = r->x ? unpack_expr(&r->x, &lhs) : 0;
    node *kn = n > 0 && !is_blank(lhs[0]) ? lhs[0] : NULL;
    node *vn = n > 1 && !is_blank(lhs[1]) ? lhs[1] : NULL;
    /* the range expression, evaluated once */
    int x = reg_alloc(C, vm_slots(etype(r->y)));
    cexpr(C, r->y, x);
    if (xt->kind == K_ARRAY && vn) /* the values come from a copy of an array */
        emit_own(C, etype(r->y), x);
    /* the iteration variables (declared once, Go 1.19) */
    lval klv, vlv;
    if (r->def) {
        if (kn)
            declare_local(C, kn->obj);
        if (vn)
            declare_local(C, vn->obj);
        if (kn && kn->obj->storage == VS_LOCAL)
            emit(C, VM_ZERO, kn->obj->slot, vm_slots(kn->obj->type));
        if (vn && vn->obj->storage == VS_LOCAL)
            emit(C, VM_ZERO, vn->obj->slot, vm_slots(vn->obj->type));
    }
    int keep = C->fs->nreg;
    target *t = push_target(C, lbl, true);
    if (xt->kind == K_CHAN) {
        gtype *et = xt->elem;
        int v = reg_alloc(C, vm_slots(et) + 1);
        int top = here(C);
        emit(C, VM_RECV, v, x, vm_slots(et), v + vm_slots(et));
        patch *done = emit_jump(C, VM_JF, v + vm_slots(et), 0);
        int body_keep = C->fs->nreg;
        if (kn) {
            klv = r->def ? var_lval(kn->obj) : clval(C, kn);
            lval_store(C, &klv, v, et);
        }
        cblock(C, &s->w->list);
        reg_free_to(C, body_keep);
        patch_here(C, t->continues);
        emit(C, VM_PREEMPT);
        patch_to(C, emit_jump(C, VM_JMP, 0, 0), top);
        patch_here(C, done);
        pop_target(C, t);
        reg_free_to(C, mark);
        (void)keep;
        return;
    }
    if (xt->kind == K_MAP) {
        int it = reg_alloc(C, 1);
        emit(C, VM_MAPITER, it, x, ktype(C, xt));
        int k = reg_alloc(C, vm_slots(xt->key));
        int v = reg_alloc(C, vm_slots(xt->elem));
        int top = here(C);
        emit(C, VM_MAPNEXT, it, k, v, -1, ktype(C, xt));
        patch *done = arena_alloc(C->a, sizeof *done);
        done->next = NULL;
        done->at = here(C) - 2; /* MAPNEXT's jump operand */
        int body_keep = C->fs->nreg;
        if (kn) {
            klv = r->def ? var_lval(kn->obj) : clval(C, kn);
            lval_store(C, &klv, k, xt->key);
        }
        if (vn) {
            vlv = r->def ? var_lval(vn->obj) : clval(C, vn);
            lval_store(C, &vlv, v, xt->elem);
        }
        cblock(C, &s->w->list);
        reg_free_to(C, body_keep);
        patch_here(C, t->continues);
        emit(C, VM_PREEMPT);
        patch_to(C, emit_jump(C, VM_JMP, 0, 0), top);
        patch_here(C, done);
        pop_target(C, t);
        reg_free_to(C, mark);
        return;
    }
    /* integers index: strings, slices, arrays (and pointers to arrays) */
    int i = reg_alloc(C, 1);
    int len = reg_alloc(C, 1);
    bool is_str = xt->kind == K_STRING;
    gtype *at = xt->kind == K_POINTER ? under(xt->elem) : xt;
    if (is_str || at->kind == K_SLICE)
        emit(C, VM_MOV, len, x + 1);
    else if (at->kind == K_ARRAY)
        emit(C, VM_LDI, len, (int32_t)at->len);
    else
        comp_fail(C, r->y, "range over this type");
    emit(C, VM_LDI, i, 0);
    int next = reg_alloc(C, 1); /* strings: the next index */
    int rune = reg_alloc(C, 1);
    patch *to_cond = emit_jump(C, VM_JMP, 0, 0);
    int top = here(C);
    int body_keep = C->fs->nreg;
    if (is_str) {
        emit(C, VM_RANGESTR, rune, x, i, next, 0);
    }
    if (kn) {
        klv = r->def ? var_lval(kn->obj) : clval(C, kn);
        lval_store(C, &klv, i, t_basic[K_INT]);
    }
    if (vn) {
        vlv = r->def ? var_lval(vn->obj) : clval(C, vn);
        if (is_str) {
            lval_store(C, &vlv, rune, t_rune);
        } else {
            gtype *et = at->elem;
            int addr = reg_alloc(C, 1);
            int v = reg_alloc(C, vm_slots(et));
            if (at->kind == K_SLICE)
                emit(C, VM_INDEX, addr, x, i, gtype_elem_size(et), 0);
            else
                emit(C, VM_AINDEX, addr, x, i, gtype_elem_size(et), (int32_t)at->len);
            emit_load(C, et, v, addr, 0, true);
            emit_own(C, et, v);
            lval_store(C, &vlv, v, et);
        }
    }
    cblock(C, &s->w->list);
    reg_free_to(C, body_keep);
    patch_here(C, t->continues);
    if (is_str)
        emit(C, VM_MOV, i, next);
    else
        emit(C, VM_ADDI, i, i, 1);
    patch_here(C, to_cond);
    emit(C, VM_PREEMPT);
    patch_to(C, emit_jump(C, VM_JLT, i, len), top);
    pop_target(C, t);
    reg_free_to(C, mark);
    (void)keep;
}

static void if_stmt(comp *C, node *s)
{
    int mark = C->fs->nreg;
    if (s->x)
        cstmt(C, s->x);
    set_line(C, s->y);
    patch *no = cbranch(C, s->y, false);
    int keep = C->fs->nreg;
    cblock(C, &s->z->list);
    reg_free_to(C, keep);
    if (s->w) {
        patch *end = emit_jump(C, VM_JMP, 0, 0);
        patch_here(C, no);
        if (s->w->kind == N_IF)
            if_stmt(C, s->w);
        else
            cblock(C, &s->w->list);
        patch_here(C, end);
    } else {
        patch_here(C, no);
    }
    reg_free_to(C, mark);
}

/* switch v := x.(type) { case T1, T2: ... case nil: ... default: } */
static void type_switch(comp *C, node *s, const char *lbl)
{
    node *guard = s->y;
    gtype *xt = etype(guard->x);
    int x = reg_alloc(C, 2);
    cexpr(C, guard->x, x);
    target *t = push_target(C, lbl, false);
    int nc = s->list.n;
    patch **to_body = arena_alloc(C->a, sizeof *to_body * (size_t)nc);
    int def = -1;
    int r = reg_alloc(C, 1);
    for (int i = 0; i < nc; i++) {
        node *cc = s->list.v[i];
        to_body[i] = NULL;
        if (!cc->x) {
            def = i;
            continue;
        }
        node **v;
        int n = unpack_expr(&cc->x, &v);
        for (int k = 0; k < n; k++) {
            bool is_nil = v[k]->mode != M_TYPEXPR;
            emit(C, VM_ISTYPE, r, x, is_nil ? -1 : ktype(C, v[k]->type));
            to_body[i] = patch_join(to_body[i], emit_jump(C, VM_JT, r, 0));
        }
    }
    patch *to_default = emit_jump(C, VM_JMP, 0, 0);
    for (int i = 0; i < nc; i++) {
        node *cc = s->list.v[i];
        patch_here(C, to_body[i]);
        if (i == def) {
            patch_here(C, to_default);
            to_default = NULL;
        }
        int keep = C->fs->nreg;
        gobj *o = cc->obj;
        if (o) {
            declare_local(C, o);
            int v = reg_alloc(C, vm_slots(o->type) + 1);
            if (under(o->type)->kind == K_INTERFACE)
                emit(C, VM_MOV2, v, x);
            else /* the case matched: the assertion cannot fail */
                emit(C, VM_ASSERT, v, x, ktype(C, o->type), v + vm_slots(o->type),
                     vm_slots(o->type), ktype(C, o->type));
            store_var(C, o, v, o->type);
        }
        cblock(C, &cc->list);
        reg_free_to(C, keep);
        t->breaks = patch_join(t->breaks, emit_jump(C, VM_JMP, 0, 0));
    }
    patch_here(C, to_default);
    pop_target(C, t);
    (void)xt;
}

static void switch_stmt(comp *C, node *s, const char *lbl)
{
    int mark = C->fs->nreg;
    if (s->x)
        cstmt(C, s->x);
    if (s->y && s->y->kind == N_TYPESWITCH) {
        type_switch(C, s, lbl);
        reg_free_to(C, mark);
        return;
    }
    gtype *tt = s->y ? etype(s->y) : t_basic[K_BOOL];
    int tag = -1;
    if (s->y) {
        tag = reg_alloc(C, vm_slots(tt));
        cexpr(C, s->y, tag);
    }
    target *t = push_target(C, lbl, false);
    int nc = s->list.n;
    patch **to_body = arena_alloc(C->a, sizeof *to_body * (size_t)nc);
    int def = -1;
    int r = reg_alloc(C, 1);
    for (int i = 0; i < nc; i++) {
        node *cc = s->list.v[i];
        to_body[i] = NULL;
        if (!cc->x) {
            def = i;
            continue;
        }
        node **v;
        int n = unpack_expr(&cc->x, &v);
        for (int k = 0; k < n; k++) {
            set_line(C, v[k]);
            int m2 = C->fs->nreg;
            if (tag < 0) {
                to_body[i] = patch_join(to_body[i], cbranch(C, v[k], true));
            } else {
                gtype *ct = tt;
                if (under(etype(v[k]))->kind == K_INTERFACE && under(tt)->kind != K_INTERFACE)
                    ct = etype(v[k]);
                int nsl = vm_slots(ct);
                int a = reg_alloc(C, nsl), b = reg_alloc(C, nsl);
                cexpr_to(C, v[k], ct, a);
                if (ct == tt)
                    emit(C, VM_MOVN, b, tag, nsl);
                else
                    conv_to_iface(C, tt, tag, b);
                gtype *u = under(ct);
                vm_op o = u->kind == K_STRING      ? VM_SEQ
                          : type_is_float(u)       ? VM_FEQ
                          : u->kind == K_INTERFACE ? VM_IEQ
                          : vm_is_aggregate(u)     ? VM_VEQ
                                                   : VM_EQ;
                if (o == VM_VEQ)
                    emit(C, o, r, a, b, ktype(C, ct));
                else
                    emit(C, o, r, a, b);
                to_body[i] = patch_join(to_body[i], emit_jump(C, VM_JT, r, 0));
            }
            reg_free_to(C, m2);
        }
    }
    patch *to_default = emit_jump(C, VM_JMP, 0, 0);
    patch *fall = NULL;
    for (int i = 0; i < nc; i++) {
        node *cc = s->list.v[i];
        patch_here(C, to_body[i]);
        patch_here(C, fall);
        fall = NULL;
        if (i == def) {
            patch_here(C, to_default);
            to_default = NULL;
        }
        int keep = C->fs->nreg;
        nlist *body = &cc->list;
        bool falls = body->n > 0 && body->v[body->n - 1]->kind == N_BRANCH &&
                     body->v[body->n - 1]->tok == T_FALLTHROUGH;
        for (int k = 0; k < body->n - (falls ? 1 : 0); k++)
            cstmt(C, body->v[k]);
        reg_free_to(C, keep);
        if (falls)
            fall = emit_jump(C, VM_JMP, 0, 0);
        else
            t->breaks = patch_join(t->breaks, emit_jump(C, VM_JMP, 0, 0));
    }
    patch_here(C, to_default);
    pop_target(C, t);
    reg_free_to(C, mark);
}

static void branch_stmt(comp *C, node *s)
{
    fstate *fs = C->fs;
    const char *lbl = s->x ? s->x->name : NULL;
    if (s->tok == T_GOTO) {
        label *l;
        for (l = fs->labels; l; l = l->next)
            if (strcmp(l->name, lbl) == 0)
                break;
        if (!l) {
            l = arena_alloc(C->a, sizeof *l);
            memset(l, 0, sizeof *l);
            l->name = lbl;
            l->at = -1;
            l->next = fs->labels;
            fs->labels = l;
        }
        patch *p = emit_jump(C, VM_JMP, 0, 0);
        if (l->at >= 0)
            patch_to(C, p, l->at);
        else
            l->uses = patch_join(l->uses, p);
        return;
    }
    for (target *t = fs->targets; t; t = t->outer) {
        if (lbl ? (t->label && strcmp(t->label, lbl) == 0) : (s->tok == T_BREAK || t->is_loop)) {
            if (s->tok == T_BREAK) {
                t->breaks = patch_join(t->breaks, emit_jump(C, VM_JMP, 0, 0));
                return;
            }
            if (!t->is_loop)
                continue;
            t->continues = patch_join(t->continues, emit_jump(C, VM_JMP, 0, 0));
            return;
        }
    }
    comp_fail(C, s, "this branch");
}

static void place_label(comp *C, const char *name)
{
    fstate *fs = C->fs;
    label *l;
    for (l = fs->labels; l; l = l->next)
        if (strcmp(l->name, name) == 0)
            break;
    if (!l) {
        l = arena_alloc(C->a, sizeof *l);
        memset(l, 0, sizeof *l);
        l->name = name;
        l->next = fs->labels;
        fs->labels = l;
    }
    l->at = here(C);
    patch_to(C, l->uses, l->at);
    l->uses = NULL;
}

static void go_defer(comp *C, node *s)
{
    int mark = C->fs->nreg;
    int cl;
    int np = ccall_parts(C, s->x, &cl);
    emit(C, s->tok == T_GO ? VM_GO : VM_DEFER, cl, cl + 1, np);
    reg_free_to(C, mark);
}

static void send_stmt(comp *C, node *s)
{
    int mark = C->fs->nreg;
    gtype *et = under(etype(s->x))->elem;
    int ch = cexpr_reg(C, s->x);
    int v = reg_alloc(C, vm_slots(et));
    cexpr_to(C, s->y, et, v);
    emit_own(C, et, v);
    set_line(C, s);
    emit(C, VM_SEND, ch, v, vm_slots(et));
    reg_free_to(C, mark);
}

void cstmt(comp *C, node *s)
{
    set_line(C, s);
    const char *lbl = pending_label;
    pending_label = NULL;
    int mark = C->fs->nreg;
    switch (s->kind) {
    case N_EMPTY:
        return;
    case N_BLOCK:
        cblock(C, &s->list);
        return; /* its variables keep their registers */
    case N_EXPRSTMT:
        if (s->x->kind == N_CALL)
            ccall(C, s->x, -1);
        else {
            int r = reg_alloc(C, vm_slots(etype(s->x)) ? vm_slots(etype(s->x)) : 1);
            cexpr(C, s->x, r);
        }
        break;
    case N_DECLSTMT:
        decl_stmt(C, s);
        return;
    case N_ASSIGN:
        assign(C, s);
        if (s->op == OP_DEF)
            return;
        break;
    case N_SEND:
        send_stmt(C, s);
        break;
    case N_IF:
        if_stmt(C, s);
        break;
    case N_FOR:
        for_stmt(C, s, lbl);
        break;
    case N_SWITCH:
        switch_stmt(C, s, lbl);
        break;
    case N_RETURN:
        return_stmt(C, s);
        break;
    case N_CALLSTMT:
        go_defer(C, s);
        break;
    case N_BRANCH:
        branch_stmt(C, s);
        break;
    case N_LABELED:
        place_label(C, s->x->name);
        pending_label = s->x->name;
        cstmt(C, s->y);
        return;
    case N_SELECT: {
        extern void cselect(comp * C, node * s, const char *lbl);
        cselect(C, s, lbl);
        break;
    }
    default:
        comp_fail(C, s, "this statement");
    }
    reg_free_to(C, mark);
}
