/* check_expr.c: expressions, after types2's expr.go: literals, names,
 * unary and binary operators with exact untyped-constant arithmetic and
 * overflow checks, shifts, comparisons, implicit conversion of untyped
 * operands (and the types their expression trees end up with, which the
 * compiler reads), and the single-value rules. Composite literals,
 * calls, selectors and indexing live in their own files. */
#include "golang/check.h"

#include <string.h>

#define INVALID_OP "invalid operation: "

static const char *const op_names[OP__COUNT] = {
    [OP_NOT] = "!",  [OP_RECV] = "<-", [OP_TILDE] = "~", [OP_OROR] = "||", [OP_ANDAND] = "&&",
    [OP_EQL] = "==", [OP_NEQ] = "!=",  [OP_LSS] = "<",   [OP_LEQ] = "<=",  [OP_GTR] = ">",
    [OP_GEQ] = ">=", [OP_ADD] = "+",   [OP_SUB] = "-",   [OP_OR] = "|",    [OP_XOR] = "^",
    [OP_MUL] = "*",  [OP_DIV] = "/",   [OP_REM] = "%",   [OP_AND] = "&",   [OP_ANDNOT] = "&^",
    [OP_SHL] = "<<", [OP_SHR] = ">>",
};

const char *check_op_name(gop op)
{
    return op < OP__COUNT && op_names[op] ? op_names[op] : "?";
}

static void set_invalid(operand *x)
{
    x->mode = M_INVALID;
}

void check_record(checker *c, operand *x)
{
    (void)c;
    node *e = x->expr;
    if (!e)
        return;
    e->mode = (uint8_t)x->mode;
    e->type = x->type;
    e->val = x->mode == M_CONST ? x->val : NULL;
}

/* --- untyped operands ------------------------------------------------- */

void check_update_expr_type(checker *c, node *e, gtype *t, bool final)
{
    if (!e || !e->type || !type_is_untyped(e->type))
        return;
    switch (e->kind) {
    case N_PAREN:
        check_update_expr_type(c, e->x, t, final);
        break;
    case N_OPERATION:
        if (!e->y) {
            if (e->op != OP_RECV && e->op != OP_AND && e->op != OP_MUL)
                check_update_expr_type(c, e->x, t, final);
        } else if (e->op == OP_SHL || e->op == OP_SHR) {
            check_update_expr_type(c, e->x, t, final);
            /* the lhs of a non-constant shift must end up an integer */
            if (e->mode != M_CONST && !type_is_integer(t) && t->kind != K_INVALID &&
                !type_is_interface(t) && (final || !type_is_untyped(t))) {
                check_errorf(c, ast_start(e->x), INVALID_OP "%s (shift of type %s)",
                             ast_string(c->a, e), tstr(c, t));
                return;
            }
        } else if (e->op >= OP_EQL && e->op <= OP_GEQ) {
            /* the operands of a comparison keep their own types */
        } else {
            check_update_expr_type(c, e->x, t, final);
            check_update_expr_type(c, e->y, t, final);
        }
        break;
    default:
        break;
    }
    /* an untyped value converted to an interface takes its default type */
    if (type_is_interface(t))
        t = type_default(e->type);
    e->type = t;
}

