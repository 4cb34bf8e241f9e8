/* parse.c: the Go parser: tokens to the syntax tree of ast.h. A recursive
 * descent parser that follows the Go 1.19 compiler's
 * (cmd/compile/internal/syntax/parser.go) production by production, so that
 * it reports the same syntax errors at the same places and recovers the
 * same way ("syntax error: unexpected newline in argument list; possibly
 * missing comma or )"). */
#include "golang/ast.h"

#include <stdio.h>
#include <string.h>

typedef struct parser {
    lexer lx;        /* the scanner, holding the current token */
    arena *a;        /* owns the tree */
    diag_list *d;    /* errors */
    int errcnt;      /* errors reported by this parser */
    int first;       /* an error has been reported */
    int xnest;       /* expression nesting; < 0 in a control clause header */
    int fnest;       /* function nesting */
    int depth;       /* recursion depth (a guard against hostile nesting) */
} parser;

/* Deeper nesting than this is an error, not a stack overflow. */
#define PARSE_MAX_DEPTH 1000

static node *p_expr(parser *p);
static node *p_type(parser *p);
static node *p_type_or_nil(parser *p);
static node *p_unary(parser *p);
static node *p_binary(parser *p, node *x, int prec);
static node *p_pexpr(parser *p, node *x, bool keep_parens);
static node *p_block(parser *p, const char *context);
static node *p_simple_stmt(parser *p, node *lhs, gtok keyword);
static nlist p_stmt_list(parser *p);
static node *p_stmt_or_nil(parser *p);
static node *p_functype(parser *p, const char *context, nlist *tparams);
static nlist p_param_list(parser *p, node *name, node *typ, gtok close, bool require_names);
static node *p_qualified_name(parser *p, node *name);
static node *p_name(parser *p);

/* --- tokens and errors -------------------------------------------------- */

static void next(parser *p)
{
    lex_next(&p->lx);
}

static gpos ppos(const parser *p)
{
    return p->lx.pos;
}

static bool got(parser *p, gtok t)
{
    if (p->lx.tok == t) {
        next(p);
        return true;
    }
    return false;
}

static void error_at(parser *p, gpos pos, const char *msg)
{
    p->first = 1;
    p->errcnt++;
    diag_error(p->d, pos, "%s", msg);
}

static void syntax_error_at(parser *p, gpos pos, const char *msg)
{
    if (p->lx.tok == T_EOF && p->first)
        return; /* no meaningless follow-up errors */
    char full[600], tokbuf[300];
    const char *sep;
    if (msg[0] == 0) {
        sep = "";
    } else if (strncmp(msg, "in ", 3) == 0 || strncmp(msg, "at ", 3) == 0 ||
               strncmp(msg, "after ", 6) == 0) {
        sep = " ";
    } else if (strncmp(msg, "expecting ", 10) == 0) {
        sep = ", ";
    } else {
        snprintf(full, sizeof full, "syntax error: %s", msg);
        error_at(p, pos, full);
        return;
    }
    const char *tok;
    switch (p->lx.tok) {
    case T_NAME:
    case T_SEMI:
        snprintf(tokbuf, sizeof tokbuf, "%.*s", (int)(p->lx.litlen > 200 ? 200 : p->lx.litlen),
                 p->lx.lit);
        tok = tokbuf;
        break;
    case T_LITERAL:
        snprintf(tokbuf, sizeof tokbuf, "literal %.*s",
                 (int)(p->lx.litlen > 200 ? 200 : p->lx.litlen), p->lx.lit);
        tok = tokbuf;
        break;
    case T_OPERATOR:
        tok = lex_opstring(p->lx.op);
        break;
    case T_ASSIGNOP:
        snprintf(tokbuf, sizeof tokbuf, "%s=", lex_opstring(p->lx.op));
        tok = tokbuf;
        break;
    case T_INCOP:
        snprintf(tokbuf, sizeof tokbuf, "%s%s", lex_opstring(p->lx.op), lex_opstring(p->lx.op));
        tok = tokbuf;
        break;
    default:
        tok = lex_tokstring(p->lx.tok);
        break;
    }
    snprintf(full, sizeof full, "syntax error: unexpected %s%s%s", tok, sep, msg);
    error_at(p, pos, full);
}

static void syntax_error(parser *p, const char *msg)
{
    syntax_error_at(p, ppos(p), msg);
}

/* The keywords that start a statement: good places to resynchronise. */
static const uint64_t stopset = 1ull << T_BREAK | 1ull << T_CONST | 1ull << T_CONTINUE |
                                1ull << T_DEFER | 1ull << T_FALLTHROUGH | 1ull << T_FOR |
                                1ull << T_GO | 1ull << T_GOTO | 1ull << T_IF | 1ull << T_RETURN |
                                1ull << T_SELECT | 1ull << T_SWITCH | 1ull << T_TYPE |
                                1ull << T_VAR;

/* Skips tokens up to one of the follow set (a 0-terminated list) or, in a
 * function, a statement keyword; with an empty list, exactly one token. */
static void advance(parser *p, const gtok *follow)
{
    uint64_t set = 1ull << T_EOF;
    if (follow[0]) {
        if (p->fnest > 0)
            set |= stopset;
        for (const gtok *t = follow; *t; t++)
            set |= 1ull << *t;
    }
    while (!(set & (1ull << p->lx.tok))) {
        next(p);
        if (!follow[0])
            break;
    }
}
#define ADVANCE(p, ...) advance((p), (const gtok[]){__VA_ARGS__, T_NONE})
#define ADVANCE1(p) advance((p), (const gtok[]){T_NONE})

static void want(parser *p, gtok t)
{
    if (!got(p, t)) {
        char msg[64];
        snprintf(msg, sizeof msg, "expecting %s", lex_tokstring(t));
        syntax_error(p, msg);
        ADVANCE1(p);
    }
}

/* got(T_ASSIGN), also taking ":=" (with an error) for better recovery. */
static bool got_assign(parser *p)
{
    switch (p->lx.tok) {
    case T_DEFINE:
        syntax_error(p, "expecting =");
        /* fallthrough */
    case T_ASSIGN:
        next(p);
        return true;
    default:
        return false;
    }
}

static bool enter(parser *p)
{
    if (++p->depth > PARSE_MAX_DEPTH) {
        if (p->depth == PARSE_MAX_DEPTH + 1)
            error_at(p, ppos(p), "conclab does not support nesting deeper than 1000 levels");
        /* skip everything: the file is hostile or broken */
        while (p->lx.tok != T_EOF)
            next(p);
        return false;
    }
    return true;
}

static void leave(parser *p)
{
    p->depth--;
}

static node *bad_expr(parser *p)
{
    return ast_new(p->a, N_BAD, ppos(p));
}

/* --- lists ----------------------------------------------------------- */

typedef bool (*list_fn)(parser *p, void *ud);

/* list = [ f { sep f } [sep] ] close . Returns the position of close. */
static gpos p_list(parser *p, const char *context, gtok sep, gtok close, list_fn f, void *ud)
{
    bool done = false;
    while (p->lx.tok != T_EOF && p->lx.tok != close && !done) {
        done = f(p, ud);
        if (!got(p, sep) && p->lx.tok != close) {
            char msg[160];
            snprintf(msg, sizeof msg, "in %s; possibly missing %s or %s", context,
                     lex_tokstring(sep), lex_tokstring(close));
            syntax_error(p, msg);
            ADVANCE(p, T_RPAREN, T_RBRACK, T_RBRACE);
            if (p->lx.tok != close)
                return ppos(p);
        }
    }
    gpos pos = ppos(p);
    want(p, close);
    return pos;
}

