/* check_assign.c: assignability and assignments, after types2's
 * operand.go (assignableTo, with the reasons an interface is not
 * implemented) and assignments.go: assignments of untyped and typed
 * values, variable initialization, tuple assignment, comma-ok forms,
 * short variable declarations and the "assignment mismatch" messages. */
#include "golang/check.h"

#include <string.h>

/* "M(int) string" as types2's funcString prints a method. */
static char *func_string(checker *c, const char *name, gtype *sig)
{
    char *s = tstr(c, sig); /* "func(int) string" */
    if (strncmp(s, "func", 4) == 0)
        s += 4;
    return arena_printf(c->a, "%s%s", name, s);
}

/* The method named name of V (concrete or interface), or NULL. */
static gmethod *method_of(gtype *V, const char *name)
{
    gselection r = type_lookup(V, true, NULL, name);
    return r.kind == SEL_METHOD ? r.method : NULL;
}

/* "(missing M method)" and its variants, as types2 explains why V does
 * not implement T. */
static char *missing_reason(checker *c, gtype *V, gtype *T, const char *m, bool wrong, bool ptr)
{
    if (ptr)
        return arena_printf(c->a, "(%s method has pointer receiver)", m);
    if (wrong) {
        gmethod *have = method_of(V, m);
        gmethod *want = method_of(T, m);
        if (have && want && have->sig && want->sig)
            return arena_printf(c->a, "(wrong type for %s method)\n\t\thave %s\n\t\twant %s", m,
                                func_string(c, m, have->sig), func_string(c, m, want->sig));
        return arena_printf(c->a, "(wrong type for %s method)", m);
    }
    gtype *vu = under(V), *tu = under(T);
    if (vu->kind == K_POINTER && type_is_interface(vu->elem))
        return arena_printf(c->a, "(type %s is pointer to interface, not interface)", tstr(c, V));
    if (tu->kind == K_POINTER && type_is_interface(tu->elem))
        return arena_printf(c->a, "(type %s is pointer to interface, not interface)", tstr(c, T));
    return arena_printf(c->a, "(missing %s method)", m);
}

char *check_missing_method_reason(checker *c, gtype *V, gtype *T, const char *m, bool wrong, bool ptr)
{
    return missing_reason(c, V, T, m, wrong, ptr);
}

/* Whether V implements interface T; else *reason says why. */
static bool implements(checker *c, gtype *V, gtype *T, char **reason)
{
    gtype *Tu = under(T);
    if (V->kind == K_INVALID || Tu->kind == K_INVALID)
        return true;
    if (Tu->kind != K_INTERFACE) {
        if (reason)
            *reason = arena_printf(c->a, "%s is not an interface", tstr(c, T));
        return false;
    }
    type_complete_interface(c->a, Tu);
    if (under(V)->kind == K_INTERFACE)
        type_complete_interface(c->a, under(V));
    bool wrong = false, ptr = false;
    const char *m = type_missing_method(V, T, &wrong, &ptr);
    if (!m)
        return true;
    if (reason)
        *reason = arena_printf(c->a, "%s does not implement %s %s", tstr(c, V), tstr(c, T),
                               missing_reason(c, V, T, m, wrong, ptr));
    return false;
}

bool check_assignable(checker *c, operand *x, gtype *T, char **reason)
{
    if (x->mode == M_INVALID || !T || T->kind == K_INVALID)
        return true;
    gtype *V = x->type;
    if (type_identical(V, T))
        return true;
    gtype *Vu = under(V), *Tu = under(T);
    if (type_is_untyped(Vu)) {
        cval *val;
        int code;
        return check_implicit_type(c, x, T, &val, &code) != NULL;
    }
    bool vnamed = V->kind == K_NAMED || V->kind <= K_UNSAFEPTR;
    bool tnamed = T->kind == K_NAMED || T->kind <= K_UNSAFEPTR;
    if (type_identical(Vu, Tu) && (!vnamed || !tnamed))
        return true;
    if (Tu->kind == K_INTERFACE)
        return implements(c, V, T, reason);
    if (Tu->kind == K_POINTER && type_is_interface(Tu->elem)) {
        if (reason)
            *reason = arena_printf(c->a, "%s does not implement %s (type %s is pointer to interface, not interface)",
                                   tstr(c, V), tstr(c, T), tstr(c, T));
        return false;
    }
    if (Vu->kind == K_INTERFACE && implements(c, T, V, NULL)) {
        if (reason)
            *reason = arena_printf(c->a, "need type assertion");
        return false;
    }
    if (Vu->kind == K_CHAN && Vu->dir == CHAN_BOTH && Tu->kind == K_CHAN &&
        type_identical(Vu->elem, Tu->elem))
        return !vnamed || !tnamed;
    return false;
}