bool check_representable(checker *c, operand *x, gtype *t, int *code)
{
    gtype *u = under(t);
    cval *v = x->val;
    *code = CODE_OK;
    if (!v)
        return true;
    if (type_is_boolean(u)) {
        if (v->kind == CV_BOOL)
            return true;
    } else if (type_is_string(u)) {
        if (v->kind == CV_STRING)
            return true;
    } else if (type_is_integer(u)) {
        cval *iv = cval_to_int(c->a, v);
        if (iv) {
            if (type_is_untyped(u))
                return true;
            if (cval_fits_int(iv, type_int_bits(u), !type_is_unsigned(u))) {
                x->val = iv;
                return true;
            }
            *code = type_is_numeric(x->type) ? CODE_OVERFLOW : CODE_INVALID_CONST;
            return false;
        }
        if (v->kind == CV_FLOAT) {
            *code = type_is_numeric(x->type) ? CODE_TRUNCATED : CODE_INVALID_CONST;
            return false;
        }
    } else if (type_is_float(u)) {
        if (v->kind == CV_INT || v->kind == CV_FLOAT) {
            if (type_is_untyped(u)) {
                x->val = cval_to_float(c->a, v);
                return true;
            }
            cval *r = cval_round_float(c->a, v, u->kind == K_FLOAT32);
            if (r) {
                x->val = r;
                return true;
            }
            *code = CODE_OVERFLOW;
            return false;
        }
    } else if (u->kind == K_COMPLEX64 || u->kind == K_COMPLEX128) {
        *code = CODE_INVALID_CONST;
        return false;
    }
    *code = type_is_numeric(x->type) && type_is_numeric(u) ? CODE_OVERFLOW : CODE_INVALID_CONST;
    return false;
}

void check_invalid_conversion(checker *c, int code, operand *x, gtype *target)
{
    const char *fmt = "cannot convert %s to %s";
    if (code == CODE_TRUNCATED)
        fmt = "%s truncated to %s";
    else if (code == CODE_OVERFLOW)
        fmt = "%s overflows %s";
    char *xs = operand_string(c, x);
    char *ts = tstr(c, target);
    char *msg = arena_printf(c->a, fmt, xs, ts);
    check_errorf(c, operand_pos(x, (gpos){0, 0, 0}), "%s", msg);
}

static bool is_nil(const operand *x)
{
    return x->type && x->type->kind == K_UNTYPED_NIL;
}

/* types2's implicitTypeAndValue: the type an untyped operand takes in a
 * context of type target (NULL and *code on failure). */
gtype *check_implicit_type(checker *c, operand *x, gtype *target, cval **val, int *code)
{
    *val = NULL;
    *code = CODE_OK;
    if (x->mode == M_INVALID || !type_is_untyped(x->type) || target->kind == K_INVALID)
        return x->type;
    if (type_is_untyped(target)) {
        tkind xk = x->type->kind, tk = target->kind;
        if (type_is_numeric(x->type) && type_is_numeric(target)) {
            if (xk < tk)
                return target;
        } else if (xk != tk) {
            *code = CODE_INVALID_UNTYPED;
            return NULL;
        }
        return x->type;
    }
    if (is_nil(x)) {
        /* nil stays untyped (types2 keeps it so: Go issue 13061) */
        if (type_has_nil(target))
            return x->type;
        *code = CODE_INVALID_UNTYPED;
        return NULL;
    }
    gtype *u = under(target);
    if (u->kind <= K_UNSAFEPTR) {
        if (x->mode == M_CONST) {
            operand y = *x;
            if (!check_representable(c, &y, u, code))
                return NULL;
            *val = y.val;
            return target;
        }
        switch (x->type->kind) {
        case K_UNTYPED_BOOL:
            if (!type_is_boolean(u))
                goto bad;
            break;
        case K_UNTYPED_INT:
        case K_UNTYPED_RUNE:
        case K_UNTYPED_FLOAT:
            if (!type_is_numeric(u))
                goto bad;
            break;
        case K_UNTYPED_STRING:
            if (!type_is_string(u))
                goto bad;
            break;
        default:
            goto bad;
        }
        return target;
    }
    if (u->kind == K_INTERFACE) {
        type_complete_interface(c->a, u);
        if (u->nmethods)
            goto bad;
        return type_default(x->type);
    }
bad:
    *code = CODE_INVALID_UNTYPED;
    return NULL;
}

void check_convert_untyped(checker *c, operand *x, gtype *target)
{
    cval *val;
    int code;
    gtype *nt = check_implicit_type(c, x, target, &val, &code);
    if (code != CODE_OK) {
        check_invalid_conversion(c, code, x, under(target));
        set_invalid(x);
        return;
    }
    check_take_implicit(c, x, nt, val);
}

