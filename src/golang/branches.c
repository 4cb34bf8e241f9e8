/* branches.c: the label and branch checks the Go parser makes on each
 * function body (cmd/compile/internal/syntax/branches.go): labels defined
 * twice or never used, break and continue outside their statements,
 * fallthrough out of place, and gotos into blocks or over variable
 * declarations. It also resolves each branch statement's target (z of an
 * N_BRANCH: the N_FOR, N_SWITCH or N_SELECT it leaves or continues, or the
 * N_LABELED a goto jumps to) for the compiler. */
#include "golang/ast.h"

#include <stdio.h>
#include <string.h>

typedef struct blabel {
    const char *name;
    struct bblock *parent; /* block holding the label */
    node *lstmt;           /* its N_LABELED */
    bool used;
    struct blabel *next;
} blabel;

typedef struct bblock {
    struct bblock *parent;
    gpos start;
    node *lstmt; /* the labeled statement this block belongs to */
} bblock;

typedef struct lscope {
    arena *a;
    diag_list *d;
    blabel *labels;
} lscope;

typedef struct targets {
    node *breaks;    /* N_FOR, N_SWITCH, N_SELECT or NULL */
    node *continues; /* N_FOR or NULL */
    int case_index;  /* index of the enclosing switch's clause, or -1 */
} targets;

/* A growable list of forward gotos. */
typedef struct gotos {
    node **v;
    int n, cap;
} gotos;

static void gotos_push(lscope *ls, gotos *g, node *s)
{
    if (g->n == g->cap) {
        int cap = g->cap ? g->cap * 2 : 4;
        g->v = arena_grow(ls->a, g->v, (size_t)g->n, (size_t)cap, sizeof *g->v);
        g->cap = cap;
    }
    g->v[g->n++] = s;
}

static blabel *find_label(lscope *ls, const char *name)
{
    for (blabel *l = ls->labels; l; l = l->next)
        if (strcmp(l->name, name) == 0)
            return l;
    return NULL;
}

static void fmt_pos(lscope *ls, gpos p, char *out, size_t n)
{
    char name[4096];
    snprintf(out, n, "%s:%d:%d", diag_file_name(ls->d, p.file, name, sizeof name), p.line, p.col);
}

static blabel *declare(lscope *ls, bblock *b, node *s)
{
    const char *name = s->x->name;
    blabel *alt = find_label(ls, name);
    if (alt) {
        char where[4200];
        fmt_pos(ls, alt->lstmt->x->pos, where, sizeof where);
        diag_error(ls->d, s->x->pos, "label %s already defined at %s", name, where);
        return alt;
    }
    blabel *l = arena_alloc(ls->a, sizeof *l);
    l->name = name;
    l->parent = b;
    l->lstmt = s;
    l->next = ls->labels;
    ls->labels = l;
    return l;
}

static node *goto_target(lscope *ls, bblock *b, const char *name)
{
    blabel *l = find_label(ls, name);
    if (!l)
        return NULL;
    l->used = true;
    for (; b; b = b->parent)
        if (l->parent == b)
            return l->lstmt;
    return NULL;
}

static node invalid_target;

static node *enclosing_target(lscope *ls, bblock *b, const char *name)
{
    blabel *l = find_label(ls, name);
    if (!l)
        return NULL;
    l->used = true;
    for (; b; b = b->parent)
        if (l->lstmt == b->lstmt)
            return l->lstmt;
    return &invalid_target;
}

static gotos block_branches(lscope *ls, bblock *parent, targets ctxt, node *lstmt, gpos start,
                            node **body, int nbody);

/* State of one block walk. */
typedef struct bwalk {
    lscope *ls;
    bblock *b;
    node *lstmt;
    gpos var_pos;
    node *var_name;
    gotos fwd, bad;
} bwalk;

static void record_var_decl(bwalk *w, gpos pos, node *name)
{
    w->var_pos = pos;
    w->var_name = name;
    w->bad.n = 0;
    for (int i = 0; i < w->fwd.n; i++)
        gotos_push(w->ls, &w->bad, w->fwd.v[i]);
}

static bool jumps_over_var_decl(bwalk *w, node *fwd)
{
    if (!w->var_pos.line)
        return false;
    for (int i = 0; i < w->bad.n; i++)
        if (w->bad.v[i] == fwd)
            return true;
    return false;
}

static void inner_block(bwalk *w, targets ctxt, gpos start, node **body, int n)
{
    gotos g = block_branches(w->ls, w->b, ctxt, w->lstmt, start, body, n);
    for (int i = 0; i < g.n; i++)
        gotos_push(w->ls, &w->fwd, g.v[i]);
}

