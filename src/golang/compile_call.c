/* compile_call.c: calls to bytecode: static calls, calls of function
 * values and of methods, library functions in C, variadic packing and
 * multi-value arguments; the builtin functions and the conversions. The
 * calling convention: the caller puts the arguments (receiver first) in
 * consecutive registers at the top of its frame, the callee's frame starts
 * there, and the results come back in the same registers. */
#include "golang/compile.h"

#include <string.h>

void emit_arith(comp *C, node *e, gop op, gtype *t, int dst, int a, int b);

static int slots_of(gtype **v, int n)
{
    int s = 0;
    for (int i = 0; i < n; i++)
        s += vm_slots(v[i]);
    return s;
}

/* The argument values of a call: its expressions, or the results of one
 * multi-value call spread over them. */
typedef struct args {
    node **v;
    int n;
    int tuple;           /* register of the spread results, -1 */
    gtype *tt;           /* their tuple type */
} args;

static args eval_args(comp *C, node *call)
{
    args a = {call->list.v, call->list.n, -1, NULL};
    if (a.n == 1 && a.v[0]->type && a.v[0]->type->kind == K_TUPLE) {
        a.tt = a.v[0]->type;
        a.tuple = reg_alloc(C, slots_of(a.tt->params, a.tt->nparams));
        ccall(C, a.v[0], a.tuple);
        a.n = a.tt->nparams;
    }
    return a;
}

/* Argument i converted to T into dst, owned when an aggregate. */
static void arg_value(comp *C, const args *a, int i, gtype *T, int dst)
{
    if (a->tuple < 0) {
        cexpr_to(C, a->v[i], T, dst);
    } else {
        int r = a->tuple + slots_of(a->tt->params, i);
        gtype *from = a->tt->params[i];
        if (under(T)->kind == K_INTERFACE && under(from)->kind != K_INTERFACE)
            conv_to_iface(C, from, r, dst);
        else
            emit(C, VM_MOVN, dst, r, vm_slots(T));
    }
    if (vm_is_aggregate(T))
        emit_own(C, T, dst);
}

/* Puts the arguments for sig at base (after skip slots). */
static void put_args(comp *C, node *call, gtype *sig, int base)
{
    args a = eval_args(C, call);
    int r = base;
    int fixed = sig->variadic ? sig->nparams - 1 : sig->nparams;
    for (int i = 0; i < fixed; i++) {
        arg_value(C, &a, i, sig->params[i], r);
        r += vm_slots(sig->params[i]);
    }
    if (!sig->variadic)
        return;
    gtype *st = sig->params[sig->nparams - 1];
    if (call->hasdots) {
        arg_value(C, &a, fixed, st, r);
        return;
    }
    int extra = a.n - fixed;
    if (extra <= 0) {
        emit(C, VM_ZERO, r, 3);
        return;
    }
    gtype *et = under(st)->elem;
    int mark = C->fs->nreg;
    int n = reg_alloc(C, 1);
    emit(C, VM_LDI, n, extra);
    emit(C, VM_MKSLICE, r, n, n, ktype(C, et));
    int v = reg_alloc(C, vm_slots(et));
    int addr = reg_alloc(C, 1);
    int es = gtype_elem_size(et);
    for (int i = 0; i < extra; i++) {
        arg_value(C, &a, fixed + i, et, v);
        emit(C, VM_OFFSET, addr, r, i * es);
        emit_store(C, et, addr, 0, v, true);
    }
    reg_free_to(C, mark);
}

/* The embedded field a promoted method is found on: its type (*field_t,
 * maybe a pointer) and what holds the method (the pointer's element). */
static gtype *promoted_from(const gsel *s, gtype *xt, gtype **field_t)
{
    gtype *st = under(xt)->kind == K_POINTER ? under(xt)->elem : xt;
    gtype *ft = NULL;
    for (int i = 0; i < s->s.npath; i++) {
        ft = under(st)->fields[s->s.path[i]].type;
        st = under(ft)->kind == K_POINTER ? under(ft)->elem : ft;
    }
    *field_t = ft;
    return st;
}

/* The receiver of method call x.m() into dst: an address for a pointer
 * receiver, an owned copy for a value one. */
