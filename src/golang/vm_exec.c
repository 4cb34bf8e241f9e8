/* vm_exec.c: the interpreter loop. It runs a goroutine's frames from the
 * top until the frame count falls to a given depth; calls push frames in
 * the same loop (no C recursion), library functions in C are called in
 * place, and channel operations, go statements and sleeps go to conclab's
 * runtime, which switches goroutines underneath. A panic longjmps to the
 * innermost loop, which runs the deferred calls of each frame in turn
 * until one recovers or the goroutine's stack is empty. */
#include "golang/vm.h"

#include "rt/rt.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Slots of a goroutine's register stack (main's is larger). */
#define VM_STACK_MAIN (1 << 20)
#define VM_STACK_GOROUTINE (1 << 17)

static void stack_overflow(vm_thread *t)
{
    vm_fatal(t, "stack overflow");
}

/* Pushes a frame for fn with its slot 0 at index base. */
void vm_push_frame(vm_thread *t, vm_func *fn, vm_closure *cl, int64_t base)
{
    if (base + fn->nregs + 8 > t->stack_cap)
        stack_overflow(t);
    if (t->nframes == t->frames_cap) {
        int cap = t->frames_cap ? t->frames_cap * 2 : 64;
        if (cap > 4 * 1024 * 1024)
            stack_overflow(t);
        vm_frame *nf = realloc(t->frames, sizeof *nf * (size_t)cap);
        if (!nf)
            stack_overflow(t);
        t->frames = nf;
        t->frames_cap = cap;
    }
    vm_frame *f = &t->frames[t->nframes++];
    f->fn = fn;
    f->cl = cl;
    f->pc = fn->code;
    f->base = base;
    f->defers = NULL;
    /* registers above the parameters start zeroed: variables are */
    slot *R = t->stack + base;
    memset(R + fn->nparams, 0, sizeof(slot) * (size_t)(fn->nregs - fn->nparams));
}

vm_thread *vm_thread_new(vm *v, bool is_main)
{
    vm_thread *t = vm_alloc_vm(v, sizeof *t);
    t->vm = v;
    t->stack_cap = is_main ? VM_STACK_MAIN : VM_STACK_GOROUTINE;
    t->stack = calloc((size_t)t->stack_cap, sizeof(slot));
    if (!t->stack) {
        fputs("fatal error: out of memory\n", stderr);
        exit(2);
    }
    t->next = v->threads;
    v->threads = t;
    if (v->nall == v->allcap) {
        int cap = v->allcap ? v->allcap * 2 : 16;
        vm_thread **na = vm_alloc_vm(v, sizeof *na * (size_t)cap);
        if (v->nall)
            memcpy(na, v->all, sizeof *na * (size_t)v->nall);
        v->all = na;
        v->allcap = cap;
    }
    /* Go 1.19 starts four goroutines of its own (forcegc, bgsweep,
     * bgscavenge, finalizers) before the program's first go statement:
     * the program's goroutines are 1, then 6, 7, ... (the runtime's
     * helpers, conclab's timers, have no Go number) */
    t->goid = is_main ? 1 : v->nall + 5;
    v->all[v->nall++] = t;
    t->preempt = 1000;
    return t;
}

/* The function of operand #k. */
#define OBJ(k) (v->objs[(k)])

static void run(vm_thread *t, int stop);

void vm_exec(vm_thread *t, int stop)
{
    jmp_buf jb;
    jmp_buf *volatile saved = t->catch;
    for (;;) {
        t->catch = &jb;
        if (setjmp(jb) == 0) {
            run(t, stop);
            t->catch = saved;
            return;
        }
        /* a panic: run deferred calls from the top frame down */
        bool resumed = false;
        while (t->nframes > stop) {
            vm_frame *f = &t->frames[t->nframes - 1];
            while (f->defers && t->panic && !t->panic->recovered) {
                vm_defer *d = f->defers;
                f->defers = d->next;
                slot args[64];
                slot *a = d->nargs + 8 <= 64 ? args : vm_alloc(t, sizeof(slot) * (size_t)(d->nargs + 8));
                memcpy(a, d->args, sizeof(slot) * (size_t)d->nargs);
                /* a panic raised in the deferred call stands on the
                 * panicking stack, as in Go (its report shows both) */
                int saved_depth = t->defer_depth;
                t->defer_depth = t->nframes;
                vm_call(t, d->cl, a, d->nargs);
                t->defer_depth = saved_depth;
                f = &t->frames[t->nframes - 1];
            }
            if (t->panic && t->panic->recovered && !t->panic->goexit) {
                t->panic = t->panic->link;
                /* panics recovered before, whose deferred call panicked
                 * again (this one), are over too */
                while (t->panic && t->panic->recovered && !t->panic->goexit)
                    t->panic = t->panic->link;
                /* the frame returns normally: its remaining defers run
                 * and its named results are what they are */
                f->pc = f->fn->code + f->fn->recover_pc;
                resumed = true;
                break;
            }
            t->nframes--;
        }
        if (resumed)
            continue;
        t->catch = saved;
        if (saved)
            longjmp(*saved, 1);
        return; /* the goroutine's stack is empty: the caller reports */
    }
}