/* --- names and literals ---------------------------------------------- */

static node *new_name(parser *p, gpos pos, const char *s, size_t n)
{
    node *x = ast_new(p->a, N_NAME, pos);
    x->name = arena_strndup(p->a, s, n);
    return x;
}

static node *p_name(parser *p)
{
    if (p->lx.tok == T_NAME) {
        node *n = new_name(p, ppos(p), p->lx.lit, p->lx.litlen);
        next(p);
        return n;
    }
    node *n = new_name(p, ppos(p), "_", 1);
    syntax_error(p, "expecting name");
    ADVANCE1(p);
    return n;
}

static void p_name_list(parser *p, node *first, nlist *out)
{
    nlist_push(p->a, out, first);
    while (got(p, T_COMMA))
        nlist_push(p->a, out, p_name(p));
}

static node *p_oliteral(parser *p)
{
    if (p->lx.tok != T_LITERAL)
        return NULL;
    node *b = ast_new(p->a, N_BASICLIT, ppos(p));
    b->lit = arena_strndup(p->a, p->lx.lit, p->lx.litlen);
    b->litlen = (int)p->lx.litlen;
    b->litkind = (uint8_t)p->lx.kind;
    b->bad = p->lx.bad;
    next(p);
    return b;
}

static node *new_indirect(parser *p, gpos pos, node *typ)
{
    node *o = ast_new(p->a, N_OPERATION, pos);
    o->op = OP_MUL;
    o->x = typ;
    return o;
}

/* --- declarations ------------------------------------------------------ */

typedef node *(*decl_fn)(parser *p, void *group);

typedef struct group_ctx {
    nlist *out;
    decl_fn f;
    void *group;
    int iota;
} group_ctx;

static bool group_item(parser *p, void *ud)
{
    group_ctx *g = ud;
    node *x = g->f(p, g->group);
    if (x) {
        x->iota = g->iota;
        nlist_push(p->a, g->out, x);
    }
    g->iota++;
    return false;
}

/* appendGroup(f) = f | "(" { f ";" } ")" . */
static void p_append_group(parser *p, nlist *out, decl_fn f)
{
    if (p->lx.tok == T_LPAREN) {
        group_ctx g = {out, f, arena_alloc(p->a, 1), 0};
        next(p);
        p_list(p, "grouped declaration", T_SEMI, T_RPAREN, group_item, &g);
    } else {
        node *x = f(p, NULL);
        if (x)
            nlist_push(p->a, out, x);
    }
}

static node *p_import_decl(parser *p, void *group)
{
    node *d = ast_new(p->a, N_IMPORT, ppos(p));
    d->group = group;
    if (p->lx.tok == T_NAME) {
        d->x = p_name(p);
    } else if (p->lx.tok == T_DOT) {
        d->x = new_name(p, ppos(p), ".", 1);
        next(p);
    }
    d->y = p_oliteral(p);
    if (!d->y) {
        syntax_error(p, "missing import path");
        ADVANCE(p, T_SEMI, T_RPAREN);
        return d;
    }
    if (!d->y->bad && d->y->litkind != LIT_STRING) {
        syntax_error(p, "import path must be a string");
        d->y->bad = true;
    }
    return d;
}

static node *p_expr_list(parser *p);

static node *p_const_decl(parser *p, void *group)
{
    node *d = ast_new(p->a, N_CONSTDECL, ppos(p));
    d->group = group;
    p_name_list(p, p_name(p), &d->list);
    if (p->lx.tok != T_EOF && p->lx.tok != T_SEMI && p->lx.tok != T_RPAREN) {
        d->x = p_type_or_nil(p);
        if (got_assign(p))
            d->y = p_expr_list(p);
    }
    return d;
}

/* Splits x into a type parameter name and its constraint when it can be
 * read that way (syntax's extractName): returns the name or NULL. */
static node *extract_name(node *x, bool force, node **rest)
{
    *rest = x;
    if (x->kind == N_NAME) {
        *rest = NULL;
        return x;
    }
    if (x->kind == N_OPERATION && x->y && x->op == OP_MUL && x->x->kind == N_NAME && force) {
        node *name = x->x;
        x->x = x->y;
        x->y = NULL;
        return name;
    }
    if (x->kind == N_CALL && x->x->kind == N_NAME && x->list.n == 1 && !x->hasdots && force) {
        *rest = x->list.v[0];
        return x->x;
    }
    return NULL;
}

static node *p_array_type(parser *p, gpos pos, node *len);
static node *p_slice_type(parser *p, gpos pos);

static node *p_type_decl(parser *p, void *group)
{
    node *d = ast_new(p->a, N_TYPEDECL, ppos(p));
    d->group = group;
    d->x = p_name(p);
    if (p->lx.tok == T_LBRACK) {
        gpos pos = ppos(p);
        next(p);
        if (p->lx.tok == T_NAME) {
            node *x = p_name(p);
            if (p->lx.tok != T_LBRACK) {
                p->xnest++;
                x = p_binary(p, p_pexpr(p, x, false), 0);
                p->xnest--;
            }
            node *ptype;
            node *pname = extract_name(x, p->lx.tok == T_COMMA, &ptype);
            if (pname && (ptype || p->lx.tok != T_RBRACK)) {
                d->list = p_param_list(p, pname, ptype, T_RBRACK, true);
                d->alias = got_assign(p);
                d->y = p_type_or_nil(p);
            } else {
                d->y = p_array_type(p, pos, x);
            }
        } else if (p->lx.tok == T_RBRACK) {
            next(p);
            d->y = p_slice_type(p, pos);
        } else {
            d->y = p_array_type(p, pos, NULL);
        }
    } else {
        d->alias = got_assign(p);
        d->y = p_type_or_nil(p);
    }
    if (!d->y) {
        d->y = bad_expr(p);
        syntax_error(p, "in type declaration");
        ADVANCE(p, T_SEMI, T_RPAREN);
    }
    return d;
}

static node *p_var_decl(parser *p, void *group)
{
    node *d = ast_new(p->a, N_VARDECL, ppos(p));
    d->group = group;
    p_name_list(p, p_name(p), &d->list);
    if (got_assign(p)) {
        d->y = p_expr_list(p);
    } else {
        d->x = p_type(p);
        if (got_assign(p))
            d->y = p_expr_list(p);
    }
    return d;
}

static node *p_func_body(parser *p)
{
    p->fnest++;
    int errcnt = p->errcnt;
    node *body = p_block(p, "");
    p->fnest--;
    if (errcnt == p->errcnt)
        branches_check(p->a, p->d, body);
    return body;
}

static node *p_func_decl_or_nil(parser *p)
{
    node *f = ast_new(p->a, N_FUNCDECL, ppos(p));
    if (got(p, T_LPAREN)) {
        nlist rcvr = p_param_list(p, NULL, NULL, T_RPAREN, false);
        if (rcvr.n == 0) {
            error_at(p, ppos(p), "method has no receiver");
        } else {
            if (rcvr.n > 1)
                error_at(p, ppos(p), "method has multiple receivers");
            f->x = rcvr.v[0];
        }
    }
    if (p->lx.tok != T_NAME) {
        syntax_error(p, "expecting name or (");
        ADVANCE(p, T_LBRACE, T_SEMI);
        return NULL;
    }
    f->y = p_name(p);
    f->z = p_functype(p, f->x ? "method" : "", &f->list);
    if (p->lx.tok == T_LBRACE)
        f->w = p_func_body(p);
    return f;
}