void check_take_implicit(checker *c, operand *x, gtype *nt, cval *val)
{
    if (val) {
        x->val = val;
        if (x->expr)
            x->expr->val = val;
    }
    if (nt != x->type) {
        x->type = nt;
        check_update_expr_type(c, x->expr, nt, false);
    }
}

/* --- single values and modes ------------------------------------------ */

void check_single_value(checker *c, operand *x)
{
    if (x->mode == M_VALUE && x->type && x->type->kind == K_TUPLE) {
        check_errorf(c, operand_pos(x, (gpos){0, 0, 0}), "multiple-value %s in single-value context",
                     operand_string(c, x));
        set_invalid(x);
    }
}

static void exclude(checker *c, operand *x, unsigned modeset)
{
    if (!(modeset & (1u << x->mode)))
        return;
    const char *msg = "%s";
    switch (x->mode) {
    case M_NOVALUE:
        msg = modeset & (1u << M_TYPEXPR) ? "%s used as value" : "%s used as value or type";
        break;
    case M_BUILTIN:
        msg = "%s must be called";
        break;
    case M_TYPEXPR:
        msg = "%s is not an expression";
        break;
    default:
        break;
    }
    char *s = arena_printf(c->a, msg, operand_string(c, x));
    check_errorf(c, operand_pos(x, (gpos){0, 0, 0}), "%s", s);
    set_invalid(x);
}

void check_expr(checker *c, operand *x, node *e)
{
    check_raw_expr(c, x, e, NULL);
    exclude(c, x, 1u << M_NOVALUE | 1u << M_BUILTIN | 1u << M_TYPEXPR);
    check_single_value(c, x);
}

void check_multi_expr(checker *c, operand *x, node *e)
{
    check_raw_expr(c, x, e, NULL);
    exclude(c, x, 1u << M_NOVALUE | 1u << M_BUILTIN | 1u << M_TYPEXPR);
}

void check_expr_with_hint(checker *c, operand *x, node *e, gtype *hint)
{
    check_raw_expr(c, x, e, hint);
    exclude(c, x, 1u << M_NOVALUE | 1u << M_BUILTIN | 1u << M_TYPEXPR);
    check_single_value(c, x);
}

void check_expr_or_type(checker *c, operand *x, node *e)
{
    check_raw_expr(c, x, e, NULL);
    exclude(c, x, 1u << M_NOVALUE);
    check_single_value(c, x);
}

void check_use(checker *c, node *e)
{
    if (!e)
        return;
    operand x;
    node **v;
    int n = unpack_expr(&e, &v);
    for (int i = 0; i < n; i++) {
        /* evaluating blank is not an error here */
        if (v[i]->kind == N_NAME && strcmp(v[i]->name, "_") == 0)
            continue;
        check_raw_expr(c, &x, v[i], NULL);
    }
}

/* --- constants -------------------------------------------------------- */

/* Typed constants must stay representable; untyped integers must not
 * grow past 512 bits (types2's overflow). */
static void overflow(checker *c, operand *x, gpos oppos)
{
    if (!x->val) {
        check_errorf(c, oppos, "constant result is not representable");
        set_invalid(x);
        return;
    }
    if (!type_is_untyped(x->type)) {
        int code;
        if (!check_representable(c, x, under(x->type), &code)) {
            check_invalid_conversion(c, code, x, under(x->type));
            set_invalid(x);
        }
        return;
    }
    if (x->val->kind == CV_INT && cval_bitlen(x->val) > CVAL_INT_BITS) {
        const char *what = "";
        node *e = x->expr ? ast_unparen(x->expr) : NULL;
        if (e && e->kind == N_OPERATION) {
            static const char *const names[OP__COUNT] = {
                [OP_ADD] = "addition", [OP_SUB] = "subtraction", [OP_XOR] = "bitwise XOR",
                [OP_MUL] = "multiplication", [OP_SHL] = "shift",
            };
            if (e->y && names[e->op])
                what = names[e->op];
            else if (!e->y && e->op == OP_SUB)
                what = "negation";
            else if (!e->y && e->op == OP_XOR)
                what = "bitwise complement";
        }
        check_errorf(c, oppos, "constant %s overflow", what);
        set_invalid(x);
    }
}

