/* check_stmt.c: statements, after types2's stmt.go and return.go: block
 * scopes, expression statements that discard values, sends, assignments
 * and ++/--, go and defer, returns, if/for/range, expression and type
 * switches (duplicate cases, the implicitly declared variable), select,
 * and which statements terminate a function. Misplaced break, continue,
 * fallthrough and goto are the parser's (branches.c), as in Go. */
#include "golang/check.h"

#include <string.h>

#define INVALID_OP "invalid operation: "

static void stmt(checker *c, int ctxt, node *s);

static void open_scope(checker *c)
{
    c->scope = scope_new(c->a, c->scope);
}

static void close_scope(checker *c)
{
    c->scope = c->scope->parent;
}

void check_stmt_list(checker *c, int ctxt, nlist *l)
{
    for (int i = 0; i < l->n; i++)
        stmt(c, ctxt, l->v[i]);
}

static void simple_stmt(checker *c, node *s)
{
    if (s)
        stmt(c, 0, s);
}

/* What an expression statement's expression is: a call or receive
 * (a statement), a conversion, or another expression. */
enum { KIND_STATEMENT, KIND_CONVERSION, KIND_EXPRESSION };

static int expr_kind(node *e)
{
    e = ast_unparen(e);
    if (e->kind == N_OPERATION && !e->y && e->op == OP_RECV)
        return KIND_STATEMENT;
    if (e->kind != N_CALL)
        return KIND_EXPRESSION;
    if (e->aux == -1)
        return KIND_CONVERSION;
    switch (e->aux) {
    case B_APPEND: case B_CAP: case B_COMPLEX: case B_IMAG: case B_LEN: case B_MAKE: case B_NEW:
    case B_REAL:
        return KIND_EXPRESSION;
    default:
        return KIND_STATEMENT;
    }
}

static void suspended_call(checker *c, const char *keyword, node *call)
{
    operand x;
    check_raw_expr(c, &x, call, NULL);
    const char *msg;
    switch (expr_kind(call)) {
    case KIND_CONVERSION:
        msg = "requires function call, not conversion";
        break;
    case KIND_EXPRESSION:
        msg = "discards result of";
        break;
    default:
        return;
    }
    check_errorf(c, operand_pos(&x, call->pos), "%s %s %s", keyword, msg, operand_string(c, &x));
}

/* --- switch ------------------------------------------------------------- */

static void multiple_defaults(checker *c, nlist *clauses)
{
    node *first = NULL;
    for (int i = 0; i < clauses->n; i++) {
        node *cl = clauses->v[i];
        bool is_default = cl->kind == N_CASECLAUSE ? cl->x == NULL : cl->x == NULL;
        if (!is_default)
            continue;
        if (first) {
            char nm[4096];
            check_errorf(c, cl->pos, "multiple defaults (first at %s:%d:%d)",
                         diag_file_name(c->d, first->pos.file, nm, sizeof nm), first->pos.line,
                         first->pos.col);
        } else {
            first = cl;
        }
    }
}

typedef struct seen_case {
    cval *val;
    gtype *type;
    gpos pos;
} seen_case;

static void case_values(checker *c, operand *x, node *cases, ptrvec *seen)
{
    node **v;
    int n = unpack_expr(&cases, &v);
    for (int i = 0; i < n; i++) {
        operand y;
        check_expr(c, &y, v[i]);
        if (x->mode == M_INVALID || y.mode == M_INVALID)
            continue;
        check_convert_untyped(c, &y, x->type);
        if (y.mode == M_INVALID)
            continue;
        operand res = y;
        check_comparison(c, &res, x, OP_EQL, true);
        if (res.mode == M_INVALID)
            continue;
        if (y.mode != M_CONST || !y.val)
            continue;
        bool dup = false;
        for (int k = 0; k < seen->n; k++) {
            seen_case *sc = seen->v[k];
            if (type_identical(sc->type, y.type) && sc->val->kind == y.val->kind &&
                cval_compare(sc->val, OP_EQL, y.val)) {
                char nm[4096];
                check_errorf(c, operand_pos(&y, v[i]->pos),
                             "duplicate case %s in expression switch\n\t%s:%d:%d: previous case",
                             operand_string(c, &y), diag_file_name(c->d, sc->pos.file, nm, sizeof nm),
                             sc->pos.line, sc->pos.col);
                dup = true;
                break;
            }
        }
        if (!dup) {
            seen_case *sc = arena_alloc(c->a, sizeof *sc);
            sc->val = y.val;
            sc->type = y.type;
            sc->pos = ast_start(v[i]);
            ptrvec_push(c->a, seen, sc);
        }
    }
}

