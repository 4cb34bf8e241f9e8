/* compile.h: the bytecode compiler's internal interface, shared by its
 * files: compile.c (the program, functions, registers, emitting),
 * compile_expr.c (expressions), compile_call.c (calls, builtins and
 * conversions), compile_stmt.c (statements) and compile_lval.c (places a
 * value is stored to). The compiler reads the checker's annotations on
 * the syntax tree; it reports only what the VM cannot run yet. */
#ifndef CONCLAB_GOLANG_COMPILE_H
#define CONCLAB_GOLANG_COMPILE_H

#include "golang/vm.h"

#include <setjmp.h>

/* A jump whose target is not known yet. */
typedef struct patch {
    struct patch *next;
    int at;              /* code index of the operand to fill */
} patch;

/* A statement that break / continue may target. */
typedef struct target {
    struct target *outer;
    const char *label;   /* its label, or NULL */
    patch *breaks;       /* jumps to the end */
    patch *continues;    /* jumps to the next iteration (loops) */
    int continue_to;     /* or: the known code index, -1 */
    bool is_loop;
    bool is_select_or_switch;
} target;

/* A goto label. */
typedef struct label {
    struct label *next;
    const char *name;
    int at;              /* code index, -1 until placed */
    patch *uses;
} label;

/* The function being compiled. */
typedef struct fstate {
    struct fstate *outer;
    vm_func *f;
    gfuncinfo *info;     /* NULL for the init function and thunks */
    int32_t *code, *lines;
    int ncode, cap;
    int nreg;            /* next free register */
    int maxreg;
    int line;            /* the line instructions are for */
    gobj **ups;          /* captured variables (outer functions' objects) */
    int nups, upcap;
    target *targets;
    label *labels;
    int res;             /* first register of the result variables */
    gobj **resobj;       /* the named results (boxed ones too), or NULL */
    int nres;            /* result count */
    bool has_defer;
} fstate;

typedef struct comp {
    arena *a;
    const struct node *named_value; /* the value being assigned to a name */
    const char *value_name;         /* that name ("ch", "m.incoming"): a
                                       channel made there is named so in
                                       traces and the shell */
    checker *c;
    vm *v;
    const char *path;    /* the first file */
    const char *const *files; /* every file, by position index */
    jmp_buf fail;
    char *err;           /* the "does not support" message */
    fstate *fs;
    const node *at;      /* the node being compiled (error positions) */
    int64_t *k;          /* 64-bit constants */
    int nk, kcap;
    vm_string *strs;     /* string constants */
    int nstrs, scap;
    void **objs;         /* other operands: types (canonical), funcs */
    int nobjs, ocap;
    int64_t globals;     /* bytes of globals so far */
    gpkg **libs;         /* the library packages with Go code, in init order */
    int nlibs;
    ptrvec *funcs;       /* the gfuncinfo of the package being compiled */
} comp;

/* --- compile.c ----------------------------------------------------------- */
_Noreturn void comp_fail(comp *C, const node *n, const char *what);
void emit(comp *C, vm_op op, ...);
/* Code index of the next word. */
int here(comp *C);
/* Emits op with its last operand a jump target to patch. */
patch *emit_jump(comp *C, vm_op op, int a, int b);
void patch_to(comp *C, patch *p, int to);
void patch_here(comp *C, patch *p);
patch *patch_join(patch *a, patch *b);
int reg_alloc(comp *C, int n);
/* Registers above mark are free again. */
void reg_free_to(comp *C, int mark);
int kint(comp *C, int64_t v);
int kstr(comp *C, const char *p, size_t n);
int kobj(comp *C, void *p);
/* The canonical type for t (interfaces' dynamic types, maps). */
gtype *canon(comp *C, gtype *t);
int ktype(comp *C, gtype *t);
void set_line(comp *C, const node *n);
vm_func *comp_func_of(comp *C, gobj *fn);
/* A new function of the program (its code is filled in by the caller). */
vm_func *comp_new_func(comp *C, const char *name);
/* --- compile_promote.c ---------------------------------------------------- */
/* Adds to tab (room for cap entries) the methods recv (T or *T, T named
 * as named) has through its embedded fields; returns the room now. */
