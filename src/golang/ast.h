/* ast.h: the Go syntax tree, shaped like cmd/compile/internal/syntax's
 * nodes (types are expressions; positions follow that package, so errors
 * land on the columns the Go compiler names). One node struct serves
 * every kind; the table below says what each kind keeps in the shared
 * fields. The type checker annotates nodes in place (type, mode, val, obj,
 * sel) and the compiler reads those annotations. */
#ifndef CONCLAB_GOLANG_AST_H
#define CONCLAB_GOLANG_AST_H

#include <stdbool.h>
#include <stdint.h>

#include "golang/arena.h"
#include "golang/diag.h"
#include "golang/lex.h"

typedef enum nkind {
    /* expressions                  fields used */
    N_BAD = 1,      /* -- */
    N_NAME,         /* name */
    N_BASICLIT,     /* lit, litlen, litkind, bad */
    N_COMPOSITELIT, /* x type (or NULL), list elems, nkeys, pos2 '}' */
    N_KEYVALUE,     /* x key, y value */
    N_FUNCLIT,      /* x FUNCTYPE, w body BLOCK */
    N_PAREN,        /* x */
    N_SELECTOR,     /* x, y sel NAME */
    N_INDEX,        /* x, y index */
    N_SLICE,        /* x, y low, z high, w max (each may be NULL), full */
    N_ASSERT,       /* x, y type */
    N_TYPESWITCH,   /* x, y lhs NAME (or NULL): x.(type) */
    N_OPERATION,    /* op, x, y (NULL: unary) */
    N_CALL,         /* x fun, list args, hasdots */
    N_LIST,         /* list */
    /* types */
    N_ARRAYTYPE,    /* x len (NULL: [...]), y elem */
    N_SLICETYPE,    /* y elem */
    N_DOTSTYPE,     /* y elem: ...T of a final parameter */
    N_STRUCTTYPE,   /* list FIELDs, list2 tags (BASICLIT or NULL each) */
    N_FIELD,        /* x name NAME (or NULL), y type */
    N_INTERFACETYPE,/* list FIELDs (method: name + FUNCTYPE; else embedded) */
    N_FUNCTYPE,     /* list params, list2 results (FIELDs) */
    N_MAPTYPE,      /* x key, y value */
    N_CHANTYPE,     /* dir, y elem */
    /* statements */
    N_EMPTY,        /* -- */
    N_LABELED,      /* x label NAME, y stmt */
    N_BLOCK,        /* list stmts, pos2 '}' */
    N_EXPRSTMT,     /* x */
    N_SEND,         /* x chan, y value */
    N_DECLSTMT,     /* list decls */
    N_ASSIGN,       /* op (OP_NONE '=', OP_DEF ':=', else op=), x lhs,
                       y rhs (NULL for x++ / x--, then incdec) */
    N_BRANCH,       /* tok (T_BREAK ...), x label NAME (or NULL) */
    N_CALLSTMT,     /* tok (T_GO, T_DEFER), x CALL */
    N_RETURN,       /* x results (expr, LIST or NULL) */
    N_IF,           /* x init, y cond, z then BLOCK, w else (IF/BLOCK) */
    N_FOR,          /* x init (or RANGE), y cond, z post, w body */
    N_SWITCH,       /* x init, y tag (may be TYPESWITCH), list clauses,
                       pos2 '}' */
    N_SELECT,       /* list COMMCLAUSEs, pos2 '}' */
    N_CASECLAUSE,   /* x cases (expr, LIST, NULL: default), list body,
                       pos2 ':' */
    N_COMMCLAUSE,   /* x comm stmt (NULL: default), list body, pos2 ':' */
    N_RANGE,        /* x lhs (NULL, expr or LIST), y range expr, def */
    /* declarations */
    N_IMPORT,       /* x local name NAME (or NULL), y path BASICLIT */
    N_CONSTDECL,    /* list names, x type, y values, group, iota */
    N_TYPEDECL,     /* x name NAME, y type, alias, list type params */
    N_VARDECL,      /* list names, x type, y values */
    N_FUNCDECL,     /* x recv FIELD (or NULL), y name NAME, z FUNCTYPE,
                       w body BLOCK (or NULL), list type params */
    N__COUNT
} nkind;

/* Channel directions of N_CHANTYPE (and of types). */
enum { CHAN_BOTH = 0, CHAN_SEND = 1, CHAN_RECV = 2 };

