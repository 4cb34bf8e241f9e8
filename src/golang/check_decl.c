/* check_decl.c: declarations, after types2's decl.go: package-level
 * objects checked on first use (with cycle detection), constants with
 * iota, variables, type declarations with their methods, function
 * declarations and bodies (missing return, unused variables), and the
 * const, var and type declarations inside functions. */
#include "golang/check.h"

#include <string.h>

/* "\n\tPOS: other declaration of NAME" for a redeclaration message. */
static char *other_decl(checker *c, gobj *alt)
{
    char nm[4096];
    if (!alt->pos.line)
        return arena_printf(c->a, "\n\tother declaration of %s", alt->name);
    return arena_printf(c->a, "\n\t%s:%d:%d: other declaration of %s",
                        diag_file_name(c->d, alt->pos.file, nm, sizeof nm), alt->pos.line,
                        alt->pos.col, alt->name);
}

void check_declare(checker *c, gscope *s, node *id, gobj *obj)
{
    if (id)
        id->obj = obj;
    if (c->fn && obj->kind == O_VAR && !obj->is_field)
        obj->owner = c->fn;
    if (strcmp(obj->name, "_") == 0)
        return;
    gobj *alt = scope_insert(c->a, s, obj);
    if (alt) {
        check_errorf(c, obj->pos, "%s redeclared in this block%s", obj->name, other_decl(c, alt));
        return;
    }
    /* only what made it into a scope is checked for use */
    if (c->fn && obj->kind == O_VAR && !obj->is_field && !obj->is_param)
        ptrvec_push(c->a, &c->fn->locals, obj);
}

gfuncinfo *check_new_func(checker *c, node *decl, gtype *sig, gobj *obj, const char *name)
{
    gfuncinfo *f = arena_alloc(c->a, sizeof *f);
    f->outer = c->fn;
    f->sig = sig;
    f->decl = decl;
    f->obj = obj;
    f->name = name;
    if (sig->recv)
        sig->recv->owner = f;
    for (int i = 0; i < sig->nparams; i++)
        sig->param_objs[i]->owner = f;
    for (int i = 0; i < sig->nresults; i++)
        sig->result_objs[i]->owner = f;
    ptrvec_push(c->a, &c->all_funcs, f);
    return f;
}

/* --- constants ------------------------------------------------------ */

void check_init_const(checker *c, gobj *lhs, operand *x)
{
    if (x->mode == M_INVALID || x->type->kind == K_INVALID || (lhs->type && lhs->type->kind == K_INVALID)) {
        if (!lhs->type)
            lhs->type = t_basic[K_INVALID];
        return;
    }
    if (x->mode != M_CONST) {
        check_errorf(c, operand_pos(x, lhs->pos), "%s is not constant", operand_string(c, x));
        if (!lhs->type)
            lhs->type = t_basic[K_INVALID];
        return;
    }
    if (!lhs->type)
        lhs->type = x->type;
    check_assignment(c, x, lhs->type, "constant declaration");
    if (x->mode == M_INVALID)
        return;
    lhs->val = x->val;
}

static void const_decl(checker *c, gobj *obj, node *typ, node *init, bool inherited)
{
    cval *saved_iota = c->iota;
    gpos saved_errpos = c->errpos;
    c->iota = obj->val;
    c->errpos = (gpos){0, 0, 0};
    obj->val = NULL;
    if (typ) {
        gtype *t = check_type(c, typ);
        if (!type_is_constant_type(t)) {
            if (under(t)->kind != K_INVALID)
                check_errorf(c, ast_start(typ), "invalid constant type %s", tstr(c, t));
            obj->type = t_basic[K_INVALID];
            goto out;
        }
        obj->type = t;
    }
    operand x;
    memset(&x, 0, sizeof x);
    x.type = t_basic[K_INVALID];
    if (init) {
        if (inherited)
            c->errpos = obj->pos;
        check_expr(c, &x, init);
    }
    check_init_const(c, obj, &x);
out:
    if (!obj->val)
        obj->val = NULL;
    c->iota = saved_iota;
    c->errpos = saved_errpos;
}

/* --- variables ------------------------------------------------------ */

static void var_decl_body(checker *c, gobj *obj, gobj **lhs, int nlhs, node *typ, node *init);

/* types2's varDecl: variables left without a valid type count as used
 * (no follow-on errors). */
static void var_decl(checker *c, gobj *obj, gobj **lhs, int nlhs, node *typ, node *init)
{
    var_decl_body(c, obj, lhs, nlhs, typ, init);
    if (obj->type && obj->type->kind == K_INVALID)
        obj->used = true;
    for (int i = 0; lhs && i < nlhs; i++)
        if (lhs[i]->type && lhs[i]->type->kind == K_INVALID)
            lhs[i]->used = true;
}

