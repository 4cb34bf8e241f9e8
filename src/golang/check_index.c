/* check_index.c: index and slice expressions and type assertions, after
 * types2's index.go and expr.go: strings, arrays, pointers to arrays,
 * slices and maps, constant indices checked against known lengths, and
 * whether an assertion to a concrete type is possible at all. */
#include "golang/check.h"

#include <string.h>

#define INVALID_OP "invalid operation: "
#define INVALID_ARG "invalid argument: "

static bool valid_index(checker *c, operand *x, const char *what, bool allow_negative)
{
    if (x->mode == M_INVALID)
        return false;
    check_convert_untyped(c, x, t_basic[K_INT]);
    if (x->mode == M_INVALID)
        return false;
    if (!type_is_integer(x->type)) {
        check_errorf(c, operand_pos(x, (gpos){0, 0, 0}), INVALID_ARG "%s %s must be integer", what,
                     operand_string(c, x));
        return false;
    }
    if (x->mode == M_CONST && x->val) {
        if (!allow_negative && cval_sign(x->val) < 0) {
            check_errorf(c, operand_pos(x, (gpos){0, 0, 0}), INVALID_ARG "%s %s must not be negative",
                         what, operand_string(c, x));
            return false;
        }
        if (!cval_fits_int(x->val, 64, true)) {
            check_errorf(c, operand_pos(x, (gpos){0, 0, 0}), INVALID_ARG "%s %s overflows int", what,
                         operand_string(c, x));
            return false;
        }
    }
    return true;
}

bool check_index(checker *c, node *index, int64_t max, int64_t *out)
{
    *out = -1;
    operand x;
    check_expr(c, &x, index);
    if (!valid_index(c, &x, "index", false))
        return false;
    if (x.mode != M_CONST || !x.val)
        return true;
    int64_t v = 0;
    if (!cval_int64_of(x.val, &v))
        return false;
    if (max >= 0 && v >= max) {
        check_errorf(c, operand_pos(&x, index->pos), INVALID_ARG "index %s out of bounds [0:%lld]",
                     cval_string_of(c->a, x.val), (long long)max);
        return false;
    }
    *out = v;
    return true;
}

/* The index of an N_INDEX: exactly one (a list means a generic instance). */
static node *single_index(checker *c, node *e)
{
    node *i = e->y;
    if (i && i->kind == N_LIST) {
        if (i->list.n > 1)
            check_errorf(c, ast_start(i->list.v[1]), INVALID_OP "more than one index");
        return i->list.n ? i->list.v[0] : NULL;
    }
    return i;
}

void check_index_expr(checker *c, operand *x, node *e)
{
    check_expr_or_type(c, x, e->x);
    if (x->mode == M_INVALID) {
        check_use(c, e->y);
        return;
    }
    if (x->mode == M_TYPEXPR) {
        check_errorf(c, ast_start(e), "conclab does not support generic types yet");
        x->mode = M_INVALID;
        return;
    }
    bool valid = false;
    int64_t length = -1;
    gtype *u = under(x->type);
    switch (u->kind) {
    case K_STRING:
    case K_UNTYPED_STRING:
        valid = true;
        if (x->mode == M_CONST && x->val)
            length = (int64_t)x->val->slen;
        x->mode = M_VALUE;
        x->type = t_byte;
        break;
    case K_ARRAY:
        valid = true;
        length = u->len;
        if (x->mode != M_VAR)
            x->mode = M_VALUE;
        x->type = u->elem;
        break;
    case K_POINTER:
        if (under(u->elem)->kind == K_ARRAY) {
            valid = true;
            length = under(u->elem)->len;
            x->mode = M_VAR;
            x->type = under(u->elem)->elem;
        }
        break;
    case K_SLICE:
        valid = true;
        x->mode = M_VAR;
        x->type = u->elem;
        break;
    case K_MAP: {
        node *index = single_index(c, e);
        if (!index) {
            x->mode = M_INVALID;
            return;
        }
        operand key;
        check_expr_with_hint(c, &key, index, u->key);
        check_assignment(c, &key, u->key, "map index");
        x->mode = M_MAPINDEX;
        x->type = u->elem;
        x->expr = e;
        return;
    }
    default:
        break;
    }
    if (!valid) {
        check_errorf(c, e->pos, INVALID_OP "cannot index %s", operand_string(c, x));
        x->mode = M_INVALID;
        return;
    }
    node *index = single_index(c, e);
    if (!index) {
        x->mode = M_INVALID;
        return;
    }
    int64_t v;
    if (!check_index(c, index, length, &v))
        x->mode = M_INVALID;
    x->expr = e;
}

