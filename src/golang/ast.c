/* ast.c: making syntax tree nodes, and the two questions every later stage
 * asks of one: where does it start (for error positions), and what is it
 * without its parentheses. */
#include "golang/ast.h"

node *ast_new(arena *a, nkind k, gpos pos)
{
    node *n = arena_alloc(a, sizeof *n);
    n->kind = (uint8_t)k;
    n->pos = pos;
    return n;
}

void nlist_push(arena *a, nlist *l, node *n)
{
    if (l->n == l->cap) {
        int cap = l->cap ? l->cap * 2 : 4;
        l->v = arena_grow(a, l->v, (size_t)l->n, (size_t)cap, sizeof *l->v);
        l->cap = cap;
    }
    l->v[l->n++] = n;
}

gpos ast_start(const node *n)
{
    for (;;) {
        switch (n->kind) {
        case N_COMPOSITELIT:
            if (n->x) {
                n = n->x;
                continue;
            }
            return n->pos;
        case N_SELECTOR:
        case N_INDEX:
        case N_ASSERT:
        case N_CALL:
        case N_SEND:
            n = n->x;
            continue;
        case N_TYPESWITCH:
            n = n->y ? n->y : n->x;
            continue;
        case N_OPERATION:
            if (n->y) {
                n = n->x;
                continue;
            }
            return n->pos;
        case N_LIST:
            if (n->list.n) {
                n = n->list.v[0];
                continue;
            }
            return n->pos;
        case N_ASSIGN:
            n = n->x;
            continue;
        case N_RANGE:
            n = n->x ? n->x : n->y;
            continue;
        default:
            return n->pos;
        }
    }
}

node *ast_unparen(node *n)
{
    while (n && n->kind == N_PAREN)
        n = n->x;
    return n;
}
