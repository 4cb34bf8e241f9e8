/* check_complit.c: composite literals, after types2's expr.go: struct
 * literals by position or by field name, arrays (with [...] lengths) and
 * slices with optional constant indices, maps with duplicate constant
 * keys, and the element types that may be left out (including &T for a
 * pointer element). */
#include "golang/check.h"

#include <string.h>

static int field_index(gtype *st, gpkg *pkg, const char *name)
{
    for (int i = 0; i < st->nfields; i++) {
        gfield *f = &st->fields[i];
        if (strcmp(f->name, name) == 0 &&
            ((name[0] >= 'A' && name[0] <= 'Z') || !f->obj || !f->obj->pkg || f->obj->pkg == pkg))
            return i;
    }
    return -1;
}

static int64_t indexed_elts(checker *c, nlist *elts, gtype *typ, int64_t length)
{
    int64_t index = 0, max = 0;
    int64_t nseen = 0, capseen = 0;
    int64_t *seen = NULL;
    for (int k = 0; k < elts->n; k++) {
        node *e = elts->v[k];
        bool valid = false;
        node *eval = e;
        if (e->kind == N_KEYVALUE) {
            int64_t i;
            if (check_index(c, e->x, length, &i)) {
                if (i >= 0) {
                    index = i;
                    valid = true;
                } else {
                    check_errorf(c, ast_start(e), "index %s must be integer constant",
                                 ast_string(c->a, e->x));
                }
            }
            eval = e->y;
        } else if (length >= 0 && index >= length) {
            check_errorf(c, ast_start(e), "index %lld is out of bounds (>= %lld)", (long long)index,
                         (long long)length);
        } else {
            valid = true;
        }
        if (valid) {
            bool dup = false;
            for (int64_t j = 0; j < nseen; j++)
                if (seen[j] == index)
                    dup = true;
            if (dup)
                check_errorf(c, ast_start(e), "duplicate index %lld in array or slice literal",
                             (long long)index);
            if (nseen == capseen) {
                int64_t cap = capseen ? capseen * 2 : 16;
                seen = arena_grow(c->a, seen, (size_t)nseen, (size_t)cap, sizeof *seen);
                capseen = cap;
            }
            seen[nseen++] = index;
        }
        index++;
        if (index > max)
            max = index;
        operand x;
        check_expr_with_hint(c, &x, eval, typ);
        check_assignment(c, &x, typ, "array or slice literal");
    }
    return max;
}

/* The constant key's identity for duplicate detection. */
static bool same_key(const cval *a, const cval *b)
{
    if (a->kind != b->kind) {
        if ((a->kind == CV_INT || a->kind == CV_FLOAT) && (b->kind == CV_INT || b->kind == CV_FLOAT))
            return cval_compare(a, OP_EQL, b);
        return false;
    }
    return cval_compare(a, OP_EQL, b);
}

