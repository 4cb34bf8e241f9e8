/* compile_expr.c: expressions to bytecode: constants, variables,
 * operators, conditions (as jumps), receives, addresses, field and element
 * access, function literals and the boxing of values into interfaces.
 * Calls, conversions and builtins are in compile_call.c. */
#include "golang/compile.h"

#include <string.h>

gtype *etype(node *e)
{
    gtype *t = e->type;
    if (t && type_is_untyped(t))
        t = type_default(t);
    return t;
}

int mem_kind(gtype *t, bool packed)
{
    gtype *u = under(t);
    switch (u->kind) {
    case K_STRING: case K_INTERFACE: return MK_S2;
    case K_SLICE: return MK_S3;
    default: break;
    }
    /* small scalars are read and written at their own size everywhere
     * (a *int32 may point into a packed []int32 or at an 8-byte cell) */
    (void)packed;
    switch (u->kind) {
    case K_BOOL: case K_UINT8: return MK_U8;
    case K_INT8: return MK_I8;
    case K_INT16: return MK_I16;
    case K_UINT16: return MK_U16;
    case K_INT32: return MK_I32;
    case K_UINT32: return MK_U32;
    case K_FLOAT32: return MK_F32;
    default: return MK_W;
    }
}

void emit_load(comp *C, gtype *t, int dst, int addr, int off, bool packed)
{
    if (vm_is_aggregate(t))
        emit(C, VM_OFFSET, dst, addr, off);
    else
        emit(C, VM_LOAD, dst, addr, off, mem_kind(t, packed));
}

void emit_store(comp *C, gtype *t, int addr, int off, int src, bool packed)
{
    if (vm_is_aggregate(t)) {
        int mark = C->fs->nreg;
        int d = addr;
        if (off) {
            d = reg_alloc(C, 1);
            emit(C, VM_OFFSET, d, addr, off);
        }
        emit(C, VM_COPY, d, src, gtype_size(t));
        reg_free_to(C, mark);
        return;
    }
    emit(C, VM_STORE, addr, src, off, mem_kind(t, packed));
}

void emit_own(comp *C, gtype *t, int reg)
{
    if (vm_is_aggregate(t))
        emit(C, VM_NEWCOPY, reg, reg, gtype_size(t));
}

void cconst(comp *C, const cval *v, gtype *t, int dst)
{
    gtype *u = under(t);
    if (u->kind == K_INTERFACE) {
        /* an untyped constant stored in an interface: its default type */
        comp_fail(C, NULL, "this constant conversion");
    }
    switch (v->kind) {
    case CV_BOOL:
        emit(C, VM_LDI, dst, v->b ? 1 : 0);
        return;
    case CV_STRING:
        emit(C, VM_LDS, dst, kstr(C, v->s, v->slen));
        return;
    case CV_INT:
    case CV_FLOAT:
        break;
    default:
        comp_fail(C, NULL, "this constant");
    }
    if (type_is_float(u)) {
        double d = cval_double_of(v);
        if (u->kind == K_FLOAT32)
            d = (float)d;
        int64_t bits;
        memcpy(&bits, &d, sizeof bits);
        emit(C, VM_LDK, dst, kint(C, bits));
        return;
    }
    int64_t i;
    uint64_t uv;
    cval *iv = cval_to_int(C->a, v);
    if (iv && cval_int64_of(iv, &i)) {
    } else if (iv && cval_uint64_of(iv, &uv)) {
        i = (int64_t)uv;
    } else {
        comp_fail(C, NULL, "this constant's size");
    }
    if (i >= INT32_MIN && i <= INT32_MAX)
        emit(C, VM_LDI, dst, (int32_t)i);
    else
        emit(C, VM_LDK, dst, kint(C, i));
}

/* The interface type a concrete value is boxed with: its own type. */
void conv_to_iface(comp *C, gtype *from, int src, int dst)
{
    if (under(from)->kind == K_INTERFACE) {
        if (src != dst)
            emit(C, VM_MOV2, dst, src);
        return;
    }
    emit(C, VM_MKIFACE, dst, src, ktype(C, from));
}

