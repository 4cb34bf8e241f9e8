/* type_string.c: Go types as text, in the two styles Go uses: the
 * compiler's (types2's TypeString: "struct{a int; b string}",
 * "func(x int) string", types of package main unqualified) for messages,
 * and the run time's (reflect's String: "struct { a int; b string }",
 * "func(int) string", "main.T") for %T, %v of types and panics. */
#include "golang/types.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

typedef struct tbuf {
    arena *a;
    char *s;
    size_t len, cap;
    int runtime; /* 1: reflect's style */
    int depth;   /* guards cycles through unnamed types (none exist, but
                    a broken program may build one while in error) */
} tbuf;

static void put(tbuf *b, const char *s)
{
    size_t n = strlen(s);
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->len + n + 1)
            cap *= 2;
        b->s = arena_grow(b->a, b->s, b->len, cap, 1);
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, n + 1);
    b->len += n;
}

static void w_type(tbuf *b, gtype *t);

static void w_tuple(tbuf *b, gtype **v, gobj **names, int n, bool variadic)
{
    put(b, "(");
    for (int i = 0; i < n; i++) {
        if (i)
            put(b, ", ");
        if (!b->runtime && names && names[i] && names[i]->name[0]) {
            put(b, names[i]->name);
            put(b, " ");
        }
        if (variadic && i == n - 1 && v[i]->kind == K_SLICE) {
            put(b, "...");
            w_type(b, v[i]->elem);
        } else {
            w_type(b, v[i]);
        }
    }
    put(b, ")");
}

static void w_signature(tbuf *b, gtype *sig)
{
    w_tuple(b, sig->params, sig->param_objs, sig->nparams, sig->variadic);
    if (sig->nresults == 0)
        return;
    put(b, " ");
    bool named = !b->runtime && sig->result_objs && sig->result_objs[0] &&
                 sig->result_objs[0]->name[0];
    if (sig->nresults == 1 && !named) {
        w_type(b, sig->results[0]);
        return;
    }
    w_tuple(b, sig->results, b->runtime ? NULL : sig->result_objs, sig->nresults, false);
}

static void w_named(tbuf *b, gtype *t)
{
    gobj *o = t->obj;
    if (o->pkg && (b->runtime || strcmp(o->pkg->path, "main") != 0)) {
        put(b, o->pkg->name);
        put(b, ".");
    }
    put(b, o->name);
}

static void w_type(tbuf *b, gtype *t)
{
    char num[32];
    if (!t) {
        put(b, "<nil>");
        return;
    }
    if (++b->depth > 64) {
        put(b, "…");
        b->depth--;
        return;
    }
    switch (t->kind) {
    case K_NAMED:
        w_named(b, t);
        break;
    case K_ARRAY:
        snprintf(num, sizeof num, "[%" PRId64 "]", t->len);
        put(b, num);
        w_type(b, t->elem);
        break;
    case K_SLICE:
        put(b, "[]");
        w_type(b, t->elem);
        break;
    case K_POINTER:
        put(b, "*");
        w_type(b, t->elem);
        break;
    case K_MAP:
        put(b, "map[");
        w_type(b, t->key);
        put(b, "]");
        w_type(b, t->elem);
        break;
    case K_CHAN: {
        bool parens = false;
        if (t->dir == CHAN_SEND) {
            put(b, "chan<- ");
        } else if (t->dir == CHAN_RECV) {
            put(b, "<-chan ");
        } else {
            put(b, "chan ");
            parens = t->elem->kind == K_CHAN && t->elem->dir == CHAN_RECV;
        }
        if (parens)
            put(b, "(");
        w_type(b, t->elem);
        if (parens)
            put(b, ")");
        break;
    }
    case K_FUNC:
        put(b, "func");
        w_signature(b, t);
        break;
    case K_TUPLE:
        w_tuple(b, t->params, NULL, t->nparams, false);
        break;
    case K_STRUCT:
        put(b, b->runtime ? (t->nfields ? "struct { " : "struct {") : "struct{");
        for (int i = 0; i < t->nfields; i++) {
            gfield *f = &t->fields[i];
            if (i)
                put(b, "; ");
            if (!f->embedded) {
                put(b, f->name);
                put(b, " ");
            }
            w_type(b, f->type);
            if (f->tag) {
                put(b, " ");
                /* a tag is printed quoted; tags are rare in learner code */
                put(b, "\"");
                put(b, f->tag);
                put(b, "\"");
            }
        }
        put(b, b->runtime && t->nfields ? " }" : "}");
        break;
    case K_INTERFACE:
        if (t == t_any && !b->runtime) {
            put(b, "any");
            break;
        }
        if (b->runtime) {
            /* reflect prints the whole method set */
            put(b, t->nmethods ? "interface { " : "interface {");
            for (int i = 0; i < t->nmethods; i++) {
                if (i)
                    put(b, "; ");
                put(b, t->methods[i].name);
                w_signature(b, t->methods[i].sig);
            }
            put(b, t->nmethods ? " }" : "}");
            break;
        }
        put(b, "interface{");
        for (int i = 0; i < t->ndeclared; i++) {
            if (i)
                put(b, "; ");
            put(b, t->declared[i].name);
            w_signature(b, t->declared[i].sig);
        }
        for (int i = 0; i < t->nembeddeds; i++) {
            if (i || t->ndeclared)
                put(b, "; ");
            w_type(b, t->embeddeds[i]);
        }
        put(b, "}");
        break;
    default:
        /* at run time byte and rune are the types they alias (%T) */
        if (b->runtime && (t == t_byte || t == t_rune))
            put(b, t == t_byte ? "uint8" : "int32");
        else
            put(b, t->name ? t->name : "invalid type");
        break;
    }
    b->depth--;
}

char *type_string(arena *a, gtype *t, int qualify)
{
    tbuf b = {a, NULL, 0, 0, qualify, 0};
    put(&b, "");
    w_type(&b, t);
    return b.s;
}
