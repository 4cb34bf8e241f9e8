/* ast_print.c: prints a syntax tree node as Go source in the short form the
 * Go compiler uses to quote expressions in its messages (syntax.String:
 * function bodies and composite literal elements shown as "{…}"). */
#include "golang/ast.h"

#include <string.h>

typedef struct pbuf {
    arena *a;
    char *s;
    size_t len, cap;
} pbuf;

static void put(pbuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->len + n + 1)
            cap *= 2;
        b->s = arena_grow(b->a, b->s, b->len, cap, 1);
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = 0;
}

static void puts_(pbuf *b, const char *s)
{
    put(b, s, strlen(s));
}

static void pr(pbuf *b, const node *n);

static void pr_list(pbuf *b, const nlist *l)
{
    for (int i = 0; i < l->n; i++) {
        if (i)
            puts_(b, ", ");
        pr(b, l->v[i]);
    }
}

static void pr_params(pbuf *b, const nlist *l, bool brackets)
{
    puts_(b, brackets ? "[" : "(");
    for (int i = 0; i < l->n; i++) {
        const node *f = l->v[i];
        if (i)
            puts_(b, ", ");
        if (f->x) {
            pr(b, f->x);
            if (i + 1 < l->n && l->v[i + 1]->x && l->v[i + 1]->y == f->y)
                continue;
            puts_(b, " ");
        }
        pr(b, ast_unparen(f->y));
    }
    puts_(b, brackets ? "]" : ")");
}

static void pr_signature(pbuf *b, const node *ft)
{
    pr_params(b, &ft->list, false);
    if (ft->list2.n) {
        puts_(b, " ");
        if (ft->list2.n == 1 && !ft->list2.v[0]->x)
            pr(b, ft->list2.v[0]->y);
        else
            pr_params(b, &ft->list2, false);
    }
}

static void pr_fields(pbuf *b, const node *st)
{
    const nlist *fl = &st->list;
    int i0 = 0;
    const node *typ = NULL;
    for (int i = 0; i <= fl->n; i++) {
        if (i < fl->n && !(fl->v[i]->x == NULL || fl->v[i]->y != typ))
            continue;
        if (i0 < i) {
            if (i0)
                puts_(b, "; ");
            if (i0 + 1 == i && !fl->v[i0]->x) {
                pr(b, fl->v[i0]->y);
            } else {
                for (int k = i0; k < i; k++) {
                    if (k > i0)
                        puts_(b, ", ");
                    pr(b, fl->v[k]->x);
                }
                puts_(b, " ");
                pr(b, fl->v[i0]->y);
            }
            if (i0 < st->list2.n && st->list2.v[i0]) {
                puts_(b, " ");
                pr(b, st->list2.v[i0]);
            }
            i0 = i;
        }
        if (i < fl->n)
            typ = fl->v[i]->y;
    }
}

