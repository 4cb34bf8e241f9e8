/* compile.c: the bytecode compiler's frame: the program (functions,
 * globals, package initialisation), one function at a time (registers,
 * parameters, captured variables), and the emitting of instructions and
 * constants. Expressions are compiled by compile_expr.c and compile_call.c,
 * statements by compile_stmt.c. */
#include "golang/compile.h"

#include <stdarg.h>
#include <string.h>

const uint8_t vm_op_arity[] = {
#define VM_OP_ARITY(name, n) n,
    VM_OPS(VM_OP_ARITY)
#undef VM_OP_ARITY
};

const char *const vm_op_name[] = {
#define VM_OP_NAME(name, n) #name,
    VM_OPS(VM_OP_NAME)
#undef VM_OP_NAME
};

_Noreturn void comp_fail(comp *C, const node *n, const char *what)
{
    gpos p = n ? ast_start(n) : (gpos){0, 0, 0};
    const char *path = p.file >= 0 && C->files ? C->files[p.file] : C->path;
    char *shown = (char *)path;
    if (!strchr(path, '/'))
        shown = arena_printf(C->a, "./%s", path);
    C->err = arena_printf(C->a, "%s:%d:%d: conclab does not support %s yet", shown, p.line, p.col,
                          what);
    longjmp(C->fail, 1);
}

static void put(comp *C, int32_t w)
{
    fstate *fs = C->fs;
    if (fs->ncode == fs->cap) {
        int cap = fs->cap ? fs->cap * 2 : 256;
        fs->code = arena_grow(C->a, fs->code, (size_t)fs->ncode, (size_t)cap, sizeof *fs->code);
        fs->lines = arena_grow(C->a, fs->lines, (size_t)fs->ncode, (size_t)cap, sizeof *fs->lines);
        fs->cap = cap;
    }
    fs->lines[fs->ncode] = fs->line;
    fs->code[fs->ncode++] = w;
}

void emit(comp *C, vm_op op, ...)
{
    put(C, (int32_t)op);
    va_list ap;
    va_start(ap, op);
    for (int i = 0; i < vm_op_arity[op]; i++)
        put(C, va_arg(ap, int32_t));
    va_end(ap);
}

int here(comp *C)
{
    return C->fs->ncode;
}

patch *emit_jump(comp *C, vm_op op, int a, int b)
{
    put(C, (int32_t)op);
    int n = vm_op_arity[op];
    if (n >= 2)
        put(C, a);
    if (n >= 3)
        put(C, b);
    patch *p = arena_alloc(C->a, sizeof *p);
    p->at = here(C);
    put(C, -1);
    return p;
}

void patch_to(comp *C, patch *p, int to)
{
    for (; p; p = p->next)
        C->fs->code[p->at] = to;
}

void patch_here(comp *C, patch *p)
{
    patch_to(C, p, here(C));
}

patch *patch_join(patch *a, patch *b)
{
    if (!a)
        return b;
    patch *p = a;
    while (p->next)
        p = p->next;
    p->next = b;
    return a;
}

int reg_alloc(comp *C, int n)
{
    fstate *fs = C->fs;
    int r = fs->nreg;
    fs->nreg += n;
    if (fs->nreg > fs->maxreg)
        fs->maxreg = fs->nreg;
    if (fs->nreg > 60000)
        comp_fail(C, NULL, "a function this large");
    return r;
}

void reg_free_to(comp *C, int mark)
{
    C->fs->nreg = mark;
}

int kint(comp *C, int64_t v)
{
    for (int i = C->nk - 1; i >= 0 && i >= C->nk - 16; i--)
        if (C->k[i] == v)
            return i;
    if (C->nk == C->kcap) {
        int cap = C->kcap ? C->kcap * 2 : 64;
        C->k = arena_grow(C->a, C->k, (size_t)C->nk, (size_t)cap, sizeof *C->k);
        C->kcap = cap;
    }
    C->k[C->nk] = v;
    return C->nk++;
}

