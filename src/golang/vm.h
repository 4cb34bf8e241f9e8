/* vm.h: the Go interpreter's bytecode and virtual machine, shared by the
 * bytecode compiler (compile*.c), the interpreter loop (vm_exec.c) and the
 * library implemented in C (vm_lib_*.c). A register machine: every
 * function has a frame of 8-byte slots; an instruction is an opcode
 * followed by its operands (frame slot numbers, constants, code offsets)
 * in one int32 stream, all resolved by the compiler: no names are looked
 * up at run time.
 *
 * Values in registers: a bool, integer, float, pointer, map, channel or
 * function takes one slot (ints sign- or zero-extended to 64 bits, float32
 * held as a double rounded to float); a string two (bytes, length), a
 * slice three (elements, length, capacity), an interface two (dynamic
 * type, data). A struct or an array takes one slot holding the address of
 * its bytes: a variable of such a type owns its memory, and the compiler
 * copies it wherever Go copies a value. In memory (fields, elements,
 * globals, heap cells) values follow the layout of types.h. */
#ifndef CONCLAB_GOLANG_VM_H
#define CONCLAB_GOLANG_VM_H

#include <setjmp.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "golang/check.h"
#include "golang/types.h"
#include "rt/rt.h"

typedef union slot {
    int64_t i;
    uint64_t u;
    double f;
    void *p;
} slot;

/* A string in registers and memory. */
typedef struct vm_string {
    const char *p;
    int64_t len;
} vm_string;

/* A slice in registers and memory. */
typedef struct vm_slice {
    char *p;
    int64_t len;
    int64_t cap;
} vm_slice;

/* An interface value: its dynamic type (canonical: equal types are one
 * pointer) and its data: the value itself for a one-slot non-aggregate
 * type, else the address of a private copy of its bytes. */
typedef struct vm_iface {
    gtype *t;
    slot data;
} vm_iface;

struct vm_thread;
struct vm_func;

/* A library function implemented in C: reads its arguments from args
 * (register layout) and writes its results from args[0] on. */
typedef void (*vm_native)(struct vm_thread *t, slot *args);

/* A function value: the code and the cells of the variables it captured. */
typedef struct vm_closure {
    struct vm_func *fn;
    int nup;
    int bound;       /* a method value: slots of the receiver in up[0],
                        put before the arguments of each call; else 0 */
    void *up[];      /* each a heap cell of a captured variable */
} vm_closure;

/* Compiled code of one function (or of a library function in C). */
typedef struct vm_func {
    const char *name;    /* Go's name in traces: "main.main", "main.(*T).m" */
    const char *file;    /* the source file */
    int line;            /* the line of its declaration */
    int nparams;         /* slots of the parameters (receiver first) */
    int nresults;        /* slots of the results */
    int nregs;           /* slots of the whole frame */
    int32_t *code;       /* the instructions */
    int ncode;
    int32_t *lines;      /* the source line of each code word */
    vm_native native;    /* a library function in C, or NULL */
    vm_closure *value;   /* the function as a value (no captures) */
    int recover_pc;      /* where a frame resumes after recover: -1 */
    bool has_defer;      /* runs deferred calls when it returns */
    gtype *recv;         /* a method: the receiver's type, else NULL */
    bool library;        /* Go code of conclab's library: its memory
                            accesses are not the program's (--race) */
} vm_func;

/* A method table entry of a concrete type (for interface calls). */
typedef struct vm_method {
    const char *name;    /* interned by the compiler: compared as pointer */
    vm_func *fn;         /* takes the receiver as the interface holds it */
} vm_method;

/* What the VM keeps for a type it meets at run time. */
typedef struct vm_itab {
    vm_method *m;        /* its method set */
    int n;
} vm_itab;

/* One deferred call. */
typedef struct vm_defer {
    struct vm_defer *next;
    vm_closure *cl;      /* the function */
    int nargs;           /* slots of its arguments */
    slot args[];
} vm_defer;