static void var_decl_body(checker *c, gobj *obj, gobj **lhs, int nlhs, node *typ, node *init)
{
    if (typ)
        obj->type = check_var_type(c, typ);
    if (!init) {
        if (!typ)
            obj->type = t_basic[K_INVALID];
        return;
    }
    if (!lhs || nlhs == 1) {
        operand x;
        check_expr(c, &x, init);
        check_init_var(c, obj, &x, "variable declaration");
        return;
    }
    if (typ)
        for (int i = 0; i < nlhs; i++)
            lhs[i]->type = obj->type;
    node *one[1] = {init};
    check_init_vars(c, lhs, nlhs, one, 1, NULL);
}

/* --- types ---------------------------------------------------------- */

/* Whether t contains named type target without an indirection. */
static bool contains(gtype *t, gtype *target, int depth)
{
    if (!t || depth > 64)
        return false;
    if (t == target)
        return true;
    if (t->kind == K_NAMED)
        return t->underlying && contains(t->underlying, target, depth + 1);
    if (t->kind == K_ARRAY)
        return contains(t->elem, target, depth + 1);
    if (t->kind == K_STRUCT)
        for (int i = 0; i < t->nfields; i++)
            if (contains(t->fields[i].type, target, depth + 1))
                return true;
    return false;
}

static void add_method(checker *c, gtype *named, gobj *m)
{
    for (int i = 0; i < named->nmdecl; i++) {
        if (strcmp(named->mdecl[i].name, m->name) == 0) {
            check_errorf(c, m->pos, "%s.%s redeclared in this block%s", named->obj->name, m->name,
                         other_decl(c, named->mdecl[i].func));
            return;
        }
    }
    if (named->nmdecl == named->nmdecl_cap) {
        int cap = named->nmdecl_cap ? named->nmdecl_cap * 2 : 4;
        named->mdecl = arena_grow(c->a, named->mdecl, (size_t)named->nmdecl, (size_t)cap,
                                  sizeof *named->mdecl);
        named->nmdecl_cap = cap;
    }
    gmethod *gm = &named->mdecl[named->nmdecl++];
    gm->name = m->name;
    gm->func = m;
    gm->ptr_recv = m->ptr_recv;
}

/* Attaches the methods declared on obj's named type (types2's
 * collectMethods) and checks their signatures. */
static void collect_methods(checker *c, gobj *obj)
{
    gtype *named = obj->type;
    for (int i = 0; i < c->methods.n; i++) {
        gobj *m = c->methods.v[i];
        node *base = m->dinfo ? m->dinfo->vtyp : NULL;
        if (!base || strcmp(base->name, obj->name) != 0 || strcmp(m->name, "_") == 0)
            continue;
        add_method(c, named, m);
    }
    for (int i = 0; i < named->nmdecl; i++)
        check_obj_decl(c, named->mdecl[i].func);
    for (int i = 0; i < named->nmdecl; i++)
        named->mdecl[i].sig = named->mdecl[i].func->type;
    gtype *u = named->underlying;
    if (u && u->kind == K_STRUCT) {
        for (int i = 0; i < u->nfields; i++) {
            for (int j = 0; j < named->nmdecl; j++) {
                if (strcmp(u->fields[i].name, named->mdecl[j].name) == 0) {
                    check_errorf(c, named->mdecl[j].func->pos,
                                 "field and method with the same name %s%s", u->fields[i].name,
                                 other_decl(c, u->fields[i].obj));
                }
            }
        }
    }
}

static void type_decl(checker *c, gobj *obj, node *tdecl)
{
    if (tdecl->alias) {
        obj->is_alias = true;
        obj->type = t_basic[K_INVALID];
        obj->type = check_type(c, tdecl->y);
        return;
    }
    if (tdecl->list.n) {
        check_errorf(c, tdecl->x->pos, "conclab does not support generic types yet");
        obj->type = t_basic[K_INVALID];
        return;
    }
    gtype *named = type_named(c->a, obj, NULL);
    obj->type = named;
    gtype *rhs = check_defined_type(c, tdecl->y, named);
    named->underlying = under(rhs);
    if (!named->underlying || named->underlying == named)
        named->underlying = t_basic[K_INVALID];
    if (contains(named->underlying, named, 0)) {
        char nm[4096];
        const char *fname = diag_file_name(c->d, obj->pos.file, nm, sizeof nm);
        check_errorf(c, obj->pos, "invalid recursive type %s\n\t%s:%d:%d: %s refers to\n\t%s:%d:%d: %s",
                     obj->name, fname, obj->pos.line, obj->pos.col, obj->name, fname, obj->pos.line,
                     obj->pos.col, obj->name);
        named->underlying = t_basic[K_INVALID];
    }
    if (obj->pkg == c->pkg && !c->fn)
        collect_methods(c, obj);
}