/* Operand modes the checker gives an expression. */
typedef enum nmode {
    M_INVALID = 0, /* an error was reported */
    M_NOVALUE,     /* a call without results */
    M_BUILTIN,     /* a built-in function name */
    M_TYPEXPR,     /* a type */
    M_CONST,       /* a constant (val holds it) */
    M_VAR,         /* an addressable variable */
    M_MAPINDEX,    /* m[k]: assignable, not addressable */
    M_VALUE,       /* a computed value */
    M_COMMAOK,     /* a value that may also give ok (recv, assert, map) */
    M_PKG          /* an imported package name (only as x of x.Sel) */
} nmode;

typedef struct node node;

/* A list of nodes. */
typedef struct nlist {
    node **v;
    int n;
    int cap;
} nlist;

struct gtype;
struct gobj;
struct cval;
struct gsel;

struct node {
    uint8_t kind;        /* nkind */
    uint8_t op;          /* gop of N_OPERATION and N_ASSIGN */
    uint8_t tok;         /* gtok of N_BRANCH and N_CALLSTMT */
    uint8_t litkind;     /* glit of N_BASICLIT */
    uint8_t dir;         /* CHAN_* of N_CHANTYPE */
    uint8_t mode;        /* nmode, set by the checker */
    bool bad;            /* N_BASICLIT: malformed */
    bool hasdots;        /* N_CALL: f(xs...) */
    bool full;           /* N_SLICE: 3-index */
    bool def;            /* N_RANGE: := */
    bool alias;          /* N_TYPEDECL: type A = B */
    bool incdec;         /* N_ASSIGN: x++ or x-- */
    bool used;           /* checker: a declared name was used; a label
                            was targeted */
    bool parens;         /* printing: the node stood in parentheses */
    gpos pos;            /* the syntax package's position of the node */
    gpos pos2;           /* closing brace / colon (see the kinds) */
    node *x, *y, *z, *w; /* children (see the kinds) */
    nlist list, list2;   /* children lists (see the kinds) */
    const char *name;    /* N_NAME: the identifier (NUL-terminated) */
    const char *lit;     /* N_BASICLIT: the literal's source text */
    int litlen;          /* its length */
    int nkeys;           /* N_COMPOSITELIT: elements with keys */
    int iota;            /* N_CONSTDECL: the spec's index in its group */
    void *group;         /* N_CONSTDECL/N_VARDECL/...: the group, or NULL */
    /* annotations of the type checker */
    struct gtype *type;  /* type of the expression */
    struct cval *val;    /* value of a constant expression */
    struct gobj *obj;    /* N_NAME: the object it names; declarations:
                            the object declared */
    struct gsel *sel;    /* N_SELECTOR: what the selector selects;
                            N_CALL: conversion / builtin info */
    int aux;             /* per-kind extra: builtin id of a call, ... */
};

/* One parsed file. */
typedef struct gfile {
    int index;           /* file index (positions) */
    const char *path;    /* the name as given */
    node *pkgname;       /* N_NAME */
    nlist decls;         /* N_IMPORT, N_CONSTDECL, N_TYPEDECL, N_VARDECL,
                            N_FUNCDECL in order */
    struct gscope *scope;/* the checker's file scope (its imports) */
} gfile;

/* Parses one file of source (len bytes) into a gfile owned by a; errors
 * are reported to d (syntax errors and the misplaced-branch errors the Go
 * parser reports). Returns NULL when the package clause is missing or
 * broken. Never blocks. */
gfile *parse_file(arena *a, diag_list *d, int index, const char *path, const char *src, size_t len);

/* Checks labels and branch statements of a function body as the Go
 * parser's branches.go does (undefined labels, break outside loops, goto
 * into blocks or over declarations); reports to d. */
void branches_check(arena *a, diag_list *d, node *body);

/* New nodes, owned by a. */
node *ast_new(arena *a, nkind k, gpos pos);
void nlist_push(arena *a, nlist *l, node *n);

/* The left-most position of n (syntax.StartPos), where the type checker
 * reports errors about n. */
gpos ast_start(const node *n);

/* n with its parentheses taken off. */
node *ast_unparen(node *n);

/* Prints n as Go source in the syntax package's short form (function
 * bodies and composite literal contents as "{…}"), as Go's messages quote
 * expressions. The result is owned by a. */
char *ast_string(arena *a, const node *n);

#endif