void check_assignment(checker *c, operand *x, gtype *T, const char *context)
{
    check_single_value(c, x);
    switch (x->mode) {
    case M_INVALID:
        return;
    case M_CONST:
    case M_VAR:
    case M_MAPINDEX:
    case M_VALUE:
    case M_COMMAOK:
        break;
    default:
        check_errorf(c, operand_pos(x, (gpos){0, 0, 0}), "cannot assign %s to %s in %s",
                     operand_string(c, x), T ? tstr(c, T) : "_", context);
        x->mode = M_INVALID;
        return;
    }
    if (type_is_untyped(x->type)) {
        gtype *target = T;
        if (x->type->kind == K_UNTYPED_NIL) {
            if (!T) {
                check_errorf(c, operand_pos(x, (gpos){0, 0, 0}), "use of untyped nil in %s", context);
                x->mode = M_INVALID;
                return;
            }
        } else if (!T || type_is_interface(T)) {
            target = type_default(x->type);
        }
        cval *val;
        int code;
        gtype *nt = check_implicit_type(c, x, target, &val, &code);
        if (code != CODE_OK) {
            char *msg = arena_printf(c->a, "cannot use %s as %s value in %s", operand_string(c, x),
                                     tstr(c, target), context);
            if (code == CODE_TRUNCATED)
                msg = arena_printf(c->a, "%s (truncated)", msg);
            else if (code == CODE_OVERFLOW)
                msg = arena_printf(c->a, "%s (overflows)", msg);
            check_errorf(c, operand_pos(x, (gpos){0, 0, 0}), "%s", msg);
            x->mode = M_INVALID;
            return;
        }
        check_take_implicit(c, x, nt, val);
    }
    if (!T)
        return;
    char *reason = NULL;
    if (!check_assignable(c, x, T, &reason)) {
        if (reason)
            check_errorf(c, operand_pos(x, (gpos){0, 0, 0}), "cannot use %s as type %s in %s:\n\t%s",
                         operand_string(c, x), tstr(c, T), context, reason);
        else
            check_errorf(c, operand_pos(x, (gpos){0, 0, 0}), "cannot use %s as type %s in %s",
                         operand_string(c, x), tstr(c, T), context);
        x->mode = M_INVALID;
    }
}

gtype *check_init_var(checker *c, gobj *lhs, operand *x, const char *context)
{
    if (x->mode == M_INVALID || x->type->kind == K_INVALID || (lhs->type && lhs->type->kind == K_INVALID)) {
        if (!lhs->type)
            lhs->type = t_basic[K_INVALID];
        lhs->used = true; /* no follow-on "declared but not used" */
        return NULL;
    }
    if (!lhs->type) {
        gtype *t = x->type;
        if (type_is_untyped(t)) {
            if (t->kind == K_UNTYPED_NIL) {
                check_errorf(c, operand_pos(x, lhs->pos), "use of untyped nil in %s", context);
                lhs->type = t_basic[K_INVALID];
                return NULL;
            }
            t = type_default(t);
        }
        lhs->type = t;
    }
    check_assignment(c, x, lhs->type, context);
    if (x->mode == M_INVALID) {
        lhs->used = true;
        return NULL;
    }
    return x->type;
}