static void switch_stmt(checker *c, int ctxt, node *s)
{
    operand x;
    memset(&x, 0, sizeof x);
    if (s->y) {
        check_expr(c, &x, s->y);
        check_assignment(c, &x, NULL, "switch expression");
        if (x.mode != M_INVALID && !type_comparable(x.type) && !type_has_nil(x.type)) {
            check_errorf(c, operand_pos(&x, s->pos), "cannot switch on %s (%s is not comparable)",
                         operand_string(c, &x), tstr(c, x.type));
            x.mode = M_INVALID;
        }
    } else {
        x.mode = M_CONST;
        x.type = t_basic[K_BOOL];
        x.val = cval_bool(c->a, true);
        gpos pos = s->list.n ? s->list.v[0]->pos : s->pos2;
        node *t = ast_new(c->a, N_NAME, pos);
        t->name = "true";
        x.expr = t;
    }
    multiple_defaults(c, &s->list);
    ptrvec seen = {0};
    for (int i = 0; i < s->list.n; i++) {
        node *cl = s->list.v[i];
        case_values(c, &x, cl->x, &seen);
        open_scope(c);
        check_stmt_list(c, ctxt, &cl->list);
        close_scope(c);
    }
}

static bool is_nil_expr(checker *c, node *e)
{
    e = ast_unparen(e);
    if (e->kind != N_NAME)
        return false;
    gobj *o = scope_lookup(c->scope, e->name);
    return o && o->kind == O_NIL;
}

/* The types of one type switch case; the single type, or NULL. */
static gtype *case_types(checker *c, operand *x, node *cases, ptrvec *seen, ptrvec *seen_at)
{
    node **v;
    int n = unpack_expr(&cases, &v);
    gtype *T = NULL;
    for (int i = 0; i < n; i++) {
        node *e = v[i];
        if (is_nil_expr(c, e)) {
            T = NULL;
            operand dummy;
            check_expr(c, &dummy, e);
        } else {
            T = check_var_type(c, e);
            if (T->kind == K_INVALID)
                continue;
        }
        bool dup = false;
        for (int k = 0; k < seen->n; k++) {
            gtype *t = seen->v[k];
            if ((!T && !t) || (T && t && type_identical(T, t))) {
                node *other = seen_at->v[k];
                gpos op = ast_start(other);
                char nm[4096];
                check_errorf(c, ast_start(e), "duplicate case %s in type switch\n\t%s:%d:%d: previous case",
                             T ? type_string(c->a, T, 0) : "nil",
                             diag_file_name(c->d, op.file, nm, sizeof nm), op.line, op.col);
                dup = true;
                break;
            }
        }
        if (dup)
            continue;
        ptrvec_push(c->a, seen, T);
        ptrvec_push(c->a, seen_at, e);
        if (x && T)
            check_type_assertion(c, e, x, T, true);
    }
    return n == 1 ? T : NULL;
}

