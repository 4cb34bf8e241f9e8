/* check_call.c: calls, conversions and selectors, after types2's call.go
 * and conversions.go: ordinary and variadic calls with their argument
 * count and assignability messages, conversions (constant and not),
 * qualified identifiers of library packages, fields and methods through
 * embedding, method values and method expressions. */
#include "golang/check.h"

#include <ctype.h>
#include <string.h>

#define INVALID_OP "invalid operation: "

/* Marks the variable at the root of an addressable expression as having
 * its address taken (its storage must then be a heap cell). */
void check_mark_addr(node *e)
{
    for (;;) {
        e = ast_unparen(e);
        if (e->kind == N_NAME) {
            if (e->obj && e->obj->kind == O_VAR)
                e->obj->addrtaken = true;
            return;
        }
        if (e->kind == N_SELECTOR && e->sel && e->sel->kind == GSEL_FIELD && !e->sel->s.indirect) {
            e = e->x;
            continue;
        }
        if (e->kind == N_INDEX && e->x->type && under(e->x->type)->kind == K_ARRAY) {
            e = e->x;
            continue;
        }
        return;
    }
}

/* --- the types of argument lists, for messages ------------------------- */

static char *types_summary(checker *c, gtype **v, int n, bool variadic)
{
    char *s = arena_printf(c->a, "(");
    for (int i = 0; i < n; i++) {
        gtype *t = v[i];
        const char *ts;
        if (!t || t->kind == K_INVALID)
            ts = "<T>";
        else if (type_is_untyped(t))
            ts = type_is_numeric(t) ? "number" : t->name + strlen("untyped ");
        else if (variadic && i == n - 1)
            ts = arena_printf(c->a, "...%s", tstr(c, under(t)->elem));
        else
            ts = tstr(c, t);
        s = arena_printf(c->a, "%s%s%s", s, i ? ", " : "", ts);
    }
    return arena_printf(c->a, "%s)", s);
}

int check_expr_list(checker *c, node **elist, int n, bool allow_comma_ok, operand **out, bool *comma_ok)
{
    if (comma_ok)
        *comma_ok = false;
    if (n == 1) {
        operand x;
        check_multi_expr(c, &x, elist[0]);
        if (x.mode != M_INVALID && x.type && x.type->kind == K_TUPLE) {
            gtype *t = x.type;
            *out = arena_alloc(c->a, sizeof(operand) * (size_t)(t->nparams + 1));
            for (int i = 0; i < t->nparams; i++) {
                (*out)[i].mode = M_VALUE;
                (*out)[i].expr = elist[0];
                (*out)[i].type = t->params[i];
            }
            return t->nparams;
        }
        if (allow_comma_ok && (x.mode == M_MAPINDEX || x.mode == M_COMMAOK)) {
            *out = arena_alloc(c->a, sizeof(operand) * 2);
            (*out)[0] = x;
            (*out)[0].mode = M_VALUE;
            (*out)[1].mode = M_VALUE;
            (*out)[1].expr = x.expr;
            (*out)[1].type = t_basic[K_UNTYPED_BOOL];
            if (comma_ok)
                *comma_ok = true;
            return 2;
        }
        *out = arena_alloc(c->a, sizeof(operand));
        (*out)[0] = x;
        return 1;
    }
    *out = arena_alloc(c->a, sizeof(operand) * (size_t)(n + 1));
    for (int i = 0; i < n; i++)
        check_expr(c, &(*out)[i], elist[i]);
    return n;
}

