/* check_typexpr.c: identifiers and type expressions, after types2's
 * typexpr.go: what a name stands for (marking it used and recording the
 * package-level objects a declaration depends on), and the types written
 * as arrays, slices, maps, channels, pointers, functions, structs and
 * interfaces. */
#include "golang/check.h"

#include <string.h>

void check_ident(checker *c, operand *x, node *e, gtype *def, bool want_type)
{
    (void)def;
    x->mode = M_INVALID;
    x->expr = e;
    x->type = t_basic[K_INVALID];
    if (strcmp(e->name, "_") == 0) {
        check_errorf(c, e->pos, "cannot use _ as value");
        return;
    }
    gobj *obj = scope_lookup(c->scope, e->name);
    if (!obj) {
        check_errorf(c, e->pos, "undefined: %s", e->name);
        return;
    }
    e->obj = obj;
    if (obj->kind == O_PKGNAME) {
        if (obj->pkg) /* the universe is shared: never written */
            obj->used = true;
        check_errorf(c, e->pos, "use of package %s without selector", obj->name);
        return;
    }
    /* package-level objects are checked when first met */
    if (obj->pkg == c->pkg && obj->dinfo && (!obj->type || obj->color >= COLOR_GREY))
        check_obj_decl(c, obj);
    check_record_dep(c, obj);
    gtype *t = obj->type;
    switch (obj->kind) {
    case O_CONST:
        if (!t || t->kind == K_INVALID)
            return;
        if (obj->pkg == NULL && strcmp(obj->name, "iota") == 0) {
            if (!c->iota) {
                check_errorf(c, e->pos, "cannot use iota outside constant declaration");
                return;
            }
            x->val = c->iota;
        } else {
            x->val = obj->val;
        }
        if (!x->val)
            return; /* its declaration was in error (reported there) */
        x->mode = M_CONST;
        if (obj->pkg) /* the universe is shared: never written */
            obj->used = true;
        break;
    case O_TYPENAME:
        x->mode = M_TYPEXPR;
        if (obj->pkg) /* the universe is shared: never written */
            obj->used = true;
        if (!t)
            return;
        break;
    case O_VAR:
        /* reading a variable of an enclosing function captures it */
        if (c->fn && obj->owner && obj->owner != c->fn)
            obj->captured = true;
        if (obj->pkg) /* the universe is shared: never written */
            obj->used = true;
        if (!t || t->kind == K_INVALID)
            return;
        x->mode = M_VAR;
        break;
    case O_FUNC:
        if (obj->pkg) /* the universe is shared: never written */
            obj->used = true;
        if (!t || t->kind == K_INVALID)
            return;
        x->mode = M_VALUE;
        break;
    case O_BUILTIN:
        x->mode = M_BUILTIN;
        x->id = obj->builtin;
        t = t_basic[K_INVALID];
        break;
    case O_NIL:
        x->mode = M_VALUE;
        t = t_basic[K_UNTYPED_NIL];
        break;
    default:
        return;
    }
    (void)want_type;
    x->type = t;
}

int64_t check_array_length(checker *c, node *e)
{
    if (e->kind == N_NAME) {
        gobj *obj = scope_lookup(c->scope, e->name);
        if (!obj) {
            check_errorf(c, e->pos, "undefined array length %s or missing type constraint", e->name);
            return -1;
        }
        if (obj->kind != O_CONST) {
            check_errorf(c, e->pos, "invalid array length %s", e->name);
            return -1;
        }
    }
    operand x;
    check_expr(c, &x, e);
    if (x.mode != M_CONST) {
        if (x.mode != M_INVALID)
            check_errorf(c, ast_start(e), "array length %s must be constant", operand_string(c, &x));
        return -1;
    }
    if (type_is_untyped(x.type) || type_is_integer(x.type)) {
        cval *iv = cval_to_int(c->a, x.val);
        int64_t n;
        if (iv) {
            if (cval_int64_of(iv, &n) && n >= 0)
                return n;
            check_errorf(c, ast_start(e), "invalid array length %s", operand_string(c, &x));
            return -1;
        }
    }
    check_errorf(c, ast_start(e), "array length %s must be integer", operand_string(c, &x));
    return -1;
}