/* --- functions ------------------------------------------------------ */

static const char *func_qname(checker *c, gobj *obj, node *decl)
{
    const char *pkg = c->pkg->name;
    if (!decl->x)
        return arena_printf(c->a, "%s.%s", pkg, obj->name);
    node *base = obj->dinfo ? obj->dinfo->vtyp : NULL;
    const char *bn = base ? base->name : "?";
    if (obj->ptr_recv)
        return arena_printf(c->a, "%s.(*%s).%s", pkg, bn, obj->name);
    return arena_printf(c->a, "%s.%s.%s", pkg, bn, obj->name);
}

/* The receiver's base type must be a type of this package that is not a
 * pointer or an interface (types2's validRecv). */
static void check_receiver(checker *c, gobj *obj, gtype *sig)
{
    gobj *r = sig->recv;
    if (!r || !r->type || r->type->kind == K_INVALID)
        return;
    gtype *t = r->type;
    if (t->kind == K_POINTER)
        t = t->elem;
    gpos at = r->pos; /* types2 reports at the receiver */
    if (t->kind != K_NAMED) {
        if (t->kind == K_INVALID)
            return;
        if (t->kind <= K_UNSAFEPTR)
            check_errorf(c, at, "cannot define new methods on non-local type %s", tstr(c, t));
        else
            check_errorf(c, at, "invalid receiver type %s", tstr(c, r->type));
        return;
    }
    if (t->obj->pkg != c->pkg) {
        check_errorf(c, at, "cannot define new methods on non-local type %s", tstr(c, t));
        return;
    }
    gtype *u = t->underlying;
    if (u && (u->kind == K_POINTER || u->kind == K_INTERFACE))
        check_errorf(c, at, "invalid receiver type %s (pointer or interface type)", tstr(c, r->type));
    obj->recv_base = t;
}

static void func_decl(checker *c, gobj *obj, node *decl)
{
    if (decl->list.n) {
        /* generic: reported when collected; its uses stay quiet */
        obj->type = t_basic[K_INVALID];
        return;
    }
    gscope *fs;
    gscope *saved = c->scope;
    gtype *sig = check_func_type(c, decl->x, decl->z, &fs);
    c->scope = saved;
    obj->type = sig;
    obj->qname = func_qname(c, obj, decl);
    if (decl->x)
        check_receiver(c, obj, sig);
    if (c->library && !decl->w) {
        obj->native = obj->qname;
        return;
    }
    if (decl->w) {
        gfuncinfo *f = check_new_func(c, decl, sig, obj, obj->qname);
        f->scope = fs;
        ptrvec_push(c->a, &c->bodies, f);
    }
}

void check_func_body(checker *c, gfuncinfo *f, node *body)
{
    gscope *saved_scope = c->scope;
    gfuncinfo *saved_fn = c->fn;
    cval *saved_iota = c->iota;
    c->fn = f;
    c->scope = f->scope;
    c->iota = NULL;
    check_stmt_list(c, 0, &body->list);
    if (f->sig->nresults && !check_is_terminating(body, NULL))
        check_errorf(c, body->pos2, "missing return");
    for (int i = 0; i < f->locals.n; i++) {
        gobj *v = f->locals.v[i];
        if (!v->used && strcmp(v->name, "_") != 0)
            check_errorf(c, v->pos, "%s declared but not used", v->name);
    }
    c->fn = saved_fn;
    c->scope = saved_scope;
    c->iota = saved_iota;
}

/* --- package-level objects ------------------------------------------- */

void check_obj_decl(checker *c, gobj *obj)
{
    if (obj->color == COLOR_BLACK || !obj->dinfo)
        return;
    if (obj->color >= COLOR_GREY) {
        if ((obj->kind == O_TYPENAME || obj->kind == O_FUNC) && obj->type)
            return;
        if (obj->kind == O_CONST || obj->kind == O_VAR) {
            check_errorf(c, obj->pos, "initialization cycle or invalid recursive reference to %s",
                         obj->name);
            if (!obj->type)
                obj->type = t_basic[K_INVALID];
        } else if (obj->kind == O_TYPENAME && !obj->type) {
            check_errorf(c, obj->pos, "invalid recursive type %s", obj->name);
            obj->type = t_basic[K_INVALID];
        }
        return;
    }
    obj->color = COLOR_GREY;
    gdeclinfo *d = obj->dinfo;
    gdeclinfo *saved_decl = c->decl;
    gscope *saved_scope = c->scope;
    gfuncinfo *saved_fn = c->fn;
    cval *saved_iota = c->iota;
    gpos saved_errpos = c->errpos;
    c->decl = d;
    c->scope = d->file;
    c->fn = NULL;
    c->iota = NULL;
    c->errpos = (gpos){0, 0, 0};
    switch (obj->kind) {
    case O_CONST:
        const_decl(c, obj, d->vtyp, d->init, d->inherited);
        break;
    case O_VAR:
        var_decl(c, obj, d->lhs, d->nlhs, d->vtyp, d->init);
        break;
    case O_TYPENAME:
        type_decl(c, obj, d->tdecl);
        break;
    case O_FUNC:
        func_decl(c, obj, d->fdecl);
        break;
    default:
        break;
    }
    c->decl = saved_decl;
    c->scope = saved_scope;
    c->fn = saved_fn;
    c->iota = saved_iota;
    c->errpos = saved_errpos;
    obj->color = COLOR_BLACK;
}