static void basic_lit(checker *c, operand *x, node *e)
{
    if (e->bad) {
        set_invalid(x);
        return;
    }
    if (e->litkind == LIT_IMAG) {
        check_errorf(c, e->pos, "conclab does not support complex numbers yet");
        set_invalid(x);
        return;
    }
    if ((e->litkind == LIT_INT || e->litkind == LIT_FLOAT) && e->litlen > 10000) {
        check_errorf(c, e->pos, "excessively long constant: %.10s... (%d chars)", e->lit, e->litlen);
        set_invalid(x);
        return;
    }
    cval *v = cval_from_literal(c->a, (glit)e->litkind, e->lit, (size_t)e->litlen);
    if (!v) {
        check_errorf(c, e->pos, "malformed constant: %.*s", e->litlen, e->lit);
        set_invalid(x);
        return;
    }
    static const tkind kinds[] = {[LIT_INT] = K_UNTYPED_INT, [LIT_FLOAT] = K_UNTYPED_FLOAT,
                                  [LIT_RUNE] = K_UNTYPED_RUNE, [LIT_STRING] = K_UNTYPED_STRING};
    x->mode = M_CONST;
    x->type = t_basic[kinds[e->litkind]];
    x->val = v;
    if (v->kind == CV_FLOAT || v->kind == CV_INT) {
        if (v->kind == CV_FLOAT && !cval_round_float(c->a, v, false)) {
            check_errorf(c, e->pos, "constant result is not representable");
            set_invalid(x);
        }
    }
}

/* --- unary operators ---------------------------------------------------- */

static bool op_allowed(checker *c, operand *x, gop op, bool binary)
{
    gtype *t = x->type;
    bool ok;
    switch (op) {
    case OP_ADD:
        ok = binary ? type_is_numeric(t) || type_is_string(t) : type_is_numeric(t);
        break;
    case OP_SUB:
    case OP_MUL:
    case OP_DIV:
        ok = type_is_numeric(t);
        break;
    case OP_REM:
    case OP_AND:
    case OP_OR:
    case OP_XOR:
    case OP_ANDNOT:
        ok = type_is_integer(t);
        break;
    case OP_NOT:
    case OP_ANDAND:
    case OP_OROR:
        ok = type_is_boolean(t);
        break;
    default:
        ok = false;
        break;
    }
    if (!ok) {
        check_errorf(c, operand_pos(x, (gpos){0, 0, 0}), INVALID_OP "operator %s not defined on %s",
                     check_op_name(op), operand_string(c, x));
        set_invalid(x);
    }
    return ok;
}

static void unary(checker *c, operand *x, node *e)
{
    check_expr(c, x, e->x);
    if (x->mode == M_INVALID)
        return;
    switch (e->op) {
    case OP_AND: {
        node *u = ast_unparen(e->x);
        if (u->kind != N_COMPOSITELIT && x->mode != M_VAR) {
            check_errorf(c, operand_pos(x, e->pos), INVALID_OP "cannot take address of %s",
                         operand_string(c, x));
            set_invalid(x);
            return;
        }
        if (u->kind == N_NAME && u->obj && u->obj->kind == O_VAR)
            u->obj->addrtaken = true;
        x->mode = M_VALUE;
        x->type = type_pointer(c->a, x->type);
        return;
    }
    case OP_RECV: {
        gtype *u = under(x->type);
        if (u->kind != K_CHAN) {
            check_errorf(c, operand_pos(x, e->pos), INVALID_OP "cannot receive from non-channel %s",
                         operand_string(c, x));
            set_invalid(x);
            return;
        }
        if (u->dir == CHAN_SEND) {
            check_errorf(c, operand_pos(x, e->pos),
                         INVALID_OP "cannot receive from send-only channel %s", operand_string(c, x));
            set_invalid(x);
            return;
        }
        x->mode = M_COMMAOK;
        x->type = u->elem;
        c->has_call_or_recv = true;
        return;
    }
    case OP_TILDE:
        check_errorf(c, ast_start(e), "cannot use ~ outside of interface or type constraint");
        set_invalid(x);
        return;
    default:
        break;
    }
    if (!op_allowed(c, x, e->op, false))
        return;
    if (x->mode == M_CONST) {
        int bits = type_is_unsigned(x->type) && !type_is_untyped(x->type) ? type_int_bits(x->type) : 0;
        x->val = cval_unary(c->a, e->op, x->val, bits);
        x->expr = e;
        overflow(c, x, e->pos);
        return;
    }
    x->mode = M_VALUE;
}