/* The fields of a parameter list; *variadic when the last is ...T. */
static void collect_params(checker *c, gscope *scope, nlist *fields, bool results, gtype ***types,
                           gobj ***objs, int *n, bool *variadic)
{
    *n = fields->n;
    *types = arena_alloc(c->a, sizeof(gtype *) * (size_t)(fields->n + 1));
    *objs = arena_alloc(c->a, sizeof(gobj *) * (size_t)(fields->n + 1));
    bool named = false;
    gtype *prev_t = NULL;
    node *prev_ty = NULL;
    for (int i = 0; i < fields->n; i++) {
        node *f = fields->v[i];
        node *ty = f->y;
        gtype *t;
        if (ty == prev_ty && prev_t) {
            t = prev_t; /* a, b int: one type expression */
        } else if (ty && ty->kind == N_DOTSTYPE) {
            if (results || i != fields->n - 1) {
                check_errorf(c, ty->pos, "can only use ... with final parameter in list");
                t = type_slice(c->a, check_var_type(c, ty->y));
            } else {
                t = type_slice(c->a, check_var_type(c, ty->y));
                if (variadic)
                    *variadic = true;
            }
        } else {
            t = check_var_type(c, ty);
        }
        prev_ty = ty;
        prev_t = t;
        (*types)[i] = t;
        gobj *o = obj_new(c->a, O_VAR, f->x ? f->x->name : "", t, f->x ? f->x->pos : f->pos);
        o->is_param = true;
        o->pkg = c->pkg;
        o->owner = NULL;
        o->used = true;
        (*objs)[i] = o;
        if (f->x) {
            named = true;
            f->x->obj = o;
            if (scope && strcmp(f->x->name, "_") != 0)
                check_declare(c, scope, f->x, o);
        }
    }
    (void)named;
}

gtype *check_func_type(checker *c, node *recv, node *ftype, gscope **scope_out)
{
    gscope *scope = scope_new(c->a, c->scope);
    scope->is_func = true;
    gtype *sig = type_new(c->a, K_FUNC);
    if (recv) {
        nlist one = {0};
        nlist_push(c->a, &one, recv);
        gtype **rt;
        gobj **ro;
        int n;
        collect_params(c, scope, &one, false, &rt, &ro, &n, NULL);
        sig->recv = ro[0];
    }
    collect_params(c, scope, &ftype->list, false, &sig->params, &sig->param_objs, &sig->nparams,
                   &sig->variadic);
    collect_params(c, scope, &ftype->list2, true, &sig->results, &sig->result_objs,
                   &sig->nresults, NULL);
    if (scope_out)
        *scope_out = scope;
    return sig;
}

/* The name of an embedded field's type expression (T, *T, pkg.T). */
static const char *embedded_name(node *t)
{
    t = ast_unparen(t);
    if (t->kind == N_OPERATION && t->op == OP_MUL && !t->y)
        t = ast_unparen(t->x);
    if (t->kind == N_SELECTOR)
        t = t->y;
    return t->kind == N_NAME ? t->name : NULL;
}

static gtype *struct_type(checker *c, node *e)
{
    gtype *t = type_new(c->a, K_STRUCT);
    t->nfields = e->list.n;
    t->fields = arena_alloc(c->a, sizeof(gfield) * (size_t)(e->list.n + 1));
    gscope *names = scope_new(c->a, NULL);
    node *prev_ty = NULL;
    gtype *prev_t = NULL;
    for (int i = 0; i < e->list.n; i++) {
        node *f = e->list.v[i];
        gfield *fl = &t->fields[i];
        gtype *ft = f->y == prev_ty && prev_t ? prev_t : check_var_type(c, f->y);
        prev_ty = f->y;
        prev_t = ft;
        fl->type = ft;
        node *tag = i < e->list2.n ? e->list2.v[i] : NULL;
        if (tag) {
            cval *v = cval_from_literal(c->a, LIT_STRING, tag->lit, (size_t)tag->litlen);
            fl->tag = v ? v->s : NULL;
        }
        node *id = f->x;
        if (id) {
            fl->name = id->name;
        } else {
            fl->embedded = true;
            fl->name = embedded_name(f->y);
            if (!fl->name)
                fl->name = "?";
            gtype *u = under(ft);
            if (u && u->kind == K_POINTER && ast_unparen(f->y)->kind != N_OPERATION)
                check_errorf(c, ast_start(f->y), "embedded field type cannot be a pointer");
            else if (u && u->kind == K_POINTER && under(u->elem) &&
                     (under(u->elem)->kind == K_POINTER || under(u->elem)->kind == K_INTERFACE))
                check_errorf(c, ast_start(f->y), "embedded field type cannot be a pointer to an interface");
        }
        gobj *o = obj_new(c->a, O_VAR, fl->name, ft, id ? id->pos : ast_start(f->y));
        o->is_field = true;
        o->pkg = c->pkg;
        fl->obj = o;
        if (id)
            id->obj = o;
        if (strcmp(fl->name, "_") != 0) {
            gobj *alt = scope_insert(c->a, names, o);
            if (alt) {
                char nm[4096];
                check_errorf(c, o->pos, "%s redeclared\n\t%s:%d:%d: other declaration of %s",
                             fl->name, diag_file_name(c->d, alt->pos.file, nm, sizeof nm),
                             alt->pos.line, alt->pos.col, fl->name);
            }
        }
    }
    return t;
}