static void type_switch_stmt(checker *c, int ctxt, node *s, node *guard)
{
    node *lhs = guard->y;
    if (lhs && strcmp(lhs->name, "_") == 0) {
        check_errorf(c, lhs->pos, "no new variable on left side of :=");
        lhs = NULL;
    }
    operand x;
    check_expr(c, &x, guard->x);
    if (x.mode == M_INVALID)
        return;
    operand *sx = NULL;
    if (type_is_interface(x.type))
        sx = &x;
    else
        check_errorf(c, operand_pos(&x, guard->pos), "%s is not an interface", operand_string(c, &x));
    multiple_defaults(c, &s->list);
    ptrvec seen = {0}, seen_at = {0};
    ptrvec vars = {0};
    for (int i = 0; i < s->list.n; i++) {
        node *cl = s->list.v[i];
        node **cv;
        int ncases = unpack_expr(&cl->x, &cv);
        gtype *T = case_types(c, sx, cl->x, &seen, &seen_at);
        open_scope(c);
        if (lhs) {
            if (ncases != 1 || !T)
                T = x.type;
            gobj *obj = obj_new(c->a, O_VAR, lhs->name, T, lhs->pos);
            obj->pkg = c->pkg;
            obj->decl = cl;
            check_declare(c, c->scope, NULL, obj);
            /* the per-clause variable is checked for use as one */
            c->fn->locals.n--;
            cl->obj = obj;
            ptrvec_push(c->a, &vars, obj);
        }
        check_stmt_list(c, ctxt, &cl->list);
        close_scope(c);
    }
    if (lhs) {
        bool used = false;
        for (int i = 0; i < vars.n; i++) {
            gobj *v = vars.v[i];
            if (v->used)
                used = true;
            v->used = true;
        }
        if (!used)
            check_errorf(c, lhs->pos, "%s declared but not used", lhs->name);
    }
}

/* --- range -------------------------------------------------------------- */

static void range_stmt(checker *c, int ctxt, node *s, node *rc)
{
    node *skey = rc->x, *sval = NULL, *sextra = NULL;
    if (skey && skey->kind == N_LIST) {
        node *l = skey;
        skey = l->list.v[0];
        sval = l->list.n > 1 ? l->list.v[1] : NULL;
        sextra = l->list.n > 2 ? l->list.v[2] : NULL;
    }
    operand x;
    check_expr(c, &x, rc->y);
    gtype *key = NULL, *val = NULL;
    if (x.mode != M_INVALID) {
        const char *cause = NULL;
        gtype *u = under(x.type);
        if (u->kind == K_CHAN) {
            if (sval)
                check_errorf(c, ast_start(sval), "range over %s permits only one iteration variable",
                             operand_string(c, &x));
            if (u->dir == CHAN_SEND)
                cause = "receive from send-only channel";
        } else if (sextra) {
            check_errorf(c, ast_start(sextra), "range clause permits at most two iteration variables");
        }
        gtype *t = u;
        if (t->kind == K_POINTER && under(t->elem)->kind == K_ARRAY)
            t = under(t->elem);
        switch (t->kind) {
        case K_STRING:
        case K_UNTYPED_STRING:
            key = t_basic[K_INT];
            val = t_rune;
            if (type_is_untyped(x.type))
                check_convert_untyped(c, &x, t_basic[K_STRING]);
            break;
        case K_ARRAY:
        case K_SLICE:
            key = t_basic[K_INT];
            val = t->elem;
            break;
        case K_MAP:
            key = t->key;
            val = t->elem;
            break;
        case K_CHAN:
            key = t->elem;
            val = t_basic[K_INVALID];
            break;
        default:
            break;
        }
        if (!key || cause) {
            if (!cause)
                check_errorf(c, operand_pos(&x, rc->pos), "cannot range over %s", operand_string(c, &x));
            else
                check_errorf(c, operand_pos(&x, rc->pos), "cannot range over %s (%s)",
                             operand_string(c, &x), cause);
        }
    }
    open_scope(c);
    node *lhs[2] = {skey, sval};
    gtype *rhs[2] = {key, val};
    if (rc->def) {
        gobj *vars[2] = {NULL, NULL};
        int nvars = 0;
        for (int i = 0; i < 2; i++) {
            if (!lhs[i])
                continue;
            gobj *obj;
            if (lhs[i]->kind == N_NAME) {
                obj = obj_new(c->a, O_VAR, lhs[i]->name, NULL, lhs[i]->pos);
                lhs[i]->obj = obj;
                if (strcmp(lhs[i]->name, "_") != 0)
                    vars[nvars++] = obj;
            } else {
                check_errorf(c, ast_start(lhs[i]), "cannot declare %s", ast_string(c->a, lhs[i]));
                obj = obj_new(c->a, O_VAR, "_", NULL, lhs[i]->pos);
            }
            obj->pkg = c->pkg;
            obj->decl = s;
            if (rhs[i]) {
                operand y;
                memset(&y, 0, sizeof y);
                y.mode = M_VALUE;
                y.expr = lhs[i];
                y.type = rhs[i];
                check_init_var(c, obj, &y, "range clause");
            } else {
                obj->type = t_basic[K_INVALID];
                obj->used = true;
            }
        }
        if (nvars) {
            for (int i = 0; i < nvars; i++)
                check_declare(c, c->scope, NULL, vars[i]);
        } else {
            check_errorf(c, s->pos, "no new variables on left side of :=");
        }
    } else {
        for (int i = 0; i < 2; i++) {
            if (!lhs[i] || !rhs[i])
                continue;
            operand y;
            memset(&y, 0, sizeof y);
            y.mode = M_VALUE;
            y.expr = lhs[i];
            y.type = rhs[i];
            check_assign_var(c, lhs[i], &y);
        }
    }
    stmt(c, ctxt, s->w);
    close_scope(c);
}