void cexpr_to(comp *C, node *e, gtype *T, int dst)
{
    gtype *from = etype(e);
    if (e->type && e->type->kind == K_UNTYPED_NIL) {
        emit(C, VM_ZERO, dst, vm_slots(T));
        return;
    }
    if (under(T)->kind == K_INTERFACE && (!from || under(from)->kind != K_INTERFACE)) {
        if (!from || from->kind == K_UNTYPED_NIL || (e->type && e->type->kind == K_UNTYPED_NIL)) {
            emit(C, VM_ZERO, dst, 2);
            return;
        }
        int mark = C->fs->nreg;
        int r = reg_alloc(C, vm_slots(from));
        if (e->mode == M_CONST)
            cconst(C, e->val, from, r);
        else
            cexpr(C, e, r);
        emit(C, VM_MKIFACE, dst, r, ktype(C, from));
        reg_free_to(C, mark);
        return;
    }
    if (e->mode == M_CONST && e->val) {
        cconst(C, e->val, T, dst);
        return;
    }
    cexpr(C, e, dst);
}

int cexpr_reg(comp *C, node *e)
{
    node *x = ast_unparen(e);
    if (x->kind == N_NAME && x->obj && x->obj->kind == O_VAR && x->mode != M_CONST) {
        gobj *o = x->obj;
        if (o->storage == VS_LOCAL && C->fs->info && o->owner == C->fs->info)
            return o->slot;
    }
    int r = reg_alloc(C, vm_slots(etype(e)));
    cexpr(C, e, r);
    return r;
}

/* --- operators ----------------------------------------------------------- */

/* Wraps the integer in r to the size of type t. */
static void wrap_int(comp *C, gtype *t, int r)
{
    gtype *u = under(t);
    int bits = type_int_bits(u);
    if (bits >= 64)
        return;
    emit(C, type_is_unsigned(u) ? VM_ZEXT : VM_SEXT, r, r, bits);
}

static vm_op arith_op(comp *C, node *e, gop op, gtype *t)
{
    gtype *u = under(t);
    bool f = type_is_float(u);
    bool uns = type_is_unsigned(u);
    if (u->kind == K_STRING) {
        if (op == OP_ADD)
            return VM_SCAT;
        comp_fail(C, e, "this string operator");
    }
    switch (op) {
    case OP_ADD: return f ? VM_FADD : VM_ADD;
    case OP_SUB: return f ? VM_FSUB : VM_SUB;
    case OP_MUL: return f ? VM_FMUL : VM_MUL;
    case OP_DIV: return f ? VM_FDIV : uns ? VM_UDIV : VM_DIV;
    case OP_REM: return uns ? VM_UREM : VM_REM;
    case OP_AND: return VM_AND;
    case OP_OR: return VM_OR;
    case OP_XOR: return VM_XOR;
    case OP_ANDNOT: return VM_ANDNOT;
    case OP_SHL: return VM_SHL;
    case OP_SHR: return uns ? VM_USHR : VM_SHR;
    default: break;
    }
    comp_fail(C, e, "this operator");
}

/* x op y on values in registers a and b of type t into dst. */
void emit_arith(comp *C, node *e, gop op, gtype *t, int dst, int a, int b);
void emit_arith(comp *C, node *e, gop op, gtype *t, int dst, int a, int b)
{
    vm_op o = arith_op(C, e, op, t);
    emit(C, o, dst, a, b);
    if (under(t)->kind == K_FLOAT32)
        emit(C, VM_F32, dst, dst);
    else if (type_is_integer(under(t)))
        wrap_int(C, t, dst);
}

static bool is_cmp(gop op)
{
    return op == OP_EQL || op == OP_NEQ || op == OP_LSS || op == OP_LEQ || op == OP_GTR ||
           op == OP_GEQ;
}