void check_slice_expr(checker *c, operand *x, node *e)
{
    check_expr(c, x, e->x);
    if (x->mode == M_INVALID) {
        check_use(c, e->y);
        check_use(c, e->z);
        check_use(c, e->w);
        return;
    }
    bool valid = false;
    int64_t length = -1;
    gtype *u = under(x->type);
    switch (u->kind) {
    case K_STRING:
    case K_UNTYPED_STRING:
        if (e->full) {
            check_errorf(c, e->w ? ast_start(e->w) : e->pos, INVALID_OP "3-index slice of string");
            x->mode = M_INVALID;
            return;
        }
        valid = true;
        if (x->mode == M_CONST && x->val)
            length = (int64_t)x->val->slen;
        if (type_is_untyped(x->type))
            x->type = t_basic[K_STRING];
        break;
    case K_ARRAY:
        valid = true;
        length = u->len;
        if (x->mode != M_VAR) {
            check_errorf(c, operand_pos(x, e->pos), INVALID_OP "%s (slice of unaddressable value)",
                         operand_string(c, x));
            x->mode = M_INVALID;
            return;
        }
        check_mark_addr(e->x);
        x->type = type_slice(c->a, u->elem);
        break;
    case K_POINTER:
        if (under(u->elem)->kind == K_ARRAY) {
            valid = true;
            length = under(u->elem)->len;
            x->type = type_slice(c->a, under(u->elem)->elem);
        }
        break;
    case K_SLICE:
        valid = true;
        break;
    default:
        break;
    }
    if (!valid) {
        check_errorf(c, operand_pos(x, e->pos), INVALID_OP "cannot slice %s", operand_string(c, x));
        x->mode = M_INVALID;
        return;
    }
    x->mode = M_VALUE;
    node *idx[3] = {e->y, e->z, e->w};
    int64_t ind[3];
    for (int i = 0; i < 3; i++) {
        int64_t v = -1;
        if (idx[i]) {
            int64_t max = length >= 0 ? length + 1 : -1;
            int64_t got;
            if (check_index(c, idx[i], max, &got) && got >= 0)
                v = got;
        } else if (i == 0) {
            v = 0;
        } else if (length >= 0) {
            v = length;
        }
        ind[i] = v;
    }
    int n = e->full ? 3 : 2;
    for (int i = 0; i < n - 1; i++) {
        if (ind[i] > 0) {
            for (int j = i + 1; j < n; j++) {
                if (ind[j] >= 0 && ind[j] < ind[i]) {
                    check_errorf(c, ast_start(idx[j]), "invalid slice indices: %lld < %lld",
                                 (long long)ind[j], (long long)ind[i]);
                    goto done;
                }
            }
        }
    }
done:
    x->expr = e;
}

void check_type_assertion(checker *c, node *e, operand *x, gtype *T, bool type_switch)
{
    if (type_is_interface(T))
        return;
    bool wrong = false, ptr = false;
    const char *m = type_missing_method(T, x->type, &wrong, &ptr);
    if (!m)
        return;
    char *cause = check_missing_method_reason(c, T, x->type, m, wrong, ptr);
    if (type_switch) {
        check_errorf(c, ast_start(e), "impossible type switch case: %s\n\t%s cannot have dynamic type %s %s",
                     ast_string(c->a, e), operand_string(c, x), tstr(c, T), cause);
        return;
    }
    check_errorf(c, ast_start(e), "impossible type assertion: %s\n\t%s does not implement %s %s",
                 ast_string(c->a, e), tstr(c, T), tstr(c, x->type), cause);
}
