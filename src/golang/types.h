/* types.h: Go's types and the objects names stand for, shared by the type
 * checker (which builds them) and the VM (which reads their layout, method
 * tables and names at run time: an interface value holds a gtype pointer as
 * its dynamic type). Shaped after go/types: basic types, composite types,
 * named types with methods, signatures and tuples; objects for constants,
 * types, variables, functions, packages, builtins and nil.
 *
 * Layout: every value of type T occupies gtype_size(T) bytes, a multiple
 * of 8 except inside arrays and slices, whose elements of 1-, 2- and 4-byte
 * scalar types (bool, int8..int32, uint8..uint32, float32) are packed at
 * their own size (gtype_elem_size); registers are 8-byte slots and a value
 * of size n takes n/8 of them (none for a zero-size value). */
#ifndef CONCLAB_GOLANG_TYPES_H
#define CONCLAB_GOLANG_TYPES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "golang/arena.h"
#include "golang/ast.h"
#include "golang/cval.h"

typedef enum tkind {
    K_INVALID = 0,
    K_BOOL,
    K_INT, K_INT8, K_INT16, K_INT32, K_INT64,
    K_UINT, K_UINT8, K_UINT16, K_UINT32, K_UINT64, K_UINTPTR,
    K_FLOAT32, K_FLOAT64,
    K_COMPLEX64, K_COMPLEX128,
    K_STRING,
    K_UNSAFEPTR,
    K_UNTYPED_BOOL, K_UNTYPED_INT, K_UNTYPED_RUNE, K_UNTYPED_FLOAT, K_UNTYPED_STRING,
    K_UNTYPED_NIL,
    K_ARRAY, K_SLICE, K_STRUCT, K_POINTER, K_FUNC, K_INTERFACE, K_MAP, K_CHAN,
    K_NAMED, K_TUPLE,
    K__COUNT
} tkind;

typedef struct gtype gtype;
typedef struct gobj gobj;
typedef struct gpkg gpkg;
typedef struct gscope gscope;

/* A struct field. */
typedef struct gfield {
    const char *name;   /* field name (for an embedded field its type's name) */
    gtype *type;
    bool embedded;      /* an embedded field */
    const char *tag;    /* the tag's value, or NULL */
    int offset;         /* byte offset in the struct */
    gobj *obj;          /* the field's object (positions, selections) */
} gfield;

/* A method: of an interface (sig only) or of a named type. */
typedef struct gmethod {
    const char *name;
    gtype *sig;         /* K_FUNC, without the receiver */
    gobj *func;         /* named types: the method's function object */
    bool ptr_recv;      /* declared with a pointer receiver */
} gmethod;

/* What the VM keeps for a type at run time (filled by the compiler). */
struct vm_itab;
struct vm_func;

struct gtype {
    tkind kind;
    int size;            /* bytes, -1 until computed (gtype_size) */
    int id;              /* unique per program (hashing, maps) */
    gtype *elem;         /* array, slice, pointer, map (value), chan */
    gtype *key;          /* map key */
    int64_t len;         /* array length */
    int dir;             /* chan: CHAN_BOTH, CHAN_SEND, CHAN_RECV */
    /* struct */
    gfield *fields;
    int nfields;
    /* func (signature) and tuple */
    gtype **params;      /* parameter types (the last is a slice when
                            variadic); tuple: the element types */
    int nparams;
    gtype **results;
    int nresults;
    bool variadic;
    gobj **param_objs;   /* parameter objects (names), or NULL */
    gobj **result_objs;  /* result objects (named results), or NULL */
    gobj *recv;          /* the receiver of a method's signature */
    /* interface */
    gmethod *methods;    /* the whole method set, sorted by name */
    int nmethods;
    gmethod *declared;   /* methods written in the literal (printing) */
    int ndeclared;
    gtype **embeddeds;   /* embedded interfaces as written (printing) */
    int nembeddeds;
    bool complete;       /* the method set has been computed */
    /* named */
    gobj *obj;           /* the type name object */
    gtype *underlying;   /* the underlying type (not named) */
    gmethod *mdecl;      /* methods declared on it, in source order */
    int nmdecl;
    int nmdecl_cap;
    /* basic types: their name */
    const char *name;
    /* run time: the method tables the compiler builds for the type (value
     * receivers) and for *T (pointer type: in its own gtype), and the
     * interned pointer, slice and chan types of this type */
    struct vm_itab *mtab;
    gtype *ptr_to;       /* the type *T, once made (in the same arena) */
    gtype *slice_of;     /* the type []T, once made (in the same arena) */
    arena *home;         /* the arena the type lives in: a type of the
                            universe (shared by every compile) never
                            points at one made for a single compile */
    void *rt;            /* VM data (zero values, hashing) */
};

