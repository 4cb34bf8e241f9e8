/* check.c: the type checker's entry point and its shared pieces: error
 * reporting, operand descriptions in types2's words ("x (variable of type
 * int)"), collecting a package's objects from its files, and the order of
 * the whole check (package-level declarations, then function bodies, then
 * the initialization order and the unused imports). */
#include "golang/check.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void check_errorf(checker *c, gpos pos, const char *fmt, ...)
{
    char msg[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    /* types2: follow-on errors about invalid operands are dropped */
    if (c->first_err && (strstr(msg, "invalid operand") > msg || strstr(msg, "invalid type") > msg))
        return;
    if (c->errpos.line)
        pos = c->errpos;
    c->first_err = true;
    diag_error(c->d, pos, "%s", msg);
}

char *tstr(checker *c, gtype *t)
{
    return type_string(c->a, t, 0);
}

gpos operand_pos(const operand *x, gpos pos)
{
    return x->expr ? ast_start(x->expr) : pos;
}

static const char *const mode_names[] = {
    [M_INVALID] = "invalid operand", [M_NOVALUE] = "no value", [M_BUILTIN] = "built-in",
    [M_TYPEXPR] = "type",            [M_CONST] = "constant",  [M_VAR] = "variable",
    [M_MAPINDEX] = "map index expression", [M_VALUE] = "value",
    [M_COMMAOK] = "comma, ok expression",  [M_PKG] = "package",
};

static const char *builtin_name(builtin_id id)
{
    static const char *const names[B__COUNT] = {
        [B_APPEND] = "append", [B_CAP] = "cap",       [B_CLOSE] = "close", [B_COMPLEX] = "complex",
        [B_COPY] = "copy",     [B_DELETE] = "delete", [B_IMAG] = "imag",   [B_LEN] = "len",
        [B_MAKE] = "make",     [B_NEW] = "new",       [B_PANIC] = "panic", [B_PRINT] = "print",
        [B_PRINTLN] = "println", [B_REAL] = "real",   [B_RECOVER] = "recover",
    };
    return id > B_NONE && id < B__COUNT ? names[id] : "?";
}

char *operand_string(checker *c, const operand *x)
{
    bool is_nil = x->type && x->type->kind == K_UNTYPED_NIL;
    if (is_nil && x->mode == M_VALUE)
        return arena_printf(c->a, "nil");
    if (x->expr && x->expr->kind == N_NAME && strcmp(x->expr->name, "nil") == 0 &&
        x->type && x->type->kind == K_UNTYPED_NIL)
        return arena_printf(c->a, "nil");
    if (x->expr && x->type && x->type->kind != K_UNTYPED_NIL && x->mode == M_VALUE &&
        ast_unparen(x->expr)->kind == N_NAME && strcmp(ast_unparen(x->expr)->name, "nil") == 0)
        return arena_printf(c->a, "nil (of type %s)", tstr(c, x->type));
    const char *expr = NULL;
    if (x->expr) {
        expr = ast_string(c->a, x->expr);
    } else if (x->mode == M_BUILTIN) {
        expr = builtin_name(x->id);
    } else if (x->mode == M_TYPEXPR) {
        expr = tstr(c, x->type);
    } else if (x->mode == M_CONST) {
        expr = cval_string_of(c->a, x->val);
    }
    char buf[4096];
    size_t n = 0;
    buf[0] = 0;
    /* past the end, each piece is cut to nothing: buf + n stays inside buf */
#define APP(...)                                                                              \
    (n += (size_t)snprintf(buf + (n < sizeof buf ? n : sizeof buf - 1),                       \
                           n < sizeof buf ? sizeof buf - n : 1, __VA_ARGS__))
    if (expr && expr[0])
        APP("%s (", expr);
    bool has_type = false;
    switch (x->mode) {
    case M_INVALID: case M_NOVALUE: case M_BUILTIN: case M_TYPEXPR:
        break;
    default:
        if (x->type) {
            if (type_is_untyped(x->type)) {
                APP("%s ", x->type->name);
                break;
            }
            has_type = true;
        }
        break;
    }
    APP("%s", mode_names[x->mode]);
    if (x->mode == M_CONST && x->val) {
        char *s = cval_string_of(c->a, x->val);
        if (!expr || strcmp(s, expr) != 0)
            APP(" %s", s);
    }
    if (has_type) {
        if (x->type->kind != K_INVALID)
            APP(" of type %s", tstr(c, x->type));
        else
            APP(" with invalid type");
    }
    if (expr && expr[0])
        APP(")");
#undef APP
    if (n >= sizeof buf)
        n = sizeof buf - 1;
    return arena_strndup(c->a, buf, n);
}

int unpack_expr(node **pe, node ***v)
{
    node *e = *pe;
    if (!e) {
        *v = NULL;
        return 0;
    }
    if (e->kind == N_LIST) {
        *v = e->list.v;
        return e->list.n;
    }
    *v = pe;
    return 1;
}

/* --- collecting package objects -------------------------------------- */

static gdeclinfo *new_declinfo(checker *c, gscope *file)
{
    gdeclinfo *d = arena_alloc(c->a, sizeof *d);
    d->file = file;
    return d;
}

/* Declares a package-level object (reporting a redeclaration). */
static void declare_pkg_obj(checker *c, node *id, gobj *obj, gdeclinfo *d)
{
    if (strcmp(obj->name, "init") == 0 && obj->kind != O_FUNC) {
        check_errorf(c, id->pos, "cannot declare init - must be func");
        return;
    }
    if (strcmp(obj->name, "main") == 0 && obj->kind != O_FUNC && strcmp(c->pkg->path, "main") == 0) {
        check_errorf(c, id->pos, "cannot declare main - must be func");
        return;
    }
    obj->dinfo = d;
    obj->order = ++c->order;
    check_declare(c, c->pkg->scope, id, obj);
}

/* Strips the quotes of an import path literal (no escapes in practice). */
static char *import_path(checker *c, node *lit)
{
    cval *v = cval_from_literal(c->a, LIT_STRING, lit->lit, (size_t)lit->litlen);
    return v ? (char *)v->s : arena_strndup(c->a, "", 0);
}

static void collect_objects(checker *c, gfile **files, int nfiles)
{
    for (int fi = 0; fi < nfiles; fi++) {
        gfile *f = files[fi];
        gscope *fscope = scope_new(c->a, c->pkg->scope);
        node *last_const = NULL; /* the last const spec with values */
        void *group = NULL;
        for (int di = 0; di < f->decls.n; di++) {
            node *d = f->decls.v[di];
            if (d->kind != N_CONSTDECL)
                group = NULL, last_const = NULL;
            switch (d->kind) {
            case N_IMPORT: {
                if (!d->y || d->y->bad)
                    continue;
                char *path = import_path(c, d->y);
                gpkg *imp = check_import(c, path, d->y->pos);
                if (!imp)
                    continue;
                const char *name = d->x ? d->x->name : imp->name;
                if (d->x && strcmp(name, ".") == 0) {
                    check_errorf(c, d->x->pos, "conclab does not support dot imports yet");
                    continue;
                }
                if (strcmp(name, "init") == 0) {
                    check_errorf(c, d->pos, "cannot import package as init - init must be a func");
                    continue;
                }
                gobj *pn = obj_new(c->a, O_PKGNAME, name, t_basic[K_INVALID], d->pos);
                pn->imported = imp;
                pn->used = imp->fake; /* its import was reported already */
                pn->pkg = c->pkg;
                pn->decl = d;
                if (strcmp(name, "_") == 0) {
                    pn->used = true;
                    continue;
                }
                gobj *alt = scope_insert(c->a, fscope, pn);
                if (alt) {
                    char where[4200], nm[4096];
                    snprintf(where, sizeof where, "%s:%d:%d",
                             diag_file_name(c->d, alt->pos.file, nm, sizeof nm), alt->pos.line,
                             alt->pos.col);
                    check_errorf(c, d->x ? d->x->pos : d->pos,
                                 "%s redeclared in this block\n\t%s: other declaration of %s",
                                 name, where, name);
                    continue;
                }
                ptrvec_push(c->a, &c->imports, pn);
                break;
            }
            case N_CONSTDECL: {
                if (!group || d->group != group || d->group == NULL) {
                    last_const = NULL;
                }
                group = d->group;
                bool inherited = true;
                if (d->x || d->y) {
                    last_const = d;
                    inherited = false;
                } else if (!last_const) {
                    inherited = false;
                }
                node **values = NULL;
                int nvalues = last_const ? unpack_expr(&last_const->y, &values) : 0;
                for (int i = 0; i < d->list.n; i++) {
                    node *name = d->list.v[i];
                    gobj *obj = obj_new(c->a, O_CONST, name->name, NULL, name->pos);
                    obj->pkg = c->pkg;
                    obj->decl = d;
                    obj->val = cval_int64(c->a, d->iota);
                    gdeclinfo *di2 = new_declinfo(c, fscope);
                    di2->vtyp = last_const ? last_const->x : NULL;
                    di2->init = i < nvalues ? values[i] : NULL;
                    di2->inherited = inherited;
                    name->obj = obj;
                    declare_pkg_obj(c, name, obj, di2);
                }
                /* arity */
                if (last_const && d->list.n != nvalues) {
                    if (d->list.n > nvalues && nvalues >= 0) {
                        node *n = d->list.v[nvalues];
                        if (inherited)
                            check_errorf(c, d->pos, "extra init expr at %d", 0);
                        else
                            check_errorf(c, n->pos, "missing init expr for %s", n->name);
                    } else if (nvalues > d->list.n) {
                        check_errorf(c, ast_start(values[d->list.n]), "extra init expr %s",
                                     ast_string(c->a, values[d->list.n]));
                    }
                } else if (!last_const && d->list.n) {
                    check_errorf(c, d->list.v[0]->pos, "missing init expr for %s", d->list.v[0]->name);
                }
                break;
            }
            case N_VARDECL: {
                node **values;
                int nvalues = unpack_expr(&d->y, &values);
                gobj **lhs = arena_alloc(c->a, sizeof(gobj *) * (size_t)d->list.n);
                gdeclinfo *shared = NULL;
                if (nvalues == 1 && d->list.n > 1) {
                    shared = new_declinfo(c, fscope);
                    shared->lhs = lhs;
                    shared->nlhs = d->list.n;
                    shared->vtyp = d->x;
                    shared->init = values[0];
                }
                for (int i = 0; i < d->list.n; i++) {
                    node *name = d->list.v[i];
                    gobj *obj = obj_new(c->a, O_VAR, name->name, NULL, name->pos);
                    obj->pkg = c->pkg;
                    obj->decl = d;
                    obj->is_global = true;
                    lhs[i] = obj;
                    gdeclinfo *di2 = shared;
                    if (!di2) {
                        di2 = new_declinfo(c, fscope);
                        di2->vtyp = d->x;
                        if (i < nvalues)
                            di2->init = values[i];
                    }
                    name->obj = obj;
                    declare_pkg_obj(c, name, obj, di2);
                    ptrvec_push(c->a, &c->pkgvars, obj);
                }
                if (nvalues && nvalues != d->list.n && nvalues != 1) {
                    if (nvalues < d->list.n) {
                        node *n = d->list.v[nvalues];
                        check_errorf(c, n->pos, "assignment mismatch: %d variable%s but %d value%s",
                                     d->list.n, d->list.n == 1 ? "" : "s", nvalues,
                                     nvalues == 1 ? "" : "s");
                    } else {
                        check_errorf(c, ast_start(values[0]),
                                     "assignment mismatch: %d variable%s but %d value%s",
                                     d->list.n, d->list.n == 1 ? "" : "s", nvalues,
                                     nvalues == 1 ? "" : "s");
                    }
                }
                break;
            }
            case N_TYPEDECL: {
                gobj *obj = obj_new(c->a, O_TYPENAME, d->x->name, NULL, d->x->pos);
                obj->pkg = c->pkg;
                obj->decl = d;
                gdeclinfo *di2 = new_declinfo(c, fscope);
                di2->tdecl = d;
                d->x->obj = obj;
                declare_pkg_obj(c, d->x, obj, di2);
                break;
            }
            case N_FUNCDECL: {
                const char *name = d->y->name;
                gobj *obj = obj_new(c->a, O_FUNC, name, NULL, d->y->pos);
                obj->pkg = c->pkg;
                obj->decl = d;
                gdeclinfo *di2 = new_declinfo(c, fscope);
                di2->fdecl = d;
                obj->dinfo = di2;
                obj->order = ++c->order;
                d->y->obj = obj;
                if (d->list.n) {
                    check_errorf(c, d->y->pos, "conclab does not support generic functions yet");
                }
                if (!d->x) {
                    if (strcmp(name, "init") == 0 || (strcmp(name, "main") == 0 && strcmp(c->pkg->path, "main") == 0)) {
                        if (d->z->list.n || d->z->list2.n)
                            check_errorf(c, d->y->pos, "func %s must have no arguments and no return values", name);
                    }
                    if (strcmp(name, "init") == 0) {
                        /* init functions are not declared */
                        ptrvec_push(c->a, &c->pkgfuncs, obj);
                    } else {
                        check_declare(c, c->pkg->scope, d->y, obj);
                        ptrvec_push(c->a, &c->pkgfuncs, obj);
                    }
                } else {
                    ptrvec_push(c->a, &c->methods, obj);
                    ptrvec_push(c->a, &c->pkgfuncs, obj);
                }
                if (!d->w && !c->library)
                    check_errorf(c, d->y->pos, "missing function body");
                break;
            }
            default:
                break;
            }
        }
        /* a file-scope import may not clash with a package-level name */
        for (int i = 0; i < fscope->n; i++) {
            gobj *pn = fscope->objs[i];
            gobj *alt = scope_lookup_local(c->pkg->scope, pn->name);
            if (alt) {
                check_errorf(c, alt->pos, "%s already declared through import of package %s (\"%s\")",
                             alt->name, pn->imported->name, pn->imported->path);
            }
        }
        f->scope = fscope;
    }
}

/* Attaches each method to its receiver's base type name (types2's
 * resolveBaseTypeName): the type is checked later with its methods. */
static void associate_methods(checker *c)
{
    for (int i = 0; i < c->methods.n; i++) {
        gobj *m = c->methods.v[i];
        node *recv = m->decl->x;
        node *t = recv ? ast_unparen(recv->y) : NULL;
        bool ptr = false;
        if (t && t->kind == N_OPERATION && t->op == OP_MUL && !t->y) {
            ptr = true;
            t = ast_unparen(t->x);
        }
        m->ptr_recv = ptr;
        if (t && t->kind == N_INDEX) {
            check_errorf(c, ast_start(t), "conclab does not support generic types yet");
            continue;
        }
        if (!t || t->kind != N_NAME)
            continue; /* reported when the receiver is checked */
        gobj *base = scope_lookup_local(c->pkg->scope, t->name);
        if (base && base->kind == O_TYPENAME)
            m->dinfo->vtyp = t; /* the receiver's base type name */
    }
}

void check_record_dep(checker *c, gobj *obj)
{
    gdeclinfo *d = c->decl;
    if (!d || !obj || (obj->kind != O_VAR && obj->kind != O_FUNC && obj->kind != O_CONST))
        return;
    if (obj->pkg != c->pkg || (obj->kind == O_VAR && !obj->is_global))
        return;
    for (int i = 0; i < d->ndeps; i++)
        if (d->deps[i] == obj)
            return;
    if (d->ndeps == d->capdeps) {
        int cap = d->capdeps ? d->capdeps * 2 : 4;
        d->deps = arena_grow(c->a, d->deps, (size_t)d->ndeps, (size_t)cap, sizeof *d->deps);
        d->capdeps = cap;
    }
    d->deps[d->ndeps++] = obj;
}

static void unused_imports(checker *c)
{
    for (int i = 0; i < c->imports.n; i++) {
        gobj *pn = c->imports.v[i];
        if (pn->used)
            continue;
        node *d = pn->decl;
        if (d->x && strcmp(d->x->name, pn->imported->name) != 0)
            check_errorf(c, d->pos, "imported and not used: \"%s\" as %s", pn->imported->path, pn->name);
        else
            check_errorf(c, d->pos, "imported and not used: \"%s\"", pn->imported->path);
    }
}

/* Checks one package (main, or a library package's stubs when library). */
int check_package(checker *c, gfile **files, int nfiles)
{
    collect_objects(c, files, nfiles);
    associate_methods(c);
    /* package-level objects in source order */
    gscope *ps = c->pkg->scope;
    for (int i = 0; i < ps->n; i++)
        check_obj_decl(c, ps->objs[i]);
    /* var _ = f(): in no scope, but checked and initialised all the same */
    for (int i = 0; i < c->pkgvars.n; i++) {
        gobj *v = c->pkgvars.v[i];
        if (strcmp(v->name, "_") == 0)
            check_obj_decl(c, v);
    }
    for (int i = 0; i < c->pkgfuncs.n; i++)
        check_obj_decl(c, c->pkgfuncs.v[i]);
    /* function bodies, in order */
    for (int i = 0; i < c->bodies.n; i++) {
        gfuncinfo *f = c->bodies.v[i];
        c->decl = f->obj ? f->obj->dinfo : NULL;
        check_func_body(c, f, f->decl->w);
    }
    c->decl = NULL;
    check_init_order(c);
    if (!c->library)
        unused_imports(c);
    return c->d->n;
}