void vm_bind_args(const vm_closure *cl, slot *args, int nargs)
{
    memmove(args + cl->bound, args, sizeof(slot) * (size_t)nargs);
    memcpy(args, cl->up[0], sizeof(slot) * (size_t)cl->bound);
}

void vm_call(vm_thread *t, vm_closure *cl, slot *args, int nargs)
{
    if (!cl)
        vm_throw(t, "invalid memory address or nil pointer dereference");
    vm_func *fn = cl->fn;
    if (cl->bound) {
        int n = fn->nparams > fn->nresults ? fn->nparams : fn->nresults;
        slot *buf = vm_alloc(t, sizeof(slot) * (size_t)(n + 1));
        memcpy(buf, args, sizeof(slot) * (size_t)nargs);
        vm_bind_args(cl, buf, nargs);
        vm_closure plain = {fn, 0, 0};
        vm_call(t, &plain, buf, fn->nparams);
        memcpy(args, buf, sizeof(slot) * (size_t)fn->nresults);
        return;
    }
    if (fn->native) {
        fn->native(t, args);
        return;
    }
    int64_t base = 0;
    if (t->nframes) {
        vm_frame *top = &t->frames[t->nframes - 1];
        base = top->base + top->fn->nregs;
    }
    if (base + fn->nregs + 8 > t->stack_cap)
        stack_overflow(t);
    memcpy(t->stack + base, args, sizeof(slot) * (size_t)nargs);
    int depth = t->nframes;
    vm_push_frame(t, fn, cl, base);
    vm_exec(t, depth);
    memcpy(args, t->stack + base, sizeof(slot) * (size_t)fn->nresults);
}

static void defer_stmt(vm_thread *t, vm_frame *f, vm_closure *cl, slot *args, int nargs)
{
    vm_defer *d = vm_alloc(t, sizeof *d + sizeof(slot) * (size_t)nargs);
    d->cl = cl;
    d->nargs = nargs;
    memcpy(d->args, args, sizeof(slot) * (size_t)nargs);
    d->next = f->defers;
    f->defers = d;
}

static void run_defers(vm_thread *t)
{
    for (;;) {
        vm_frame *f = &t->frames[t->nframes - 1];
        vm_defer *d = f->defers;
        if (!d)
            return;
        f->defers = d->next;
        slot args[64];
        slot *a = d->nargs + 8 <= 64 ? args : vm_alloc(t, sizeof(slot) * (size_t)(d->nargs + 8));
        memcpy(a, d->args, sizeof(slot) * (size_t)d->nargs);
        if (!d->cl)
            vm_throw(t, "invalid memory address or nil pointer dereference");
        vm_call(t, d->cl, a, d->nargs);
    }
}

static inline int64_t sext(int64_t x, int bits)
{
    int sh = 64 - bits;
    return (int64_t)((uint64_t)x << sh) >> sh;
}

static inline uint64_t zext(uint64_t x, int bits)
{
    return x & ((1ull << bits) - 1);
}

static _Noreturn void nil_deref(vm_thread *t)
{
    vm_throw(t, "invalid memory address or nil pointer dereference");
}

static _Noreturn void index_error(vm_thread *t, int64_t i, int64_t n)
{
    if (i < 0) /* Go names no length for a negative index */
        vm_throw(t, "index out of range [%lld]", (long long)i);
    vm_throw(t, "index out of range [%lld] with length %lld", (long long)i, (long long)n);
}

static bool str_less(const vm_string *a, const vm_string *b, bool or_equal)
{
    int64_t n = a->len < b->len ? a->len : b->len;
    int c = n ? memcmp(a->p, b->p, (size_t)n) : 0;
    if (c == 0)
        c = a->len < b->len ? -1 : a->len > b->len ? 1 : 0;
    return or_equal ? c <= 0 : c < 0;
}