/* Object kinds. */
typedef enum okind {
    O_BAD = 0, O_PKGNAME, O_CONST, O_TYPENAME, O_VAR, O_FUNC, O_BUILTIN, O_NIL, O_LABEL
} okind;

/* Builtin functions. */
typedef enum builtin_id {
    B_NONE = 0, B_APPEND, B_CAP, B_CLOSE, B_COMPLEX, B_COPY, B_DELETE, B_IMAG, B_LEN, B_MAKE,
    B_NEW, B_PANIC, B_PRINT, B_PRINTLN, B_REAL, B_RECOVER,
    B__COUNT
} builtin_id;

/* Where a variable lives at run time (set by the compiler). */
typedef enum vstorage {
    VS_NONE = 0,
    VS_LOCAL,   /* registers of its function */
    VS_BOXED,   /* a heap cell its function's register points to (captured
                   by a closure or its address taken) */
    VS_UPVAL,   /* in a closure: through the closure's captured cell */
    VS_GLOBAL   /* the program's globals */
} vstorage;

struct gobj {
    okind kind;
    const char *name;
    gtype *type;
    gpos pos;            /* declaration position (line 0: predeclared) */
    gpkg *pkg;           /* package it belongs to (NULL: universe) */
    node *decl;          /* declaring node (N_*DECL, N_FUNCDECL, ...) */
    cval *val;           /* O_CONST: value */
    builtin_id builtin;  /* O_BUILTIN */
    gpkg *imported;      /* O_PKGNAME: the package */
    bool used;           /* used (vars: read; imports: referenced) */
    bool is_field;       /* O_VAR: a struct field */
    bool is_param;       /* O_VAR: a parameter or result */
    bool is_global;      /* O_VAR: package level */
    bool captured;       /* O_VAR: referred to from a closure */
    bool addrtaken;      /* O_VAR: its address is taken (&x, x.m() on a
                            pointer method, x[:] of an array) */
    bool is_alias;       /* O_TYPENAME: an alias */
    int color;           /* checking state of package-level objects */
    int order;           /* declaration order (init order ties) */
    struct gfuncinfo *owner; /* O_VAR (local): the function declaring it */
    struct gdeclinfo *dinfo; /* package-level objects: their declaration */
    /* compiler */
    vstorage storage;
    int slot;            /* register, global index or upvalue index */
    struct vm_func *fn;  /* O_FUNC: its compiled code */
    const char *native;  /* O_FUNC of a library: "pkg.Name" to bind */
    gtype *recv_base;    /* O_FUNC method: the named receiver base type */
    bool ptr_recv;       /* O_FUNC method: pointer receiver */
    const char *qname;   /* O_FUNC: "main.f", "main.(*T).m", for traces */
};

/* A package: main or a library package. */
struct gpkg {
    const char *path;    /* "main", "fmt", "sync/atomic" */
    const char *name;    /* "main", "fmt", "atomic" */
    gscope *scope;       /* its package-level names */
    bool library;        /* a library package (Go declarations, C natives) */
    bool checked;        /* its declarations have been checked */
    bool fake;           /* an import conclab does not have: names in it
                            are not reported again (types2's fake) */
    /* a library package's Go code (functions with bodies, variables):
     * compiled with the program's, packages in the order their checks
     * finished (a package after the ones it imports) */
    int done_order;      /* 1, 2, ... as checks finish; 0 before */
    ptrvec funcs;        /* gfuncinfo of its functions and literals */
    ptrvec vars;         /* its package-level variables */
    ptrvec init_order;   /* those in initialisation order */
};

/* A lexical scope. */
struct gscope {
    gscope *parent;
    gobj **objs;         /* the names declared in it */
    int n, cap;
    bool is_func;        /* a function's outermost scope */
};

/* --- scopes --------------------------------------------------------- */
gscope *scope_new(arena *a, gscope *parent);
/* The object named name in s alone, or NULL. */
gobj *scope_lookup_local(const gscope *s, const char *name);
/* The innermost object named name in s or its parents, or NULL. */
gobj *scope_lookup(const gscope *s, const char *name);
/* Adds o to s; returns the object already there with that name (and adds
 * nothing), or NULL. */
gobj *scope_insert(arena *a, gscope *s, gobj *o);
gobj *obj_new(arena *a, okind k, const char *name, gtype *t, gpos pos);

/* --- the universe ------------------------------------------------------- */
/* The predeclared types by kind (bool ... untyped nil), and byte, rune,
 * error, any. Valid after types_universe. */
extern gtype *t_basic[K__COUNT];
extern gtype *t_byte, *t_rune, *t_error, *t_any;
/* The universe scope, built once (thread-safe only in the sense of being
 * built before any compile; types_universe is idempotent). */
gscope *types_universe(void);