/* --- statements --------------------------------------------------------- */

static void stmt(checker *c, int ctxt, node *s)
{
    if (!s)
        return;
    switch (s->kind) {
    case N_EMPTY:
    case N_BAD:
        break;
    case N_DECLSTMT:
        check_decl_stmt(c, s);
        break;
    case N_LABELED:
        stmt(c, ctxt, s->y);
        break;
    case N_EXPRSTMT: {
        operand x;
        check_raw_expr(c, &x, s->x, NULL);
        const char *msg;
        switch (x.mode) {
        default:
            if (expr_kind(s->x) == KIND_STATEMENT)
                return;
            msg = "is not used";
            break;
        case M_INVALID:
            return;
        case M_BUILTIN:
            msg = "must be called";
            break;
        case M_TYPEXPR:
            msg = "is not an expression";
            break;
        }
        check_errorf(c, operand_pos(&x, s->pos), "%s %s", operand_string(c, &x), msg);
        break;
    }
    case N_SEND: {
        operand ch, val;
        check_expr(c, &ch, s->x);
        check_expr(c, &val, s->y);
        if (ch.mode == M_INVALID || val.mode == M_INVALID)
            return;
        gtype *u = under(ch.type);
        if (u->kind != K_CHAN) {
            check_errorf(c, ast_start(s), INVALID_OP "cannot send to non-channel %s", operand_string(c, &ch));
            return;
        }
        if (u->dir == CHAN_RECV) {
            check_errorf(c, ast_start(s), INVALID_OP "cannot send to receive-only channel %s",
                         operand_string(c, &ch));
            return;
        }
        check_assignment(c, &val, u->elem, "send");
        break;
    }
    case N_ASSIGN: {
        node **lhs, **rhs;
        int nl = unpack_expr(&s->x, &lhs);
        if (!s->y) {
            /* x++ / x-- */
            operand x;
            check_expr(c, &x, lhs[0]);
            if (x.mode == M_INVALID)
                return;
            if (!type_is_numeric(x.type)) {
                const char *op = s->op == OP_ADD ? "++" : "--";
                check_errorf(c, ast_start(lhs[0]), INVALID_OP "%s%s (non-numeric type %s)",
                             ast_string(c->a, lhs[0]), op, tstr(c, x.type));
                return;
            }
            check_assign_var(c, lhs[0], &x);
            return;
        }
        int nr = unpack_expr(&s->y, &rhs);
        if (s->op == OP_NONE) {
            check_assign_vars(c, lhs, nl, rhs, nr);
            return;
        }
        if (s->op == OP_DEF) {
            check_short_var_decl(c, s, lhs, nl, rhs, nr);
            return;
        }
        if (nl != 1 || nr != 1) {
            check_errorf(c, ast_start(s), "assignment operation %s requires single-valued expressions",
                         check_op_name((gop)s->op));
            return;
        }
        operand x;
        check_binary(c, &x, NULL, lhs[0], rhs[0], (gop)s->op);
        check_assign_var(c, lhs[0], &x);
        break;
    }
    case N_CALLSTMT:
        if (s->tok == T_DEFER && c->fn)
            c->fn->has_defer = true;
        suspended_call(c, s->tok == T_GO ? "go" : "defer", s->x);
        break;
    case N_RETURN: {
        gtype *sig = c->fn->sig;
        node **results;
        int nres = unpack_expr(&s->x, &results);
        if (nres == 0 && sig->nresults > 0 && sig->result_objs[0]->name[0]) {
            for (int i = 0; i < sig->nresults; i++) {
                gobj *obj = sig->result_objs[i];
                gobj *alt = scope_lookup(c->scope, obj->name);
                if (alt && alt != obj) {
                    char nm[4096];
                    check_errorf(c, s->pos,
                                 "result parameter %s not in scope at return\n\t%s:%d:%d: inner declaration of var %s %s",
                                 obj->name, diag_file_name(c->d, alt->pos.file, nm, sizeof nm),
                                 alt->pos.line, alt->pos.col, alt->name, tstr(c, alt->type));
                }
            }
        } else {
            check_init_vars(c, sig->result_objs, sig->nresults, results, nres, s);
        }
        break;
    }
    case N_BRANCH:
        break;
    case N_BLOCK:
        open_scope(c);
        check_stmt_list(c, ctxt, &s->list);
        close_scope(c);
        break;
    case N_IF: {
        open_scope(c);
        simple_stmt(c, s->x);
        operand x;
        check_expr(c, &x, s->y);
        if (x.mode != M_INVALID && !type_is_boolean(x.type))
            check_errorf(c, ast_start(s->y), "non-boolean condition in if statement");
        stmt(c, ctxt, s->z);
        if (s->w)
            stmt(c, ctxt, s->w);
        close_scope(c);
        break;
    }
    case N_SWITCH:
        open_scope(c);
        simple_stmt(c, s->x);
        if (s->y && s->y->kind == N_TYPESWITCH)
            type_switch_stmt(c, ctxt, s, s->y);
        else
            switch_stmt(c, ctxt, s);
        close_scope(c);
        break;
    case N_SELECT:
        for (int i = 0; i < s->list.n; i++) {
            node *cl = s->list.v[i];
            node *comm = cl->x;
            bool valid = false;
            node *rhs = NULL;
            if (!comm) {
                valid = true;
            } else if (comm->kind == N_SEND) {
                valid = true;
            } else if (comm->kind == N_ASSIGN) {
                if (comm->y && comm->y->kind != N_LIST)
                    rhs = comm->y;
            } else if (comm->kind == N_EXPRSTMT) {
                rhs = comm->x;
            }
            if (rhs) {
                node *u = ast_unparen(rhs);
                if (u->kind == N_OPERATION && !u->y && u->op == OP_RECV)
                    valid = true;
            }
            if (!valid) {
                check_errorf(c, ast_start(comm), "select case must be send or receive (possibly with assignment)");
                continue;
            }
            open_scope(c);
            if (comm)
                stmt(c, 0, comm);
            check_stmt_list(c, ctxt, &cl->list);
            close_scope(c);
        }
        break;
    case N_FOR:
        if (s->x && s->x->kind == N_RANGE) {
            range_stmt(c, ctxt, s, s->x);
            break;
        }
        open_scope(c);
        simple_stmt(c, s->x);
        if (s->y) {
            operand x;
            check_expr(c, &x, s->y);
            if (x.mode != M_INVALID && !type_is_boolean(x.type))
                check_errorf(c, ast_start(s->y), "non-boolean condition in for statement");
        }
        simple_stmt(c, s->z);
        stmt(c, ctxt, s->w);
        close_scope(c);
        break;
    default:
        check_errorf(c, ast_start(s), "invalid statement");
        break;
    }
}

