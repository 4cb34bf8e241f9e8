/* check_builtin.c: calls of the predeclared functions (append, cap,
 * close, copy, delete, len, make, new, panic, print, println, recover),
 * after types2's builtins.go, with its argument checks and words; len
 * and cap of arrays and constant strings are constants. */
#include "golang/check.h"

#include <string.h>

#define INVALID_OP "invalid operation: "
#define INVALID_ARG "invalid argument: "

static const struct {
    const char *name;
    int nargs;
    bool variadic;
} builtins[B__COUNT] = {
    [B_APPEND] = {"append", 1, true},   [B_CAP] = {"cap", 1, false},
    [B_CLOSE] = {"close", 1, false},    [B_COMPLEX] = {"complex", 2, false},
    [B_COPY] = {"copy", 2, false},      [B_DELETE] = {"delete", 2, false},
    [B_IMAG] = {"imag", 1, false},      [B_LEN] = {"len", 1, false},
    [B_MAKE] = {"make", 1, true},       [B_NEW] = {"new", 1, false},
    [B_PANIC] = {"panic", 1, false},    [B_PRINT] = {"print", 0, true},
    [B_PRINTLN] = {"println", 0, true}, [B_REAL] = {"real", 1, false},
    [B_RECOVER] = {"recover", 0, false},
};

static gpos at(const operand *x)
{
    return operand_pos(x, (gpos){0, 0, 0});
}