/* A comparison of a and b (type t) into dst. */
static void emit_compare(comp *C, node *e, gop op, gtype *t, int dst, int a, int b)
{
    gtype *u = under(t);
    bool swap = op == OP_GTR || op == OP_GEQ;
    if (swap) {
        int s = a;
        a = b;
        b = s;
        op = op == OP_GTR ? OP_LSS : OP_LEQ;
    }
    vm_op o;
    if (u->kind == K_STRING) {
        o = op == OP_EQL ? VM_SEQ : op == OP_NEQ ? VM_SNE : op == OP_LSS ? VM_SLT : VM_SLE;
    } else if (type_is_float(u)) {
        o = op == OP_EQL ? VM_FEQ : op == OP_NEQ ? VM_FNE : op == OP_LSS ? VM_FLT : VM_FLE;
    } else if (u->kind == K_INTERFACE) {
        o = op == OP_EQL ? VM_IEQ : VM_INE;
    } else if (vm_is_aggregate(u)) {
        emit(C, op == OP_EQL ? VM_VEQ : VM_VNE, dst, a, b, ktype(C, t));
        return;
    } else if (type_is_unsigned(u)) {
        o = op == OP_EQL ? VM_EQ : op == OP_NEQ ? VM_NE : op == OP_LSS ? VM_ULT : VM_ULE;
    } else if (u->kind == K_SLICE || u->kind == K_MAP || u->kind == K_FUNC) {
        /* only against nil: the first slot */
        o = op == OP_EQL ? VM_EQ : VM_NE;
    } else {
        o = op == OP_EQL ? VM_EQ : op == OP_NEQ ? VM_NE : op == OP_LSS ? VM_LT : VM_LE;
    }
    (void)e;
    emit(C, o, dst, a, b);
}

/* The operand type a comparison is made in (the typed side). */
static gtype *cmp_type(node *x, node *y)
{
    gtype *tx = x->type, *ty = y->type;
    if (tx && tx->kind == K_UNTYPED_NIL)
        return ty;
    if (ty && ty->kind == K_UNTYPED_NIL)
        return tx;
    if (tx && type_is_untyped(tx) && ty && !type_is_untyped(ty))
        return ty;
    if (tx && under(tx)->kind != K_INTERFACE && ty && under(ty)->kind == K_INTERFACE)
        return ty;
    return etype(x);
}

/* An operand of an arithmetic operator of type t in a register: a
 * constant is loaded as a t (an untyped 3 in x*3 with float x is 3.0). */
static int operand_reg(comp *C, node *x, gtype *t)
{
    if (x->mode == M_CONST && x->val) {
        int r = reg_alloc(C, vm_slots(t));
        cconst(C, x->val, t, r);
        return r;
    }
    return cexpr_reg(C, x);
}

static void binary(comp *C, node *e, int dst)
{
    gop op = e->op;
    if (op == OP_ANDAND || op == OP_OROR) {
        patch *f = cbranch(C, e, false);
        emit(C, VM_LDI, dst, 1);
        patch *end = emit_jump(C, VM_JMP, 0, 0);
        patch_here(C, f);
        emit(C, VM_LDI, dst, 0);
        patch_here(C, end);
        return;
    }
    int mark = C->fs->nreg;
    if (is_cmp(op)) {
        gtype *t = cmp_type(e->x, e->y);
        int n = vm_slots(t);
        int a = reg_alloc(C, n), b = reg_alloc(C, n);
        cexpr_to(C, e->x, t, a);
        cexpr_to(C, e->y, t, b);
        emit_compare(C, e, op, t, dst, a, b);
        reg_free_to(C, mark);
        return;
    }
    gtype *t = etype(e);
    int a = operand_reg(C, e->x, t);
    int b;
    if (op == OP_SHL || op == OP_SHR) {
        b = cexpr_reg(C, e->y);
        if (e->y->mode != M_CONST && !type_is_unsigned(under(etype(e->y)))) {
            /* a negative shift count panics */
            int z = reg_alloc(C, 1);
            emit(C, VM_LDI, z, 0);
            emit(C, VM_LT, z, b, z);
            patch *ok = emit_jump(C, VM_JF, z, 0);
            emit(C, VM_RTPANIC, kstr(C, "negative shift amount", 21));
            patch_here(C, ok);
        }
    } else {
        b = operand_reg(C, e->y, t);
    }
    emit_arith(C, e, op, t, dst, a, b);
    reg_free_to(C, mark);
}