gfile *parse_file(arena *a, diag_list *d, int index, const char *path, const char *src, size_t len)
{
    parser ps;
    parser *p = &ps;
    memset(p, 0, sizeof *p);
    p->a = a;
    p->d = d;
    int errors_before = d->n; /* other files' errors do not count */
    lex_init(&p->lx, src, len, index, d);
    next(p);
    if (d->n > errors_before)
        p->first = 1;

    gfile *f = arena_alloc(a, sizeof *f);
    f->index = index;
    f->path = path;
    if (!got(p, T_PACKAGE)) {
        syntax_error(p, "package statement must be first");
        return NULL;
    }
    f->pkgname = p_name(p);
    want(p, T_SEMI);
    if (p->first)
        return NULL;
    while (got(p, T_IMPORT)) {
        p_append_group(p, &f->decls, p_import_decl);
        want(p, T_SEMI);
    }
    while (p->lx.tok != T_EOF) {
        switch (p->lx.tok) {
        case T_CONST:
            next(p);
            p_append_group(p, &f->decls, p_const_decl);
            break;
        case T_TYPE:
            next(p);
            p_append_group(p, &f->decls, p_type_decl);
            break;
        case T_VAR:
            next(p);
            p_append_group(p, &f->decls, p_var_decl);
            break;
        case T_FUNC: {
            next(p);
            node *fd = p_func_decl_or_nil(p);
            if (fd)
                nlist_push(a, &f->decls, fd);
            break;
        }
        default: {
            node *last = f->decls.n ? f->decls.v[f->decls.n - 1] : NULL;
            if (p->lx.tok == T_LBRACE && last && last->kind == N_FUNCDECL && !last->w)
                syntax_error(p, "unexpected semicolon or newline before {");
            else
                syntax_error(p, "non-declaration statement outside function body");
            ADVANCE(p, T_CONST, T_TYPE, T_VAR, T_FUNC);
            continue;
        }
        }
        if (p->lx.tok != T_EOF && !got(p, T_SEMI)) {
            syntax_error(p, "after top level declaration");
            ADVANCE(p, T_CONST, T_TYPE, T_VAR, T_FUNC);
        }
    }
    return f;
}

/* --- expressions ------------------------------------------------------ */

static node *p_expr(parser *p)
{
    if (!enter(p))
        return bad_expr(p);
    node *x = p_binary(p, NULL, 0);
    leave(p);
    return x;
}

static node *p_binary(parser *p, node *x, int prec)
{
    if (!x)
        x = p_unary(p);
    while ((p->lx.tok == T_OPERATOR || p->lx.tok == T_STAR) && p->lx.prec > prec) {
        node *t = ast_new(p->a, N_OPERATION, ppos(p));
        t->op = (uint8_t)p->lx.op;
        int tprec = p->lx.prec;
        next(p);
        t->x = x;
        t->y = p_binary(p, NULL, tprec);
        x = t;
    }
    return x;
}

static node *p_unary(parser *p)
{
    if (!enter(p))
        return bad_expr(p);
    node *r;
    switch (p->lx.tok) {
    case T_OPERATOR:
    case T_STAR:
        switch (p->lx.op) {
        case OP_MUL: case OP_ADD: case OP_SUB: case OP_NOT: case OP_XOR: case OP_TILDE: {
            node *x = ast_new(p->a, N_OPERATION, ppos(p));
            x->op = (uint8_t)p->lx.op;
            next(p);
            x->x = p_unary(p);
            leave(p);
            return x;
        }
        case OP_AND: {
            node *x = ast_new(p->a, N_OPERATION, ppos(p));
            x->op = OP_AND;
            next(p);
            x->x = ast_unparen(p_unary(p));
            leave(p);
            return x;
        }
        default:
            break;
        }
        break;
    case T_ARROW: {
        gpos pos = ppos(p);
        next(p);
        node *x = p_unary(p);
        if (x->kind == N_CHANTYPE) {
            /* <-chan T: the arrow belongs to the channel type */
            int dir = CHAN_SEND;
            node *t = x;
            while (dir == CHAN_SEND) {
                if (t->kind != N_CHANTYPE)
                    break;
                dir = t->dir;
                if (dir == CHAN_RECV)
                    syntax_error(p, "unexpected <-, expecting chan");
                t->dir = CHAN_RECV;
                t = t->y;
            }
            if (dir == CHAN_SEND) {
                char msg[300];
                snprintf(msg, sizeof msg, "unexpected %s, expecting chan", ast_string(p->a, t));
                syntax_error(p, msg);
            }
            leave(p);
            return x;
        }
        node *o = ast_new(p->a, N_OPERATION, pos);
        o->op = OP_RECV;
        o->x = x;
        leave(p);
        return o;
    }
    default:
        break;
    }
    r = p_pexpr(p, NULL, true);
    leave(p);
    return r;
}

/* callStmt: go/defer followed by a call. */
static node *p_call_stmt(parser *p)
{
    node *s = ast_new(p->a, N_CALLSTMT, ppos(p));
    s->tok = (uint8_t)p->lx.tok;
    const char *what = p->lx.tok == T_GO ? "go" : "defer";
    next(p);
    node *x = p_pexpr(p, NULL, p->lx.tok == T_LPAREN);
    node *t = ast_unparen(x);
    char msg[80];
    if (t != x) {
        snprintf(msg, sizeof msg, "expression in %s must not be parenthesized", what);
        error_at(p, x->pos, msg);
        x = t;
    }
    if (x->kind != N_CALL) {
        snprintf(msg, sizeof msg, "expression in %s must be function call", what);
        error_at(p, x->pos, msg);
        node *cx = ast_new(p->a, N_CALL, x->pos);
        cx->x = x;
        x = cx;
    }
    s->x = x;
    return s;
}

static node *p_operand(parser *p, bool keep_parens)
{
    switch (p->lx.tok) {
    case T_NAME:
        return p_name(p);
    case T_LITERAL:
        return p_oliteral(p);
    case T_LPAREN: {
        gpos pos = ppos(p);
        next(p);
        p->xnest++;
        node *x = p_expr(p);
        p->xnest--;
        want(p, T_RPAREN);
        if (p->lx.tok == T_LBRACE)
            keep_parens = true;
        if (keep_parens) {
            node *px = ast_new(p->a, N_PAREN, pos);
            px->x = x;
            x = px;
        }
        x->parens = true;
        return x;
    }
    case T_FUNC: {
        gpos pos = ppos(p);
        next(p);
        node *ftyp = p_functype(p, "function type", NULL);
        if (p->lx.tok == T_LBRACE) {
            p->xnest++;
            node *f = ast_new(p->a, N_FUNCLIT, pos);
            f->x = ftyp;
            f->w = p_func_body(p);
            p->xnest--;
            return f;
        }
        return ftyp;
    }
    case T_LBRACK:
    case T_CHAN:
    case T_MAP:
    case T_STRUCT:
    case T_INTERFACE:
        return p_type(p);
    default: {
        node *x = bad_expr(p);
        syntax_error(p, "expecting expression");
        ADVANCE(p, T_RPAREN, T_RBRACK, T_RBRACE);
        return x;
    }
    }
}