/* --- terminating statements (return.go) --------------------------------- */

static bool has_break_list(nlist *l, const char *label, bool implicit);

/* Whether s contains a break that leaves the statement labelled label (or,
 * with implicit, the innermost enclosing one). */
static bool has_break(node *s, const char *label, bool implicit)
{
    if (!s)
        return false;
    switch (s->kind) {
    case N_BRANCH:
        if (s->tok == T_BREAK) {
            if (!s->x)
                return implicit;
            return label && strcmp(s->x->name, label) == 0;
        }
        return false;
    case N_LABELED:
        return has_break(s->y, label, implicit);
    case N_BLOCK:
        return has_break_list(&s->list, label, implicit);
    case N_IF:
        return has_break(s->z, label, implicit) || has_break(s->w, label, implicit);
    case N_CASECLAUSE:
    case N_COMMCLAUSE:
        return has_break_list(&s->list, label, implicit);
    case N_SWITCH:
    case N_SELECT:
        if (!label)
            return false;
        for (int i = 0; i < s->list.n; i++)
            if (has_break(s->list.v[i], label, false))
                return true;
        return false;
    case N_FOR:
        return label && has_break(s->w, label, false);
    default:
        return false;
    }
}

static bool has_break_list(nlist *l, const char *label, bool implicit)
{
    for (int i = 0; i < l->n; i++)
        if (has_break(l->v[i], label, implicit))
            return true;
    return false;
}