/* --- declarations inside functions ---------------------------------- */

static void arity(checker *c, gpos pos, nlist *names, node **inits, int r, bool is_const, bool inherited)
{
    int l = names->n;
    if (l < r) {
        node *n = inits[l];
        if (inherited) {
            char nm[4096];
            gpos p = ast_start(n);
            check_errorf(c, pos, "extra init expr at %s:%d:%d",
                         diag_file_name(c->d, p.file, nm, sizeof nm), p.line, p.col);
        } else {
            check_errorf(c, ast_start(n), "extra init expr %s", ast_string(c->a, n));
        }
    } else if (l > r && (is_const || r != 1)) {
        node *n = names->v[r];
        check_errorf(c, n->pos, "missing init expr for %s", n->name);
    }
}

void check_decl_stmt(checker *c, node *s)
{
    node *last = NULL;
    void *group = NULL;
    int first = -1;
    for (int index = 0; index < s->list.n; index++) {
        node *d = s->list.v[index];
        if (d->kind != N_CONSTDECL)
            first = -1;
        switch (d->kind) {
        case N_CONSTDECL: {
            if (first < 0 || !d->group || d->group != group) {
                first = index;
                last = NULL;
            }
            group = d->group;
            cval *iota = cval_int64(c->a, index - first);
            bool inherited = true;
            if (d->x || d->y) {
                last = d;
                inherited = false;
            } else if (!last) {
                inherited = false;
            }
            node **values = NULL;
            int nvalues = last ? unpack_expr(&last->y, &values) : 0;
            gobj **lhs = arena_alloc(c->a, sizeof(gobj *) * (size_t)(d->list.n + 1));
            for (int i = 0; i < d->list.n; i++) {
                node *name = d->list.v[i];
                gobj *obj = obj_new(c->a, O_CONST, name->name, NULL, name->pos);
                obj->pkg = c->pkg;
                obj->val = iota;
                obj->decl = d;
                lhs[i] = obj;
                const_decl(c, obj, last ? last->x : NULL, i < nvalues ? values[i] : NULL, inherited);
            }
            arity(c, d->pos, &d->list, values, nvalues, true, inherited);
            for (int i = 0; i < d->list.n; i++)
                check_declare(c, c->scope, d->list.v[i], lhs[i]);
            break;
        }
        case N_VARDECL: {
            gobj **lhs0 = arena_alloc(c->a, sizeof(gobj *) * (size_t)(d->list.n + 1));
            for (int i = 0; i < d->list.n; i++) {
                node *name = d->list.v[i];
                lhs0[i] = obj_new(c->a, O_VAR, name->name, NULL, name->pos);
                lhs0[i]->pkg = c->pkg;
                lhs0[i]->decl = d;
            }
            node **values = NULL;
            int nvalues = unpack_expr(&d->y, &values);
            for (int i = 0; i < d->list.n; i++) {
                gobj **lhs = NULL;
                node *init = NULL;
                if (nvalues == d->list.n) {
                    init = values[i];
                } else if (nvalues == 1) {
                    lhs = lhs0;
                    init = values[0];
                } else if (i < nvalues) {
                    init = values[i];
                }
                var_decl(c, lhs0[i], lhs, d->list.n, d->x, init);
                if (nvalues == 1)
                    break;
            }
            for (int i = 0; i < d->list.n; i++)
                if (!lhs0[i]->type)
                    lhs0[i]->type = d->x ? check_var_type(c, d->x) : t_basic[K_INVALID];
            if (!d->x || nvalues)
                arity(c, d->pos, &d->list, values, nvalues, false, false);
            for (int i = 0; i < d->list.n; i++)
                check_declare(c, c->scope, d->list.v[i], lhs0[i]);
            break;
        }
        case N_TYPEDECL: {
            gobj *obj = obj_new(c->a, O_TYPENAME, d->x->name, NULL, d->x->pos);
            obj->pkg = c->pkg;
            obj->decl = d;
            check_declare(c, c->scope, d->x, obj);
            obj->color = COLOR_GREY;
            type_decl(c, obj, d);
            obj->color = COLOR_BLACK;
            break;
        }
        default:
            break;
        }
    }
}