void check_builtin(checker *c, operand *x, node *call, builtin_id id)
{
    const char *name = builtins[id].name;
    x->mode = M_INVALID;
    if (id == B_COMPLEX || id == B_REAL || id == B_IMAG) {
        check_errorf(c, ast_start(call), "conclab does not support complex numbers yet");
        return;
    }
    if (call->hasdots && id != B_APPEND) {
        check_errorf(c, ast_start(call), INVALID_OP "invalid use of ... with built-in %s", name);
        for (int i = 0; i < call->list.n; i++)
            check_use(c, call->list.v[i]);
        return;
    }
    bool saved_call_or_recv = c->has_call_or_recv;
    if (id == B_LEN || id == B_CAP)
        c->has_call_or_recv = false;
    operand *args = NULL;
    int nargs = call->list.n;
    if (id != B_MAKE && id != B_NEW) {
        nargs = check_expr_list(c, call->list.v, call->list.n, false, &args, NULL);
        if (nargs > 0) {
            *x = args[0];
            if (x->mode == M_INVALID)
                goto out;
        }
    }
    const char *msg = NULL;
    if (nargs < builtins[id].nargs)
        msg = "not enough";
    else if (!builtins[id].variadic && nargs > builtins[id].nargs)
        msg = "too many";
    if (msg) {
        check_errorf(c, ast_start(call), INVALID_OP "%s arguments for %s (expected %d, found %d)", msg,
                     ast_string(c->a, call), builtins[id].nargs, nargs);
        x->mode = M_INVALID;
        goto out;
    }
    switch (id) {
    case B_APPEND: {
        gtype *S = x->type;
        gtype *su = under(S);
        if (su->kind != K_SLICE) {
            char *cause = S->kind == K_UNTYPED_NIL ? arena_printf(c->a, "have untyped nil")
                                                   : arena_printf(c->a, "have %s", operand_string(c, x));
            check_errorf(c, at(x), "first argument to append must be a slice; %s", cause);
            x->mode = M_INVALID;
            goto out;
        }
        if (nargs == 2 && call->hasdots && under(su->elem)->kind == K_UINT8 &&
            type_is_string(args[1].type)) {
            /* append([]byte, string...) */
            call->aux = B_APPEND;
            call->val = NULL;
            x->mode = M_VALUE;
            x->type = S;
            break;
        }
        gtype *sig = type_new(c->a, K_FUNC);
        sig->nparams = 2;
        sig->params = arena_alloc(c->a, sizeof(gtype *) * 2);
        sig->params[0] = S;
        sig->params[1] = type_slice(c->a, su->elem);
        sig->variadic = true;
        /* check the arguments as for func(S, ...T) */
        check_arguments(c, call, sig, args, nargs);
        x->mode = M_VALUE;
        x->type = S;
        break;
    }
    case B_CAP:
    case B_LEN: {
        nmode mode = M_INVALID;
        cval *val = NULL;
        gtype *t = under(x->type);
        if (t->kind == K_POINTER && under(t->elem)->kind == K_ARRAY)
            t = under(t->elem);
        switch (t->kind) {
        case K_STRING:
        case K_UNTYPED_STRING:
            if (id == B_LEN) {
                if (x->mode == M_CONST) {
                    mode = M_CONST;
                    val = cval_int64(c->a, (int64_t)x->val->slen);
                } else {
                    mode = M_VALUE;
                }
            }
            break;
        case K_ARRAY:
            mode = M_VALUE;
            if (!c->has_call_or_recv) {
                mode = M_CONST;
                val = cval_int64(c->a, t->len);
            }
            break;
        case K_SLICE:
        case K_CHAN:
            mode = M_VALUE;
            break;
        case K_MAP:
            if (id == B_LEN)
                mode = M_VALUE;
            break;
        default:
            break;
        }
        if (mode == M_INVALID) {
            if (under(x->type)->kind != K_INVALID)
                check_errorf(c, at(x), INVALID_ARG "%s for %s", operand_string(c, x), name);
            x->mode = M_INVALID;
            goto out;
        }
        if (mode == M_VALUE && x->type && type_is_untyped(x->type))
            check_convert_untyped(c, x, t_basic[K_STRING]);
        x->mode = mode;
        x->type = t_basic[K_INT];
        x->val = val;
        break;
    }
    case B_CLOSE: {
        gtype *u = under(x->type);
        if (u->kind != K_CHAN) {
            check_errorf(c, at(x), INVALID_OP "cannot close non-channel %s", operand_string(c, x));
            x->mode = M_INVALID;
            goto out;
        }
        if (u->dir == CHAN_RECV) {
            check_errorf(c, at(x), INVALID_OP "cannot close receive-only channel %s", operand_string(c, x));
            x->mode = M_INVALID;
            goto out;
        }
        x->mode = M_NOVALUE;
        break;
    }
    case B_COPY: {
        operand *y = &args[1];
        if (y->mode == M_INVALID) {
            x->mode = M_INVALID;
            goto out;
        }
        gtype *dst = under(x->type), *src = under(y->type);
        gtype *src_elem = NULL;
        if (src->kind == K_SLICE)
            src_elem = src->elem;
        else if (type_is_string(src))
            src_elem = t_byte;
        if (dst->kind != K_SLICE || !src_elem) {
            check_errorf(c, at(x), INVALID_ARG "copy expects slice arguments; found %s and %s",
                         operand_string(c, x), operand_string(c, y));
            x->mode = M_INVALID;
            goto out;
        }
        if (!type_identical(dst->elem, src_elem)) {
            check_errorf(c, at(x),
                         INVALID_ARG "arguments to copy %s and %s have different element types %s and %s",
                         operand_string(c, x), operand_string(c, y), tstr(c, dst->elem),
                         tstr(c, src_elem));
            x->mode = M_INVALID;
            goto out;
        }
        if (type_is_untyped(y->type))
            check_convert_untyped(c, y, t_basic[K_STRING]);
        x->mode = M_VALUE;
        x->type = t_basic[K_INT];
        break;
    }
    case B_DELETE: {
        gtype *m = under(x->type);
        if (m->kind != K_MAP) {
            check_errorf(c, at(x), INVALID_ARG "%s is not a map", operand_string(c, x));
            x->mode = M_INVALID;
            goto out;
        }
        operand *k = &args[1];
        if (k->mode == M_INVALID) {
            x->mode = M_INVALID;
            goto out;
        }
        check_assignment(c, k, m->key, "argument to delete");
        if (k->mode == M_INVALID) {
            x->mode = M_INVALID;
            goto out;
        }
        x->mode = M_NOVALUE;
        break;
    }
    case B_MAKE: {
        node *arg0 = call->list.v[0];
        gtype *T = check_var_type(c, arg0);
        if (T->kind == K_INVALID) {
            x->mode = M_INVALID;
            goto out;
        }
        int min;
        switch (under(T)->kind) {
        case K_SLICE:
            min = 2;
            break;
        case K_MAP:
        case K_CHAN:
            min = 1;
            break;
        default:
            check_errorf(c, ast_start(arg0), INVALID_ARG "cannot make %s; type must be slice, map, or channel",
                         ast_string(c->a, arg0));
            x->mode = M_INVALID;
            goto out;
        }
        if (nargs < min || min + 1 < nargs) {
            check_errorf(c, ast_start(call), INVALID_OP "%s expects %d or %d arguments; found %d",
                         ast_string(c->a, call), min, min + 1, nargs);
            x->mode = M_INVALID;
            goto out;
        }
        int64_t sizes[2];
        int nsizes = 0;
        for (int i = 1; i < nargs; i++) {
            int64_t v;
            check_index(c, call->list.v[i], -1, &v);
            if (v >= 0)
                sizes[nsizes++] = v;
        }
        if (nsizes == 2 && sizes[0] > sizes[1])
            check_errorf(c, ast_start(call->list.v[1]), INVALID_ARG "length and capacity swapped");
        x->mode = M_VALUE;
        x->type = T;
        break;
    }
    case B_NEW: {
        gtype *T = check_var_type(c, call->list.v[0]);
        if (T->kind == K_INVALID) {
            x->mode = M_INVALID;
            goto out;
        }
        x->mode = M_VALUE;
        x->type = type_pointer(c->a, T);
        break;
    }
    case B_PANIC:
        check_assignment(c, x, t_any, "argument to panic");
        if (x->mode == M_INVALID)
            goto out;
        x->mode = M_NOVALUE;
        break;
    case B_PRINT:
    case B_PRINTLN:
        for (int i = 0; i < nargs; i++) {
            check_assignment(c, &args[i], NULL, arena_printf(c->a, "argument to %s", name));
            if (args[i].mode == M_INVALID) {
                x->mode = M_INVALID;
                goto out;
            }
        }
        x->mode = M_NOVALUE;
        break;
    case B_RECOVER:
        x->mode = M_VALUE;
        x->type = t_any;
        if (c->fn)
            c->fn->has_recover = true;
        break;
    default:
        check_errorf(c, ast_start(call), "conclab does not support %s yet", name);
        x->mode = M_INVALID;
        break;
    }
out:
    if (id == B_LEN || id == B_CAP)
        c->has_call_or_recv = saved_call_or_recv;
}