void check_arguments(checker *c, node *call, gtype *sig, operand *args, int nargs)
{
    int npars = sig->nparams;
    bool ddd = call->hasdots;
    gtype **params = sig->params;
    bool adjusted = false;
    for (int i = 0; i < nargs; i++)
        if (args[i].mode == M_INVALID)
            return;
    if (sig->variadic) {
        if (ddd) {
            if (call->list.n == 1 && nargs > 1) {
                check_errorf(c, ast_start(call), "cannot use ... with %d-valued %s", nargs,
                             ast_string(c->a, call->list.v[0]));
                return;
            }
        } else if (nargs >= npars - 1) {
            gtype **v = arena_alloc(c->a, sizeof(gtype *) * (size_t)(nargs + 1));
            for (int i = 0; i < npars - 1; i++)
                v[i] = params[i];
            for (int i = npars - 1; i < nargs; i++)
                v[i] = under(params[npars - 1])->elem;
            params = v;
            npars = nargs;
            adjusted = true;
        } else {
            npars--;
        }
    } else if (ddd) {
        check_errorf(c, ast_start(call), "cannot use ... in call to non-variadic %s", ast_string(c->a, call->x));
        return;
    }
    (void)adjusted;
    if (nargs != npars) {
        gpos at = ast_start(call);
        const char *q = "not enough";
        if (nargs > npars) {
            at = ast_start(args[npars].expr);
            q = "too many";
        } else if (nargs > 0) {
            at = ast_start(args[nargs - 1].expr);
        }
        gtype **have = arena_alloc(c->a, sizeof(gtype *) * (size_t)(nargs + 1));
        for (int i = 0; i < nargs; i++)
            have[i] = args[i].type;
        check_errorf(c, at, "%s arguments in call to %s\n\thave %s\n\twant %s", q,
                     ast_string(c->a, call->x), types_summary(c, have, nargs, false),
                     types_summary(c, sig->params, sig->nparams, sig->variadic));
        return;
    }
    if (nargs > 0) {
        char *context = arena_printf(c->a, "argument to %s", ast_string(c->a, call->x));
        for (int i = 0; i < nargs; i++)
            check_assignment(c, &args[i], params[i], context);
    }
}

/* --- conversions ------------------------------------------------------- */

static bool is_bytes_or_runes(gtype *t)
{
    gtype *u = under(t);
    if (u->kind != K_SLICE)
        return false;
    gtype *e = under(u->elem);
    return e->kind == K_UINT8 || e->kind == K_INT32;
}

static bool convertible(checker *c, operand *x, gtype *T)
{
    if (check_assignable(c, x, T, NULL))
        return true;
    gtype *V = x->type, *Vu = under(V), *Tu = under(T);
    if (type_identical(Vu, Tu))
        return true;
    if (Vu->kind == K_POINTER && Tu->kind == K_POINTER && V->kind != K_NAMED && T->kind != K_NAMED &&
        type_identical(under(Vu->elem), under(Tu->elem)))
        return true;
    if (type_is_numeric(Vu) && type_is_numeric(Tu))
        return true;
    if (type_is_string(Tu) && (type_is_integer(Vu) || is_bytes_or_runes(Vu)))
        return true;
    if (type_is_string(Vu) && is_bytes_or_runes(Tu))
        return true;
    if (Vu->kind == K_SLICE && Tu->kind == K_POINTER && under(Tu->elem)->kind == K_ARRAY &&
        type_identical(Vu->elem, under(Tu->elem)->elem))
        return true;
    return false;
}

void check_conversion(checker *c, operand *x, gtype *T)
{
    bool const_arg = x->mode == M_CONST;
    bool ok = false;
    gtype *Tu = under(T);
    if (const_arg && type_is_constant_type(T)) {
        int code;
        operand y = *x;
        if (check_representable(c, &y, Tu, &code)) {
            x->val = y.val;
            ok = true;
        } else if (type_is_integer(x->type) && type_is_string(Tu)) {
            x->val = cval_rune_string(c->a, x->val);
            ok = true;
        }
    } else if (convertible(c, x, T)) {
        ok = true;
        x->mode = M_VALUE;
    }
    if (!ok) {
        check_errorf(c, operand_pos(x, (gpos){0, 0, 0}), "cannot convert %s to type %s",
                     operand_string(c, x), tstr(c, T));
        x->mode = M_INVALID;
        return;
    }
    if (type_is_untyped(x->type)) {
        gtype *final = T;
        if (type_is_interface(T) || (const_arg && !type_is_constant_type(T)))
            final = type_default(x->type);
        else if (x->mode == M_CONST && type_is_integer(x->type) && type_is_string(Tu))
            final = x->type;
        check_update_expr_type(c, x->expr, final, true);
    }
    x->type = T;
}

/* --- calls ------------------------------------------------------------- */