static void unary(comp *C, node *e, int dst)
{
    gtype *t = etype(e);
    int mark = C->fs->nreg;
    switch (e->op) {
    case OP_NOT: {
        int a = cexpr_reg(C, e->x);
        emit(C, VM_NOT, dst, a);
        break;
    }
    case OP_SUB: {
        int a = cexpr_reg(C, e->x);
        emit(C, type_is_float(under(t)) ? VM_FNEG : VM_NEG, dst, a);
        if (type_is_integer(under(t)))
            wrap_int(C, t, dst);
        break;
    }
    case OP_ADD:
        cexpr(C, e->x, dst);
        break;
    case OP_XOR: {
        int a = cexpr_reg(C, e->x);
        emit(C, VM_COMPL, dst, a);
        wrap_int(C, t, dst);
        break;
    }
    case OP_RECV: {
        int ch = cexpr_reg(C, e->x);
        gtype *et = under(etype(e->x))->elem;
        emit(C, VM_RECV, dst, ch, vm_slots(et), -1);
        break;
    }
    case OP_AND: {
        node *x = ast_unparen(e->x);
        if (x->kind == N_COMPOSITELIT) {
            cexpr(C, x, dst);
            if (!vm_is_aggregate(etype(x))) {
                int cell = reg_alloc(C, 1);
                emit(C, VM_NEW, cell, gtype_size(etype(x)));
                emit_store(C, etype(x), cell, 0, dst, false);
                emit(C, VM_MOV, dst, cell);
            }
            break;
        }
        int a = caddr(C, x);
        if (a != dst)
            emit(C, VM_MOV, dst, a);
        break;
    }
    default:
        comp_fail(C, e, "this operator");
    }
    reg_free_to(C, mark);
}

patch *cbranch(comp *C, node *e, bool when_true)
{
    node *x = ast_unparen(e);
    if (x->kind == N_OPERATION && x->y && (x->op == OP_ANDAND || x->op == OP_OROR)) {
        bool is_and = x->op == OP_ANDAND;
        if (is_and != when_true) {
            /* && jumping when false / || jumping when true: both sides */
            patch *a = cbranch(C, x->x, when_true);
            patch *b = cbranch(C, x->y, when_true);
            return patch_join(a, b);
        }
        /* && jumping when true: skip unless the left holds */
        patch *skip = cbranch(C, x->x, !when_true);
        patch *b = cbranch(C, x->y, when_true);
        patch_here(C, skip);
        return b;
    }
    if (x->kind == N_OPERATION && !x->y && x->op == OP_NOT)
        return cbranch(C, x->x, !when_true);
    int mark = C->fs->nreg;
    if (x->kind == N_OPERATION && x->y && (x->op == OP_LSS || x->op == OP_LEQ || x->op == OP_GTR ||
                                           x->op == OP_GEQ)) {
        gtype *t = cmp_type(x->x, x->y);
        gtype *u = under(t);
        if (type_is_integer(u) && !type_is_unsigned(u) && x->mode != M_CONST) {
            int a = reg_alloc(C, 1), b = reg_alloc(C, 1);
            int ra = a, rb = b;
            if (x->x->mode == M_CONST)
                cconst(C, x->x->val, t, a);
            else
                ra = cexpr_reg(C, x->x);
            if (x->y->mode == M_CONST)
                cconst(C, x->y->val, t, b);
            else
                rb = cexpr_reg(C, x->y);
            gop op = x->op;
            if (!when_true)
                op = op == OP_LSS ? OP_GEQ : op == OP_LEQ ? OP_GTR : op == OP_GTR ? OP_LEQ : OP_LSS;
            patch *p;
            switch (op) {
            case OP_LSS: p = emit_jump(C, VM_JLT, ra, rb); break;
            case OP_LEQ: p = emit_jump(C, VM_JLE, ra, rb); break;
            case OP_GTR: p = emit_jump(C, VM_JLT, rb, ra); break;
            default: p = emit_jump(C, VM_JLE, rb, ra); break;
            }
            reg_free_to(C, mark);
            return p;
        }
    }
    int r = reg_alloc(C, 1);
    int v = r;
    if (x->mode == M_CONST)
        cconst(C, x->val, t_basic[K_BOOL], r);
    else
        v = cexpr_reg(C, x);
    patch *p = emit_jump(C, when_true ? VM_JT : VM_JF, v, 0);
    reg_free_to(C, mark);
    return p;
}