static void put_receiver(comp *C, node *sel, gtype *recv_t, int dst)
{
    gsel *s = sel->sel;
    node *x = sel->x;
    bool want_ptr = under(recv_t)->kind == K_POINTER;
    gtype *xt = etype(x);
    int mark = C->fs->nreg;
    int base;
    gtype *t = xt;
    if (s->s.npath > 0) {
        /* a promoted method: its receiver is the embedded field */
        int addr = field_addr(C, sel, NULL);
        gtype *ft;
        gtype *st = promoted_from(s, xt, &ft);
        if (under(ft)->kind == K_POINTER)
            emit(C, VM_LOAD, addr, addr, 0, MK_W);
        if (want_ptr) {
            emit(C, VM_MOV, dst, addr);
        } else if (vm_is_aggregate(st)) {
            emit(C, VM_NILCHK, addr);
            emit(C, VM_NEWCOPY, dst, addr, gtype_size(st));
        } else {
            emit_load(C, st, dst, addr, 0, false);
        }
        reg_free_to(C, mark);
        return;
    }
    if (want_ptr) {
        if (under(t)->kind == K_POINTER) {
            base = cexpr_reg(C, x);
        } else {
            base = caddr(C, x);
        }
        emit(C, VM_MOV, dst, base);
    } else {
        if (under(t)->kind == K_POINTER) {
            int p = cexpr_reg(C, x);
            gtype *et = under(t)->elem;
            if (vm_is_aggregate(et)) {
                emit(C, VM_NILCHK, p);
                emit(C, VM_NEWCOPY, dst, p, gtype_size(et));
            } else {
                emit_load(C, et, dst, p, 0, false);
            }
        } else {
            cexpr(C, x, dst);
            emit_own(C, t, dst);
        }
    }
    reg_free_to(C, mark);
}

void cmethod_value(comp *C, node *e, int dst)
{
    gsel *s = e->sel;
    int mark = C->fs->nreg;
    if (s->iface) {
        int x = cexpr_reg(C, e->x);
        emit(C, VM_BIND, dst, kobj(C, (void *)comp_intern(C, e->y->name)), x, -1);
        reg_free_to(C, mark);
        return;
    }
    gobj *m = s->obj;
    gtype *recv_t = m->type->recv ? m->type->recv->type : NULL;
    if (!recv_t)
        comp_fail(C, e, "this method value");
    int rs = vm_slots(recv_t);
    int r = reg_alloc(C, rs);
    put_receiver(C, e, recv_t, r);
    emit(C, VM_BIND, dst, kobj(C, comp_func_of(C, m)), r, rs);
    reg_free_to(C, mark);
}

static void finish_call(comp *C, int base, int nr, int dst)
{
    if (dst >= 0 && nr > 0 && dst != base)
        emit(C, VM_MOVN, dst, base, nr);
}

/* Call e's method NAME through the interface value in register iface:
 * the arguments go after a slot for the receiver, CALLI finds the
 * method in the dynamic type's table, and the registers from mark on
 * are freed. */
static void emit_iface_call(comp *C, node *e, gtype *sig, int iface, const char *name, int dst, int mark)
{
    int np = slots_of(sig->params, sig->nparams);
    int nr = slots_of(sig->results, sig->nresults);
    int base = reg_alloc(C, (np + 1 > nr ? np + 1 : nr));
    put_args(C, e, sig, base + 1);
    emit(C, VM_CALLI, iface, base, kobj(C, (void *)comp_intern(C, name)), 0);
    finish_call(C, base, nr, dst);
    reg_free_to(C, mark);
}

static void builtin(comp *C, node *e, int dst);