/* --- comparisons ------------------------------------------------------ */

static const char *kind_string(checker *c, gtype *t)
{
    switch (under(t)->kind) {
    case K_ARRAY: return "array";
    case K_SLICE: return "slice";
    case K_STRUCT: return "struct";
    case K_POINTER: return "pointer";
    case K_FUNC: return "func";
    case K_INTERFACE: return "interface";
    case K_MAP: return "map";
    case K_CHAN: return "chan";
    default: return tstr(c, t);
    }
}

static char *incomparable_cause(checker *c, gtype *t)
{
    gtype *u = under(t);
    if (u->kind == K_SLICE || u->kind == K_FUNC || u->kind == K_MAP)
        return arena_printf(c->a, "%s can only be compared to nil", kind_string(c, t));
    if (u->kind == K_STRUCT) {
        for (int i = 0; i < u->nfields; i++)
            if (!type_comparable(u->fields[i].type))
                return arena_printf(c->a, "struct containing %s cannot be compared",
                                    tstr(c, u->fields[i].type));
    }
    if (u->kind == K_ARRAY)
        return arena_printf(c->a, "%s cannot be compared", tstr(c, t));
    return arena_printf(c->a, "operator == not defined on %s", kind_string(c, t));
}

static bool is_ordered(gtype *t)
{
    return type_is_integer(t) || type_is_float(t) || type_is_string(t);
}

void check_comparison(checker *c, operand *x, operand *y, gop op, bool switch_case)
{
    operand *err_op = x;
    char *cause = NULL;
    bool ok = check_assignable(c, x, y->type, NULL) || check_assignable(c, y, x->type, NULL);
    if (!ok) {
        err_op = y;
        cause = arena_printf(c->a, "mismatched types %s and %s", tstr(c, x->type), tstr(c, y->type));
        goto error;
    }
    if (op == OP_EQL || op == OP_NEQ) {
        if (is_nil(x) || is_nil(y)) {
            gtype *t = is_nil(x) ? y->type : x->type;
            if (!type_has_nil(t)) {
                err_op = y;
                goto error;
            }
        } else if (!type_comparable(x->type)) {
            err_op = x;
            cause = incomparable_cause(c, x->type);
            goto error;
        } else if (!type_comparable(y->type)) {
            err_op = y;
            cause = incomparable_cause(c, y->type);
            goto error;
        }
    } else {
        if (!is_ordered(x->type)) {
            err_op = x;
            goto error;
        }
        if (!is_ordered(y->type)) {
            err_op = y;
            goto error;
        }
    }
    if (x->mode == M_CONST && y->mode == M_CONST) {
        x->val = cval_bool(c->a, cval_compare(x->val, op, y->val));
    } else {
        x->mode = M_VALUE;
        check_update_expr_type(c, x->expr, type_default(x->type), true);
        check_update_expr_type(c, y->expr, type_default(y->type), true);
    }
    x->type = t_basic[K_UNTYPED_BOOL];
    return;
error:
    if (!cause)
        cause = arena_printf(c->a, "operator %s not defined on %s", check_op_name(op),
                             kind_string(c, err_op->type));
    if (switch_case) {
        check_errorf(c, operand_pos(x, (gpos){0, 0, 0}), "invalid case %s in switch on %s (%s)",
                     ast_string(c->a, x->expr), ast_string(c->a, y->expr), cause);
    } else {
        check_errorf(c, operand_pos(err_op, (gpos){0, 0, 0}), INVALID_OP "%s %s %s (%s)",
                     ast_string(c->a, x->expr), check_op_name(op), ast_string(c->a, y->expr), cause);
    }
    set_invalid(x);
}