/* --- places -------------------------------------------------------------- */

/* The address of field path of selector e (x.f through embedded fields)
 * into a register. */
int field_addr(comp *C, node *e, int *off_out)
{
    gsel *s = e->sel;
    node *x = e->x;
    gtype *t = etype(x);
    int base;
    if (under(t)->kind == K_POINTER) {
        base = cexpr_reg(C, x);
        t = under(t)->elem;
    } else if (vm_is_aggregate(t)) {
        base = cexpr_reg(C, x); /* the address of its bytes */
    } else {
        comp_fail(C, e, "this field access");
    }
    int off = 0;
    for (int i = 0; i < s->s.npath; i++) {
        gtype *st = under(t);
        if (st->kind != K_STRUCT)
            comp_fail(C, e, "this field path");
        gfield *f = &st->fields[s->s.path[i]];
        gtype_size(st);
        off += f->offset;
        t = f->type;
        if (i + 1 < s->s.npath && under(t)->kind == K_POINTER) {
            int r = reg_alloc(C, 1);
            emit(C, VM_LOAD, r, base, off, MK_W);
            base = r;
            off = 0;
            t = under(t)->elem;
        }
    }
    if (off_out) {
        *off_out = off;
        return base;
    }
    int r = reg_alloc(C, 1);
    emit(C, VM_OFFSET, r, base, off);
    return r;
}

/* The address of element e->y of e->x (an array or a slice, or a pointer
 * to an array) into a register. */
static int elem_addr(comp *C, node *e)
{
    gtype *t = under(etype(e->x));
    int x = cexpr_reg(C, e->x);
    int i = cexpr_reg(C, e->y);
    int r = reg_alloc(C, 1);
    if (t->kind == K_POINTER)
        t = under(t->elem);
    if (t->kind == K_SLICE)
        emit(C, VM_INDEX, r, x, i, gtype_elem_size(t->elem), 0);
    else if (t->kind == K_ARRAY)
        emit(C, VM_AINDEX, r, x, i, gtype_elem_size(t->elem), (int32_t)t->len);
    else
        comp_fail(C, e, "this index expression");
    return r;
}