void check_composite_lit(checker *c, operand *x, node *e, gtype *hint)
{
    gtype *typ = NULL, *base = NULL;
    if (e->x) {
        node *tx = e->x;
        if (tx->kind == N_ARRAYTYPE && !tx->x) {
            typ = type_array(c->a, check_var_type(c, tx->y), -1);
            base = typ;
        } else {
            typ = check_type(c, tx);
            base = typ;
        }
    } else if (hint) {
        typ = hint;
        base = hint;
        gtype *u = under(hint);
        if (u->kind == K_POINTER) {
            base = u->elem;
            e->aux = AUX_ELIDED_ADDR;
        }
    } else {
        check_errorf(c, ast_start(e), "missing type in composite literal");
        goto error;
    }
    gtype *u = under(base);
    switch (u->kind) {
    case K_STRUCT: {
        if (e->list.n == 0)
            break;
        if (e->list.v[0]->kind == N_KEYVALUE) {
            bool *visited = arena_alloc(c->a, (size_t)u->nfields + 1);
            for (int k = 0; k < e->list.n; k++) {
                node *kv = e->list.v[k];
                if (kv->kind != N_KEYVALUE) {
                    check_errorf(c, ast_start(kv), "mixture of field:value and value elements in struct literal");
                    continue;
                }
                node *key = kv->x;
                check_expr(c, x, kv->y);
                if (key->kind != N_NAME) {
                    check_errorf(c, ast_start(kv), "invalid field name %s in struct literal",
                                 ast_string(c->a, key));
                    continue;
                }
                int i = field_index(u, c->pkg, key->name);
                if (i < 0) {
                    check_errorf(c, key->pos, "unknown field '%s' in struct literal of type %s", key->name,
                                 tstr(c, base));
                    continue;
                }
                key->obj = u->fields[i].obj;
                key->aux = i;
                check_assignment(c, x, u->fields[i].type, "struct literal");
                if (visited[i]) {
                    check_errorf(c, ast_start(kv), "duplicate field name %s in struct literal", key->name);
                    continue;
                }
                visited[i] = true;
            }
        } else {
            for (int i = 0; i < e->list.n; i++) {
                node *el = e->list.v[i];
                if (el->kind == N_KEYVALUE) {
                    check_errorf(c, ast_start(el), "mixture of field:value and value elements in struct literal");
                    continue;
                }
                check_expr(c, x, el);
                if (i >= u->nfields) {
                    check_errorf(c, operand_pos(x, el->pos), "too many values in %s{…}", tstr(c, base));
                    break;
                }
                gfield *f = &u->fields[i];
                if (!(f->name[0] >= 'A' && f->name[0] <= 'Z') && f->obj && f->obj->pkg &&
                    f->obj->pkg != c->pkg) {
                    check_errorf(c, operand_pos(x, el->pos),
                                 "implicit assignment to unexported field %s in %s literal", f->name,
                                 tstr(c, typ));
                    continue;
                }
                check_assignment(c, x, f->type, "struct literal");
            }
            if (e->list.n < u->nfields)
                check_errorf(c, e->pos2, "too few values in %s{…}", tstr(c, base));
        }
        break;
    }
    case K_ARRAY: {
        int64_t n = indexed_elts(c, &e->list, u->elem, u->len);
        if (u->len < 0) {
            u->len = n;
            u->size = -1;
            if (e->x)
                e->x->type = u;
        }
        break;
    }
    case K_SLICE:
        indexed_elts(c, &e->list, u->elem, -1);
        break;
    case K_MAP: {
        cval **keys = arena_alloc(c->a, sizeof(cval *) * (size_t)(e->list.n + 1));
        gtype **ktypes = arena_alloc(c->a, sizeof(gtype *) * (size_t)(e->list.n + 1));
        int nkeys = 0;
        bool key_iface = type_is_interface(u->key);
        for (int k = 0; k < e->list.n; k++) {
            node *kv = e->list.v[k];
            if (kv->kind != N_KEYVALUE) {
                check_errorf(c, ast_start(kv), "missing key in map literal");
                continue;
            }
            check_expr_with_hint(c, x, kv->x, u->key);
            check_assignment(c, x, u->key, "map literal");
            if (x->mode == M_INVALID)
                continue;
            if (x->mode == M_CONST && x->val) {
                bool dup = false;
                for (int i = 0; i < nkeys; i++)
                    if (same_key(keys[i], x->val) && (!key_iface || type_identical(ktypes[i], x->type)))
                        dup = true;
                if (dup) {
                    check_errorf(c, operand_pos(x, kv->pos), "duplicate key %s in map literal",
                                 cval_string_of(c->a, x->val));
                    continue;
                }
                keys[nkeys] = x->val;
                ktypes[nkeys++] = x->type;
            }
            check_expr_with_hint(c, x, kv->y, u->elem);
            check_assignment(c, x, u->elem, "map literal");
        }
        break;
    }
    default:
        for (int k = 0; k < e->list.n; k++) {
            node *el = e->list.v[k];
            check_use(c, el->kind == N_KEYVALUE ? el->y : el);
        }
        if (u->kind != K_INVALID) {
            check_errorf(c, ast_start(e), "invalid composite literal type %s", tstr(c, typ));
            goto error;
        }
        break;
    }
    x->mode = M_VALUE;
    x->type = typ;
    x->expr = e;
    return;
error:
    x->mode = M_INVALID;
    x->expr = e;
}