/* --- shifts -------------------------------------------------------------- */

static void shift(checker *c, operand *x, operand *y, node *e, gop op)
{
    /* the shifted operand: an integer, or an untyped constant
     * representable as one */
    cval *xval = NULL;
    if (x->mode == M_CONST)
        xval = cval_to_int(c->a, x->val);
    if (type_is_integer(x->type) || (type_is_untyped(x->type) && xval && xval->kind == CV_INT)) {
        /* ok */
    } else {
        check_errorf(c, operand_pos(x, e->pos), INVALID_OP "shifted operand %s must be integer",
                     operand_string(c, x));
        set_invalid(x);
        return;
    }
    /* the count */
    cval *yval = NULL;
    if (y->mode == M_CONST) {
        yval = cval_to_int(c->a, y->val);
        if (yval && cval_sign(yval) < 0) {
            check_errorf(c, operand_pos(y, e->pos), INVALID_OP "negative shift count %s",
                         operand_string(c, y));
            set_invalid(x);
            return;
        }
        if (type_is_untyped(y->type)) {
            if (!yval) {
                check_errorf(c, operand_pos(y, e->pos), INVALID_OP "shift count %s must be integer",
                             operand_string(c, y));
                set_invalid(x);
                return;
            }
            check_convert_untyped(c, y, t_basic[K_UINT]);
            if (y->mode == M_INVALID) {
                set_invalid(x);
                return;
            }
        }
    } else {
        if (type_is_untyped(y->type)) {
            check_convert_untyped(c, y, t_basic[K_UINT]);
            if (y->mode == M_INVALID) {
                set_invalid(x);
                return;
            }
        } else if (!type_is_integer(y->type)) {
            check_errorf(c, operand_pos(y, e->pos), INVALID_OP "shift count %s must be integer",
                         operand_string(c, y));
            set_invalid(x);
            return;
        }
    }
    if (x->mode == M_CONST) {
        if (y->mode == M_CONST) {
            if (!x->val || !yval) {
                x->val = NULL;
                return;
            }
            uint64_t s;
            if (!cval_uint64_of(yval, &s) || s > 1074) {
                check_errorf(c, operand_pos(y, e->pos), INVALID_OP "invalid shift count %s",
                             operand_string(c, y));
                set_invalid(x);
                return;
            }
            if (type_is_untyped(x->type))
                x->type = t_basic[K_UNTYPED_INT];
            x->val = cval_shift(c->a, xval, op, (unsigned)s);
            x->expr = e;
            overflow(c, x, e->pos);
            return;
        }
        if (type_is_untyped(x->type)) {
            /* a non-constant shift of an untyped constant: its type
             * comes from the context */
            x->mode = M_VALUE;
            x->type = t_basic[K_UNTYPED_INT];
            return;
        }
    }
    x->mode = M_VALUE;
}

/* --- binary operators ---------------------------------------------------- */

static bool can_mix(operand *x, operand *y)
{
    if (type_is_interface(x->type) || type_is_interface(y->type))
        return true;
    if (type_is_boolean(x->type) != type_is_boolean(y->type))
        return false;
    if (type_is_string(x->type) != type_is_string(y->type))
        return false;
    if (is_nil(x) && !type_has_nil(y->type))
        return false;
    if (is_nil(y) && !type_has_nil(x->type))
        return false;
    return true;
}