static gtype *interface_type(checker *c, node *e, gtype *def)
{
    (void)def;
    gtype *t = type_new(c->a, K_INTERFACE);
    t->declared = arena_alloc(c->a, sizeof(gmethod) * (size_t)(e->list.n + 1));
    t->embeddeds = arena_alloc(c->a, sizeof(gtype *) * (size_t)(e->list.n + 1));
    for (int i = 0; i < e->list.n; i++) {
        node *f = e->list.v[i];
        if (f->x) {
            gmethod *m = &t->declared[t->ndeclared++];
            m->name = f->x->name;
            gscope *saved = c->scope;
            m->sig = check_func_type(c, NULL, f->y, NULL);
            c->scope = saved;
            gobj *fo = obj_new(c->a, O_FUNC, m->name, m->sig, f->x->pos);
            fo->pkg = c->pkg;
            m->func = fo;
            f->x->obj = fo;
            continue;
        }
        node *ty = ast_unparen(f->y);
        if (ty->kind == N_OPERATION && (ty->op == OP_OR || ty->op == OP_TILDE)) {
            check_errorf(c, ast_start(ty), "conclab does not support type constraints yet");
            continue;
        }
        gtype *et = check_type(c, ty);
        if (!et || et->kind == K_INVALID)
            continue;
        if (!type_is_interface(et)) {
            check_errorf(c, ast_start(ty), "conclab does not support type constraints yet");
            continue;
        }
        t->embeddeds[t->nembeddeds++] = et;
    }
    return t;
}

gtype *check_defined_type(checker *c, node *e, gtype *def)
{
    if (!e)
        return t_basic[K_INVALID];
    node *u = ast_unparen(e);
    gtype *t = t_basic[K_INVALID];
    switch (u->kind) {
    case N_NAME:
    case N_SELECTOR: {
        operand x;
        check_expr_or_type(c, &x, u);
        if (x.mode == M_TYPEXPR) {
            t = x.type;
        } else if (x.mode != M_INVALID) {
            check_errorf(c, ast_start(u), "%s is not a type", ast_string(c->a, u));
        }
        break;
    }
    case N_ARRAYTYPE:
        if (!u->x) {
            check_errorf(c, u->pos, "invalid use of [...] array (outside a composite literal)");
            check_var_type(c, u->y);
            break;
        } else {
            int64_t n = check_array_length(c, u->x);
            gtype *el = check_var_type(c, u->y);
            t = type_array(c->a, el, n < 0 ? 0 : n);
        }
        break;
    case N_SLICETYPE:
        t = type_slice(c->a, check_var_type(c, u->y));
        break;
    case N_DOTSTYPE:
        check_errorf(c, u->pos, "invalid use of ...");
        break;
    case N_STRUCTTYPE:
        t = struct_type(c, u);
        break;
    case N_OPERATION:
        if (u->op == OP_MUL && !u->y) {
            t = type_pointer(c->a, check_type(c, u->x));
            break;
        }
        check_errorf(c, ast_start(u), "%s is not a type", ast_string(c->a, u));
        break;
    case N_FUNCTYPE: {
        gscope *saved = c->scope;
        t = check_func_type(c, NULL, u, NULL);
        c->scope = saved;
        break;
    }
    case N_INTERFACETYPE:
        t = interface_type(c, u, def);
        if (!type_complete_interface(c->a, t))
            check_errorf(c, u->pos, "duplicate method in interface");
        break;
    case N_MAPTYPE: {
        gtype *k = check_var_type(c, u->x);
        gtype *v = check_var_type(c, u->y);
        t = type_map(c->a, k, v);
        /* the key check waits for named types still being set up */
        if (k->kind != K_INVALID && !(k->kind == K_NAMED && !k->underlying) && !type_comparable(k))
            check_errorf(c, ast_start(u->x), "invalid map key type %s", tstr(c, k));
        break;
    }
    case N_CHANTYPE:
        t = type_chan(c->a, check_var_type(c, u->y), u->dir);
        break;
    case N_INDEX:
        check_errorf(c, ast_start(u), "conclab does not support generic types yet");
        break;
    default:
        check_errorf(c, ast_start(u), "%s is not a type", ast_string(c->a, u));
        break;
    }
    e->type = t;
    e->mode = M_TYPEXPR;
    return t;
}

gtype *check_type(checker *c, node *e)
{
    return check_defined_type(c, e, NULL);
}

gtype *check_var_type(checker *c, node *e)
{
    gtype *t = check_defined_type(c, e, NULL);
    return t;
}