int kstr(comp *C, const char *p, size_t n)
{
    if (C->nstrs == C->scap) {
        int cap = C->scap ? C->scap * 2 : 64;
        C->strs = arena_grow(C->a, C->strs, (size_t)C->nstrs, (size_t)cap, sizeof *C->strs);
        C->scap = cap;
    }
    char *s = arena_alloc(C->a, n + 1);
    memcpy(s, p, n);
    C->strs[C->nstrs] = (vm_string){s, (int64_t)n};
    return C->nstrs++;
}

int kobj(comp *C, void *p)
{
    for (int i = 0; i < C->nobjs; i++)
        if (C->objs[i] == p)
            return i;
    if (C->nobjs == C->ocap) {
        int cap = C->ocap ? C->ocap * 2 : 64;
        C->objs = arena_grow(C->a, C->objs, (size_t)C->nobjs, (size_t)cap, sizeof *C->objs);
        C->ocap = cap;
    }
    C->objs[C->nobjs] = p;
    return C->nobjs++;
}

/* The method set of t for interface calls: a named type's value-receiver
 * methods, and for a pointer to a named type all of them. Methods with no
 * implementation yet are left out (calling one is a compile error). */
static void build_methods(comp *C, gtype *t)
{
    gtype *named = t; /* or an unnamed struct, whose methods are promoted */
    bool ptr = false;
    if (t->kind == K_POINTER && t->elem && (t->elem->kind == K_NAMED || t->elem->kind == K_STRUCT)) {
        named = t->elem;
        ptr = true;
    }
    if ((named->kind != K_NAMED && named->kind != K_STRUCT) || t->mtab)
        return;
    gtype *u = under(named);
    if (named->nmdecl == 0 && (!u || u->kind != K_STRUCT))
        return;
    vm_itab *tab = arena_alloc(C->a, sizeof *tab);
    int cap = named->nmdecl;
    tab->m = arena_alloc(C->a, sizeof *tab->m * (size_t)(cap + 1));
    tab->n = 0;
    t->mtab = tab; /* before the wrappers: they may canon t again */
    for (int i = 0; i < named->nmdecl; i++) {
        gmethod *m = &named->mdecl[i];
        if (m->ptr_recv && !ptr)
            continue;
        if (!m->func)
            continue;
        vm_func *fn = m->func->fn;
        if (!fn && m->func->native) {
            vm_native impl = vm_lib_find(m->func->native);
            if (!impl)
                continue;
            fn = comp_func_of(C, m->func);
        }
        if (!fn)
            continue;
        if (!fn->recv && m->func->type && m->func->type->recv)
            fn->recv = m->func->type->recv->type;
        tab->m[tab->n].name = comp_intern(C, m->name);
        tab->m[tab->n].fn = fn;
        tab->n++;
    }
    if (u && u->kind == K_STRUCT)
        comp_promoted_methods(C, t, named, tab, cap);
}

gtype *canon(comp *C, gtype *t)
{
    vm *v = C->v;
    for (int i = 0; i < v->ntypes; i++)
        if (v->types[i] == t || type_identical(v->types[i], t))
            return v->types[i];
    if (v->ntypes == v->types_cap) {
        int cap = v->types_cap ? v->types_cap * 2 : 32;
        v->types = arena_grow(C->a, v->types, (size_t)v->ntypes, (size_t)cap, sizeof *v->types);
        v->types_cap = cap;
    }
    gtype_size(t);
    v->types[v->ntypes++] = t;
    build_methods(C, t);
    return t;
}

int ktype(comp *C, gtype *t)
{
    return kobj(C, canon(C, t));
}

void set_line(comp *C, const node *n)
{
    if (n && n->pos.line > 0 && n->pos.file >= 0) {
        C->fs->line = n->pos.line;
        C->at = n;
    }
}

const char *comp_intern(comp *C, const char *name)
{
    for (int i = 0; i < C->nstrs; i++)
        if (strcmp(C->strs[i].p, name) == 0 && C->strs[i].len == (int64_t)strlen(name))
            return C->strs[i].p;
    int k = kstr(C, name, strlen(name));
    return C->strs[k].p;
}

vm_func *comp_new_func(comp *C, const char *name)
{
    vm_func *f = arena_alloc(C->a, sizeof *f);
    memset(f, 0, sizeof *f);
    f->name = name;
    f->file = C->path;
    f->value = arena_alloc(C->a, sizeof(vm_closure));
    f->value->fn = f;
    f->value->nup = 0;
    f->recover_pc = -1;
    vm *v = C->v;
    v->funcs = arena_grow(C->a, v->funcs, (size_t)v->nfuncs, (size_t)v->nfuncs + 1, sizeof *v->funcs);
    v->funcs[v->nfuncs++] = f;
    return f;
}