/* --- making types ------------------------------------------------------ */
gtype *type_new(arena *a, tkind k);
gtype *type_pointer(arena *a, gtype *elem);
gtype *type_slice(arena *a, gtype *elem);
gtype *type_array(arena *a, gtype *elem, int64_t len);
gtype *type_map(arena *a, gtype *key, gtype *elem);
gtype *type_chan(arena *a, gtype *elem, int dir);
gtype *type_tuple(arena *a, gtype **v, int n);
gtype *type_named(arena *a, gobj *obj, gtype *underlying);

/* --- questions --------------------------------------------------------- */
/* The underlying type (t itself unless named). */
static inline gtype *under(gtype *t)
{
    return t && t->kind == K_NAMED ? t->underlying : t;
}
bool type_identical(gtype *x, gtype *y);
bool type_is_untyped(const gtype *t);
bool type_is_integer(gtype *t);   /* incl. untyped int and rune */
bool type_is_unsigned(gtype *t);
bool type_is_float(gtype *t);     /* incl. untyped float */
bool type_is_numeric(gtype *t);
bool type_is_string(gtype *t);
bool type_is_boolean(gtype *t);
bool type_is_constant_type(gtype *t); /* boolean, numeric or string */
bool type_is_interface(gtype *t);
bool type_comparable(gtype *t);
bool type_has_nil(gtype *t);      /* pointer, func, slice, map, chan,
                                     interface, unsafe pointer */
/* The bits of a sized integer kind (8..64; int and uint 64). */
int type_int_bits(gtype *t);
/* The default type of an untyped type (untyped int -> int, ...); t
 * itself otherwise. */
gtype *type_default(gtype *t);

/* Layout: bytes of a value (multiple of 8 but for packed elements) and of
 * an element of an array or slice of t. */
int gtype_size(gtype *t);
int gtype_elem_size(gtype *t);
/* True when values of t hold pointers the VM must trace (future GC) or
 * cannot hash bytewise. */
bool gtype_has_pointers(gtype *t);

/* Prints t as Go messages do (qualify: how to name packages: 0 for
 * compiler messages, where the main package's types are unqualified; 1
 * for run-time text such as %T and panics, "main.T"). Owned by a. */
char *type_string(arena *a, gtype *t, int qualify);

/* Method lookup on a type (not an interface): the method named name
 * declared on t's named type or promoted through embedded fields. */
typedef struct gselection {
    int kind;            /* SEL_FIELD, SEL_METHOD (or 0: not found) */
    gobj *obj;           /* the field's object or the method's function */
    gfield *field;       /* SEL_FIELD: the field */
    gmethod *method;     /* SEL_METHOD: the method (named or interface) */
    int path[16];        /* indices of embedded fields traversed, then
                            the field's own index for SEL_FIELD */
    int npath;
    bool indirect;       /* a pointer was traversed on the way */
    bool ambiguous;      /* several at the shallowest depth */
    bool ptr_needed;     /* only a pointer-receiver method was found */
} gselection;
enum { SEL_NONE = 0, SEL_FIELD, SEL_METHOD };

/* What the checker found a selector expression x.f to be (node->sel),
 * for the compiler. */
typedef enum gsel_kind {
    GSEL_NONE = 0,
    GSEL_QUALIFIED,   /* pkg.Name: obj is the package's object */
    GSEL_FIELD,       /* x.f: a field (through s.path) */
    GSEL_METHOD,      /* x.m: a method value or the callee of x.m() */
    GSEL_METHOD_EXPR  /* T.m or (*T).m: a function taking the receiver */
} gsel_kind;
typedef struct gsel {
    gsel_kind kind;
    gobj *obj;           /* the package object, field or method */
    gselection s;        /* GSEL_FIELD / GSEL_METHOD: the lookup */
    gtype *recv;         /* the type of x */
    bool iface;          /* a method of an interface type */
    bool addr;           /* the receiver x must be addressed (&x) */
} gsel;

/* Finds field or method `name` of t (through a pointer, embedded fields
 * and embedded pointers), as go/types' LookupFieldOrMethod: from package
 * pkg (unexported names of other packages are not found), with
 * addressable saying whether a pointer-receiver method may be taken. When
 * the method exists but needs an addressable receiver, the result has
 * kind SEL_NONE and ptr_needed set. */
gselection type_lookup(gtype *t, bool addressable, gpkg *pkg, const char *name);

/* The interface's method set is computed (embedded interfaces merged).
 * Returns false on a duplicate method (reported by the checker). */
bool type_complete_interface(arena *a, gtype *iface);

/* Whether t (a concrete type or an interface) implements interface
 * iface: returns NULL when it does, else the missing method's name, with
 * *wrong_type set when the method exists with another signature and
 * *ptr_recv when it exists only with a pointer receiver. */
const char *type_missing_method(gtype *t, gtype *iface, bool *wrong_type, bool *ptr_recv);

#endif
