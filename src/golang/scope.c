/* scope.c: lexical scopes, the objects they hold, and the universe: Go's
 * predeclared types (bool ... string, error, any, byte, rune), constants
 * (true, false, iota), nil and the built-in functions. */
#include "golang/types.h"

#include <pthread.h>
#include <string.h>

gscope *scope_new(arena *a, gscope *parent)
{
    gscope *s = arena_alloc(a, sizeof *s);
    s->parent = parent;
    return s;
}

gobj *scope_lookup_local(const gscope *s, const char *name)
{
    for (int i = s->n - 1; i >= 0; i--)
        if (strcmp(s->objs[i]->name, name) == 0)
            return s->objs[i];
    return NULL;
}

gobj *scope_lookup(const gscope *s, const char *name)
{
    for (; s; s = s->parent) {
        gobj *o = scope_lookup_local(s, name);
        if (o)
            return o;
    }
    return NULL;
}

gobj *scope_insert(arena *a, gscope *s, gobj *o)
{
    gobj *alt = scope_lookup_local(s, o->name);
    if (alt)
        return alt;
    if (s->n == s->cap) {
        int cap = s->cap ? s->cap * 2 : 8;
        s->objs = arena_grow(a, s->objs, (size_t)s->n, (size_t)cap, sizeof *s->objs);
        s->cap = cap;
    }
    s->objs[s->n++] = o;
    return NULL;
}

gobj *obj_new(arena *a, okind k, const char *name, gtype *t, gpos pos)
{
    gobj *o = arena_alloc(a, sizeof *o);
    o->kind = k;
    o->name = name;
    o->type = t;
    o->pos = pos;
    return o;
}

/* --- the universe ------------------------------------------------------ */

gtype *t_basic[K__COUNT];
gtype *t_byte, *t_rune, *t_error, *t_any;

static arena universe_arena;
static gscope *universe;
static pthread_once_t universe_once = PTHREAD_ONCE_INIT;

static const struct {
    tkind k;
    const char *name;
} basic_names[] = {
    {K_BOOL, "bool"},       {K_INT, "int"},         {K_INT8, "int8"},
    {K_INT16, "int16"},     {K_INT32, "int32"},     {K_INT64, "int64"},
    {K_UINT, "uint"},       {K_UINT8, "uint8"},     {K_UINT16, "uint16"},
    {K_UINT32, "uint32"},   {K_UINT64, "uint64"},   {K_UINTPTR, "uintptr"},
    {K_FLOAT32, "float32"}, {K_FLOAT64, "float64"}, {K_COMPLEX64, "complex64"},
    {K_COMPLEX128, "complex128"}, {K_STRING, "string"}, {K_UNSAFEPTR, "unsafe.Pointer"},
    {K_UNTYPED_BOOL, "untyped bool"}, {K_UNTYPED_INT, "untyped int"},
    {K_UNTYPED_RUNE, "untyped rune"}, {K_UNTYPED_FLOAT, "untyped float"},
    {K_UNTYPED_STRING, "untyped string"}, {K_UNTYPED_NIL, "untyped nil"},
    {K_INVALID, "invalid type"},
};

static const struct {
    builtin_id id;
    const char *name;
} builtin_names[] = {
    {B_APPEND, "append"}, {B_CAP, "cap"},         {B_CLOSE, "close"}, {B_COMPLEX, "complex"},
    {B_COPY, "copy"},     {B_DELETE, "delete"},   {B_IMAG, "imag"},   {B_LEN, "len"},
    {B_MAKE, "make"},     {B_NEW, "new"},         {B_PANIC, "panic"}, {B_PRINT, "print"},
    {B_PRINTLN, "println"}, {B_REAL, "real"},     {B_RECOVER, "recover"},
};

static void def(gobj *o)
{
    scope_insert(&universe_arena, universe, o);
}

static void universe_build(void)
{
    arena *a = &universe_arena;
    gpos none = {0, 0, 0};
    universe = scope_new(a, NULL);
    for (size_t i = 0; i < sizeof basic_names / sizeof basic_names[0]; i++) {
        gtype *t = type_new(a, basic_names[i].k);
        t->name = basic_names[i].name;
        t_basic[basic_names[i].k] = t;
        if (basic_names[i].k <= K_STRING)
            def(obj_new(a, O_TYPENAME, t->name, t, none));
    }
    /* byte and rune are aliases, identical to uint8 and int32, but their
     * own names in messages ("value of type byte"), as in types2 */
    t_byte = type_new(a, K_UINT8);
    t_byte->name = "byte";
    t_rune = type_new(a, K_INT32);
    t_rune->name = "rune";
    gobj *byte_obj = obj_new(a, O_TYPENAME, "byte", t_byte, none);
    byte_obj->is_alias = true;
    def(byte_obj);
    gobj *rune_obj = obj_new(a, O_TYPENAME, "rune", t_rune, none);
    rune_obj->is_alias = true;
    def(rune_obj);

    /* any = interface{} */
    t_any = type_new(a, K_INTERFACE);
    t_any->complete = true;
    gobj *any_obj = obj_new(a, O_TYPENAME, "any", t_any, none);
    any_obj->is_alias = true;
    def(any_obj);

    /* type error interface { Error() string } */
    gobj *err_obj = obj_new(a, O_TYPENAME, "error", NULL, none);
    gtype *sig = type_new(a, K_FUNC);
    sig->results = arena_alloc(a, sizeof(gtype *));
    sig->results[0] = t_basic[K_STRING];
    sig->nresults = 1;
    gtype *iface = type_new(a, K_INTERFACE);
    iface->methods = arena_alloc(a, sizeof(gmethod));
    iface->methods[0].name = "Error";
    iface->methods[0].sig = sig;
    iface->nmethods = 1;
    iface->declared = iface->methods;
    iface->ndeclared = 1;
    iface->complete = true;
    t_error = type_named(a, err_obj, iface);
    err_obj->type = t_error;
    def(err_obj);

    gobj *t = obj_new(a, O_CONST, "true", t_basic[K_UNTYPED_BOOL], none);
    t->val = cval_bool(a, true);
    def(t);
    gobj *f = obj_new(a, O_CONST, "false", t_basic[K_UNTYPED_BOOL], none);
    f->val = cval_bool(a, false);
    def(f);
    gobj *iota = obj_new(a, O_CONST, "iota", t_basic[K_UNTYPED_INT], none);
    iota->val = cval_int64(a, 0);
    def(iota);
    def(obj_new(a, O_NIL, "nil", t_basic[K_UNTYPED_NIL], none));
    for (size_t i = 0; i < sizeof builtin_names / sizeof builtin_names[0]; i++) {
        gobj *b = obj_new(a, O_BUILTIN, builtin_names[i].name, t_basic[K_INVALID], none);
        b->builtin = builtin_names[i].id;
        def(b);
    }
}

gscope *types_universe(void)
{
    pthread_once(&universe_once, universe_build);
    return universe;
}