void ccall(comp *C, node *e, int dst)
{
    set_line(C, e);
    if (e->aux == -1) {
        cconversion(C, e, dst);
        return;
    }
    if (e->aux > 0) {
        builtin(C, e, dst);
        return;
    }
    node *fun = ast_unparen(e->x);
    gtype *sig = under(fun->type);
    if (!sig || sig->kind != K_FUNC)
        comp_fail(C, e, "this call");
    int mark = C->fs->nreg;
    int np = slots_of(sig->params, sig->nparams);
    int nr = slots_of(sig->results, sig->nresults);
    gobj *fobj = NULL;
    if (fun->kind == N_NAME && fun->obj && fun->obj->kind == O_FUNC)
        fobj = fun->obj;
    else if (fun->kind == N_SELECTOR && fun->sel && fun->sel->kind == GSEL_QUALIFIED &&
             fun->sel->obj->kind == O_FUNC)
        fobj = fun->sel->obj;
    if (fun->kind == N_SELECTOR && fun->sel && fun->sel->kind == GSEL_METHOD) {
        gsel *s = fun->sel;
        gtype *ft = NULL;
        gtype *st = s->s.npath > 0 ? promoted_from(s, etype(fun->x), &ft) : NULL;
        if (st && under(st)->kind == K_INTERFACE) {
            /* promoted from an embedded interface: call through it */
            int addr = field_addr(C, fun, NULL);
            if (under(ft)->kind == K_POINTER)
                emit(C, VM_LOAD, addr, addr, 0, MK_W);
            int iface = reg_alloc(C, 2);
            emit_load(C, st, iface, addr, 0, false);
            emit_iface_call(C, e, sig, iface, fun->y->name, dst, mark);
            return;
        }
        if (s->iface) {
            emit_iface_call(C, e, sig, cexpr_reg(C, fun->x), fun->y->name, dst, mark);
            return;
        }
        gobj *m = s->obj;
        vm_func *f = comp_func_of(C, m);
        gtype *recv_t = m->type->recv ? m->type->recv->type : NULL;
        if (!recv_t)
            comp_fail(C, e, "this method call");
        int rs = vm_slots(recv_t);
        int base = reg_alloc(C, (np + rs > nr ? np + rs : nr));
        put_receiver(C, fun, recv_t, base);
        put_args(C, e, sig, base + rs);
        emit(C, VM_CALL, kobj(C, f), base);
        finish_call(C, base, nr, dst);
        reg_free_to(C, mark);
        return;
    }
    if (fobj) {
        vm_func *f = comp_func_of(C, fobj);
        int base = reg_alloc(C, np > nr ? np : nr);
        put_args(C, e, sig, base);
        emit(C, VM_CALL, kobj(C, f), base);
        finish_call(C, base, nr, dst);
        reg_free_to(C, mark);
        return;
    }
    int cl = cexpr_reg(C, fun);
    int base = reg_alloc(C, np > nr ? np : nr);
    put_args(C, e, sig, base);
    emit(C, VM_CALLC, cl, base);
    finish_call(C, base, nr, dst);
    reg_free_to(C, mark);
}

int ccall_parts(comp *C, node *call, int *cl)
{
    node *fun = ast_unparen(call->x);
    if (call->aux == B_CLOSE || call->aux == B_PANIC) {
        /* defer close(ch), defer panic(v): the builtin as a library
         * function, its argument evaluated now */
        vm_func *f = comp_builtin_func(C, call->aux == B_CLOSE ? "builtin.close" : "builtin.panic",
                                       call->aux == B_CLOSE ? 1 : 2);
        *cl = reg_alloc(C, 1);
        emit(C, VM_LDF, *cl, kobj(C, f));
        int base = reg_alloc(C, 2);
        if (call->aux == B_CLOSE)
            cexpr(C, call->list.v[0], base);
        else
            cexpr_to(C, call->list.v[0], t_any, base);
        return f->nparams;
    }
    if (call->aux != 0)
        comp_fail(C, call, "go and defer of this builtin or conversion");
    gtype *sig = under(fun->type);
    if (fun->kind == N_SELECTOR && fun->sel && fun->sel->kind == GSEL_METHOD) {
        gsel *s = fun->sel;
        gtype *ft = NULL;
        gtype *from = s->s.npath > 0 ? promoted_from(s, etype(fun->x), &ft) : NULL;
        if (s->iface || (from && under(from)->kind == K_INTERFACE))
            goto method_value; /* the interface's method as a value, bound now */
        gobj *m = s->obj;
        gtype *recv_t = m->type->recv ? m->type->recv->type : NULL;
        if (!recv_t)
            comp_fail(C, call, "this method call");
        int rs = vm_slots(recv_t);
        int np = slots_of(sig->params, sig->nparams);
        *cl = reg_alloc(C, 1);
        emit(C, VM_LDF, *cl, kobj(C, comp_func_of(C, m)));
        int base = reg_alloc(C, rs + np);
        put_receiver(C, fun, recv_t, base);
        put_args(C, call, sig, base + rs);
        return rs + np;
    }
method_value:;
    int np = slots_of(sig->params, sig->nparams);
    *cl = reg_alloc(C, 1);
    cexpr(C, fun, *cl);
    int base = reg_alloc(C, np ? np : 1);
    put_args(C, call, sig, base);
    return np;
}