void check_call(checker *c, operand *x, node *call)
{
    check_expr_or_type(c, x, call->x);
    switch (x->mode) {
    case M_INVALID:
        check_use(c, call->list.n ? call->list.v[0] : NULL);
        for (int i = 1; i < call->list.n; i++)
            check_use(c, call->list.v[i]);
        x->expr = call;
        return;
    case M_TYPEXPR: {
        gtype *T = x->type;
        x->mode = M_INVALID;
        call->aux = -1;
        int n = call->list.n;
        if (n == 0) {
            check_errorf(c, ast_start(call), "missing argument in conversion to %s", tstr(c, T));
        } else if (n == 1) {
            check_expr(c, x, call->list.v[0]);
            if (x->mode != M_INVALID) {
                if (call->hasdots)
                    check_errorf(c, ast_start(call->list.v[0]),
                                 "invalid use of ... in type conversion to %s", tstr(c, T));
                else
                    check_conversion(c, x, T);
            }
        } else {
            for (int i = 0; i < n; i++)
                check_use(c, call->list.v[i]);
            check_errorf(c, ast_start(call->list.v[n - 1]), "too many arguments in conversion to %s",
                         tstr(c, T));
            x->mode = M_INVALID;
        }
        x->expr = call;
        return;
    }
    case M_BUILTIN: {
        builtin_id id = x->id;
        call->aux = (int)id;
        check_builtin(c, x, call, id);
        x->expr = call;
        if (x->mode != M_INVALID && x->mode != M_CONST)
            c->has_call_or_recv = true;
        return;
    }
    default:
        break;
    }
    gtype *sig = under(x->type);
    if (sig->kind != K_FUNC) {
        check_errorf(c, operand_pos(x, call->pos), INVALID_OP "cannot call non-function %s",
                     operand_string(c, x));
        x->mode = M_INVALID;
        x->expr = call;
        return;
    }
    operand *args = NULL;
    int nargs = check_expr_list(c, call->list.v, call->list.n, false, &args, NULL);
    check_arguments(c, call, sig, args, nargs);
    switch (sig->nresults) {
    case 0:
        x->mode = M_NOVALUE;
        break;
    case 1:
        x->mode = M_VALUE;
        x->type = sig->results[0];
        break;
    default:
        x->mode = M_VALUE;
        x->type = type_tuple(c->a, sig->results, sig->nresults);
        break;
    }
    x->expr = call;
    c->has_call_or_recv = true;
}

/* --- selectors ---------------------------------------------------------- */

static bool exported(const char *s)
{
    return s[0] >= 'A' && s[0] <= 'Z';
}

static gsel *new_sel(checker *c, node *e, gsel_kind k)
{
    gsel *s = arena_alloc(c->a, sizeof *s);
    s->kind = k;
    e->sel = s;
    return s;
}

/* A library package's name: pkg.Name. Returns false when e->x is not a
 * package name. */
static bool qualified(checker *c, operand *x, node *e)
{
    node *id = e->x;
    if (id->kind != N_NAME)
        return false;
    gobj *pn = scope_lookup(c->scope, id->name);
    if (!pn || pn->kind != O_PKGNAME)
        return false;
    id->obj = pn;
    pn->used = true;
    gpkg *pkg = pn->imported;
    const char *sel = e->y->name;
    gobj *exp = scope_lookup_local(pkg->scope, sel);
    x->mode = M_INVALID;
    x->expr = e;
    if (!exp || !exported(sel)) {
        if (!exp && pkg->fake)
            return true;
        if (!exp)
            check_errorf(c, e->y->pos, "undefined: %s.%s", pkg->name, sel);
        else
            check_errorf(c, e->y->pos, "%s not exported by package %s", sel, pkg->name);
        return true;
    }
    e->y->obj = exp;
    gsel *s = new_sel(c, e, GSEL_QUALIFIED);
    s->obj = exp;
    switch (exp->kind) {
    case O_CONST:
        x->mode = M_CONST;
        x->type = exp->type;
        x->val = exp->val;
        break;
    case O_TYPENAME:
        x->mode = M_TYPEXPR;
        x->type = exp->type;
        break;
    case O_VAR:
        x->mode = M_VAR;
        x->type = exp->type;
        break;
    case O_FUNC:
        x->mode = M_VALUE;
        x->type = exp->type;
        break;
    default:
        break;
    }
    return true;
}