/* x is a value (not possibly a type), for composite literal decisions. */
static bool is_value(const node *x)
{
    switch (x->kind) {
    case N_BASICLIT: case N_COMPOSITELIT: case N_FUNCLIT: case N_SLICE:
    case N_ASSERT: case N_TYPESWITCH: case N_CALL:
        return true;
    case N_OPERATION:
        return x->op != OP_MUL || x->y;
    case N_PAREN:
        return is_value(x->x);
    case N_INDEX:
        return is_value(x->x) || is_value(x->y);
    default:
        return false;
    }
}

static node *p_type_list(parser *p, bool *comma);
static node *p_complit(parser *p);

/* One argument of a call's argList; the list ends after "xs...". */
static bool arg_item(parser *p, void *ud)
{
    node *call = ud;
    nlist_push(p->a, &call->list, p_expr(p));
    call->hasdots = got(p, T_DOTDOTDOT);
    return call->hasdots;
}

static node *p_pexpr(parser *p, node *x, bool keep_parens)
{
    if (!enter(p))
        return bad_expr(p);
    if (!x)
        x = p_operand(p, keep_parens);
    for (;;) {
        gpos pos = ppos(p);
        switch (p->lx.tok) {
        case T_DOT:
            next(p);
            if (p->lx.tok == T_NAME) {
                node *t = ast_new(p->a, N_SELECTOR, pos);
                t->x = x;
                t->y = p_name(p);
                x = t;
            } else if (p->lx.tok == T_LPAREN) {
                next(p);
                if (got(p, T_TYPE)) {
                    node *t = ast_new(p->a, N_TYPESWITCH, pos);
                    t->x = x;
                    x = t;
                } else {
                    node *t = ast_new(p->a, N_ASSERT, pos);
                    t->x = x;
                    t->y = p_type(p);
                    x = t;
                }
                want(p, T_RPAREN);
            } else {
                syntax_error(p, "expecting name or (");
                ADVANCE(p, T_SEMI, T_RPAREN);
            }
            continue;
        case T_LBRACK: {
            next(p);
            if (p->lx.tok == T_RBRACK) {
                syntax_error(p, "expecting operand");
                next(p);
                continue;
            }
            node *i = NULL;
            if (p->lx.tok != T_COLON) {
                bool comma;
                i = p_type_list(p, &comma);
                if (comma || p->lx.tok == T_RBRACK) {
                    want(p, T_RBRACK);
                    node *t = ast_new(p->a, N_INDEX, pos);
                    t->x = x;
                    t->y = i;
                    x = t;
                    continue;
                }
            }
            if (!got(p, T_COLON)) {
                syntax_error(p, "expecting comma, : or ]");
                ADVANCE(p, T_COMMA, T_COLON, T_RBRACK);
            }
            p->xnest++;
            node *t = ast_new(p->a, N_SLICE, pos);
            t->x = x;
            t->y = i;
            if (p->lx.tok != T_COLON && p->lx.tok != T_RBRACK)
                t->z = p_expr(p);
            if (p->lx.tok == T_COLON) {
                t->full = true;
                if (!t->z) {
                    error_at(p, ppos(p), "middle index required in 3-index slice");
                    t->z = bad_expr(p);
                }
                next(p);
                if (p->lx.tok != T_RBRACK) {
                    t->w = p_expr(p);
                } else {
                    error_at(p, ppos(p), "final index required in 3-index slice");
                    t->w = bad_expr(p);
                }
            }
            p->xnest--;
            want(p, T_RBRACK);
            x = t;
            continue;
        }
        case T_LPAREN: {
            node *t = ast_new(p->a, N_CALL, pos);
            next(p);
            t->x = x;
            p->xnest++;
            p_list(p, "argument list", T_COMMA, T_RPAREN, arg_item, t);
            p->xnest--;
            x = t;
            continue;
        }
        case T_LBRACE: {
            node *t = ast_unparen(x);
            bool complit_ok = false;
            switch (t->kind) {
            case N_NAME:
            case N_SELECTOR:
                complit_ok = p->xnest >= 0;
                break;
            case N_INDEX:
                complit_ok = p->xnest >= 0 && !is_value(t);
                break;
            case N_ARRAYTYPE:
            case N_SLICETYPE:
            case N_STRUCTTYPE:
            case N_MAPTYPE:
                complit_ok = true;
                break;
            default:
                break;
            }
            if (!complit_ok)
                goto done;
            if (t != x)
                syntax_error(p, "cannot parenthesize type in composite literal");
            node *n = p_complit(p);
            n->x = x;
            x = n;
            continue;
        }
        default:
            goto done;
        }
    }
done:
    leave(p);
    return x;
}

static node *p_bare_complitexpr(parser *p)
{
    if (p->lx.tok == T_LBRACE)
        return p_complit(p);
    return p_expr(p);
}

static bool complit_item(parser *p, void *ud)
{
    node *x = ud;
    node *e = p_bare_complitexpr(p);
    if (p->lx.tok == T_COLON) {
        node *l = ast_new(p->a, N_KEYVALUE, ppos(p));
        next(p);
        l->x = e;
        l->y = p_bare_complitexpr(p);
        e = l;
        x->nkeys++;
    }
    nlist_push(p->a, &x->list, e);
    return false;
}

static node *p_complit(parser *p)
{
    if (!enter(p))
        return ast_new(p->a, N_COMPOSITELIT, ppos(p));
    node *x = ast_new(p->a, N_COMPOSITELIT, ppos(p));
    p->xnest++;
    want(p, T_LBRACE);
    x->pos2 = p_list(p, "composite literal", T_COMMA, T_RBRACE, complit_item, x);
    p->xnest--;
    leave(p);
    return x;
}

/* typeList: an index or a list of type arguments. */
static node *p_type_list(parser *p, bool *comma)
{
    *comma = false;
    p->xnest++;
    node *x = p_expr(p);
    if (got(p, T_COMMA)) {
        *comma = true;
        node *t = p_type_or_nil(p);
        if (t) {
            node *l = ast_new(p->a, N_LIST, x->pos);
            nlist_push(p->a, &l->list, x);
            nlist_push(p->a, &l->list, t);
            while (got(p, T_COMMA)) {
                t = p_type_or_nil(p);
                if (!t)
                    break;
                nlist_push(p->a, &l->list, t);
            }
            x = l;
        }
    }
    p->xnest--;
    return x;
}

static node *p_expr_list(parser *p)
{
    node *x = p_expr(p);
    if (got(p, T_COMMA)) {
        node *t = ast_new(p->a, N_LIST, x->pos);
        nlist_push(p->a, &t->list, x);
        nlist_push(p->a, &t->list, p_expr(p));
        while (got(p, T_COMMA))
            nlist_push(p->a, &t->list, p_expr(p));
        x = t;
    }
    return x;
}

/* --- types ------------------------------------------------------------ */

static node *p_type(parser *p)
{
    node *t = p_type_or_nil(p);
    if (!t) {
        t = bad_expr(p);
        syntax_error(p, "expecting type");
        ADVANCE(p, T_COMMA, T_COLON, T_SEMI, T_RPAREN, T_RBRACK, T_RBRACE);
    }
    return t;
}

static node *p_chan_elem(parser *p)
{
    node *t = p_type_or_nil(p);
    if (!t) {
        t = bad_expr(p);
        syntax_error(p, "missing channel element type");
    }
    return t;
}

static node *p_struct_type(parser *p);
static node *p_interface_type(parser *p);