/* One activation of a Go function. */
typedef struct vm_frame {
    vm_func *fn;
    vm_closure *cl;      /* the closure called (upvalues), or NULL */
    const int32_t *pc;   /* where it is (saved while it calls) */
    int64_t base;        /* index of its slot 0 in the thread's stack */
    vm_defer *defers;    /* its deferred calls, latest first */
} vm_frame;

/* The panic a goroutine is running through. */
typedef struct vm_panic {
    struct vm_panic *link; /* an earlier panic still in progress */
    vm_iface value;        /* what panic was called with */
    bool recovered;        /* recover() took it */
    bool runtime_error;    /* a runtime.Error: "[recovered]" etc. */
    bool goexit;           /* runtime.Goexit, not a panic */
    const char **fns;      /* the stack where it was raised, top first: */
    int *lines;            /* each frame's function and line */
    const char **files;    /* and file */
    int nframes;
} vm_panic;

struct vm;

/* A goroutine's interpreter state. */
typedef struct vm_thread {
    struct vm *vm;
    int id;              /* the runtime's goroutine id */
    int goid;            /* Go's number for it: 1, then 6, 7, ... */
    slot *stack;         /* the registers of every frame */
    int64_t stack_cap;
    vm_frame *frames;
    int nframes, frames_cap;
    vm_panic *panic;     /* the panic in progress, or NULL */
    jmp_buf *catch;      /* where a panic unwinds to (innermost run loop) */
    const char *wait;    /* wait reason while blocked, for deadlock dumps */
    int defer_depth;     /* frames below a deferred call run by a panic */
    const char *go_file; /* the go statement that started it */
    int go_line;
    const char *go_fn;   /* the function containing that statement */
    bool done;
    vm_closure *native_cl; /* a goroutine running a library function */
    struct vm_thread *next; /* all threads of the run */
    uint32_t preempt;    /* backward jumps left before a preemption point */
    uint32_t slices;     /* preemption points since virtual time passed */
} vm_thread;

/* A compiled program and its run. */
typedef struct vm {
    arena *a;            /* the program's arena (code, types) */
    const char *file;    /* the source file as the user named it */
    vm_func **funcs;     /* every function */
    int nfuncs;
    vm_func *main;       /* main.main */
    vm_func *init;       /* package initialisation (var inits, init()s) */
    slot *globals;       /* package-level variables: memory */
    int64_t globals_size;
    int64_t *consts;     /* 64-bit constants (LDK) */
    vm_string *strs;     /* string constants (LDS) */
    void **objs;         /* other operands: canonical types, functions */
    gtype **types;       /* canonical types (interfaces' dynamic types) */
    int ntypes, types_cap;
    /* the run */
    vm_thread *threads;
    vm_thread **all;     /* every goroutine in creation order */
    int nall, allcap;
    vm_thread *current;  /* the goroutine running now */
    vm_thread *main_thread;
    int exit_code;       /* os.Exit's code, or -1 */
    bool exited;
    bool panicked;       /* a panic or fatal error was reported */
    char *abs_file;      /* the file's absolute path (tracebacks) */
    int64_t gomaxprocs;
    bool instrument;     /* memory accesses are choice points (--race) */
    bool output_to_rt;   /* stdout goes to the runtime (exploring) */
    char *out;           /* the program's stdout */
    size_t out_len, out_cap;
    char *err;           /* the program's stderr */
    size_t err_len, err_cap;
    uint64_t seed;
    uint64_t rand_state; /* math/rand */
    int nargs;           /* os.Args */
    char **args;
    bool test_mode;      /* conclab test: go test's output, not go run's */
    bool test_verbose;   /* conclab test -v */
    const char *test_run;/* conclab test -run REGEXP, or NULL */
    int64_t end_time;    /* the virtual time when the run ended */
    void *heap;          /* every allocation of the run (freed at the end) */
} vm;