/* A library function's C body, bound by its qualified name. */
static vm_func *native_func(comp *C, gobj *fn, const node *at)
{
    vm_native impl = vm_lib_find(fn->native);
    if (!impl) /* named where the program uses it */
        comp_fail(C, C->at ? C->at : at, arena_printf(C->a, "%s", fn->native));
    vm_func *f = comp_new_func(C, fn->native);
    f->native = impl;
    gtype *sig = fn->type;
    int np = 0, nr = 0;
    if (sig->recv)
        np += vm_slots(sig->recv->type);
    for (int i = 0; i < sig->nparams; i++)
        np += vm_slots(sig->params[i]);
    for (int i = 0; i < sig->nresults; i++)
        nr += vm_slots(sig->results[i]);
    f->nparams = np;
    f->nresults = nr;
    f->nregs = np > nr ? np : nr;
    fn->fn = f;
    return f;
}

vm_func *comp_builtin_func(comp *C, const char *name, int nparams)
{
    for (int i = 0; i < C->v->nfuncs; i++)
        if (C->v->funcs[i]->native && strcmp(C->v->funcs[i]->name, name) == 0)
            return C->v->funcs[i];
    vm_func *f = comp_new_func(C, name);
    f->native = vm_lib_find(name);
    f->nparams = f->nregs = nparams;
    return f;
}

vm_func *comp_func_of(comp *C, gobj *fn)
{
    if (fn->fn)
        return fn->fn;
    if (fn->native)
        return native_func(C, fn, fn->decl);
    comp_fail(C, fn->decl, "this function");
}

vm_func *comp_lit_func(comp *C, node *lit)
{
    (void)C;
    return (vm_func *)(void *)lit->sel; /* set in vm_compile */
}

int comp_upval(comp *C, fstate *fs, gobj *obj)
{
    for (int i = 0; i < fs->nups; i++)
        if (fs->ups[i] == obj)
            return i;
    if (fs->nups == fs->upcap) {
        int cap = fs->upcap ? fs->upcap * 2 : 8;
        fs->ups = arena_grow(C->a, fs->ups, (size_t)fs->nups, (size_t)cap, sizeof *fs->ups);
        fs->upcap = cap;
    }
    fs->ups[fs->nups] = obj;
    return fs->nups++;
}

/* Gives a parameter or named result its storage at function entry (a
 * parameter's value is in register r). */
static void bind_param(comp *C, gobj *o, int r, bool is_result)
{
    if (!o)
        return;
    gtype *t = o->type;
    if (vm_is_aggregate(t)) {
        o->storage = VS_BOXED;
        o->slot = r;
        if (is_result)
            emit(C, VM_NEW, r, gtype_size(t));
        return;
    }
    if (o->captured || o->addrtaken) {
        int cell = reg_alloc(C, 1);
        emit(C, VM_NEW, cell, gtype_size(t) > 0 ? gtype_size(t) : 8);
        if (!is_result)
            emit_store(C, t, cell, 0, r, false);
        o->storage = VS_BOXED;
        o->slot = cell;
        return;
    }
    o->storage = VS_LOCAL;
    o->slot = r;
    if (is_result)
        emit(C, VM_ZERO, r, vm_slots(t));
}