static node *p_type_or_nil(parser *p)
{
    if (!enter(p))
        return bad_expr(p);
    gpos pos = ppos(p);
    node *r = NULL;
    switch (p->lx.tok) {
    case T_STAR:
        next(p);
        r = new_indirect(p, pos, p_type(p));
        break;
    case T_ARROW:
        next(p);
        want(p, T_CHAN);
        r = ast_new(p->a, N_CHANTYPE, pos);
        r->dir = CHAN_RECV;
        r->y = p_chan_elem(p);
        break;
    case T_FUNC:
        next(p);
        r = p_functype(p, "function type", NULL);
        break;
    case T_LBRACK:
        next(p);
        if (got(p, T_RBRACK))
            r = p_slice_type(p, pos);
        else
            r = p_array_type(p, pos, NULL);
        break;
    case T_CHAN:
        next(p);
        r = ast_new(p->a, N_CHANTYPE, pos);
        if (got(p, T_ARROW))
            r->dir = CHAN_SEND;
        r->y = p_chan_elem(p);
        break;
    case T_MAP:
        next(p);
        want(p, T_LBRACK);
        r = ast_new(p->a, N_MAPTYPE, pos);
        r->x = p_type(p);
        want(p, T_RBRACK);
        r->y = p_type(p);
        break;
    case T_STRUCT:
        r = p_struct_type(p);
        break;
    case T_INTERFACE:
        r = p_interface_type(p);
        break;
    case T_NAME:
        r = p_qualified_name(p, NULL);
        break;
    case T_LPAREN:
        next(p);
        r = p_type(p);
        want(p, T_RPAREN);
        r->parens = true;
        break;
    default:
        break;
    }
    leave(p);
    return r;
}

static node *p_type_instance(parser *p, node *typ)
{
    gpos pos = ppos(p);
    want(p, T_LBRACK);
    node *x = ast_new(p->a, N_INDEX, pos);
    x->x = typ;
    if (p->lx.tok == T_RBRACK) {
        syntax_error(p, "expecting type");
        x->y = bad_expr(p);
    } else {
        bool comma;
        x->y = p_type_list(p, &comma);
    }
    want(p, T_RBRACK);
    return x;
}

static nlist p_func_result(parser *p)
{
    nlist none = {0};
    if (got(p, T_LPAREN))
        return p_param_list(p, NULL, NULL, T_RPAREN, false);
    gpos pos = ppos(p);
    node *typ = p_type_or_nil(p);
    if (typ) {
        node *f = ast_new(p->a, N_FIELD, pos);
        f->y = typ;
        nlist_push(p->a, &none, f);
    }
    return none;
}

/* funcType: [TypeParams] Parameters [Result]. tparams may be NULL where
 * type parameters are not allowed (context names the place). */
static node *p_functype(parser *p, const char *context, nlist *tparams)
{
    node *typ = ast_new(p->a, N_FUNCTYPE, ppos(p));
    if (got(p, T_LBRACK)) {
        if (context[0]) {
            char msg[120];
            snprintf(msg, sizeof msg, "%s must have no type parameters", context);
            syntax_error_at(p, typ->pos, msg);
        }
        if (p->lx.tok == T_RBRACK) {
            syntax_error(p, "empty type parameter list");
            next(p);
        } else {
            nlist tp = p_param_list(p, NULL, NULL, T_RBRACK, true);
            if (tparams)
                *tparams = tp;
        }
    }
    want(p, T_LPAREN);
    typ->list = p_param_list(p, NULL, NULL, T_RPAREN, false);
    typ->list2 = p_func_result(p);
    return typ;
}

static node *p_array_type(parser *p, gpos pos, node *len)
{
    if (!len && !got(p, T_DOTDOTDOT)) {
        p->xnest++;
        len = p_expr(p);
        p->xnest--;
    }
    if (p->lx.tok == T_COMMA) {
        syntax_error(p, "unexpected comma; expecting ]");
        next(p);
    }
    want(p, T_RBRACK);
    node *t = ast_new(p->a, N_ARRAYTYPE, pos);
    t->x = len;
    t->y = p_type(p);
    return t;
}

static node *p_slice_type(parser *p, gpos pos)
{
    node *t = ast_new(p->a, N_SLICETYPE, pos);
    t->y = p_type(p);
    return t;
}

static void add_field(parser *p, node *styp, gpos pos, node *name, node *typ, node *tag)
{
    node *f = ast_new(p->a, N_FIELD, pos);
    f->x = name;
    f->y = typ;
    nlist_push(p->a, &styp->list, f);
    nlist_push(p->a, &styp->list2, tag);
}

static node *p_array_or_targs(parser *p)
{
    gpos pos = ppos(p);
    want(p, T_LBRACK);
    if (got(p, T_RBRACK))
        return p_slice_type(p, pos);
    bool comma;
    node *n = p_type_list(p, &comma);
    want(p, T_RBRACK);
    if (!comma) {
        node *elem = p_type_or_nil(p);
        if (elem) {
            node *t = ast_new(p->a, N_ARRAYTYPE, pos);
            t->x = n;
            t->y = elem;
            return t;
        }
    }
    node *t = ast_new(p->a, N_INDEX, pos);
    t->y = n;
    return t;
}

static bool field_decl(parser *p, void *ud)
{
    node *styp = ud;
    gpos pos = ppos(p);
    switch (p->lx.tok) {
    case T_NAME: {
        node *name = p_name(p);
        if (p->lx.tok == T_DOT || p->lx.tok == T_LITERAL || p->lx.tok == T_SEMI ||
            p->lx.tok == T_RBRACE) {
            node *typ = p_qualified_name(p, name);
            node *tag = p_oliteral(p);
            add_field(p, styp, pos, NULL, typ, tag);
            break;
        }
        nlist names = {0};
        p_name_list(p, name, &names);
        node *typ;
        if (names.n == 1 && p->lx.tok == T_LBRACK) {
            typ = p_array_or_targs(p);
            if (typ->kind == N_INDEX) {
                typ->x = name;
                node *tag = p_oliteral(p);
                add_field(p, styp, pos, NULL, typ, tag);
                break;
            }
        } else {
            typ = p_type(p);
        }
        node *tag = p_oliteral(p);
        for (int i = 0; i < names.n; i++)
            add_field(p, styp, names.v[i]->pos, names.v[i], typ, tag);
        break;
    }
    case T_STAR: {
        next(p);
        node *typ;
        if (p->lx.tok == T_LPAREN) {
            syntax_error(p, "cannot parenthesize embedded type");
            next(p);
            typ = p_qualified_name(p, NULL);
            got(p, T_RPAREN);
        } else {
            typ = p_qualified_name(p, NULL);
        }
        node *tag = p_oliteral(p);
        add_field(p, styp, pos, NULL, new_indirect(p, pos, typ), tag);
        break;
    }
    case T_LPAREN: {
        syntax_error(p, "cannot parenthesize embedded type");
        next(p);
        node *typ;
        if (p->lx.tok == T_STAR) {
            gpos spos = ppos(p);
            next(p);
            typ = new_indirect(p, spos, p_qualified_name(p, NULL));
        } else {
            typ = p_qualified_name(p, NULL);
        }
        got(p, T_RPAREN);
        node *tag = p_oliteral(p);
        add_field(p, styp, pos, NULL, typ, tag);
        break;
    }
    default:
        syntax_error(p, "expecting field name or embedded type");
        ADVANCE(p, T_SEMI, T_RBRACE);
        break;
    }
    return false;
}