/* --- instructions ------------------------------------------------------ */
/* X(name, operands). Operands are frame slots unless the comment says. */
#define VM_OPS(X)                                                            \
    X(NOP, 0)                                                                \
    X(MOV, 2) X(MOV2, 2) X(MOV3, 2)      /* a = b (1, 2, 3 slots) */         \
    X(MOVN, 3)                           /* a..a+c = b..b+c */               \
    X(ZERO, 2)                           /* a..a+b = 0 */                    \
    X(LDI, 2)                            /* a = const int b (low) c (high) */\
    X(LDK, 2)                            /* a = 64-bit constant #b */        \
    X(LDS, 2)                            /* a,a+1 = string constant #b */    \
    X(LDF, 2)                            /* a = function value #b */         \
    X(ADD, 3) X(SUB, 3) X(MUL, 3) X(DIV, 3) X(REM, 3) X(UDIV, 3) X(UREM, 3) \
    X(AND, 3) X(OR, 3) X(XOR, 3) X(ANDNOT, 3)                                \
    X(SHL, 3) X(SHR, 3) X(USHR, 3)                                           \
    X(ADDI, 3)                           /* a = b + imm c */                 \
    X(NEG, 2) X(NOT, 2) X(COMPL, 2)                                          \
    X(SEXT, 3) X(ZEXT, 3)                /* a = b sign/zero-extended from c bits */ \
    X(FADD, 3) X(FSUB, 3) X(FMUL, 3) X(FDIV, 3) X(FNEG, 2) X(F32, 2)         \
    X(EQ, 3) X(NE, 3) X(LT, 3) X(LE, 3) X(ULT, 3) X(ULE, 3)                  \
    X(FEQ, 3) X(FNE, 3) X(FLT, 3) X(FLE, 3)                                  \
    X(SEQ, 3) X(SNE, 3) X(SLT, 3) X(SLE, 3)                                  \
    X(IEQ, 3) X(INE, 3)                  /* interfaces */                    \
    X(VEQ, 4) X(VNE, 4)                  /* a = *b == *c, type #d */         \
    X(I2F, 2) X(U2F, 2) X(F2I, 2) X(F2U, 2)                                  \
    X(JMP, 1)                            /* to code offset a */              \
    X(JT, 2) X(JF, 2)                    /* if a: to b */                    \
    X(JLT, 3) X(JLE, 3)                  /* if a < b: to c */                \
    X(PREEMPT, 0)                        /* loop back-edge */                \
    X(NEW, 2)                            /* a = zeroed cell of b bytes */    \
    X(NEWCOPY, 3)                        /* a = copy of c bytes at b */      \
    X(COPY, 3)                           /* copy c bytes from b to a (addrs) */ \
    X(NILCHK, 1)                                                             \
    X(OFFSET, 3)                         /* a = b + c (nil-checked) */       \
    X(LOAD, 4)                           /* a.. = *(b + c), kind d */        \
    X(STORE, 4)                          /* *(a + c) = b.., kind d */        \
    X(GLOBAL, 2)                         /* a = address of global offset b */\
    X(UPVAL, 2)                          /* a = cell of upvalue b */         \
    X(INDEX, 5)                          /* a = &b[c] of a slice, elem size d, e: 0 */ \
    X(AINDEX, 5)                         /* a = &b[c] of an array address, elem d, len e */ \
    X(SINDEX, 3)                         /* a = byte b[c] of a string */     \
    X(SLICE, 6)                          /* a = b[c:d:e] of a slice, elem size f */ \
    X(ASLICE, 7)                         /* a = b[c:d:e] of an array addr, elem f, len g */ \
    X(SSLICE, 4)                         /* a = b[c:d] of a string */        \
    X(SCAT, 3)                           /* a = b + c (strings) */           \
    X(MKSLICE, 4)                        /* a = make([]T, b, c), elem size d */ \
    X(APPEND, 4)                         /* a = append(b, c..: one value), elem d */ \
    X(APPENDS, 4)                        /* a = append(b, c...: a slice), elem d */ \
    X(COPYS, 4)                          /* a = copy(b, c), elem d */        \
    X(CONV, 4)                           /* a = conversion b of c, type #d */\
    X(MKMAP, 2)                          /* a = make(map), map type #b */    \
    X(MAPGET, 5)                         /* a = b[c]; d: ok slot or -1; e type */ \
    X(MAPSET, 4)                         /* a[b] = c, map type #d */         \
    X(MAPDEL, 3)                         /* delete(a, b), type #c */         \
    X(MAPLEN, 2)                                                             \
    X(MAPITER, 3)                        /* a = iterator of b, type #c */    \
    X(MAPNEXT, 5)                        /* if next of iter a: k b, v c else to d; type #e */ \
    X(MKCHAN, 4)                         /* a = make(chan, b), elem bytes c, named OBJ(d) */ \
    X(SEND, 3)                           /* a <- b.. (c slots) */            \
    X(RECV, 4)                           /* a.. = <-b (c slots), d: ok or -1 */ \
    X(CLOSE, 1)                                                              \
    X(CHLEN, 2) X(CHCAP, 2)                                                  \
    X(SELECT, 3)                         /* a = case of select #b, c: base */ \
    X(CALL, 2)                           /* call func #a, args at b */       \
    X(CALLC, 2)                          /* call closure a, args at b */     \
    X(CALLI, 4)                          /* call method #c of iface a, args at b, d: recv slots */ \
    X(RET, 2)                            /* return a..a+b */                 \
    X(RUNDEFER, 0)                       /* run the frame's deferred calls */\
    X(GO, 3)                             /* go closure a(args at b, c slots) */ \
    X(DEFER, 3)                          /* defer closure a(args at b, c slots) */ \
    X(CLOSURE, 4)                        /* a = closure of func #b with c cells at d.. */ \
    X(BIND, 4)                           /* a = method value: func #b, recv c (d slots; -1: c is an interface and #b the name) */ \
    X(MKIFACE, 3)                        /* a = interface of b, type #c */   \
    X(ASSERT, 6)                         /* a = b.(type #c); d: ok or -1; e slots; #f: b's static type */ \
    X(ISTYPE, 3)                         /* a = dynamic type of b is #c */   \
    X(PANIC, 1)                          /* panic(a: interface) */           \
    X(RECOVER, 1)                                                            \
    X(RTPANIC, 1)                        /* runtime error message #a */      \
    X(SLEN, 2)                           /* a = utf8 rune count of b (unused) */ \
    X(RANGESTR, 5)                       /* rune at b[c]: a = rune, d = width; e unused */ \
    X(STRCONV, 3)                        /* a = string conversion kind c of b */ \
    X(PRINT, 3)                          /* builtin print of b (type #c), a: newline/space flags */