static void pr(pbuf *b, const node *n)
{
    if (!n)
        return;
    switch (n->kind) {
    case N_BAD: puts_(b, "<bad expr>"); break;
    case N_NAME: puts_(b, n->name); break;
    case N_BASICLIT: put(b, n->lit, (size_t)n->litlen); break;
    case N_FUNCLIT:
        pr(b, n->x);
        puts_(b, " {");
        if (n->w && n->w->list.n)
            puts_(b, "…");
        puts_(b, "}");
        break;
    case N_COMPOSITELIT:
        pr(b, n->x);
        puts_(b, "{");
        if (n->list.n)
            puts_(b, "…");
        puts_(b, "}");
        break;
    case N_PAREN: puts_(b, "("); pr(b, n->x); puts_(b, ")"); break;
    case N_SELECTOR: pr(b, n->x); puts_(b, "."); pr(b, n->y); break;
    case N_INDEX: pr(b, n->x); puts_(b, "["); pr(b, n->y); puts_(b, "]"); break;
    case N_SLICE:
        pr(b, n->x);
        puts_(b, "[");
        pr(b, n->y);
        puts_(b, ":");
        pr(b, n->z);
        if (n->w) {
            puts_(b, ":");
            pr(b, n->w);
        }
        puts_(b, "]");
        break;
    case N_ASSERT: pr(b, n->x); puts_(b, ".("); pr(b, n->y); puts_(b, ")"); break;
    case N_TYPESWITCH:
        if (n->y) {
            pr(b, n->y);
            puts_(b, " := ");
        }
        pr(b, n->x);
        puts_(b, ".(type)");
        break;
    case N_CALL:
        pr(b, n->x);
        puts_(b, "(");
        pr_list(b, &n->list);
        if (n->hasdots)
            puts_(b, "...");
        puts_(b, ")");
        break;
    case N_OPERATION:
        if (!n->y) {
            puts_(b, lex_opstring((gop)n->op));
            pr(b, n->x);
        } else {
            pr(b, n->x);
            puts_(b, " ");
            puts_(b, lex_opstring((gop)n->op));
            puts_(b, " ");
            pr(b, n->y);
        }
        break;
    case N_KEYVALUE: pr(b, n->x); puts_(b, ": "); pr(b, n->y); break;
    case N_LIST: pr_list(b, &n->list); break;
    case N_ARRAYTYPE:
        puts_(b, "[");
        if (n->x)
            pr(b, n->x);
        else
            puts_(b, "...");
        puts_(b, "]");
        pr(b, n->y);
        break;
    case N_SLICETYPE: puts_(b, "[]"); pr(b, n->y); break;
    case N_DOTSTYPE: puts_(b, "..."); pr(b, n->y); break;
    case N_STRUCTTYPE:
        puts_(b, "struct{");
        pr_fields(b, n);
        puts_(b, "}");
        break;
    case N_FUNCTYPE: puts_(b, "func"); pr_signature(b, n); break;
    case N_INTERFACETYPE:
        puts_(b, "interface{");
        for (int i = 0; i < n->list.n; i++) {
            const node *m = n->list.v[i];
            if (i)
                puts_(b, "; ");
            if (m->x) {
                pr(b, m->x);
                pr_signature(b, m->y);
            } else {
                pr(b, m->y);
            }
        }
        puts_(b, "}");
        break;
    case N_MAPTYPE: puts_(b, "map["); pr(b, n->x); puts_(b, "]"); pr(b, n->y); break;
    case N_CHANTYPE:
        if (n->dir == CHAN_RECV)
            puts_(b, "<-");
        puts_(b, "chan");
        if (n->dir == CHAN_SEND)
            puts_(b, "<-");
        puts_(b, " ");
        if (n->dir == CHAN_BOTH && n->y->kind == N_CHANTYPE && n->y->dir == CHAN_RECV) {
            puts_(b, "(");
            pr(b, n->y);
            puts_(b, ")");
        } else {
            pr(b, n->y);
        }
        break;
    case N_EXPRSTMT: pr(b, n->x); break;
    case N_SEND: pr(b, n->x); puts_(b, " <- "); pr(b, n->y); break;
    case N_ASSIGN:
        pr(b, n->x);
        if (!n->y) {
            puts_(b, lex_opstring((gop)n->op));
            puts_(b, lex_opstring((gop)n->op));
        } else {
            puts_(b, " ");
            if (n->op != OP_NONE)
                puts_(b, lex_opstring((gop)n->op));
            puts_(b, "= ");
            pr(b, n->y);
        }
        break;
    case N_RANGE:
        if (n->x) {
            pr(b, n->x);
            puts_(b, n->def ? " := " : " = ");
        }
        puts_(b, "range ");
        pr(b, n->y);
        break;
    case N_CALLSTMT:
        puts_(b, n->tok == T_GO ? "go " : "defer ");
        pr(b, n->x);
        break;
    case N_RETURN:
        puts_(b, "return");
        if (n->x) {
            puts_(b, " ");
            pr(b, n->x);
        }
        break;
    case N_BRANCH:
        puts_(b, lex_tokstring((gtok)n->tok));
        if (n->x) {
            puts_(b, " ");
            pr(b, n->x);
        }
        break;
    default:
        puts_(b, "…");
        break;
    }
}

char *ast_string(arena *a, const node *n)
{
    pbuf b = {a, NULL, 0, 0};
    put(&b, "", 0);
    pr(&b, n);
    return b.s;
}