int caddr(comp *C, node *e)
{
    e = ast_unparen(e);
    switch (e->kind) {
    case N_NAME: {
        gobj *o = e->obj;
        if (!o || o->kind != O_VAR)
            break;
        if (o->storage == VS_GLOBAL) {
            int r = reg_alloc(C, 1);
            emit(C, VM_GLOBAL, r, o->slot);
            return r;
        }
        if (o->storage == VS_BOXED && o->owner == C->fs->info)
            return o->slot;
        if (o->storage == VS_BOXED || o->storage == VS_UPVAL) {
            int r = reg_alloc(C, 1);
            emit(C, VM_UPVAL, r, comp_upval(C, C->fs, o));
            return r;
        }
        break;
    }
    case N_SELECTOR:
        if (e->sel && e->sel->kind == GSEL_FIELD)
            return field_addr(C, e, NULL);
        if (e->sel && e->sel->kind == GSEL_QUALIFIED && e->sel->obj->kind == O_VAR &&
            e->sel->obj->storage == VS_GLOBAL) { /* a library package's variable */
            int r = reg_alloc(C, 1);
            emit(C, VM_GLOBAL, r, e->sel->obj->slot);
            return r;
        }
        break;
    case N_INDEX:
        if (under(etype(e->x))->kind != K_MAP && under(etype(e->x))->kind != K_STRING)
            return elem_addr(C, e);
        break;
    case N_OPERATION:
        if (!e->y && e->op == OP_MUL) {
            int r = cexpr_reg(C, e->x);
            emit(C, VM_NILCHK, r);
            return r;
        }
        break;
    case N_COMPOSITELIT: {
        int r = reg_alloc(C, 1);
        cexpr(C, e, r);
        return r;
    }
    default:
        break;
    }
    comp_fail(C, e, "taking this address");
}

/* --- function literals ------------------------------------------------- */

static void funclit(comp *C, node *e, int dst)
{
    vm_func *f = comp_lit_func(C, e);
    gfuncinfo *info = C->funcs->v[e->aux]; /* its package's */
    gobj **ups;
    int n = comp_function(C, f, info, &ups);
    if (n == 0) {
        emit(C, VM_LDF, dst, kobj(C, f));
        return;
    }
    int mark = C->fs->nreg;
    int cells = reg_alloc(C, n);
    for (int i = 0; i < n; i++) {
        int a = caddr(C, &(node){.kind = N_NAME, .obj = ups[i], .pos = e->pos});
        if (a != cells + i)
            emit(C, VM_MOV, cells + i, a);
    }
    emit(C, VM_CLOSURE, dst, kobj(C, f), n, cells);
    reg_free_to(C, mark);
}

/* x[lo:hi:max] of a slice, an array (addressable) or a string. */
static void cslice(comp *C, node *e, int dst)
{
    int mark = C->fs->nreg;
    gtype *xt = under(etype(e->x));
    int lo = e->y ? cexpr_reg(C, e->y) : -1;
    int hi = e->z ? cexpr_reg(C, e->z) : -1;
    int max = e->w ? cexpr_reg(C, e->w) : -1;
    if (xt->kind == K_STRING) {
        int s = cexpr_reg(C, e->x);
        emit(C, VM_SSLICE, dst, s, lo, hi);
    } else if (xt->kind == K_SLICE) {
        int s = cexpr_reg(C, e->x);
        emit(C, VM_SLICE, dst, s, lo, hi, max, gtype_elem_size(xt->elem));
    } else {
        gtype *at = xt->kind == K_POINTER ? under(xt->elem) : xt;
        int a = xt->kind == K_POINTER ? cexpr_reg(C, e->x) : caddr(C, e->x);
        emit(C, VM_ASLICE, dst, a, lo, hi, max, gtype_elem_size(at->elem), (int32_t)at->len);
    }
    reg_free_to(C, mark);
}

/* --- the dispatcher ---------------------------------------------------- */