typedef enum vm_op {
#define VM_OP_ENUM(name, n) VM_##name,
    VM_OPS(VM_OP_ENUM)
#undef VM_OP_ENUM
    VM__COUNT
} vm_op;

/* Memory access kinds of LOAD/STORE. */
enum {
    MK_W = 0,   /* 8 bytes: one slot */
    MK_I8, MK_I16, MK_I32, MK_U8, MK_U16, MK_U32, MK_F32, /* packed */
    MK_S2,      /* 16 bytes: two slots (string, interface) */
    MK_S3       /* 24 bytes: three slots (slice) */
};

/* STRCONV kinds. */
enum { SC_RUNE2S = 0, SC_S2BYTES, SC_BYTES2S, SC_S2RUNES, SC_RUNES2S };

/* The operand count of each op. */
extern const uint8_t vm_op_arity[];
extern const char *const vm_op_name[];

/* --- the compiler (compile.c) ---------------------------------------------- */
/* Compiles the checked program of checker c (its files by position
 * index, the first the one runs are named after), starting at function
 * entry, into a new vm owned by arena a. Returns NULL with *err (owned by a) holding
 * "FILE:LINE:COL: conclab does not support X yet" when the program uses
 * what the VM cannot run yet. */
vm *vm_compile(arena *a, checker *c, const char *const *files, const char *entry, char **err);