/* --- builtins -------------------------------------------------------------- */

static void builtin(comp *C, node *e, int dst)
{
    int mark = C->fs->nreg;
    node **a = e->list.v;
    int n = e->list.n;
    switch ((builtin_id)e->aux) {
    case B_LEN:
    case B_CAP: {
        gtype *t = under(etype(a[0]));
        if (t->kind == K_POINTER)
            t = under(t->elem);
        int r = cexpr_reg(C, a[0]);
        if (t->kind == K_STRING || t->kind == K_SLICE)
            emit(C, VM_MOV, dst, r + (e->aux == B_LEN ? 1 : 2));
        else if (t->kind == K_MAP)
            emit(C, VM_MAPLEN, dst, r);
        else if (t->kind == K_CHAN)
            emit(C, e->aux == B_LEN ? VM_CHLEN : VM_CHCAP, dst, r);
        else if (t->kind == K_ARRAY)
            emit(C, VM_LDI, dst, (int32_t)t->len);
        else
            comp_fail(C, e, "this len");
        break;
    }
    case B_APPEND: {
        gtype *st = etype(e);
        gtype *et = under(st)->elem;
        int s = reg_alloc(C, 3);
        cexpr_to(C, a[0], st, s);
        if (e->hasdots) {
            /* a slice, or a string's bytes: read as {p, len} */
            int y = reg_alloc(C, 3);
            cexpr(C, a[1], y);
            emit(C, VM_APPENDS, dst, s, y, ktype(C, et));
        } else {
            int v = reg_alloc(C, vm_slots(et));
            for (int i = 1; i < n; i++) {
                cexpr_to(C, a[i], et, v);
                emit(C, VM_APPEND, s, s, v, ktype(C, et));
            }
            emit(C, VM_MOV3, dst, s);
        }
        break;
    }
    case B_MAKE: {
        gtype *t = etype(e);
        gtype *u = under(t);
        int len = reg_alloc(C, 1);
        if (n > 1)
            cexpr_to(C, a[1], t_basic[K_INT], len);
        else
            emit(C, VM_LDI, len, 0);
        if (u->kind == K_SLICE) {
            int cap = len;
            if (n > 2) {
                cap = reg_alloc(C, 1);
                cexpr_to(C, a[2], t_basic[K_INT], cap);
            }
            emit(C, VM_MKSLICE, dst, len, cap, ktype(C, u->elem));
        } else if (u->kind == K_CHAN) {
            const char *name = C->named_value == e && C->value_name ? C->value_name : "";
            emit(C, VM_MKCHAN, dst, len, vm_slots(u->elem) * 8, kobj(C, (void *)name));
        } else if (u->kind == K_MAP) {
            emit(C, VM_MKMAP, dst, ktype(C, t));
        } else {
            comp_fail(C, e, "this make");
        }
        break;
    }
    case B_NEW: {
        gtype *t = under(etype(e))->elem;
        int size = gtype_size(t);
        emit(C, VM_NEW, dst, size > 0 ? size : 8);
        break;
    }
    case B_CLOSE: {
        int r = cexpr_reg(C, a[0]);
        emit(C, VM_CLOSE, r);
        break;
    }
    case B_PANIC: {
        int r = reg_alloc(C, 2);
        cexpr_to(C, a[0], t_any, r);
        emit(C, VM_PANIC, r);
        break;
    }
    case B_RECOVER:
        emit(C, VM_RECOVER, dst);
        break;
    case B_PRINT:
    case B_PRINTLN: {
        for (int i = 0; i < n; i++) {
            int r = cexpr_reg(C, a[i]);
            int flags = (e->aux == B_PRINTLN && i > 0 ? 1 : 0) |
                        (e->aux == B_PRINTLN && i == n - 1 ? 2 : 0);
            emit(C, VM_PRINT, flags, r, ktype(C, etype(a[i])));
            reg_free_to(C, mark);
        }
        if (n == 0 && e->aux == B_PRINTLN)
            emit(C, VM_PRINT, 2, 0, -1);
        break;
    }
    case B_COPY: {
        int x = cexpr_reg(C, a[0]);
        int y = reg_alloc(C, 3); /* a slice, or a string: {p, len} */
        cexpr(C, a[1], y);
        emit(C, VM_COPYS, dst >= 0 ? dst : reg_alloc(C, 1), x, y,
             gtype_elem_size(under(etype(a[0]))->elem));
        break;
    }
    case B_DELETE: {
        gtype *mt = under(etype(a[0]));
        int m = cexpr_reg(C, a[0]);
        int k = reg_alloc(C, vm_slots(mt->key));
        cexpr_to(C, a[1], mt->key, k);
        emit(C, VM_MAPDEL, m, k, ktype(C, mt));
        break;
    }
    default:
        comp_fail(C, e, "this builtin");
    }
    reg_free_to(C, mark);
}