static node *p_struct_type(parser *p)
{
    node *typ = ast_new(p->a, N_STRUCTTYPE, ppos(p));
    want(p, T_STRUCT);
    want(p, T_LBRACE);
    p_list(p, "struct type", T_SEMI, T_RBRACE, field_decl, typ);
    return typ;
}

static node *p_embedded_term(parser *p)
{
    if (p->lx.tok == T_OPERATOR && p->lx.op == OP_TILDE) {
        node *t = ast_new(p->a, N_OPERATION, ppos(p));
        t->op = OP_TILDE;
        next(p);
        t->x = p_type(p);
        return t;
    }
    node *t = p_type_or_nil(p);
    if (!t) {
        t = bad_expr(p);
        syntax_error(p, "expecting ~ term or type");
        ADVANCE(p, T_OPERATOR, T_SEMI, T_RPAREN, T_RBRACK, T_RBRACE);
    }
    return t;
}

static node *p_embedded_elem(parser *p, node *f)
{
    if (!f) {
        f = ast_new(p->a, N_FIELD, ppos(p));
        f->y = p_embedded_term(p);
    }
    while (p->lx.tok == T_OPERATOR && p->lx.op == OP_OR) {
        node *t = ast_new(p->a, N_OPERATION, ppos(p));
        t->op = OP_OR;
        next(p);
        t->x = f->y;
        t->y = p_embedded_term(p);
        f->y = t;
    }
    return f;
}

static node *p_method_decl(parser *p)
{
    node *f = ast_new(p->a, N_FIELD, ppos(p));
    node *name = p_name(p);
    if (p->lx.tok == T_LPAREN) {
        f->x = name;
        f->y = p_functype(p, "interface method", NULL);
    } else if (p->lx.tok == T_LBRACK) {
        /* a generic interface element or method: parsed as an
         * instantiated embedded type; the checker rejects it */
        f->y = p_type_instance(p, name);
    } else {
        f->y = p_qualified_name(p, name);
    }
    return f;
}

static bool iface_item(parser *p, void *ud)
{
    node *typ = ud;
    node *f = NULL;
    if (p->lx.tok == T_NAME)
        f = p_method_decl(p);
    if (!f || !f->x)
        f = p_embedded_elem(p, f);
    nlist_push(p->a, &typ->list, f);
    return false;
}

static node *p_interface_type(parser *p)
{
    node *typ = ast_new(p->a, N_INTERFACETYPE, ppos(p));
    want(p, T_INTERFACE);
    want(p, T_LBRACE);
    p_list(p, "interface type", T_SEMI, T_RBRACE, iface_item, typ);
    return typ;
}

/* paramDeclOrNil: [name] type, or name, or ...type. */
static node *p_param_decl_or_nil(parser *p, node *name, gtok follow)
{
    bool type_sets_ok = follow == T_RBRACK;
    gpos pos = ppos(p);
    if (name)
        pos = name->pos;
    else if (type_sets_ok && p->lx.tok == T_OPERATOR && p->lx.op == OP_TILDE)
        return p_embedded_elem(p, NULL);
    node *f = ast_new(p->a, N_FIELD, pos);
    if (p->lx.tok == T_NAME || name) {
        if (!name)
            name = p_name(p);
        if (p->lx.tok == T_LBRACK) {
            f->y = p_array_or_targs(p);
            if (f->y->kind == N_INDEX)
                f->y->x = name;
            else
                f->x = name;
            if (type_sets_ok && p->lx.tok == T_OPERATOR && p->lx.op == OP_OR)
                f = p_embedded_elem(p, f);
            return f;
        }
        if (p->lx.tok == T_DOT) {
            f->y = p_qualified_name(p, name);
            if (type_sets_ok && p->lx.tok == T_OPERATOR && p->lx.op == OP_OR)
                f = p_embedded_elem(p, f);
            return f;
        }
        if (type_sets_ok && p->lx.tok == T_OPERATOR && p->lx.op == OP_OR) {
            f->y = name;
            return p_embedded_elem(p, f);
        }
        f->x = name;
    }
    if (p->lx.tok == T_DOTDOTDOT) {
        node *t = ast_new(p->a, N_DOTSTYPE, ppos(p));
        next(p);
        t->y = p_type_or_nil(p);
        if (!t->y) {
            t->y = bad_expr(p);
            syntax_error(p, "... is missing type");
        }
        f->y = t;
        return f;
    }
    if (type_sets_ok && p->lx.tok == T_OPERATOR && p->lx.op == OP_TILDE) {
        f->y = p_embedded_elem(p, NULL)->y;
        return f;
    }
    f->y = p_type_or_nil(p);
    if (type_sets_ok && p->lx.tok == T_OPERATOR && p->lx.op == OP_OR && f->y)
        f = p_embedded_elem(p, f);
    if (f->x || f->y)
        return f;
    char msg[64];
    snprintf(msg, sizeof msg, "expecting %s", lex_tokstring(follow));
    syntax_error(p, msg);
    advance(p, (const gtok[]){T_COMMA, follow, T_NONE});
    return NULL;
}

typedef struct param_ctx {
    node *name, *typ;
    gtok close;
    nlist *list;
    int named, typed;
} param_ctx;

static bool param_item(parser *p, void *ud)
{
    param_ctx *c = ud;
    node *par;
    if (c->typ) {
        par = ast_new(p->a, N_FIELD, c->name->pos);
        par->x = c->name;
        par->y = c->typ;
    } else {
        par = p_param_decl_or_nil(p, c->name, c->close);
    }
    c->name = NULL;
    c->typ = NULL;
    if (par) {
        if (par->x && par->y)
            c->named++;
        if (par->y)
            c->typed++;
        nlist_push(p->a, c->list, par);
    }
    return false;
}

static nlist p_param_list(parser *p, node *name, node *typ, gtok close, bool require_names)
{
    nlist list = {0};
    if (name && typ && p->lx.tok == close) {
        next(p);
        node *par = ast_new(p->a, N_FIELD, name->pos);
        par->x = name;
        par->y = typ;
        nlist_push(p->a, &list, par);
        return list;
    }
    param_ctx c = {name, typ, close, &list, 0, 0};
    gpos end = p_list(p, "parameter list", T_COMMA, close, param_item, &c);
    if (list.n == 0)
        return list;
    if (c.named == 0 && !require_names) {
        /* all types: the lone names were types */
        for (int i = 0; i < list.n; i++) {
            node *par = list.v[i];
            if (par->x) {
                par->y = par->x;
                par->x = NULL;
            }
        }
    } else if (c.named != list.n) {
        gpos pos = {0, 0, 0};
        node *t = NULL;
        for (int i = list.n - 1; i >= 0; i--) {
            node *par = list.v[i];
            if (par->y) {
                t = par->y;
                if (!par->x) {
                    pos = ast_start(t);
                    par->x = new_name(p, pos, "_", 1);
                }
            } else if (t) {
                par->y = t;
            } else {
                pos = par->x->pos;
                node *b = ast_new(p->a, N_BAD, pos);
                par->y = b;
            }
        }
        if (pos.line) {
            const char *msg;
            if (require_names) {
                if (c.named == c.typed) {
                    pos = end;
                    msg = "missing type constraint";
                } else {
                    msg = "type parameters must be named";
                }
            } else {
                msg = "mixed named and unnamed parameters";
            }
            syntax_error_at(p, pos, msg);
        }
    }
    return list;
}