void check_binary(checker *c, operand *x, node *e, node *lhs, node *rhs, gop op)
{
    operand y;
    check_expr(c, x, lhs);
    check_expr(c, &y, rhs);
    if (x->mode == M_INVALID)
        return;
    if (y.mode == M_INVALID) {
        set_invalid(x);
        x->expr = y.expr;
        return;
    }
    if (op == OP_SHL || op == OP_SHR) {
        shift(c, x, &y, e ? e : lhs, op);
        return;
    }
    if (can_mix(x, &y)) {
        check_convert_untyped(c, x, y.type);
        if (x->mode == M_INVALID)
            return;
        check_convert_untyped(c, &y, x->type);
        if (y.mode == M_INVALID) {
            set_invalid(x);
            return;
        }
    }
    if (op >= OP_EQL && op <= OP_GEQ) {
        check_comparison(c, x, &y, op, false);
        return;
    }
    if (!type_identical(x->type, y.type)) {
        if (x->type->kind != K_INVALID && y.type->kind != K_INVALID) {
            if (e)
                check_errorf(c, operand_pos(x, e->pos), INVALID_OP "%s (mismatched types %s and %s)",
                             ast_string(c->a, e), tstr(c, x->type), tstr(c, y.type));
            else
                check_errorf(c, operand_pos(x, lhs->pos),
                             INVALID_OP "%s %s= %s (mismatched types %s and %s)", ast_string(c->a, lhs),
                             check_op_name(op), ast_string(c->a, rhs), tstr(c, x->type), tstr(c, y.type));
        }
        set_invalid(x);
        return;
    }
    if (!op_allowed(c, x, op, true))
        return;
    if (op == OP_DIV || op == OP_REM) {
        if ((x->mode == M_CONST || type_is_integer(x->type)) && y.mode == M_CONST && y.val &&
            cval_sign(y.val) == 0) {
            check_errorf(c, operand_pos(&y, rhs->pos), INVALID_OP "division by zero");
            set_invalid(x);
            return;
        }
    }
    if (x->mode == M_CONST && y.mode == M_CONST) {
        if (!x->val || !y.val) {
            x->val = NULL;
            return;
        }
        bool intdiv = op == OP_DIV && type_is_integer(x->type);
        cval *xv = x->val, *yv = y.val;
        if (!intdiv && (xv->kind == CV_INT) != (yv->kind == CV_INT) && xv->kind != CV_STRING &&
            xv->kind != CV_BOOL) {
            xv = cval_to_float(c->a, xv);
            yv = cval_to_float(c->a, yv);
        }
        if (intdiv) {
            xv = cval_to_int(c->a, xv);
            yv = cval_to_int(c->a, yv);
        }
        x->val = xv && yv ? cval_binary(c->a, xv, op, yv, intdiv) : NULL;
        x->expr = e;
        overflow(c, x, e ? e->pos : lhs->pos);
        return;
    }
    x->mode = M_VALUE;
}

/* --- the expression switch --------------------------------------------- */