int comp_function(comp *C, vm_func *f, gfuncinfo *info, gobj ***ups)
{
    fstate fs;
    memset(&fs, 0, sizeof fs);
    fs.outer = C->fs;
    fs.f = f;
    fs.info = info;
    C->fs = &fs;
    node *decl = info->decl;
    fs.line = decl->pos.line;
    f->line = decl->pos.line;
    gtype *sig = info->sig;
    /* parameters: receiver first */
    int r = 0;
    int np = 0;
    if (sig->recv)
        np += vm_slots(sig->recv->type);
    for (int i = 0; i < sig->nparams; i++)
        np += vm_slots(sig->params[i]);
    int nr = 0;
    for (int i = 0; i < sig->nresults; i++)
        nr += vm_slots(sig->results[i]);
    f->nparams = np;
    f->nresults = nr;
    reg_alloc(C, np > nr ? np : nr);
    if (sig->recv) {
        bind_param(C, sig->recv, r, false);
        r += vm_slots(sig->recv->type);
    }
    for (int i = 0; i < sig->nparams; i++) {
        bind_param(C, sig->param_objs ? sig->param_objs[i] : NULL, r, false);
        r += vm_slots(sig->params[i]);
    }
    /* results live in their own registers until the return */
    fs.nres = sig->nresults;
    fs.has_defer = info->has_defer;
    f->has_defer = info->has_defer;
    if (sig->nresults) {
        fs.res = reg_alloc(C, nr);
        fs.resobj = sig->result_objs;
        int rr = fs.res;
        for (int i = 0; i < sig->nresults; i++) {
            gobj *o = sig->result_objs ? sig->result_objs[i] : NULL;
            if (o && o->name && strcmp(o->name, "_") != 0)
                bind_param(C, o, rr, true);
            else
                emit(C, VM_ZERO, rr, vm_slots(sig->results[i]));
            rr += vm_slots(sig->results[i]);
        }
    }
    node *body = decl->w;
    cblock(C, &body->list);
    fs.line = body->pos2.line > 0 ? body->pos2.line : fs.line;
    if (fs.has_defer)
        emit(C, VM_RUNDEFER);
    /* falling off the end (functions without results) */
    emit(C, VM_RET, 0, 0);
    if (fs.has_defer) {
        /* where a frame resumes after recover(): its remaining deferred
         * calls run, then it returns its result variables */
        f->recover_pc = here(C);
        node ret = {0};
        ret.kind = N_RETURN;
        ret.pos = body->pos2;
        cstmt(C, &ret);
    }
    f->code = fs.code;
    f->lines = fs.lines;
    f->ncode = fs.ncode;
    f->nregs = fs.maxreg + 4;
    C->fs = fs.outer;
    /* the captures become the closure's cells, in order */
    if (ups)
        *ups = fs.ups;
    return fs.nups;
}

/* Package initialisation: the variables in init order, then init()s. */
static void comp_init(comp *C, vm_func *f)
{
    fstate fs;
    memset(&fs, 0, sizeof fs);
    fs.f = f;
    C->fs = &fs;
    checker *c = C->c;
    for (int u = 0; u <= C->nlibs; u++) {
    ptrvec *order = u < C->nlibs ? &C->libs[u]->init_order : &c->init_order;
    C->funcs = u < C->nlibs ? &C->libs[u]->funcs : &c->all_funcs;
    for (int i = 0; i < order->n; i++) {
        gobj *v = order->v[i];
        gdeclinfo *d = v->dinfo;
        int mark = fs.nreg;
        set_line(C, d->init);
        if (d->lhs && d->nlhs > 1) {
            if (v != d->lhs[0] && d->lhs[0]->color == 99)
                continue;
            d->lhs[0]->color = 99;
            int total = 0;
            gtype *tt = d->init->type;
            for (int k = 0; k < tt->nparams; k++)
                total += vm_slots(tt->params[k]);
            int base = reg_alloc(C, total);
            if (d->init->kind == N_CALL)
                ccall(C, d->init, base);
            else
                comp_fail(C, d->init, "this multi-value initialisation");
            int off = base;
            for (int k = 0; k < d->nlhs; k++) {
                if (strcmp(d->lhs[k]->name, "_") != 0)
                    store_var(C, d->lhs[k], off, tt->params[k]);
                off += vm_slots(tt->params[k]);
            }
        } else {
            int r = reg_alloc(C, vm_slots(v->type));
            cexpr_to(C, d->init, v->type, r);
            if (strcmp(v->name, "_") != 0)
                store_var(C, v, r, v->type);
        }
        reg_free_to(C, mark);
    }
    }
    for (int i = 0; i < c->pkgfuncs.n; i++) {
        gobj *fn = c->pkgfuncs.v[i];
        if (strcmp(fn->name, "init") == 0 && fn->fn && !fn->recv_base) {
            int base = reg_alloc(C, 1);
            emit(C, VM_CALL, kobj(C, fn->fn), base);
            reg_free_to(C, base);
        }
    }
    emit(C, VM_RET, 0, 0);
    f->code = fs.code;
    f->lines = fs.lines;
    f->ncode = fs.ncode;
    f->nregs = fs.maxreg + 4;
    C->fs = NULL;
}