static bool is_interface_ptr(gtype *t)
{
    gtype *u = under(t);
    return u->kind == K_POINTER && type_is_interface(u->elem);
}

void check_selector(checker *c, operand *x, node *e)
{
    if (qualified(c, x, e))
        return;
    const char *sel = e->y->name;
    check_expr_or_type(c, x, e->x);
    if (x->mode == M_BUILTIN) {
        check_errorf(c, e->pos, "cannot select on %s", operand_string(c, x));
        goto error;
    }
    if (x->mode == M_INVALID)
        goto error;
    bool addressable = x->mode == M_VAR;
    gselection r = type_lookup(x->type, addressable, c->pkg, sel);
    if (r.kind == SEL_NONE) {
        if (under(x->type)->kind == K_INVALID)
            goto error;
        if (r.ambiguous) {
            check_errorf(c, e->y->pos, "ambiguous selector %s.%s", ast_string(c->a, e->x), sel);
            goto error;
        }
        if (r.ptr_needed) {
            check_errorf(c, e->y->pos, "cannot call pointer method %s on %s", sel, tstr(c, x->type));
            goto error;
        }
        char *why;
        if (is_interface_ptr(x->type)) {
            why = arena_printf(c->a, "type %s is pointer to interface, not interface", tstr(c, x->type));
        } else {
            why = arena_printf(c->a, "type %s has no field or method %s", tstr(c, x->type), sel);
            char *alt = arena_printf(c->a, "%s", sel);
            alt[0] = (char)(isupper((unsigned char)alt[0]) ? tolower((unsigned char)alt[0])
                                                            : toupper((unsigned char)alt[0]));
            gselection r2 = type_lookup(x->type, addressable, c->pkg, alt);
            if (r2.kind != SEL_NONE)
                why = arena_printf(c->a, "%s, but does have %s", why, alt);
        }
        check_errorf(c, e->y->pos, "%s.%s undefined (%s)", ast_string(c->a, e->x), sel, why);
        goto error;
    }
    if (r.kind == SEL_METHOD && r.method->func && !r.method->sig) {
        check_obj_decl(c, r.method->func);
        r.method->sig = r.method->func->type;
    }
    if (x->mode == M_TYPEXPR) {
        if (r.kind != SEL_METHOD) {
            check_errorf(c, e->y->pos, "%s.%s undefined (type %s has no method %s)",
                         ast_string(c->a, e->x), sel, tstr(c, x->type), sel);
            goto error;
        }
        gsel *s = new_sel(c, e, GSEL_METHOD_EXPR);
        s->s = r;
        s->obj = r.method->func;
        s->recv = x->type;
        s->iface = r.obj == NULL;
        gtype *msig = r.method->sig;
        gtype *f = type_new(c->a, K_FUNC);
        f->nparams = msig->nparams + 1;
        f->params = arena_alloc(c->a, sizeof(gtype *) * (size_t)(f->nparams + 1));
        f->params[0] = x->type;
        for (int i = 0; i < msig->nparams; i++)
            f->params[i + 1] = msig->params[i];
        f->results = msig->results;
        f->nresults = msig->nresults;
        f->variadic = msig->variadic;
        x->mode = M_VALUE;
        x->type = f;
        if (r.method->func)
            check_record_dep(c, r.method->func);
        x->expr = e;
        return;
    }
    if (r.kind == SEL_FIELD) {
        gsel *s = new_sel(c, e, GSEL_FIELD);
        s->s = r;
        s->obj = r.obj;
        s->recv = x->type;
        x->mode = x->mode == M_VAR || r.indirect ? M_VAR : M_VALUE;
        x->type = r.field->type;
    } else {
        gsel *s = new_sel(c, e, GSEL_METHOD);
        s->s = r;
        s->obj = r.method->func;
        s->recv = x->type;
        s->iface = r.obj == NULL;
        if (!s->iface && r.method->ptr_recv && !r.indirect && under(x->type)->kind != K_POINTER) {
            s->addr = true;
            check_mark_addr(e->x);
        }
        x->mode = M_VALUE;
        x->type = r.method->sig;
        if (r.method->func)
            check_record_dep(c, r.method->func);
    }
    x->expr = e;
    return;
error:
    x->mode = M_INVALID;
    x->expr = e;
}
