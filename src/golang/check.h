/* check.h: the Go type checker's internal interface, shared by its files
 * (check.c, check_decl.c, check_typexpr.c, check_expr.c, check_call.c,
 * check_builtin.c, check_stmt.c, check_assign.c, initorder.c). It follows
 * cmd/compile/internal/types2 of Go 1.19 (with the compiler's message
 * style), for the Go this interpreter runs: no generics, no complex
 * numbers, no cgo. */
#ifndef CONCLAB_GOLANG_CHECK_H
#define CONCLAB_GOLANG_CHECK_H

#include "golang/ast.h"
#include "golang/cval.h"
#include "golang/types.h"

/* The result of checking an expression (types2's operand). */
typedef struct operand {
    nmode mode;
    node *expr;          /* the expression (NULL for synthesized ones) */
    gtype *type;
    cval *val;           /* M_CONST */
    builtin_id id;       /* M_BUILTIN */
} operand;

/* What the checker knows of a function being checked (a declaration or a
 * literal); the compiler reads it too. */
typedef struct gfuncinfo {
    struct gfuncinfo *outer; /* enclosing function (literals), or NULL */
    gtype *sig;              /* its signature */
    gscope *scope;           /* its outermost scope (parameters) */
    node *decl;              /* N_FUNCDECL or N_FUNCLIT */
    gobj *obj;               /* O_FUNC of a declaration, or NULL */
    const char *name;        /* "main.main", "main.main.func1", ... */
    int nlits;               /* function literals numbered so far */
    bool has_defer;          /* contains a defer statement */
    bool has_recover;        /* calls recover (directly) */
    ptrvec locals;           /* every local variable object */
} gfuncinfo;

/* Per package-level object: what declares it (types2's declInfo). */
typedef struct gdeclinfo {
    gscope *file;        /* the file scope */
    gobj **lhs;          /* var a, b = f(): all lhs objects, else NULL */
    int nlhs;
    node *vtyp;          /* type expression, or NULL */
    node *init;          /* init expression, or NULL */
    bool inherited;      /* const: the init is inherited from above */
    node *tdecl;         /* N_TYPEDECL */
    node *fdecl;         /* N_FUNCDECL */
    gobj **deps;         /* package-level objects it refers to */
    int ndeps, capdeps;
} gdeclinfo;



typedef struct checker {
    arena *a;
    diag_list *d;
    gpkg *pkg;           /* the package being checked */
    gscope *scope;       /* the current scope */
    gfuncinfo *fn;       /* the function being checked, or NULL */
    gdeclinfo *decl;     /* the package-level declaration being checked
                            (dependencies are recorded on it) */
    cval *iota;          /* the value of iota, or NULL outside consts */
    gpos errpos;         /* inherited const init: report errors here */
    bool has_call_or_recv; /* the expression had a call or receive */
    int syntax_errors;   /* "syntax error" messages: checking stops */
    bool first_err;      /* an error has been reported */
    ptrvec objpath;      /* package-level objects being checked (cycles) */
    ptrvec bodies;       /* gfuncinfo of package-level functions to check */
    ptrvec pkgvars;      /* package-level variables in source order */
    ptrvec pkgfuncs;     /* package-level functions and methods */
    ptrvec methods;      /* method declarations (O_FUNC) to attach */
    ptrvec imports;      /* O_PKGNAME objects (unused import check) */
    ptrvec *pkgcache;    /* gpkg of the library packages loaded, shared
                            by the checkers of one compile */
    int glob_lits;       /* function literals at package level */
    ptrvec all_funcs;    /* every gfuncinfo (declarations and literals) */
    ptrvec init_order;   /* package-level var decls (gobj) in init order */
    bool library;        /* checking a library package's stubs */
    int order;           /* declaration counter */
} checker;

/* node->aux of a comma-ok expression used as v, ok (map index, type
 * assertion, receive) and of a composite literal whose elided type is a
 * pointer (&T{...} written {...}). N_CALL's aux is -1 for a conversion,
 * a builtin_id for a builtin call, 0 otherwise; a N_FUNCLIT's is its
 * index in all_funcs; a struct literal key's, its field index. */
enum { AUX_COMMA_OK = 1, AUX_ELIDED_ADDR = 1 };

/* Checks one package: the program's (or a library package's stubs when
 * c->library); returns the number of errors in c->d. */
int check_package(checker *c, gfile **files, int nfiles);

/* Colors of package-level objects (grey + index in objpath while being
 * checked). */
enum { COLOR_WHITE = 0, COLOR_BLACK = 1, COLOR_GREY = 2 };