/* --- running (vm_exec.c, vm_run.c) ------------------------------------------- */
/* Options of a run. */
typedef struct vm_options {
    uint64_t seed;
    bool random;         /* a seeded random schedule (else Go's order) */
    const char *schedule;/* replay this schedule */
    bool race;
    bool trace;
    int argc;            /* os.Args[1:] */
    char **argv;
    uint64_t max_schedules; /* --explore: schedules at most (0: 2000) */
    const char *shown_name; /* the file as the user named it (replay lines) */
    bool test_mode;      /* conclab test */
    bool test_verbose;   /* conclab test: -v */
    const char *test_run;/* conclab test: -run REGEXP */
    int64_t *elapsed;    /* if set, gets the run's virtual time (ns) */
    int64_t budget_ns;   /* conclab test --explore: wall time (0: 10 s) */
    struct explore_result *found; /* --explore: if set, the search's result
                            is handed over (explore_result_free) instead of
                            printed */
    rt **keep;           /* if set, the run is traced, its stdout kept as the
                            runtime's output lines, and the finished runtime
                            handed to *keep instead of freed (the shell plays
                            it back) */
} vm_options;


/* Runs the program: its stdout goes to out, its panics and fatal errors
 * to err, in Go's words. Returns the exit code go run would give (0, 2
 * after a panic or deadlock, os.Exit's code). Blocks for the run. */
int vm_run_program(vm *v, const vm_options *o, FILE *out, FILE *err);
/* --explore: runs the program under many schedules (every memory access,
 * channel operation and lock a choice point, few preemptions first) and
 * prints each distinct outcome with its count and a replayable
 * --schedule. Returns 0, or 1 when the search could not run. */
int vm_explore_program(vm *v, const vm_options *o, FILE *out, FILE *err);

/* Runs frames of t from the top until the frame count falls to stop. */
void vm_exec(vm_thread *t, int stop);

/* For a method value cl: moves the nargs slots of args up and puts the
 * bound receiver first (args has room for the callee's parameters). */
void vm_bind_args(const vm_closure *cl, slot *args, int nargs);

/* Calls closure cl with nargs slots of args; its results are written at
 * args[0..]. Used by library code calling back into Go (sort.Slice, a
 * String method from fmt). args must have room for the results. */
void vm_call(vm_thread *t, vm_closure *cl, slot *args, int nargs);

/* --- memory (vm_mem.c) ------------------------------------------------------ */
/* Zeroed bytes for the run; never fails (out of memory ends the process
 * with a message, as Go's runtime does). */
void *vm_alloc(vm_thread *t, size_t n);
void *vm_alloc_vm(vm *v, size_t n);
/* Frees every allocation of the run. */
void vm_heap_free(vm *v);
/* A new string of n bytes copied from p. */
vm_string vm_str_new(vm_thread *t, const char *p, size_t n);

/* --- panics (vm_panic.c) ------------------------------------------------------ */
/* Panics with a runtime error (message as Go words it, without the
 * "runtime error: " prefix). Does not return. */