static bool is_terminating_list(nlist *l, const char *label)
{
    /* trailing empty statements are permitted */
    int i = l->n - 1;
    while (i >= 0 && l->v[i]->kind == N_EMPTY)
        i--;
    return i >= 0 && check_is_terminating(l->v[i], label);
}

static bool is_terminating_switch(node *s, const char *label)
{
    bool has_default = false;
    for (int i = 0; i < s->list.n; i++) {
        node *cl = s->list.v[i];
        if (!cl->x)
            has_default = true;
        int k = cl->list.n - 1;
        while (k >= 0 && cl->list.v[k]->kind == N_EMPTY)
            k--;
        bool ends_fallthrough = k >= 0 && cl->list.v[k]->kind == N_BRANCH && cl->list.v[k]->tok == T_FALLTHROUGH;
        if ((!is_terminating_list(&cl->list, "") && !ends_fallthrough) ||
            has_break_list(&cl->list, label, true))
            return false;
    }
    return has_default;
}

bool check_is_terminating(node *s, const char *label)
{
    if (!s)
        return false;
    switch (s->kind) {
    case N_RETURN:
        return true;
    case N_BRANCH:
        return s->tok == T_GOTO || s->tok == T_FALLTHROUGH;
    case N_EXPRSTMT: {
        node *call = ast_unparen(s->x);
        return call->kind == N_CALL && call->aux == B_PANIC && call->mode != M_INVALID;
    }
    case N_LABELED:
        return check_is_terminating(s->y, s->x->name);
    case N_BLOCK:
        return is_terminating_list(&s->list, "");
    case N_IF:
        return s->w && check_is_terminating(s->z, "") && check_is_terminating(s->w, "");
    case N_SWITCH:
        return is_terminating_switch(s, label);
    case N_SELECT:
        for (int i = 0; i < s->list.n; i++) {
            node *cl = s->list.v[i];
            if (!is_terminating_list(&cl->list, "") || has_break_list(&cl->list, label, true))
                return false;
        }
        return true;
    case N_FOR:
        if (s->x && s->x->kind == N_RANGE)
            return false;
        if (s->y)
            return false;
        return !has_break(s->w, label, true);
    default:
        return false;
    }
}