static node *p_qualified_name(parser *p, node *name)
{
    node *x;
    if (name) {
        x = name;
    } else if (p->lx.tok == T_NAME) {
        x = p_name(p);
    } else {
        x = new_name(p, ppos(p), "_", 1);
        syntax_error(p, "expecting name");
        ADVANCE(p, T_DOT, T_SEMI, T_RBRACE);
    }
    if (p->lx.tok == T_DOT) {
        node *s = ast_new(p->a, N_SELECTOR, ppos(p));
        next(p);
        s->x = x;
        s->y = p_name(p);
        x = s;
    }
    if (p->lx.tok == T_LBRACK)
        x = p_type_instance(p, x);
    return x;
}

/* --- statements -------------------------------------------------------- */

static node *new_assign(parser *p, gpos pos, gop op, node *lhs, node *rhs)
{
    node *a = ast_new(p->a, N_ASSIGN, pos);
    a->op = (uint8_t)op;
    a->x = lhs;
    a->y = rhs;
    return a;
}

static node *new_range(parser *p, node *lhs, bool def)
{
    node *r = ast_new(p->a, N_RANGE, ppos(p));
    next(p); /* range */
    r->x = lhs;
    r->def = def;
    r->y = p_expr(p);
    return r;
}

static node *p_simple_stmt(parser *p, node *lhs, gtok keyword)
{
    if (keyword == T_FOR && p->lx.tok == T_RANGE)
        return new_range(p, NULL, false);
    if (!lhs)
        lhs = p_expr_list(p);
    if (lhs->kind != N_LIST && p->lx.tok != T_ASSIGN && p->lx.tok != T_DEFINE) {
        gpos pos = ppos(p);
        switch (p->lx.tok) {
        case T_ASSIGNOP: {
            gop op = p->lx.op;
            next(p);
            return new_assign(p, pos, op, lhs, p_expr(p));
        }
        case T_INCOP: {
            gop op = p->lx.op;
            next(p);
            node *a = new_assign(p, pos, op, lhs, NULL);
            a->incdec = true;
            return a;
        }
        case T_ARROW: {
            node *s = ast_new(p->a, N_SEND, pos);
            next(p);
            s->x = lhs;
            s->y = p_expr(p);
            return s;
        }
        default: {
            node *s = ast_new(p->a, N_EXPRSTMT, lhs->pos);
            s->x = lhs;
            return s;
        }
        }
    }
    switch (p->lx.tok) {
    case T_ASSIGN:
    case T_DEFINE: {
        gpos pos = ppos(p);
        gop op = p->lx.tok == T_DEFINE ? OP_DEF : OP_NONE;
        next(p);
        if (keyword == T_FOR && p->lx.tok == T_RANGE)
            return new_range(p, lhs, op == OP_DEF);
        node *rhs = p_expr_list(p);
        if (rhs->kind == N_TYPESWITCH && keyword == T_SWITCH && op == OP_DEF &&
            lhs->kind == N_NAME) {
            rhs->y = lhs;
            node *s = ast_new(p->a, N_EXPRSTMT, rhs->pos);
            s->x = rhs;
            return s;
        }
        return new_assign(p, pos, op, lhs, rhs);
    }
    default: {
        syntax_error(p, "expecting := or = or comma");
        ADVANCE(p, T_SEMI, T_RBRACE);
        if (lhs->kind == N_LIST)
            lhs = lhs->list.v[0];
        node *s = ast_new(p->a, N_EXPRSTMT, lhs->pos);
        s->x = lhs;
        return s;
    }
    }
}

static node *p_labeled_stmt_or_nil(parser *p, node *label)
{
    node *s = ast_new(p->a, N_LABELED, ppos(p));
    s->x = label;
    want(p, T_COLON);
    if (p->lx.tok == T_RBRACE) {
        s->y = ast_new(p->a, N_EMPTY, ppos(p));
        return s;
    }
    s->y = p_stmt_or_nil(p);
    if (s->y)
        return s;
    syntax_error_at(p, s->pos, "missing statement after label");
    return NULL;
}

static node *p_block(parser *p, const char *context)
{
    node *s = ast_new(p->a, N_BLOCK, ppos(p));
    if (!got(p, T_LBRACE)) {
        char msg[80];
        snprintf(msg, sizeof msg, "expecting { after %s", context);
        syntax_error(p, msg);
        ADVANCE(p, T_NAME, T_RBRACE);
        s->pos2 = ppos(p);
        if (got(p, T_RBRACE))
            return s;
    }
    s->list = p_stmt_list(p);
    s->pos2 = ppos(p);
    want(p, T_RBRACE);
    return s;
}

static node *p_decl_stmt(parser *p, decl_fn f)
{
    node *s = ast_new(p->a, N_DECLSTMT, ppos(p));
    next(p);
    p_append_group(p, &s->list, f);
    return s;
}

/* header: the init; cond; post of if, for and switch. */
static void p_header(parser *p, gtok keyword, node **init, node **cond, node **post)
{
    *init = *cond = NULL;
    if (post)
        *post = NULL;
    want(p, keyword);
    if (p->lx.tok == T_LBRACE) {
        if (keyword == T_IF) {
            syntax_error(p, "missing condition in if statement");
            *cond = bad_expr(p);
        }
        return;
    }
    int outer = p->xnest;
    p->xnest = -1;
    if (p->lx.tok != T_SEMI) {
        if (got(p, T_VAR)) {
            char msg[80];
            snprintf(msg, sizeof msg, "var declaration not allowed in %s initializer",
                     lex_tokstring(keyword));
            syntax_error(p, msg);
        }
        *init = p_simple_stmt(p, NULL, keyword);
        if ((*init)->kind == N_RANGE) {
            p->xnest = outer;
            return;
        }
    }
    node *cond_stmt = NULL;
    gpos semi_pos = {0, 0, 0};
    char semi_lit[16] = "";
    if (p->lx.tok != T_LBRACE) {
        if (p->lx.tok == T_SEMI) {
            semi_pos = ppos(p);
            snprintf(semi_lit, sizeof semi_lit, "%.*s", (int)p->lx.litlen, p->lx.lit);
            next(p);
        } else {
            want(p, T_LBRACE);
            if (p->lx.tok != T_LBRACE)
                ADVANCE(p, T_LBRACE, T_RBRACE);
        }
        if (keyword == T_FOR) {
            if (p->lx.tok != T_SEMI) {
                if (p->lx.tok == T_LBRACE) {
                    syntax_error(p, "expecting for loop condition");
                    goto done;
                }
                cond_stmt = p_simple_stmt(p, NULL, T_NONE);
            }
            want(p, T_SEMI);
            if (p->lx.tok != T_LBRACE) {
                *post = p_simple_stmt(p, NULL, T_NONE);
                if ((*post)->kind == N_ASSIGN && (*post)->op == OP_DEF)
                    syntax_error_at(p, (*post)->pos, "cannot declare in post statement of for loop");
            }
        } else if (p->lx.tok != T_LBRACE) {
            cond_stmt = p_simple_stmt(p, NULL, keyword);
        }
    } else {
        cond_stmt = *init;
        *init = NULL;
    }
done:
    if (!cond_stmt) {
        if (keyword == T_IF && semi_pos.line) {
            char msg[120];
            if (strcmp(semi_lit, "semicolon") != 0) {
                snprintf(msg, sizeof msg, "unexpected %s, expecting { after if clause", semi_lit);
                syntax_error_at(p, semi_pos, msg);
            } else {
                syntax_error_at(p, semi_pos, "missing condition in if statement");
            }
            *cond = ast_new(p->a, N_BAD, semi_pos);
        }
    } else if (cond_stmt->kind == N_EXPRSTMT) {
        *cond = cond_stmt->x;
    } else {
        char msg[600];
        if (cond_stmt->kind == N_ASSIGN && cond_stmt->op == OP_NONE)
            snprintf(msg, sizeof msg, "cannot use assignment (%s) = (%s) as value",
                     ast_string(p->a, cond_stmt->x), ast_string(p->a, cond_stmt->y));
        else
            snprintf(msg, sizeof msg, "cannot use %s as value", ast_string(p->a, cond_stmt));
        syntax_error_at(p, cond_stmt->pos, msg);
    }
    p->xnest = outer;
}