static void branch_stmt(bwalk *w, targets ctxt, node *s, int idx, int nstmts)
{
    lscope *ls = w->ls;
    if (!s->x) {
        switch (s->tok) {
        case T_BREAK:
            if (ctxt.breaks)
                s->z = ctxt.breaks;
            else
                diag_error(ls->d, s->pos, "break is not in a loop, switch, or select");
            break;
        case T_CONTINUE:
            if (ctxt.continues)
                s->z = ctxt.continues;
            else
                diag_error(ls->d, s->pos, "continue is not in a loop");
            break;
        case T_FALLTHROUGH: {
            const char *msg = "fallthrough statement out of place";
            node *t = ctxt.breaks && ctxt.breaks->kind == N_SWITCH ? ctxt.breaks : NULL;
            if (t) {
                if (t->y && t->y->kind == N_TYPESWITCH)
                    msg = "cannot fallthrough in type switch";
                else if (ctxt.case_index < 0 || idx + 1 < nstmts)
                    ; /* not the last statement of a case */
                else if (ctxt.case_index + 1 == t->list.n)
                    msg = "cannot fallthrough final case in switch";
                else {
                    s->z = t;
                    break;
                }
            }
            diag_error(ls->d, s->pos, "%s", msg);
            break;
        }
        default:
            break;
        }
        return;
    }
    const char *name = s->x->name;
    switch (s->tok) {
    case T_BREAK: {
        node *t = enclosing_target(ls, w->b, name);
        if (t && t != &invalid_target) {
            node *st = t->y;
            if (st->kind == N_SWITCH || st->kind == N_SELECT || st->kind == N_FOR)
                s->z = st;
            else
                diag_error(ls->d, s->x->pos, "invalid break label %s", name);
        } else if (t) {
            diag_error(ls->d, s->x->pos, "invalid break label %s", name);
        } else {
            diag_error(ls->d, s->x->pos, "break label not defined: %s", name);
        }
        break;
    }
    case T_CONTINUE: {
        node *t = enclosing_target(ls, w->b, name);
        if (t && t != &invalid_target && t->y->kind == N_FOR)
            s->z = t->y;
        else if (t)
            diag_error(ls->d, s->x->pos, "invalid continue label %s", name);
        else
            diag_error(ls->d, s->x->pos, "continue label not defined: %s", name);
        break;
    }
    case T_GOTO: {
        node *t = goto_target(ls, w->b, name);
        if (t)
            s->z = t;
        else
            gotos_push(ls, &w->fwd, s);
        break;
    }
    default:
        break;
    }
}

static gotos block_branches(lscope *ls, bblock *parent, targets ctxt, node *lstmt, gpos start,
                            node **body, int nbody)
{
    bblock *b = arena_alloc(ls->a, sizeof *b);
    b->parent = parent;
    b->start = start;
    b->lstmt = lstmt;
    bwalk w = {ls, b, lstmt, {0, 0, 0}, NULL, {0}, {0}};
    while (nbody > 0 && body[nbody - 1]->kind == N_EMPTY)
        nbody--;
    for (int idx = 0; idx < nbody; idx++) {
        node *s = body[idx];
        w.lstmt = NULL;
        while (s->kind == N_LABELED) {
            const char *name = s->x->name;
            if (strcmp(name, "_") != 0) {
                blabel *l = declare(ls, b, s);
                int k = 0;
                for (int i = 0; i < w.fwd.n; i++) {
                    node *fwd = w.fwd.v[i];
                    if (strcmp(fwd->x->name, name) == 0) {
                        fwd->z = s;
                        l->used = true;
                        if (jumps_over_var_decl(&w, fwd)) {
                            char where[4200];
                            fmt_pos(ls, w.var_pos, where, sizeof where);
                            diag_error(ls->d, fwd->x->pos, "goto %s jumps over declaration of %s at %s",
                                       name, ast_string(ls->a, w.var_name), where);
                        }
                    } else {
                        w.fwd.v[k++] = fwd;
                    }
                }
                w.fwd.n = k;
                w.lstmt = s;
            }
            s = s->y;
        }
        switch (s->kind) {
        case N_DECLSTMT:
            for (int i = 0; i < s->list.n; i++) {
                node *d = s->list.v[i];
                if (d->kind == N_VARDECL) {
                    record_var_decl(&w, d->pos, d->list.v[0]);
                    break;
                }
            }
            break;
        case N_BRANCH:
            branch_stmt(&w, ctxt, s, idx, nbody);
            break;
        case N_ASSIGN:
            if (s->op == OP_DEF)
                record_var_decl(&w, s->pos, s->x);
            break;
        case N_BLOCK: {
            targets inner = {ctxt.breaks, ctxt.continues, -1};
            inner_block(&w, inner, s->pos, s->list.v, s->list.n);
            break;
        }
        case N_IF: {
            targets inner = {ctxt.breaks, ctxt.continues, -1};
            inner_block(&w, inner, s->z->pos, s->z->list.v, s->z->list.n);
            if (s->w)
                inner_block(&w, inner, s->w->pos, &s->w, 1);
            break;
        }
        case N_FOR: {
            targets inner = {s, s, -1};
            inner_block(&w, inner, s->w->pos, s->w->list.v, s->w->list.n);
            break;
        }
        case N_SWITCH: {
            targets inner = {s, ctxt.continues, -1};
            for (int i = 0; i < s->list.n; i++) {
                node *cc = s->list.v[i];
                inner.case_index = i;
                inner_block(&w, inner, cc->pos, cc->list.v, cc->list.n);
            }
            break;
        }
        case N_SELECT: {
            targets inner = {s, ctxt.continues, -1};
            for (int i = 0; i < s->list.n; i++) {
                node *cc = s->list.v[i];
                inner_block(&w, inner, cc->pos, cc->list.v, cc->list.n);
            }
            break;
        }
        default:
            break;
        }
    }
    return w.fwd;
}

void branches_check(arena *a, diag_list *d, node *body)
{
    if (!body)
        return;
    lscope ls = {a, d, NULL};
    targets none = {NULL, NULL, -1};
    gotos fwd = block_branches(&ls, NULL, none, NULL, body->pos, body->list.v, body->list.n);
    for (int i = 0; i < fwd.n; i++) {
        node *g = fwd.v[i];
        const char *name = g->x->name;
        blabel *l = find_label(&ls, name);
        if (l) {
            char where[4200];
            l->used = true;
            fmt_pos(&ls, l->parent->start, where, sizeof where);
            diag_error(d, g->x->pos, "goto %s jumps into block starting at %s", name, where);
        } else {
            diag_error(d, g->x->pos, "label %s not defined", name);
        }
    }
    for (blabel *l = ls.labels; l; l = l->next)
        if (!l->used)
            diag_error(d, l->lstmt->x->pos, "label %s defined and not used", l->name);
}