void cexpr(comp *C, node *e, int dst)
{
    set_line(C, e);
    if (e->mode == M_CONST && e->val) {
        cconst(C, e->val, etype(e), dst);
        return;
    }
    switch (e->kind) {
    case N_PAREN:
        cexpr(C, e->x, dst);
        return;
    case N_NAME: {
        gobj *o = e->obj;
        if (!o)
            break;
        if (o->kind == O_NIL || (e->type && e->type->kind == K_UNTYPED_NIL)) {
            emit(C, VM_ZERO, dst, vm_slots(etype(e)));
            return;
        }
        if (o->kind == O_VAR) {
            load_var(C, o, dst);
            return;
        }
        if (o->kind == O_FUNC) {
            emit(C, VM_LDF, dst, kobj(C, comp_func_of(C, o)));
            return;
        }
        break;
    }
    case N_OPERATION:
        if (e->y)
            binary(C, e, dst);
        else if (e->op == OP_MUL) {
            int mark = C->fs->nreg;
            int p = cexpr_reg(C, e->x);
            gtype *t = etype(e);
            if (vm_is_aggregate(t)) {
                emit(C, VM_NILCHK, p);
                emit(C, VM_NEWCOPY, dst, p, gtype_size(t));
            } else {
                emit_load(C, t, dst, p, 0, false);
            }
            reg_free_to(C, mark);
        } else
            unary(C, e, dst);
        return;
    case N_CALL:
        ccall(C, e, dst);
        return;
    case N_FUNCLIT:
        funclit(C, e, dst);
        return;
    case N_COMPOSITELIT: {
        extern void ccomplit(comp * C, node * e, int dst);
        ccomplit(C, e, dst);
        return;
    }
    case N_SLICE:
        cslice(C, e, dst);
        return;
    case N_ASSERT: {
        int mark = C->fs->nreg;
        int x = cexpr_reg(C, e->x);
        gtype *t = etype(e);
        emit(C, VM_ASSERT, dst, x, ktype(C, t), -1, vm_slots(t), ktype(C, etype(e->x)));
        reg_free_to(C, mark);
        return;
    }
    case N_SELECTOR: {
        gsel *s = e->sel;
        if (!s)
            break;
        if (s->kind == GSEL_QUALIFIED) {
            gobj *o = s->obj;
            if (o->kind == O_FUNC) {
                emit(C, VM_LDF, dst, kobj(C, comp_func_of(C, o)));
                return;
            }
            if (o->kind == O_VAR && o->storage == VS_GLOBAL) {
                int mark = C->fs->nreg;
                int addr = caddr(C, e);
                emit_load(C, o->type, dst, addr, 0, false);
                reg_free_to(C, mark);
                return;
            }
            comp_fail(C, e, arena_printf(C->a, "%s.%s", o->pkg ? o->pkg->path : "?", o->name));
        }
        if (s->kind == GSEL_FIELD) {
            int mark = C->fs->nreg;
            int off;
            int base = field_addr(C, e, &off);
            emit_load(C, etype(e), dst, base, off, false);
            reg_free_to(C, mark);
            return;
        }
        if (s->kind == GSEL_METHOD) {
            cmethod_value(C, e, dst);
            return;
        }
        if (s->kind == GSEL_METHOD_EXPR && s->s.npath == 0 && !s->iface && s->obj &&
            s->obj->kind == O_FUNC) {
            /* T.m or (*T).m on a method of that receiver: the method's own
             * function takes the receiver first, as the expression's does */
            gtype *xt = s->recv;
            bool want_ptr = under(xt)->kind == K_POINTER;
            if (want_ptr == s->obj->ptr_recv) {
                emit(C, VM_LDF, dst, kobj(C, comp_func_of(C, s->obj)));
                return;
            }
        }
        comp_fail(C, e, "this method expression");
    }
    case N_INDEX: {
        gtype *xt = under(etype(e->x));
        int mark = C->fs->nreg;
        if (xt->kind == K_STRING) {
            int s = cexpr_reg(C, e->x);
            int i = cexpr_reg(C, e->y);
            emit(C, VM_SINDEX, dst, s, i);
        } else if (xt->kind == K_MAP) {
            int m = cexpr_reg(C, e->x);
            int k = reg_alloc(C, vm_slots(xt->key));
            cexpr_to(C, e->y, xt->key, k);
            emit(C, VM_MAPGET, dst, m, k, -1, ktype(C, xt));
        } else {
            int a = elem_addr(C, e);
            gtype *et = xt->kind == K_POINTER ? under(xt->elem)->elem : xt->elem;
            emit_load(C, et, dst, a, 0, true);
        }
        reg_free_to(C, mark);
        return;
    }
    default:
        break;
    }
    comp_fail(C, e, "this expression");
}