/* --- conversions ------------------------------------------------------------ */

void cconversion(comp *C, node *e, int dst)
{
    gtype *T = etype(e);
    node *x = e->list.v[0];
    gtype *F = etype(x);
    gtype *tu = under(T), *fu = under(F);
    if (tu->kind == K_INTERFACE) {
        cexpr_to(C, x, T, dst);
        return;
    }
    if (x->mode == M_CONST && x->val && type_is_constant_type(fu) && type_is_constant_type(tu) &&
        !(tu->kind == K_STRING && type_is_integer(fu))) {
        cconst(C, x->val, T, dst);
        return;
    }
    int mark = C->fs->nreg;
    if (tu->kind == K_STRING && type_is_integer(fu)) {
        int r = cexpr_reg(C, x);
        emit(C, VM_STRCONV, dst, r, SC_RUNE2S);
    } else if (tu->kind == K_STRING && fu->kind == K_SLICE) {
        int r = cexpr_reg(C, x);
        emit(C, VM_STRCONV, dst, r, type_int_bits(under(fu->elem)) == 8 ? SC_BYTES2S : SC_RUNES2S);
    } else if (tu->kind == K_SLICE && fu->kind == K_STRING) {
        int r = cexpr_reg(C, x);
        emit(C, VM_STRCONV, dst, r, type_int_bits(under(tu->elem)) == 8 ? SC_S2BYTES : SC_S2RUNES);
    } else if (type_is_integer(tu) && type_is_integer(fu)) {
        cexpr(C, x, dst);
        int bits = type_int_bits(tu);
        if (bits < 64)
            emit(C, type_is_unsigned(tu) ? VM_ZEXT : VM_SEXT, dst, dst, bits);
    } else if (type_is_float(tu) && type_is_integer(fu)) {
        int r = cexpr_reg(C, x);
        emit(C, type_is_unsigned(fu) ? VM_U2F : VM_I2F, dst, r);
        if (tu->kind == K_FLOAT32)
            emit(C, VM_F32, dst, dst);
    } else if (type_is_integer(tu) && type_is_float(fu)) {
        int r = cexpr_reg(C, x);
        emit(C, type_is_unsigned(tu) ? VM_F2U : VM_F2I, dst, r);
        int bits = type_int_bits(tu);
        if (bits < 64)
            emit(C, type_is_unsigned(tu) ? VM_ZEXT : VM_SEXT, dst, dst, bits);
    } else if (type_is_float(tu) && type_is_float(fu)) {
        cexpr(C, x, dst);
        if (tu->kind == K_FLOAT32)
            emit(C, VM_F32, dst, dst);
    } else if (vm_slots(T) == vm_slots(F)) {
        cexpr(C, x, dst);
    } else {
        comp_fail(C, e, "this conversion");
    }
    reg_free_to(C, mark);
}