_Noreturn void vm_throw(vm_thread *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Panics with a plain message ("assignment to entry in nil map"). */
_Noreturn void vm_throw_plain(vm_thread *t, const char *msg);
/* Panics with value v. */
_Noreturn void vm_panic_value(vm_thread *t, vm_iface v);
/* runtime.Goexit. */
_Noreturn void vm_goexit(vm_thread *t);
/* A failed x.(T). */
_Noreturn void vm_assert_error(vm_thread *t, const vm_iface *x, gtype *want, gtype *static_type);
/* A fatal error ("fatal error: stack overflow"): ends the run, exit 2. */
_Noreturn void vm_fatal(vm_thread *t, const char *msg);
/* Ends the run with "panic: MSG" or "fatal error: MSG" and t's Go
 * traceback, the run's report: the runtime's own failures ("sync: unlock
 * of unlocked mutex") in Go's words. */
_Noreturn void vm_end_runtime_failure(vm_thread *t, bool is_panic, const char *msg);
/* Reports t's unrecovered panic and ends the run. */
void vm_report_panic(vm_thread *t);
/* Reports a deadlock: every goroutine with its wait reason and stack. */
void vm_report_deadlock(vm *v);
/* Appends t's stack, as Go prints it, to the program's stderr. */
void vm_traceback_to(vm_thread *t, vm *v);
bool vm_recover_allowed(vm_thread *t);
/* The goroutine's number as Go 1.19 prints it in stacks. */
int vm_go_id(const vm_thread *t);
/* A frame's line in a stack: "main.f(...)" or "main.f()". */
const char *vm_frame_name(vm_thread *t, const vm_func *fn);
bool vm_is_runtime_error(const gtype *t);
/* The source line of frame f. */
int vm_frame_line(const vm_thread *t, const vm_frame *f);

/* --- values (vm_value.c) ------------------------------------------------------ */
/* Whether t is held in registers as the address of its bytes. */
bool vm_is_aggregate(gtype *t);
/* Register slots of a value of type t. */
int vm_slots(gtype *t);
/* Equality of two values of type t at p and q (memory layout). */
bool vm_equal(gtype *t, const void *p, const void *q);
bool vm_iface_equal(vm_thread *th, const vm_iface *x, const vm_iface *y);
uint64_t vm_hash(gtype *t, const void *p, uint64_t seed);
/* The memory a value in registers r stands for (map keys). */
const void *vm_mem_of(gtype *t, const slot *r);
/* The address of the bytes of an interface's value. */
const void *vm_iface_data(const vm_iface *x);
/* Boxes the value in registers r (type t) as an interface's data. */
slot vm_box(vm_thread *th, gtype *t, const slot *r);
/* Unboxes an interface's data into registers r. */
void vm_unbox(gtype *t, slot data, slot *r);
/* Loads a value of type t from memory p into r (aggregates: r gets p). */
void vm_load(gtype *t, const void *p, slot *r, bool packed);
void vm_store(gtype *t, void *p, const slot *r, bool packed);
/* t's method set for interface calls, or NULL. */
vm_itab *vm_mtab(gtype *t);
/* Looks up method name (interned) in t's method set, NULL when missing. */
vm_func *vm_method_find(gtype *t, const char *name);
/* Whether concrete type t has every method of interface iface. */
bool vm_implements(gtype *t, gtype *iface);
int vm_utf8_encode(char *buf, int64_t r);
int32_t vm_utf8_decode(const char *s, int64_t n, int *width);

/* --- maps (vm_map.c) ------------------------------------------------------ */
typedef struct vm_map vm_map;
vm_map *vm_map_new(vm_thread *t, gtype *mt, int64_t hint);
/* The value cell for key (memory layout), NULL when absent. */
void *vm_map_find(vm_map *m, const void *key);
/* The value cell for key, inserted zeroed when absent. */
void *vm_map_insert(vm_thread *t, vm_map *m, const void *key);
void vm_map_delete(vm_map *m, const void *key);
int64_t vm_map_len(const vm_map *m);
/* Iteration over the entries in insertion order. */
typedef struct vm_map_iter vm_map_iter;
vm_map_iter *vm_map_iter_new(vm_thread *t, vm_map *m);
/* The next live entry's key and value cells, false at the end. */
bool vm_map_iter_next(vm_map_iter *it, void **key, void **val);
/* The entries sorted by key, as fmt prints maps; returns the count. */
int vm_map_sorted(vm_thread *t, vm_map *m, void ***keys, void ***vals);
/* fmt's key order (vm_fmt_order.c). */
bool vm_key_less(gtype *t, const void *a, const void *b);

/* --- the run (vm_run.c, vm_exec.c, vm_ops.c) ------------------------------------ */
vm_thread *vm_thread_new(vm *v, bool is_main);
void vm_push_frame(vm_thread *t, vm_func *fn, vm_closure *cl, int64_t base);
void vm_push_call(vm_thread *t, vm_func *fn, vm_closure *cl, int64_t base);
/* go cl(args): a new goroutine. */
void vm_go(vm_thread *t, vm_closure *cl, slot *args, int nargs, const char *file, int line);
/* The same for a goroutine the library starts (time.AfterFunc's), whose
 * "created by" line names creator. */
vm_thread *vm_go_from(vm *v, const char *creator, vm_closure *cl, slot *args, int nargs,
                      const char *file, int line);
/* A preemption point of a long loop. */
void vm_preempt(vm_thread *t);
/* The instructions the loop hands off (at f's saved pc). */
void vm_exec_rt(vm_thread *t, vm_frame *f, slot *R);
const int32_t *vm_exec_slow(vm_thread *t, vm_frame *f, slot *R);
/* An access to memory p (--race): a choice point the race detector sees,
 * at frame f's line. May switch goroutines. */
void vm_shared(vm_thread *t, vm_frame *f, const void *p, int64_t size, bool write);
/* Writes to the program's stdout (fd 1) or stderr (2). */
void vm_write(vm_thread *t, int fd, const char *p, size_t n);
void vm_errorf(vm *v, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* --- select (compile_select.c builds it) ----------------------------------------- */
typedef struct vm_select_case {
    int op;              /* SELECT_OP_RECV, SEND or DEFAULT of rt.h */
    int chan;            /* register (from the base) of the channel */
    int val;             /* register of the value sent or received */
    int ok;              /* register of the received ok, or -1 */
} vm_select_case;
typedef struct vm_select_info {
    int n;
    vm_select_case c[];
} vm_select_info;

/* --- the library (vm_lib.c, vm_fmt.c) ------------------------------------------- */
/* The C implementation of a library function by its qualified name
 * ("fmt.Println", "time.Duration.String", "sync.(*Mutex).Lock"), NULL when there is none. */
vm_native vm_lib_find(const char *qname);
/* A library file's table of natives, ended by {NULL, NULL}: vm_lib.c's
 * (fmt, errors, sync, atomic, runtime, os, math), vm_lib_text.c's
 * (strings, strconv, sort), vm_lib_time.c's (time), vm_lib_atomic.c's and
 * vm_lib_testing.c's (what package testing asks of the VM). */
typedef struct vm_binding {
    const char *name;
    vm_native fn;
} vm_binding;
extern const vm_binding vm_lib_text[], vm_lib_time[], vm_lib_atomic[], vm_lib_testing[];
/* Where the running Go code is, for the runtime's traces and reports: the
 * file and line of the innermost frame of t. */
const char *vm_file_now(vm_thread *t);
int vm_line_now(vm_thread *t);
/* fmt: formats a as Go's fmt.Sprint (mode 0), Sprintln (1) or Sprintf
 * (2, with format) into the growable buffer (buf, len, cap). */
void vm_fmt(vm_thread *t, int mode, vm_string format, const vm_iface *a, int64_t n, char **buf,
            size_t *len, size_t *cap);
void vm_fmt_append(char **buf, size_t *len, size_t *cap, const char *p, size_t n);
/* What panic prints for value x (not a runtime error). */
void vm_fmt_panic_value(vm_thread *t, const vm_iface *x, char **buf, size_t *len, size_t *cap);
/* strconv.Quote's text of n bytes (q the quote character). */
void vm_quote(char **buf, size_t *len, size_t *cap, const char *p, int64_t n, char q);
/* The builtin print/println of one value (flags: 1 space before, 2
 * newline after). */
void vm_builtin_print(vm_thread *t, int flags, gtype *ty, const slot *r);
/* Makes an error value with text msg (errors.New). */
vm_iface vm_error_new(vm_thread *t, vm_string msg);

#endif