static bool str_eq(const vm_string *a, const vm_string *b)
{
    return a->len == b->len && (a->len == 0 || a->p == b->p || memcmp(a->p, b->p, (size_t)a->len) == 0);
}

/* append: grows s (elem size es) to hold n more. */
static void grow_slice(vm_thread *t, vm_slice *s, int64_t add, int es)
{
    int64_t need = s->len + add;
    if (need <= s->cap)
        return;
    int64_t cap = s->cap;
    int64_t dbl = cap * 2;
    if (need > dbl) {
        cap = need;
    } else if (cap < 256) {
        cap = dbl;
    } else {
        while (cap < need)
            cap += (cap + 3 * 256) / 4;
    }
    char *p = vm_alloc(t, (size_t)(cap * es));
    if (s->len)
        memcpy(p, s->p, (size_t)(s->len * es));
    s->p = p;
    s->cap = cap;
}

static void slice_error(vm_thread *t, int64_t lo, int64_t hi, int64_t max, int64_t cap, bool three,
                        bool is_string)
{
    if (three) {
        if (max < 0 || max > cap)
            vm_throw(t, "slice bounds out of range [::%lld] with capacity %lld", (long long)max,
                     (long long)cap);
        if (hi < 0 || hi > max)
            vm_throw(t, "slice bounds out of range [:%lld:%lld]", (long long)hi, (long long)max);
        vm_throw(t, "slice bounds out of range [%lld:%lld:]", (long long)lo, (long long)hi);
    }
    if (hi < 0 || hi > cap)
        vm_throw(t, "slice bounds out of range [:%lld] with %s %lld", (long long)hi,
                 is_string ? "length" : "capacity", (long long)cap);
    vm_throw(t, "slice bounds out of range [%lld:%lld]", (long long)lo, (long long)hi);
}