/* --- errors (check.c) ----------------------------------------------------- */
void check_errorf(checker *c, gpos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* "NAME (mode of type T)" as types2 prints operands. Owned by c->a. */
char *operand_string(checker *c, const operand *x);
/* A type in messages. */
char *tstr(checker *c, gtype *t);
/* The start position of an operand's expression (or pos when none). */
gpos operand_pos(const operand *x, gpos pos);

/* --- declarations (check_decl.c) ------------------------------------------ */
void check_obj_decl(checker *c, gobj *obj);
void check_decl_stmt(checker *c, node *s);
void check_declare(checker *c, gscope *s, node *id, gobj *obj);
void check_func_body(checker *c, gfuncinfo *f, node *body);
gfuncinfo *check_new_func(checker *c, node *decl, gtype *sig, gobj *obj, const char *name);
void check_record_dep(checker *c, gobj *obj);

/* --- type expressions (check_typexpr.c) ------------------------------------- */
gtype *check_type(checker *c, node *e);
gtype *check_var_type(checker *c, node *e);
gtype *check_defined_type(checker *c, node *e, gtype *def);
gtype *check_func_type(checker *c, node *recv, node *ftype, gscope **scope_out);
int64_t check_array_length(checker *c, node *e);
void check_ident(checker *c, operand *x, node *e, gtype *def, bool want_type);

/* --- expressions (check_expr.c) --------------------------------------------- */
void check_raw_expr(checker *c, operand *x, node *e, gtype *hint);
void check_expr(checker *c, operand *x, node *e);
void check_multi_expr(checker *c, operand *x, node *e);
void check_expr_with_hint(checker *c, operand *x, node *e, gtype *hint);
void check_expr_or_type(checker *c, operand *x, node *e);
void check_single_value(checker *c, operand *x);
void check_convert_untyped(checker *c, operand *x, gtype *target);
gtype *check_implicit_type(checker *c, operand *x, gtype *target, cval **val, int *code);
/* Gives untyped x the type (and converted value, if any) that
 * check_implicit_type found, updating its expression tree. */
void check_take_implicit(checker *c, operand *x, gtype *nt, cval *val);
void check_update_expr_type(checker *c, node *e, gtype *t, bool final);
void check_record(checker *c, operand *x);
bool check_assignable(checker *c, operand *x, gtype *T, char **reason);
bool check_representable(checker *c, operand *x, gtype *t, int *code);
void check_invalid_conversion(checker *c, int code, operand *x, gtype *target);
void check_comparison(checker *c, operand *x, operand *y, gop op, bool switch_case);
void check_type_assertion(checker *c, node *e, operand *x, gtype *T, bool type_switch);
char *check_missing_method_reason(checker *c, gtype *V, gtype *T, const char *m, bool wrong,
                                  bool ptr);
void check_use(checker *c, node *e);
void check_func_lit(checker *c, operand *x, node *e);
void check_composite_lit(checker *c, operand *x, node *e, gtype *hint);
/* x op y (e the whole expression, or NULL for an assignment x op= y). */
void check_binary(checker *c, operand *x, node *e, node *lhs, node *rhs, gop op);
/* The operator's spelling ("+", "<-", ...). */
const char *check_op_name(gop op);
/* Marks the variable under an addressable expression as address-taken. */
void check_mark_addr(node *e);
/* The error codes of implicit conversions. */
enum { CODE_OK = 0, CODE_TRUNCATED, CODE_OVERFLOW, CODE_INVALID_CONST, CODE_INVALID_UNTYPED };

/* --- calls, selectors, conversions, builtins (check_call.c, check_builtin.c) - */
void check_call(checker *c, operand *x, node *e);
void check_selector(checker *c, operand *x, node *e);
void check_conversion(checker *c, operand *x, gtype *T);
void check_builtin(checker *c, operand *x, node *call, builtin_id id);
void check_index_expr(checker *c, operand *x, node *e);
void check_slice_expr(checker *c, operand *x, node *e);
bool check_index(checker *c, node *index, int64_t max, int64_t *out);
/* Checks the arguments of a call to sig (args may be one multi-valued
 * call). */
void check_arguments(checker *c, node *call, gtype *sig, operand *args, int nargs);
/* Evaluates a list of expressions, expanding one multi-valued call; with
 * allow_comma_ok a single comma-ok expression gives two operands. Returns
 * the operand count; *out is owned by c->a. */
int check_expr_list(checker *c, node **elist, int n, bool allow_comma_ok, operand **out,
                    bool *comma_ok);

/* --- statements and assignments (check_stmt.c, check_assign.c) ------------- */
void check_stmt_list(checker *c, int ctxt, nlist *l);
void check_assignment(checker *c, operand *x, gtype *T, const char *context);
void check_init_vars(checker *c, gobj **lhs, int nlhs, node **rhs, int nrhs, node *ret);
void check_assign_vars(checker *c, node **lhs, int nlhs, node **rhs, int nrhs);
void check_short_var_decl(checker *c, node *s, node **lhs, int nlhs, node **rhs, int nrhs);
void check_init_const(checker *c, gobj *lhs, operand *x);
gtype *check_init_var(checker *c, gobj *lhs, operand *x, const char *context);
gtype *check_assign_var(checker *c, node *lhs, operand *x);
bool check_is_terminating(node *s, const char *label);
void check_usage(checker *c, gscope *s);

/* --- package-level order (initorder.c) ------------------------------------- */
void check_init_order(checker *c);

/* --- the list of nodes in a LIST or a single node ---------------------- */
/* Unpacks *pe (NULL, an N_LIST or one expression) into *v; returns the
 * count (for one expression *v is pe itself). */
int unpack_expr(node **pe, node ***v);

/* --- library packages (stdlib.c) -------------------------------------------- */
/* Loads, parses and checks library package `path`; NULL (after reporting
 * an error at pos) when conclab does not have it. */
gpkg *check_import(checker *c, const char *path, gpos pos);

#endif