int comp_promoted_methods(comp *C, gtype *recv, gtype *named, vm_itab *tab, int cap);
/* A builtin as a library function ("builtin.close"), for go and defer. */
vm_func *comp_builtin_func(comp *C, const char *name, int nparams);
/* The function of a literal (its index in the checker's list). */
vm_func *comp_lit_func(comp *C, node *lit);
/* Compiles the body of info into f; returns how many variables of
 * enclosing functions it captures (*ups: which, in cell order). */
int comp_function(comp *C, vm_func *f, gfuncinfo *info, gobj ***ups);
/* Index of obj among the current function's captures (adding it). */
int comp_upval(comp *C, fstate *fs, gobj *obj);
/* Interned method name. */
const char *comp_intern(comp *C, const char *name);

/* --- compile_expr.c ------------------------------------------------------- */
/* Compiles e's value into registers dst.. (vm_slots(e->type) of them). */
void cexpr(comp *C, node *e, int dst);
/* A register holding e's value: a local variable's own, or a new temp. */
int cexpr_reg(comp *C, node *e);
/* e converted to type T (interfaces: boxing) into dst. */
void cexpr_to(comp *C, node *e, gtype *T, int dst);
/* Emits the conversion of value r (type from) to interface type to. */
void conv_to_iface(comp *C, gtype *from, int src, int dst);
/* Loads a constant of type t into dst. */
void cconst(comp *C, const cval *v, gtype *t, int dst);
/* Jumps to the returned patch list when e is false (true: when_true). */
patch *cbranch(comp *C, node *e, bool when_true);
/* The address at the end of selector e's field path (embedded fields
 * for a promoted method), into a register (or base and *off_out). */
int field_addr(comp *C, node *e, int *off_out);
/* The address of an addressable expression into a register. */
int caddr(comp *C, node *e);
/* The LOAD/STORE kind of a value of type t in memory. */
int mem_kind(gtype *t, bool packed);
/* Loads the value of type t at address reg+off into dst. */
void emit_load(comp *C, gtype *t, int dst, int addr, int off, bool packed);
void emit_store(comp *C, gtype *t, int addr, int off, int src, bool packed);
/* Copies an aggregate value (address in src) into a fresh cell. */
void emit_own(comp *C, gtype *t, int reg);
/* The node's type, its default when untyped. */
gtype *etype(node *e);

/* --- compile_call.c ------------------------------------------------------- */
/* A call into dst (results), or for statements dst -1. */
void ccall(comp *C, node *e, int dst);
/* Evaluates a call's function and arguments for go/defer: closure into
 * *cl, args from *base (returns their slot count). */
int ccall_parts(comp *C, node *call, int *cl);
void cconversion(comp *C, node *e, int dst);
/* x.M as a value: a closure with the receiver bound (copied now). */
void cmethod_value(comp *C, node *e, int dst);

/* --- compile_stmt.c ------------------------------------------------------- */
void cstmt(comp *C, node *s);
void cblock(comp *C, nlist *l);
/* Declares a local variable (register or cell) and returns its register. */
int declare_local(comp *C, gobj *o);
/* Stores value in regs src (type of src_t) to variable o. */
void store_var(comp *C, gobj *o, int src, gtype *src_t);
/* Where variable o's value can be read: its register for a register
 * local, else loads it into dst (or a new temp when dst < 0). */
int load_var(comp *C, gobj *o, int dst);

/* --- compile_lval.c ------------------------------------------------------- */
typedef enum lvkind { LV_BLANK, LV_VAR, LV_MEM, LV_MAP } lvkind;
typedef struct lval {
    lvkind kind;
    gtype *t;            /* the type stored */
    gobj *var;           /* LV_VAR */
    int addr;            /* LV_MEM: address register; LV_MAP: the map */
    int off;             /* LV_MEM: byte offset */
    bool packed;         /* LV_MEM: a packed element */
    int key;             /* LV_MAP: key register (its own value) */
    gtype *mt;           /* LV_MAP: the map type */
} lval;
/* Evaluates the place e denotes (its operands) into registers. */
lval clval(comp *C, node *e);
/* Stores the value in src (type src_t, converted to lv's type) to lv. */
void lval_store(comp *C, const lval *lv, int src, gtype *src_t);
/* Loads lv's current value into dst. */
void lval_load(comp *C, const lval *lv, int dst);

#endif