static node *p_if_stmt(parser *p)
{
    if (!enter(p))
        return ast_new(p->a, N_EMPTY, ppos(p));
    node *s = ast_new(p->a, N_IF, ppos(p));
    p_header(p, T_IF, &s->x, &s->y, NULL);
    s->z = p_block(p, "if clause");
    if (got(p, T_ELSE)) {
        switch (p->lx.tok) {
        case T_IF:
            s->w = p_if_stmt(p);
            break;
        case T_LBRACE:
            s->w = p_block(p, "");
            break;
        default:
            syntax_error(p, "else must be followed by if or statement block");
            ADVANCE(p, T_NAME, T_RBRACE);
            break;
        }
    }
    leave(p);
    return s;
}

static node *p_case_clause(parser *p)
{
    node *c = ast_new(p->a, N_CASECLAUSE, ppos(p));
    switch (p->lx.tok) {
    case T_CASE:
        next(p);
        c->x = p_expr_list(p);
        break;
    case T_DEFAULT:
        next(p);
        break;
    default:
        syntax_error(p, "expecting case or default or }");
        ADVANCE(p, T_COLON, T_CASE, T_DEFAULT, T_RBRACE);
        break;
    }
    c->pos2 = ppos(p);
    want(p, T_COLON);
    c->list = p_stmt_list(p);
    return c;
}

static node *p_comm_clause(parser *p)
{
    node *c = ast_new(p->a, N_COMMCLAUSE, ppos(p));
    switch (p->lx.tok) {
    case T_CASE:
        next(p);
        c->x = p_simple_stmt(p, NULL, T_NONE);
        break;
    case T_DEFAULT:
        next(p);
        break;
    default:
        syntax_error(p, "expecting case or default or }");
        ADVANCE(p, T_COLON, T_CASE, T_DEFAULT, T_RBRACE);
        break;
    }
    c->pos2 = ppos(p);
    want(p, T_COLON);
    c->list = p_stmt_list(p);
    return c;
}

static node *p_switch_stmt(parser *p)
{
    node *s = ast_new(p->a, N_SWITCH, ppos(p));
    p_header(p, T_SWITCH, &s->x, &s->y, NULL);
    if (!got(p, T_LBRACE)) {
        syntax_error(p, "missing { after switch clause");
        ADVANCE(p, T_CASE, T_DEFAULT, T_RBRACE);
    }
    while (p->lx.tok != T_EOF && p->lx.tok != T_RBRACE)
        nlist_push(p->a, &s->list, p_case_clause(p));
    s->pos2 = ppos(p);
    want(p, T_RBRACE);
    return s;
}

static node *p_select_stmt(parser *p)
{
    node *s = ast_new(p->a, N_SELECT, ppos(p));
    want(p, T_SELECT);
    if (!got(p, T_LBRACE)) {
        syntax_error(p, "missing { after select clause");
        ADVANCE(p, T_CASE, T_DEFAULT, T_RBRACE);
    }
    while (p->lx.tok != T_EOF && p->lx.tok != T_RBRACE)
        nlist_push(p->a, &s->list, p_comm_clause(p));
    s->pos2 = ppos(p);
    want(p, T_RBRACE);
    return s;
}

static node *p_for_stmt(parser *p)
{
    node *s = ast_new(p->a, N_FOR, ppos(p));
    p_header(p, T_FOR, &s->x, &s->y, &s->z);
    s->w = p_block(p, "for clause");
    return s;
}

static node *p_stmt_or_nil(parser *p)
{
    if (!enter(p))
        return NULL;
    node *r = NULL;
    if (p->lx.tok == T_NAME) {
        node *lhs = p_expr_list(p);
        if (lhs->kind == N_NAME && p->lx.tok == T_COLON)
            r = p_labeled_stmt_or_nil(p, lhs);
        else
            r = p_simple_stmt(p, lhs, T_NONE);
        leave(p);
        return r;
    }
    switch (p->lx.tok) {
    case T_VAR:
        r = p_decl_stmt(p, p_var_decl);
        break;
    case T_CONST:
        r = p_decl_stmt(p, p_const_decl);
        break;
    case T_TYPE:
        r = p_decl_stmt(p, p_type_decl);
        break;
    case T_LBRACE:
        r = p_block(p, "");
        break;
    case T_OPERATOR:
    case T_STAR:
        switch (p->lx.op) {
        case OP_ADD: case OP_SUB: case OP_MUL: case OP_AND: case OP_XOR: case OP_NOT:
            r = p_simple_stmt(p, NULL, T_NONE);
            break;
        default:
            break;
        }
        break;
    case T_LITERAL: case T_FUNC: case T_LPAREN: case T_LBRACK: case T_STRUCT:
    case T_MAP: case T_CHAN: case T_INTERFACE: case T_ARROW:
        r = p_simple_stmt(p, NULL, T_NONE);
        break;
    case T_FOR:
        r = p_for_stmt(p);
        break;
    case T_SWITCH:
        r = p_switch_stmt(p);
        break;
    case T_SELECT:
        r = p_select_stmt(p);
        break;
    case T_IF:
        r = p_if_stmt(p);
        break;
    case T_FALLTHROUGH:
        r = ast_new(p->a, N_BRANCH, ppos(p));
        next(p);
        r->tok = T_FALLTHROUGH;
        break;
    case T_BREAK:
    case T_CONTINUE:
        r = ast_new(p->a, N_BRANCH, ppos(p));
        r->tok = (uint8_t)p->lx.tok;
        next(p);
        if (p->lx.tok == T_NAME)
            r->x = p_name(p);
        break;
    case T_GO:
    case T_DEFER:
        r = p_call_stmt(p);
        break;
    case T_GOTO:
        r = ast_new(p->a, N_BRANCH, ppos(p));
        r->tok = T_GOTO;
        next(p);
        r->x = p_name(p);
        break;
    case T_RETURN:
        r = ast_new(p->a, N_RETURN, ppos(p));
        next(p);
        if (p->lx.tok != T_SEMI && p->lx.tok != T_RBRACE)
            r->x = p_expr_list(p);
        break;
    case T_SEMI:
        r = ast_new(p->a, N_EMPTY, ppos(p));
        break;
    default:
        break;
    }
    leave(p);
    return r;
}

static nlist p_stmt_list(parser *p)
{
    nlist l = {0};
    while (p->lx.tok != T_EOF && p->lx.tok != T_RBRACE && p->lx.tok != T_CASE &&
           p->lx.tok != T_DEFAULT) {
        node *s = p_stmt_or_nil(p);
        if (!s)
            break;
        nlist_push(p->a, &l, s);
        if (!got(p, T_SEMI) && p->lx.tok != T_RBRACE) {
            syntax_error(p, "at end of statement");
            ADVANCE(p, T_SEMI, T_RBRACE, T_CASE, T_DEFAULT);
            got(p, T_SEMI);
        }
    }
    return l;
}