static void run(vm_thread *t, int stop)
{
    vm *v = t->vm;
    vm_frame *f = &t->frames[t->nframes - 1];
    const int32_t *pc = f->pc;
    slot *R = t->stack + f->base;
    vm_func *callee;        /* VM_CALL and VM_CALLC: what they call */
    vm_closure *callee_cl;
#define A pc[1]
#define B pc[2]
#define Cc pc[3]
#define D pc[4]
#define E pc[5]
#define NEXT(n) (pc += 1 + (n))
#define SAVE() (f->pc = pc)
/* --race: a map's reads and writes are accesses of the map itself, as Go's
 * race detector sees them (and choice points of the schedule). */
#define MAP_ACCESS(m, write)                                                 \
    do {                                                                     \
        if (v->instrument && (m)) {                                          \
            SAVE();                                                          \
            vm_shared(t, f, (m), 8, (write));                                \
        }                                                                    \
    } while (0)
#define RELOAD()                                                                            \
    do {                                                                                    \
        f = &t->frames[t->nframes - 1];                                                     \
        pc = f->pc;                                                                         \
        R = t->stack + f->base;                                                             \
    } while (0)
    for (;;) {
        switch ((vm_op)*pc) {
        case VM_NOP: NEXT(0); break;
        case VM_MOV: R[A] = R[B]; NEXT(2); break;
        case VM_MOV2: R[A] = R[B]; R[A + 1] = R[B + 1]; NEXT(2); break;
        case VM_MOV3: {
            slot x = R[B], y = R[B + 1], z = R[B + 2];
            R[A] = x; R[A + 1] = y; R[A + 2] = z;
            NEXT(2);
            break;
        }
        case VM_MOVN: memmove(&R[A], &R[B], sizeof(slot) * (size_t)Cc); NEXT(3); break;
        case VM_ZERO: memset(&R[A], 0, sizeof(slot) * (size_t)B); NEXT(2); break;
        case VM_LDI: R[A].i = B; NEXT(2); break;
        case VM_LDK: R[A].i = v->consts[B]; NEXT(2); break;
        case VM_LDS: R[A].p = (void *)v->strs[B].p; R[A + 1].i = v->strs[B].len; NEXT(2); break;
        case VM_LDF: R[A].p = ((vm_func *)OBJ(B))->value; NEXT(2); break;
        case VM_ADD: R[A].u = R[B].u + R[Cc].u; NEXT(3); break;
        case VM_SUB: R[A].u = R[B].u - R[Cc].u; NEXT(3); break;
        case VM_MUL: R[A].u = R[B].u * R[Cc].u; NEXT(3); break;
        case VM_DIV:
        case VM_REM: {
            int64_t y = R[Cc].i, x = R[B].i;
            if (y == 0) {
                SAVE();
                vm_throw(t, "integer divide by zero");
            }
            if (y == -1)
                R[A].u = *pc == VM_DIV ? 0 - (uint64_t)x : 0;
            else
                R[A].i = *pc == VM_DIV ? x / y : x % y;
            NEXT(3);
            break;
        }
        case VM_UDIV:
        case VM_UREM: {
            uint64_t y = R[Cc].u;
            if (y == 0) {
                SAVE();
                vm_throw(t, "integer divide by zero");
            }
            R[A].u = *pc == VM_UDIV ? R[B].u / y : R[B].u % y;
            NEXT(3);
            break;
        }
        case VM_AND: R[A].u = R[B].u & R[Cc].u; NEXT(3); break;
        case VM_OR: R[A].u = R[B].u | R[Cc].u; NEXT(3); break;
        case VM_XOR: R[A].u = R[B].u ^ R[Cc].u; NEXT(3); break;
        case VM_ANDNOT: R[A].u = R[B].u & ~R[Cc].u; NEXT(3); break;
        case VM_SHL: R[A].u = R[Cc].u >= 64 ? 0 : R[B].u << R[Cc].u; NEXT(3); break;
        case VM_SHR: R[A].i = R[Cc].u >= 64 ? (R[B].i < 0 ? -1 : 0) : R[B].i >> R[Cc].u; NEXT(3); break;
        case VM_USHR: R[A].u = R[Cc].u >= 64 ? 0 : R[B].u >> R[Cc].u; NEXT(3); break;
        case VM_ADDI: R[A].u = R[B].u + (uint64_t)(int64_t)Cc; NEXT(3); break;
        case VM_NEG: R[A].u = 0 - R[B].u; NEXT(2); break;
        case VM_NOT: R[A].i = !R[B].i; NEXT(2); break;
        case VM_COMPL: R[A].u = ~R[B].u; NEXT(2); break;
        case VM_SEXT: R[A].i = sext(R[B].i, Cc); NEXT(3); break;
        case VM_ZEXT: R[A].u = zext(R[B].u, Cc); NEXT(3); break;
        case VM_FADD: R[A].f = R[B].f + R[Cc].f; NEXT(3); break;
        case VM_FSUB: R[A].f = R[B].f - R[Cc].f; NEXT(3); break;
        case VM_FMUL: R[A].f = R[B].f * R[Cc].f; NEXT(3); break;
        case VM_FDIV: R[A].f = R[B].f / R[Cc].f; NEXT(3); break;
        case VM_FNEG: R[A].f = -R[B].f; NEXT(2); break;
        case VM_F32: R[A].f = (float)R[B].f; NEXT(2); break;
        case VM_EQ: R[A].i = R[B].i == R[Cc].i; NEXT(3); break;
        case VM_NE: R[A].i = R[B].i != R[Cc].i; NEXT(3); break;
        case VM_LT: R[A].i = R[B].i < R[Cc].i; NEXT(3); break;
        case VM_LE: R[A].i = R[B].i <= R[Cc].i; NEXT(3); break;
        case VM_ULT: R[A].i = R[B].u < R[Cc].u; NEXT(3); break;
        case VM_ULE: R[A].i = R[B].u <= R[Cc].u; NEXT(3); break;
        case VM_FEQ: R[A].i = R[B].f == R[Cc].f; NEXT(3); break;
        case VM_FNE: R[A].i = R[B].f != R[Cc].f; NEXT(3); break;
        case VM_FLT: R[A].i = R[B].f < R[Cc].f; NEXT(3); break;
        case VM_FLE: R[A].i = R[B].f <= R[Cc].f; NEXT(3); break;
        case VM_SEQ: R[A].i = str_eq((vm_string *)&R[B], (vm_string *)&R[Cc]); NEXT(3); break;
        case VM_SNE: R[A].i = !str_eq((vm_string *)&R[B], (vm_string *)&R[Cc]); NEXT(3); break;
        case VM_SLT: R[A].i = str_less((vm_string *)&R[B], (vm_string *)&R[Cc], false); NEXT(3); break;
        case VM_SLE: R[A].i = str_less((vm_string *)&R[B], (vm_string *)&R[Cc], true); NEXT(3); break;
        case VM_IEQ:
        case VM_INE: {
            SAVE();
            bool eq = vm_iface_equal(t, (vm_iface *)&R[B], (vm_iface *)&R[Cc]);
            R[A].i = *pc == VM_IEQ ? eq : !eq;
            NEXT(3);
            break;
        }
        case VM_VEQ:
        case VM_VNE: {
            bool eq = vm_equal(OBJ(D), R[B].p, R[Cc].p);
            R[A].i = *pc == VM_VEQ ? eq : !eq;
            NEXT(4);
            break;
        }
        case VM_I2F: R[A].f = (double)R[B].i; NEXT(2); break;
        case VM_U2F: R[A].f = (double)R[B].u; NEXT(2); break;
        case VM_F2I: {
            double x = R[B].f;
            R[A].i = isnan(x) || x >= 9.2233720368547758e18 || x < -9.2233720368547758e18
                         ? INT64_MIN
                         : (int64_t)x;
            NEXT(2);
            break;
        }
        case VM_F2U: {
            double x = R[B].f;
            R[A].u = isnan(x) || x < 0 ? (x < 0 && x > -9.2233720368547758e18 ? (uint64_t)(int64_t)x : 0x8000000000000000ull)
                     : x >= 1.8446744073709552e19 ? 0x8000000000000000ull
                                                  : (uint64_t)x;
            NEXT(2);
            break;
        }
        case VM_JMP: pc = f->fn->code + A; break;
        case VM_JT: pc = R[A].i ? f->fn->code + B : pc + 3; break;
        case VM_JF: pc = !R[A].i ? f->fn->code + B : pc + 3; break;
        case VM_JLT: pc = R[A].i < R[B].i ? f->fn->code + Cc : pc + 4; break;
        case VM_JLE: pc = R[A].i <= R[B].i ? f->fn->code + Cc : pc + 4; break;
        case VM_PREEMPT:
            if (--t->preempt == 0) {
                t->preempt = 1000;
                SAVE();
                vm_preempt(t);
            }
            NEXT(0);
            break;
        case VM_NEW: R[A].p = vm_alloc(t, (size_t)B); NEXT(2); break;
        case VM_NEWCOPY: {
            void *src = R[B].p;
            void *p = vm_alloc(t, (size_t)Cc);
            if (src)
                memcpy(p, src, (size_t)Cc);
            R[A].p = p;
            NEXT(3);
            break;
        }
        case VM_COPY:
            if (!R[A].p || !R[B].p) {
                SAVE();
                nil_deref(t);
            }
            if (v->instrument) {
                SAVE();
                vm_shared(t, f, R[B].p, Cc, false);
                vm_shared(t, f, R[A].p, Cc, true);
            }
            memmove(R[A].p, R[B].p, (size_t)Cc);
            NEXT(3);
            break;
        case VM_NILCHK:
            if (!R[A].p) {
                SAVE();
                nil_deref(t);
            }
            NEXT(1);
            break;
        case VM_OFFSET:
            if (!R[B].p) {
                SAVE();
                nil_deref(t);
            }
            R[A].p = (char *)R[B].p + Cc;
            NEXT(3);
            break;
        case VM_LOAD: {
            const char *p = R[B].p;
            if (!p) {
                SAVE();
                nil_deref(t);
            }
            p += Cc;
            if (v->instrument) {
                SAVE();
                vm_shared(t, f, p, 8, false);
            }
            switch (D) {
            case MK_W: memcpy(&R[A], p, 8); break;
            case MK_I8: R[A].i = *(const int8_t *)p; break;
            case MK_I16: { int16_t x; memcpy(&x, p, 2); R[A].i = x; break; }
            case MK_I32: { int32_t x; memcpy(&x, p, 4); R[A].i = x; break; }
            case MK_U8: R[A].u = *(const uint8_t *)p; break;
            case MK_U16: { uint16_t x; memcpy(&x, p, 2); R[A].u = x; break; }
            case MK_U32: { uint32_t x; memcpy(&x, p, 4); R[A].u = x; break; }
            case MK_F32: { float x; memcpy(&x, p, 4); R[A].f = x; break; }
            case MK_S2: memcpy(&R[A], p, 16); break;
            default: memcpy(&R[A], p, 24); break;
            }
            NEXT(4);
            break;
        }
        case VM_STORE: {
            char *p = R[A].p;
            if (!p) {
                SAVE();
                nil_deref(t);
            }
            p += Cc;
            if (v->instrument) {
                SAVE();
                vm_shared(t, f, p, 8, true);
            }
            const slot *s = &R[B];
            switch (D) {
            case MK_W: memcpy(p, s, 8); break;
            case MK_I8: case MK_U8: *(uint8_t *)p = (uint8_t)s->u; break;
            case MK_I16: case MK_U16: { uint16_t x = (uint16_t)s->u; memcpy(p, &x, 2); break; }
            case MK_I32: case MK_U32: { uint32_t x = (uint32_t)s->u; memcpy(p, &x, 4); break; }
            case MK_F32: { float x = (float)s->f; memcpy(p, &x, 4); break; }
            case MK_S2: memcpy(p, s, 16); break;
            default: memcpy(p, s, 24); break;
            }
            NEXT(4);
            break;
        }
        case VM_GLOBAL: R[A].p = (char *)v->globals + B; NEXT(2); break;
        case VM_UPVAL: R[A].p = f->cl->up[B]; NEXT(2); break;
        case VM_INDEX: {
            vm_slice *s = (vm_slice *)&R[B];
            int64_t i = R[Cc].i;
            if ((uint64_t)i >= (uint64_t)s->len) {
                SAVE();
                index_error(t, i, s->len);
            }
            R[A].p = s->p + i * D;
            NEXT(5);
            break;
        }
        case VM_AINDEX: {
            int64_t i = R[Cc].i;
            if ((uint64_t)i >= (uint64_t)E) {
                SAVE();
                index_error(t, i, E);
            }
            if (!R[B].p) {
                SAVE();
                nil_deref(t);
            }
            R[A].p = (char *)R[B].p + i * D;
            NEXT(5);
            break;
        }
        case VM_SINDEX: {
            vm_string *s = (vm_string *)&R[B];
            int64_t i = R[Cc].i;
            if ((uint64_t)i >= (uint64_t)s->len) {
                SAVE();
                index_error(t, i, s->len);
            }
            R[A].u = (uint8_t)s->p[i];
            NEXT(3);
            break;
        }
        case VM_SLICE:
        case VM_ASLICE: {
            bool arr = *pc == VM_ASLICE;
            char *p;
            int64_t len, cap;
            int es = arr ? pc[6] : pc[6];
            if (arr) {
                p = R[B].p;
                if (!p) {
                    SAVE();
                    nil_deref(t);
                }
                len = cap = pc[7];
            } else {
                vm_slice *s = (vm_slice *)&R[B];
                p = s->p;
                len = s->len;
                cap = s->cap;
            }
            int64_t lo = Cc >= 0 ? R[Cc].i : 0;
            int64_t hi = D >= 0 ? R[D].i : len;
            int64_t max = E >= 0 ? R[E].i : cap;
            if (lo < 0 || hi < lo || max < hi || max > cap) {
                SAVE();
                slice_error(t, lo, hi, max, cap, E >= 0, false);
            }
            vm_slice *d = (vm_slice *)&R[A];
            d->p = p + lo * es;
            d->len = hi - lo;
            d->cap = max - lo;
            NEXT(arr ? 7 : 6);
            break;
        }
        case VM_SSLICE: {
            vm_string *s = (vm_string *)&R[B];
            int64_t lo = Cc >= 0 ? R[Cc].i : 0;
            int64_t hi = D >= 0 ? R[D].i : s->len;
            if (lo < 0 || hi < lo || hi > s->len) {
                SAVE();
                slice_error(t, lo, hi, 0, s->len, false, true);
            }
            vm_string *d = (vm_string *)&R[A];
            const char *sp = s->p;
            d->p = sp + lo;
            d->len = hi - lo;
            NEXT(4);
            break;
        }
        case VM_SCAT: {
            vm_string *x = (vm_string *)&R[B], *y = (vm_string *)&R[Cc];
            vm_string r;
            if (x->len == 0)
                r = *y;
            else if (y->len == 0)
                r = *x;
            else {
                char *p = vm_alloc(t, (size_t)(x->len + y->len));
                memcpy(p, x->p, (size_t)x->len);
                memcpy(p + x->len, y->p, (size_t)y->len);
                r.p = p;
                r.len = x->len + y->len;
            }
            *(vm_string *)&R[A] = r;
            NEXT(3);
            break;
        }
        case VM_MKSLICE: {
            gtype *et = OBJ(D);
            int es = gtype_elem_size(et);
            int64_t len = R[B].i, cap = R[Cc].i;
            if (len < 0 || (es && len > (INT64_C(1) << 40) / es)) {
                SAVE();
                vm_throw(t, "makeslice: len out of range");
            }
            if (cap < len || (es && cap > (INT64_C(1) << 40) / es)) {
                SAVE();
                vm_throw(t, "makeslice: cap out of range");
            }
            vm_slice *s = (vm_slice *)&R[A];
            s->p = vm_alloc(t, (size_t)(cap * es) + 1);
            s->len = len;
            s->cap = cap;
            NEXT(4);
            break;
        }
        case VM_APPEND: {
            gtype *et = OBJ(D);
            int es = gtype_elem_size(et);
            vm_slice s = *(vm_slice *)&R[B];
            grow_slice(t, &s, 1, es);
            vm_store(et, s.p + s.len * es, &R[Cc], true);
            s.len++;
            *(vm_slice *)&R[A] = s;
            NEXT(4);
            break;
        }
        case VM_APPENDS: {
            gtype *et = OBJ(D);
            int es = gtype_elem_size(et);
            vm_slice s = *(vm_slice *)&R[B];
            vm_slice y = *(vm_slice *)&R[Cc];
            grow_slice(t, &s, y.len, es);
            if (y.len)
                memmove(s.p + s.len * es, y.p, (size_t)(y.len * es));
            s.len += y.len;
            *(vm_slice *)&R[A] = s;
            NEXT(4);
            break;
        }
        case VM_COPYS: {
            vm_slice *x = (vm_slice *)&R[B], *y = (vm_slice *)&R[Cc];
            int64_t n = x->len < y->len ? x->len : y->len;
            if (n)
                memmove(x->p, y->p, (size_t)(n * D));
            R[A].i = n;
            NEXT(4);
            break;
        }
        case VM_MKMAP: R[A].p = vm_map_new(t, OBJ(B), 0); NEXT(2); break;
        case VM_MAPGET: {
            MAP_ACCESS(R[B].p, false);
            gtype *mt = under((gtype *)OBJ(E));
            void *cell = R[B].p ? vm_map_find(R[B].p, vm_mem_of(mt->key, &R[Cc])) : NULL;
            if (cell)
                vm_load(mt->elem, cell, &R[A], false);
            else
                memset(&R[A], 0, sizeof(slot) * (size_t)vm_slots(mt->elem));
            if (vm_is_aggregate(mt->elem) && !cell)
                R[A].p = vm_alloc(t, (size_t)gtype_size(mt->elem) + 1);
            if (D >= 0)
                R[D].i = cell != NULL;
            NEXT(5);
            break;
        }
        case VM_MAPSET: {
            if (!R[A].p) {
                SAVE();
                vm_throw_plain(t, "assignment to entry in nil map");
            }
            MAP_ACCESS(R[A].p, true);
            gtype *mt = under((gtype *)OBJ(D));
            void *cell = vm_map_insert(t, R[A].p, vm_mem_of(mt->key, &R[B]));
            vm_store(mt->elem, cell, &R[Cc], false);
            NEXT(4);
            break;
        }
        case VM_MAPDEL: {
            MAP_ACCESS(R[A].p, true);
            gtype *mt = under((gtype *)OBJ(Cc));
            if (R[A].p)
                vm_map_delete(R[A].p, vm_mem_of(mt->key, &R[B]));
            NEXT(3);
            break;
        }
        case VM_MAPLEN: MAP_ACCESS(R[B].p, false); R[A].i = R[B].p ? vm_map_len(R[B].p) : 0; NEXT(2); break;
        case VM_MAPITER: MAP_ACCESS(R[B].p, false); R[A].p = R[B].p ? vm_map_iter_new(t, R[B].p) : NULL; NEXT(3); break;
        case VM_MAPNEXT: {
            void *k, *val;
            gtype *mt = under((gtype *)OBJ(E));
            if (!R[A].p || !vm_map_iter_next(R[A].p, &k, &val)) {
                pc = f->fn->code + D;
                break;
            }
            vm_load(mt->key, k, &R[B], false);
            vm_load(mt->elem, val, &R[Cc], false);
            NEXT(5);
            break;
        }
        case VM_MKCHAN: {
            int64_t n = R[B].i;
            if (n < 0 || n > (1 << 30)) {
                SAVE();
                vm_throw(t, "makechan: size out of range");
            }
            SAVE();
            R[A].p = rt_chan_make_at((size_t)Cc, (int)n, "", f->fn->file, f->fn->lines[pc - f->fn->code]);
            if (*(const char *)OBJ(D))
                chan_name(R[A].p, OBJ(D));
            NEXT(4);
            break;
        }
        case VM_SEND:
        case VM_RECV:
        case VM_CLOSE:
        case VM_SELECT:
        case VM_GO:
        case VM_CALLI:
            SAVE();
            vm_exec_rt(t, f, R);
            RELOAD();
            break;
        case VM_CHLEN: R[A].i = chan_len(R[B].p); NEXT(2); break;
        case VM_CHCAP: R[A].i = chan_cap(R[B].p); NEXT(2); break;
        case VM_CALL:
            callee = OBJ(A);
            callee_cl = NULL;
            goto call;
        case VM_CALLC: {
            vm_closure *cl = R[A].p;
            if (!cl) {
                SAVE();
                nil_deref(t);
            }
            callee = cl->fn;
            if (cl->bound)
                vm_bind_args(cl, &R[B], callee->nparams - cl->bound);
            callee_cl = cl->bound ? NULL : cl;
        }
        call:
            /* the callee's frame starts at the arguments (operand B) */
            if (callee->native) {
                SAVE();
                callee->native(t, &R[B]);
                RELOAD();
                NEXT(2);
                break;
            }
            NEXT(2);
            SAVE();
            vm_push_frame(t, callee, callee_cl, f->base + pc[-1]);
            RELOAD();
            break;
        case VM_RET: {
            if (B)
                memmove(&R[0], &R[A], sizeof(slot) * (size_t)B);
            t->nframes--;
            if (t->nframes <= stop)
                return;
            RELOAD();
            break;
        }
        case VM_RUNDEFER:
            NEXT(0);
            if (f->defers) {
                SAVE();
                run_defers(t);
                RELOAD();
            }
            break;
        case VM_DEFER: {
            vm_closure *cl = R[A].p;
            defer_stmt(t, f, cl, &R[B], Cc);
            NEXT(3);
            break;
        }
        case VM_CLOSURE: {
            vm_func *fn = OBJ(B);
            int n = Cc;
            vm_closure *cl = vm_alloc(t, sizeof *cl + sizeof(void *) * (size_t)n);
            cl->fn = fn;
            cl->nup = n;
            for (int i = 0; i < n; i++)
                cl->up[i] = R[D + i].p;
            R[A].p = cl;
            NEXT(4);
            break;
        }
        case VM_BIND: {
            vm_func *fn;
            int rs = D;
            slot *recv = &R[Cc];
            slot tmp[3];
            if (D < 0) {
                vm_iface *x = (vm_iface *)&R[Cc];
                if (!x->t) {
                    SAVE();
                    nil_deref(t);
                }
                fn = vm_method_find(x->t, OBJ(B));
                if (!fn) {
                    SAVE();
                    vm_fatal(t, "method not found");
                }
                gtype *rt_ = fn->recv ? fn->recv : x->t;
                vm_unbox(rt_, x->data, tmp);
                recv = tmp;
                rs = vm_slots(rt_);
            } else {
                fn = OBJ(B);
            }
            vm_closure *cl = vm_alloc(t, sizeof *cl + sizeof(void *));
            cl->fn = fn;
            cl->nup = 1;
            cl->bound = rs;
            cl->up[0] = vm_alloc(t, sizeof(slot) * (size_t)(rs ? rs : 1));
            memcpy(cl->up[0], recv, sizeof(slot) * (size_t)rs);
            R[A].p = cl;
            NEXT(4);
            break;
        }
        case VM_MKIFACE: {
            gtype *ty = OBJ(Cc);
            slot data = vm_box(t, ty, &R[B]);
            R[A].p = ty;
            R[A + 1] = data;
            NEXT(3);
            break;
        }
        case VM_ASSERT:
        case VM_ISTYPE:
        case VM_PANIC:
        case VM_RECOVER:
        case VM_RTPANIC:
        case VM_STRCONV:
        case VM_RANGESTR:
        case VM_PRINT:
        case VM_SLEN:
        case VM_CONV:
            SAVE();
            pc = vm_exec_slow(t, f, R);
            break;
        default:
            SAVE();
            vm_fatal(t, "bad instruction");
        }
    }
}