static void assign_error(checker *c, node **rhs, int nrhs, int nvars, int nvals)
{
    char *vars = arena_printf(c->a, "%d variable%s", nvars, nvars == 1 ? "" : "s");
    char *vals = arena_printf(c->a, "%d value%s", nvals, nvals == 1 ? "" : "s");
    node *r0 = rhs[0];
    node *call = ast_unparen(r0);
    if (nrhs == 1 && call->kind == N_CALL) {
        check_errorf(c, ast_start(r0), "assignment mismatch: %s but %s returns %s", vars,
                     ast_string(c->a, call->x), vals);
        return;
    }
    check_errorf(c, ast_start(r0), "assignment mismatch: %s but %s", vars, vals);
}

/* Marks a comma-ok expression (v, ok := m[k], x.(T), <-ch). */
static void mark_comma_ok(node *e)
{
    e = ast_unparen(e);
    e->aux = AUX_COMMA_OK;
}

void check_init_vars(checker *c, gobj **lhs, int nlhs, node **rhs, int nrhs, node *ret)
{
    operand *v;
    bool comma_ok;
    int n = check_expr_list(c, rhs, nrhs, nlhs == 2 && !ret, &v, &comma_ok);
    if (n != nlhs) {
        for (int i = 0; i < nlhs; i++) {
            lhs[i]->used = true;
            if (!lhs[i]->type)
                lhs[i]->type = t_basic[K_INVALID];
        }
        for (int i = 0; i < n; i++)
            if (v[i].mode == M_INVALID)
                return;
        if (ret) {
            gpos at = ret->pos;
            const char *q = "not enough";
            if (n > nlhs) {
                at = ast_start(v[nlhs].expr);
                q = "too many";
            } else if (n > 0) {
                at = ast_start(v[n - 1].expr);
            }
            char *have = arena_printf(c->a, "(");
            for (int i = 0; i < n; i++) {
                gtype *t = v[i].type;
                const char *ts = !t || t->kind == K_INVALID ? "<T>"
                                 : type_is_untyped(t) ? (type_is_numeric(t) ? "number" : t->name + 8)
                                                      : tstr(c, t);
                have = arena_printf(c->a, "%s%s%s", have, i ? ", " : "", ts);
            }
            char *want = arena_printf(c->a, "(");
            for (int i = 0; i < nlhs; i++)
                want = arena_printf(c->a, "%s%s%s", want, i ? ", " : "", tstr(c, lhs[i]->type));
            check_errorf(c, at, "%s return values\n\thave %s)\n\twant %s)", q, have, want);
            return;
        }
        assign_error(c, rhs, nrhs, nlhs, n);
        return;
    }
    const char *context = ret ? "return statement" : "assignment";
    if (comma_ok)
        mark_comma_ok(rhs[0]);
    bool ok = true;
    for (int i = 0; i < nlhs; i++)
        if (!check_init_var(c, lhs[i], &v[i], context))
            ok = false;
    if (!ok)
        for (int i = 0; i < nlhs; i++)
            lhs[i]->used = true;
}

gtype *check_assign_var(checker *c, node *lhs, operand *x)
{
    if (x->mode == M_INVALID || x->type->kind == K_INVALID) {
        check_use(c, lhs);
        return NULL;
    }
    node *ident = ast_unparen(lhs);
    if (ident->kind != N_NAME)
        ident = NULL;
    if (ident && strcmp(ident->name, "_") == 0) {
        check_assignment(c, x, NULL, "assignment to _ identifier");
        return x->mode == M_INVALID ? NULL : x->type;
    }
    gobj *v = NULL;
    bool v_used = false;
    if (ident) {
        gobj *o = scope_lookup(c->scope, ident->name);
        if (o && o->kind == O_VAR && o->pkg == c->pkg) {
            v = o;
            v_used = o->used;
        }
    }
    operand z;
    check_expr(c, &z, lhs);
    if (v) {
        v->used = v_used;
        /* assigning from a closure still shares the variable */
        if (c->fn && v->owner && v->owner != c->fn)
            v->captured = true;
    }
    if (z.mode == M_INVALID || z.type->kind == K_INVALID)
        return NULL;
    if (z.mode != M_VAR && z.mode != M_MAPINDEX) {
        node *u = ast_unparen(z.expr);
        if (u->kind == N_SELECTOR && u->x->mode == M_MAPINDEX) {
            check_errorf(c, operand_pos(&z, lhs->pos), "cannot assign to struct field %s in map",
                         ast_string(c->a, z.expr));
            return NULL;
        }
        check_errorf(c, operand_pos(&z, lhs->pos), "cannot assign to %s", operand_string(c, &z));
        return NULL;
    }
    check_assignment(c, x, z.type, "assignment");
    return x->mode == M_INVALID ? NULL : x->type;
}