static void expr_internal(checker *c, operand *x, node *e, gtype *hint)
{
    x->mode = M_INVALID;
    x->type = t_basic[K_INVALID];
    x->val = NULL;
    x->expr = e;
    switch (e->kind) {
    case N_BAD:
        return;
    case N_NAME:
        check_ident(c, x, e, NULL, false);
        return;
    case N_DOTSTYPE:
        check_errorf(c, ast_start(e), "invalid use of '...'");
        return;
    case N_BASICLIT:
        basic_lit(c, x, e);
        return;
    case N_FUNCLIT:
        check_func_lit(c, x, e);
        return;
    case N_COMPOSITELIT:
        check_composite_lit(c, x, e, hint);
        return;
    case N_PAREN:
        check_raw_expr(c, x, e->x, NULL);
        x->expr = e;
        return;
    case N_SELECTOR:
        check_selector(c, x, e);
        return;
    case N_INDEX:
        check_index_expr(c, x, e);
        return;
    case N_SLICE:
        check_slice_expr(c, x, e);
        return;
    case N_ASSERT: {
        check_expr(c, x, e->x);
        if (x->mode == M_INVALID)
            return;
        if (!type_is_interface(x->type)) {
            check_errorf(c, operand_pos(x, e->pos), INVALID_OP "%s is not an interface",
                         operand_string(c, x));
            set_invalid(x);
            return;
        }
        gtype *T = check_var_type(c, e->y);
        if (T->kind == K_INVALID) {
            set_invalid(x);
            return;
        }
        check_type_assertion(c, e, x, T, false);
        x->mode = M_COMMAOK;
        x->type = T;
        return;
    }
    case N_TYPESWITCH:
        check_errorf(c, ast_start(e), "use of .(type) outside type switch");
        return;
    case N_CALL:
        check_call(c, x, e);
        return;
    case N_LIST:
        check_errorf(c, ast_start(e), "unexpected list of expressions");
        return;
    case N_OPERATION:
        if (!e->y) {
            if (e->op == OP_MUL) {
                /* pointer indirection, or a pointer type */
                check_expr_or_type(c, x, e->x);
                switch (x->mode) {
                case M_INVALID:
                    return;
                case M_TYPEXPR:
                    x->type = type_pointer(c->a, x->type);
                    break;
                default: {
                    gtype *u = under(x->type);
                    if (u->kind != K_POINTER) {
                        check_errorf(c, operand_pos(x, e->pos), INVALID_OP "cannot indirect %s",
                                     operand_string(c, x));
                        set_invalid(x);
                        return;
                    }
                    x->mode = M_VAR;
                    x->type = u->elem;
                    break;
                }
                }
                break;
            }
            unary(c, x, e);
            if (x->mode == M_INVALID)
                return;
            if (e->op == OP_RECV) {
                x->expr = e;
                return;
            }
            break;
        }
        check_binary(c, x, e, e->x, e->y, (gop)e->op);
        if (x->mode == M_INVALID)
            return;
        break;
    case N_KEYVALUE:
        check_errorf(c, ast_start(e), "no key:value expected");
        return;
    case N_ARRAYTYPE:
    case N_SLICETYPE:
    case N_STRUCTTYPE:
    case N_FUNCTYPE:
    case N_INTERFACETYPE:
    case N_MAPTYPE:
    case N_CHANTYPE:
        x->mode = M_TYPEXPR;
        x->type = check_type(c, e);
        break;
    default:
        check_errorf(c, ast_start(e), "conclab does not support this expression yet");
        return;
    }
    x->expr = e;
}

void check_raw_expr(checker *c, operand *x, node *e, gtype *hint)
{
    if (!e) {
        /* a part the parser could not build (it reported why) */
        memset(x, 0, sizeof *x);
        x->type = t_basic[K_INVALID];
        return;
    }
    expr_internal(c, x, e, hint);
    x->expr = e;
    check_record(c, x);
}

/* --- function literals -------------------------------------------------- */

void check_func_lit(checker *c, operand *x, node *e)
{
    gscope *saved = c->scope;
    gscope *fs;
    gtype *sig = check_func_type(c, NULL, e->x, &fs);
    c->scope = saved;
    gfuncinfo *outer = c->fn;
    const char *name;
    if (outer) {
        gfuncinfo *top = outer;
        while (top->outer)
            top = top->outer;
        name = arena_printf(c->a, "%s.func%d", top->name, ++top->nlits);
    } else {
        /* a literal in a package-level initializer: glob..funcN */
        name = arena_printf(c->a, "%s.glob..func%d", c->pkg->name, ++c->glob_lits);
    }
    gfuncinfo *f = check_new_func(c, e, sig, NULL, name);
    f->scope = fs;
    e->aux = c->all_funcs.n - 1;
    cval *saved_iota = c->iota;
    gdeclinfo *saved_decl = c->decl;
    check_func_body(c, f, e->w);
    c->iota = saved_iota;
    c->decl = saved_decl;
    x->mode = M_VALUE;
    x->type = sig;
}