vm *vm_compile(arena *a, checker *c, const char *const *files, const char *entry, char **err)
{
    const char *path = files[0];
    comp *C = arena_alloc(a, sizeof *C);
    memset(C, 0, sizeof *C);
    C->a = a;
    C->c = c;
    C->path = path;
    C->files = files;
    vm *v = arena_alloc(a, sizeof *v);
    memset(v, 0, sizeof *v);
    v->a = a;
    v->file = path;
    C->v = v;
    if (setjmp(C->fail)) {
        *err = C->err;
        return NULL;
    }
    /* the library packages' Go code, a package after those it imports,
     * then the program's */
    int nunits = 0;
    for (int i = 0; i < c->pkgcache->n; i++)
        if (((gpkg *)c->pkgcache->v[i])->done_order > 0)
            nunits++;
    gpkg **libs = arena_alloc(a, sizeof *libs * (size_t)(nunits + 1));
    for (int i = 0; i < c->pkgcache->n; i++) {
        gpkg *p = c->pkgcache->v[i];
        if (p->done_order > 0)
            libs[p->done_order - 1] = p;
    }
    C->libs = libs;
    C->nlibs = nunits;
    for (int u = 0; u <= nunits; u++) {
        ptrvec *funcs = u < nunits ? &libs[u]->funcs : &c->all_funcs;
        const char *lib = u < nunits ? arena_printf(a, "lib/%s.go", libs[u]->path) : NULL;
        /* every function gets its vm_func first (calls may go forward) */
        for (int i = 0; i < funcs->n; i++) {
            gfuncinfo *info = funcs->v[i];
            vm_func *f = comp_new_func(C, info->name);
            int fi = info->decl->pos.file;
            f->file = lib ? lib : fi >= 0 ? files[fi] : path;
            f->library = u < nunits;
            if (info->obj)
                info->obj->fn = f;
            if (info->decl->kind == N_FUNCLIT)
                info->decl->sel = (gsel *)(void *)f;
            if (info->sig->recv)
                f->recv = info->sig->recv->type;
        }
        /* globals */
        ptrvec *vars = u < nunits ? &libs[u]->vars : &c->pkgvars;
        for (int i = 0; i < vars->n; i++) {
            gobj *o = vars->v[i];
            int size = gtype_size(o->type);
            o->storage = VS_GLOBAL;
            o->slot = (int)C->globals;
            C->globals += (size + 7) & ~7;
        }
    }
    for (int u = 0; u <= nunits; u++) {
        ptrvec *funcs = u < nunits ? &libs[u]->funcs : &c->all_funcs;
        C->funcs = funcs;
        /* declared functions; a literal is compiled where it stands, inside
         * the function that creates it (its captures are that function's) */
        for (int i = 0; i < funcs->n; i++) {
            gfuncinfo *info = funcs->v[i];
            if (info->decl->kind != N_FUNCLIT && info->obj && info->obj->fn)
                comp_function(C, info->obj->fn, info, NULL);
        }
        /* every named type with methods gets its method sets now, so that
         * fmt finds String and Error on values it was not boxed as */
        for (int i = 0; i < funcs->n; i++) {
            gfuncinfo *info = funcs->v[i];
            if (!info->obj || !info->obj->recv_base)
                continue;
            gtype *named = info->obj->recv_base;
            canon(C, named);
            canon(C, type_pointer(C->a, named));
        }
    }
    v->init = comp_new_func(C, "main.init");
    comp_init(C, v->init);
    gobj *m = scope_lookup_local(c->pkg->scope, entry);
    if (!m || m->kind != O_FUNC || !m->fn) {
        C->err = arena_printf(a, "%s: function main is undeclared in the main package", path);
        *err = C->err;
        return NULL;
    }
    v->main = m->fn;
    v->globals_size = C->globals;
    /* the constant tables move into the vm */
    v->consts = C->k;
    v->strs = C->strs;
    v->objs = C->objs;
    return v;
}