void check_assign_vars(checker *c, node **lhs, int nlhs, node **rhs, int nrhs)
{
    operand *v;
    bool comma_ok;
    int n = check_expr_list(c, rhs, nrhs, nlhs == 2, &v, &comma_ok);
    if (n != nlhs) {
        for (int i = 0; i < nlhs; i++)
            check_use(c, lhs[i]);
        for (int i = 0; i < n; i++)
            if (v[i].mode == M_INVALID)
                return;
        assign_error(c, rhs, nrhs, nlhs, n);
        return;
    }
    if (comma_ok)
        mark_comma_ok(rhs[0]);
    bool ok = true;
    for (int i = 0; i < nlhs; i++)
        if (!check_assign_var(c, lhs[i], &v[i]))
            ok = false;
    if (!ok) {
        for (int i = 0; i < nlhs; i++) {
            node *id = ast_unparen(lhs[i]);
            if (id->kind == N_NAME) {
                gobj *o = scope_lookup(c->scope, id->name);
                if (o && o->kind == O_VAR && o->pkg == c->pkg)
                    o->used = true;
            }
        }
    }
}

void check_short_var_decl(checker *c, node *s, node **lhs, int nlhs, node **rhs, int nrhs)
{
    gscope *scope = c->scope;
    gobj **vars = arena_alloc(c->a, sizeof(gobj *) * (size_t)(nlhs + 1));
    gobj **newv = arena_alloc(c->a, sizeof(gobj *) * (size_t)(nlhs + 1));
    node **newid = arena_alloc(c->a, sizeof(node *) * (size_t)(nlhs + 1));
    int nnew = 0;
    bool has_err = false;
    for (int i = 0; i < nlhs; i++) {
        node *id = lhs[i];
        if (id->kind != N_NAME) {
            check_use(c, id);
            check_errorf(c, ast_start(id), "non-name %s on left side of :=", ast_string(c->a, id));
            has_err = true;
            continue;
        }
        const char *name = id->name;
        if (strcmp(name, "_") != 0) {
            bool seen = false;
            for (int j = 0; j < i; j++)
                if (lhs[j]->kind == N_NAME && strcmp(lhs[j]->name, name) == 0)
                    seen = true;
            if (seen) {
                check_errorf(c, id->pos, "%s repeated on left side of :=", name);
                has_err = true;
                continue;
            }
        }
        gobj *alt = scope_lookup_local(scope, name);
        if (alt) {
            id->obj = alt;
            if (alt->kind == O_VAR) {
                vars[i] = alt;
            } else {
                check_errorf(c, id->pos, "cannot assign to %s", name);
                has_err = true;
            }
            continue;
        }
        gobj *o = obj_new(c->a, O_VAR, name, NULL, id->pos);
        o->pkg = c->pkg;
        o->decl = s;
        vars[i] = o;
        id->obj = o;
        if (strcmp(name, "_") != 0) {
            newid[nnew] = id;
            newv[nnew++] = o;
        } else if (c->fn) {
            o->owner = c->fn;
        }
    }
    for (int i = 0; i < nlhs; i++) {
        if (!vars[i]) {
            vars[i] = obj_new(c->a, O_VAR, "_", NULL, lhs[i]->pos);
            vars[i]->pkg = c->pkg;
        }
    }
    check_init_vars(c, vars, nlhs, rhs, nrhs, NULL);
    if (nnew == 0 && !has_err) {
        check_errorf(c, s->pos, "no new variables on left side of :=");
        return;
    }
    for (int i = 0; i < nnew; i++)
        check_declare(c, scope, newid[i], newv[i]);
}
