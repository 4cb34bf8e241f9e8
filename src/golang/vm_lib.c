/* vm_lib.c: the library functions the interpreter implements in C, bound
 * by qualified name ("fmt.Println", "sync.(*Mutex).Lock"): fmt, errors,
 * time on the runtime's virtual clock, sync and sync/atomic on its
 * primitives, runtime, os and math (strings, strconv and sort are in
 * vm_lib_text.c). Each takes its
 * arguments from registers laid out as the interpreter's calling
 * convention puts them, and writes its results from the first one. */
#include "golang/vm.h"

#include "rt/rt.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

_Static_assert(sizeof(sync_mutex) <= 64, "sync.Mutex holds the runtime's mutex");
_Static_assert(sizeof(sync_rwmutex) <= 192, "sync.RWMutex holds the runtime's rwmutex");
_Static_assert(sizeof(sync_waitgroup) <= 64, "sync.WaitGroup holds the runtime's waitgroup");

#define ARGSTR(i) (*(vm_string *)&a[(i)])
#define ARGSLICE(i) (*(vm_slice *)&a[(i)])

static int line_now(vm_thread *t)
{
    if (!t->nframes)
        return 0;
    return vm_frame_line(&t->frames[t->nframes - 1]);
}

static const char *file_of(vm_thread *t)
{
    return t->vm->file;
}

/* --- errors ----------------------------------------------------------------- */

static gpkg errors_pkg = {.path = "errors", .name = "errors"};
static gobj error_string_obj = {.kind = O_TYPENAME, .name = "errorString", .pkg = &errors_pkg};
static gtype error_string_struct = {.kind = K_STRUCT, .size = 16};
static gtype error_string_named = {.kind = K_NAMED, .size = 16, .obj = &error_string_obj,
                                   .underlying = &error_string_struct};
static gtype error_string_ptr = {.kind = K_POINTER, .size = 8, .elem = &error_string_named};

static void error_string_Error(vm_thread *t, slot *a)
{
    (void)t;
    vm_string *s = a[0].p;
    ARGSTR(0) = *s;
}

static vm_func error_method = {.name = "errors.(*errorString).Error", .nparams = 1, .nresults = 2,
                               .nregs = 2, .native = error_string_Error};
static vm_method error_methods[1];
static vm_itab error_itab = {error_methods, 1};

vm_iface vm_error_new(vm_thread *t, vm_string msg)
{
    if (!error_string_ptr.mtab) {
        error_methods[0].name = "Error";
        error_methods[0].fn = &error_method;
        error_method.recv = &error_string_ptr;
        error_string_ptr.mtab = &error_itab;
        error_string_ptr.id = -1;
    }
    vm_string *s = vm_alloc(t, sizeof *s);
    *s = msg;
    return (vm_iface){&error_string_ptr, {.p = s}};
}

static void errors_New(vm_thread *t, slot *a)
{
    *(vm_iface *)a = vm_error_new(t, ARGSTR(0));
}

/* fmt.Errorf with %w: *fmt.wrapError {msg string; err error}. */
static gpkg fmt_pkg = {.path = "fmt", .name = "fmt"};
static gobj wrap_error_obj = {.kind = O_TYPENAME, .name = "wrapError", .pkg = &fmt_pkg};
static gtype wrap_error_struct = {.kind = K_STRUCT, .size = 32};
static gtype wrap_error_named = {.kind = K_NAMED, .size = 32, .obj = &wrap_error_obj,
                                 .underlying = &wrap_error_struct};
static gtype wrap_error_ptr = {.kind = K_POINTER, .size = 8, .elem = &wrap_error_named};

typedef struct wrap_error {
    vm_string msg;
    vm_iface err;
} wrap_error;

static void wrap_error_Error(vm_thread *t, slot *a)
{
    (void)t;
    ARGSTR(0) = ((wrap_error *)a[0].p)->msg;
}

static void wrap_error_Unwrap(vm_thread *t, slot *a)
{
    (void)t;
    *(vm_iface *)a = ((wrap_error *)a[0].p)->err;
}

static vm_func wrap_methods_fn[2] = {
    {.name = "fmt.(*wrapError).Error", .nparams = 1, .nresults = 2, .nregs = 2, .native = wrap_error_Error},
    {.name = "fmt.(*wrapError).Unwrap", .nparams = 1, .nresults = 2, .nregs = 2, .native = wrap_error_Unwrap},
};
static vm_method wrap_methods[2];
static vm_itab wrap_itab = {wrap_methods, 2};

static vm_iface wrap_error_new(vm_thread *t, vm_string msg, vm_iface inner)
{
    if (!wrap_error_ptr.mtab) {
        wrap_methods[0] = (vm_method){"Error", &wrap_methods_fn[0]};
        wrap_methods[1] = (vm_method){"Unwrap", &wrap_methods_fn[1]};
        wrap_methods_fn[0].recv = wrap_methods_fn[1].recv = &wrap_error_ptr;
        wrap_error_ptr.mtab = &wrap_itab;
        wrap_error_ptr.id = -2;
    }
    wrap_error *w = vm_alloc(t, sizeof *w);
    w->msg = msg;
    w->err = inner;
    return (vm_iface){&wrap_error_ptr, {.p = w}};
}

/* err's Unwrap(), or a nil interface. */
static vm_iface unwrap(vm_thread *t, vm_iface err)
{
    vm_iface none = {0};
    if (!err.t)
        return none;
    vm_func *fn = vm_method_find(err.t, "Unwrap");
    if (!fn || fn->nresults != 2)
        return none;
    slot args[4] = {{0}};
    vm_unbox(fn->recv ? fn->recv : err.t, err.data, args);
    vm_closure cl = {fn, 0, 0};
    vm_call(t, &cl, args, fn->nparams);
    memcpy(&none, args, sizeof none);
    return none;
}

static void errors_Unwrap(vm_thread *t, slot *a)
{
    *(vm_iface *)a = unwrap(t, *(vm_iface *)a);
}

static void errors_Is(vm_thread *t, slot *a)
{
    vm_iface err = *(vm_iface *)a, target = *(vm_iface *)&a[2];
    for (int depth = 0; err.t && depth < 100; depth++) {
        if (err.t == target.t && type_comparable(err.t) && vm_iface_equal(t, &err, &target)) {
            a[0].i = 1;
            return;
        }
        err = unwrap(t, err);
    }
    a[0].i = !err.t && !target.t;
}

/* errors.As(err, target any): target is a non-nil pointer to a variable
 * of an interface type or of a type implementing error. */
static void errors_As(vm_thread *t, slot *a)
{
    vm_iface err = *(vm_iface *)a, target = *(vm_iface *)&a[2];
    if (!target.t || under(target.t)->kind != K_POINTER || !target.data.p)
        vm_throw_plain(t, "errors: target must be a non-nil pointer");
    gtype *want = under(target.t)->elem;
    for (int depth = 0; err.t && depth < 100; depth++) {
        bool match = under(want)->kind == K_INTERFACE ? vm_implements(err.t, want) : err.t == want;
        if (match) {
            if (under(want)->kind == K_INTERFACE) {
                memcpy(target.data.p, &err, sizeof err);
            } else {
                slot r[3];
                vm_unbox(want, err.data, r);
                vm_store(want, target.data.p, r, false);
            }
            a[0].i = 1;
            return;
        }
        err = unwrap(t, err);
    }
    a[0].i = 0;
}

/* --- fmt ------------------------------------------------------------------- */

static vm_string sprint(vm_thread *t, int mode, vm_string format, vm_slice args)
{
    char *buf = NULL;
    size_t len = 0, cap = 0;
    vm_fmt(t, mode, format, (const vm_iface *)args.p, args.len, &buf, &len, &cap);
    vm_string s = vm_str_new(t, buf ? buf : "", len);
    free(buf);
    return s;
}

static void print_result(slot *a, int64_t n)
{
    a[0].i = n;
    a[1].p = NULL;
    a[2].p = NULL;
}

static void fmt_Println(vm_thread *t, slot *a)
{
    vm_string s = sprint(t, 1, (vm_string){"", 0}, ARGSLICE(0));
    vm_write(t, 1, s.p, (size_t)s.len);
    print_result(a, s.len);
}

static void fmt_Print(vm_thread *t, slot *a)
{
    vm_string s = sprint(t, 0, (vm_string){"", 0}, ARGSLICE(0));
    vm_write(t, 1, s.p, (size_t)s.len);
    print_result(a, s.len);
}

static void fmt_Printf(vm_thread *t, slot *a)
{
    vm_string s = sprint(t, 2, ARGSTR(0), ARGSLICE(2));
    vm_write(t, 1, s.p, (size_t)s.len);
    print_result(a, s.len);
}

static void fmt_Sprintf(vm_thread *t, slot *a)
{
    ARGSTR(0) = sprint(t, 2, ARGSTR(0), ARGSLICE(2));
}

static void fmt_Sprint(vm_thread *t, slot *a)
{
    ARGSTR(0) = sprint(t, 0, (vm_string){"", 0}, ARGSLICE(0));
}

static void fmt_Sprintln(vm_thread *t, slot *a)
{
    ARGSTR(0) = sprint(t, 1, (vm_string){"", 0}, ARGSLICE(0));
}

/* Writes s to the io.Writer w through its Write method. */
static void write_to(vm_thread *t, vm_iface w, vm_string s, slot *a)
{
    if (!w.t)
        vm_throw(t, "invalid memory address or nil pointer dereference");
    vm_func *fn = vm_method_find(w.t, "Write");
    if (!fn)
        vm_fatal(t, "fmt: the writer has no Write method");
    slot args[8] = {{0}};
    vm_unbox(fn->recv ? fn->recv : w.t, w.data, args);
    vm_slice p = {(char *)s.p, s.len, s.len};
    memcpy(&args[1], &p, sizeof p);
    vm_closure cl = {fn, 0, 0};
    vm_call(t, &cl, args, fn->nparams);
    memcpy(a, args, sizeof(slot) * 3);
}

static void fmt_Fprintf(vm_thread *t, slot *a)
{
    write_to(t, *(vm_iface *)a, sprint(t, 2, ARGSTR(2), ARGSLICE(4)), a);
}

static void fmt_Fprintln(vm_thread *t, slot *a)
{
    write_to(t, *(vm_iface *)a, sprint(t, 1, (vm_string){"", 0}, ARGSLICE(2)), a);
}

static void fmt_Fprint(vm_thread *t, slot *a)
{
    write_to(t, *(vm_iface *)a, sprint(t, 0, (vm_string){"", 0}, ARGSLICE(2)), a);
}

static void fmt_Errorf(vm_thread *t, slot *a)
{
    vm_string format = ARGSTR(0);
    vm_slice args = ARGSLICE(2);
    vm_string msg = sprint(t, 2, format, args);
    /* the operand of the first %w is the wrapped error */
    int64_t argi = 0;
    for (int64_t i = 0; i + 1 < format.len; i++) {
        if (format.p[i] != '%')
            continue;
        if (format.p[i + 1] == '%') {
            i++;
            continue;
        }
        int64_t j = i + 1;
        while (j < format.len && strchr("+-# 0123456789.", format.p[j]))
            j++;
        if (j < format.len && format.p[j] == 'w' && argi < args.len) {
            vm_iface inner = ((vm_iface *)args.p)[argi];
            *(vm_iface *)a = wrap_error_new(t, msg, inner);
            return;
        }
        argi++;
        i = j;
    }
    *(vm_iface *)a = vm_error_new(t, msg);
}

/* --- time ------------------------------------------------------------------- */

static void time_Sleep(vm_thread *t, slot *a)
{
    t->wait = "sleep";
    rt_sleep_at(a[0].i, file_of(t), line_now(t));
    t->wait = NULL;
    t->vm->current = t;
}

/* Go's Duration.String. */
static void time_Duration_String(vm_thread *t, slot *a)
{
    int64_t d = a[0].i;
    char buf[40];
    char *w = buf + sizeof buf;
    uint64_t u = d < 0 ? 0 - (uint64_t)d : (uint64_t)d;
    bool neg = d < 0;
    if (u < 1000000000ull) {
        const char *unit;
        int prec;
        if (u == 0) {
            ARGSTR(0) = vm_str_new(t, "0s", 2);
            return;
        } else if (u < 1000) {
            unit = "ns";
            prec = 0;
        } else if (u < 1000000) {
            unit = "µs";
            prec = 3;
        } else {
            unit = "ms";
            prec = 6;
        }
        size_t ul = strlen(unit);
        w -= ul;
        memcpy(w, unit, ul);
        /* fraction */
        bool printed = false;
        for (int i = 0; i < prec; i++) {
            int digit = (int)(u % 10);
            printed = printed || digit != 0;
            if (printed)
                *--w = (char)('0' + digit);
            u /= 10;
        }
        if (printed)
            *--w = '.';
        do {
            *--w = (char)('0' + u % 10);
            u /= 10;
        } while (u);
    } else {
        *--w = 's';
        bool printed = false;
        for (int i = 0; i < 9; i++) {
            int digit = (int)(u % 10);
            printed = printed || digit != 0;
            if (printed)
                *--w = (char)('0' + digit);
            u /= 10;
        }
        if (printed)
            *--w = '.';
        uint64_t secs = u;
        uint64_t s = secs % 60;
        do {
            *--w = (char)('0' + s % 10);
            s /= 10;
        } while (s);
        uint64_t mins = secs / 60;
        if (mins) {
            *--w = 'm';
            uint64_t m = mins % 60;
            do {
                *--w = (char)('0' + m % 10);
                m /= 10;
            } while (m);
            uint64_t h = mins / 60;
            if (h) {
                *--w = 'h';
                do {
                    *--w = (char)('0' + h % 10);
                    h /= 10;
                } while (h);
            }
        }
    }
    if (neg)
        *--w = '-';
    ARGSTR(0) = vm_str_new(t, w, (size_t)(buf + sizeof buf - w));
}

static void time_Duration_Seconds(vm_thread *t, slot *a)
{
    (void)t;
    a[0].f = (double)a[0].i / 1e9;
}

static void time_Duration_Milliseconds(vm_thread *t, slot *a)
{
    (void)t;
    a[0].i = a[0].i / 1000000;
}

/* A Time is an aggregate {ns int64}: its register holds an address. */
static void time_Now(vm_thread *t, slot *a)
{
    int64_t *p = vm_alloc(t, 8);
    *p = time_now();
    a[0].p = p;
}

static void time_Since(vm_thread *t, slot *a)
{
    (void)t;
    a[0].i = time_now() - *(int64_t *)a[0].p;
}

static void time_Time_Sub(vm_thread *t, slot *a)
{
    (void)t;
    a[0].i = *(int64_t *)a[0].p - *(int64_t *)a[1].p;
}

/* time.After: a helper goroutine of the runtime (not a Go goroutine:
 * deadlock reports leave it out) sleeps, then sends the Time. */
typedef struct after_job {
    chan *c;
    rt_duration d;
    vm *v;
} after_job;

static void after_fire(void *arg)
{
    after_job *j = arg;
    rt_sleep_at(j->d, j->v->file, 0);
    int64_t *now = vm_alloc_vm(j->v, 8);
    *now = time_now();
    slot val = {.p = now};
    rt_chan_send_at(j->c, &val, j->v->file, 0);
}

static void time_After(vm_thread *t, slot *a)
{
    after_job *j = vm_alloc(t, sizeof *j);
    j->c = rt_chan_make_at(sizeof(slot), 1, "time.Time", file_of(t), line_now(t));
    j->d = a[0].i;
    j->v = t->vm;
    rt_go_at(after_fire, j, "time.After", file_of(t), line_now(t));
    t->vm->current = t;
    a[0].p = j->c;
}

/* --- sync --------------------------------------------------------------------- */

static void *sync_obj(vm_thread *t, slot *a)
{
    if (!a[0].p)
        vm_throw(t, "invalid memory address or nil pointer dereference");
    return a[0].p;
}

static void sync_Mutex_Lock(vm_thread *t, slot *a)
{
    t->wait = "semacquire";
    rt_mutex_lock_at(sync_obj(t, a), file_of(t), line_now(t));
    t->wait = NULL;
    t->vm->current = t;
}

static void sync_Mutex_Unlock(vm_thread *t, slot *a)
{
    rt_mutex_unlock_at(sync_obj(t, a), file_of(t), line_now(t));
    t->vm->current = t;
}

static void sync_Mutex_TryLock(vm_thread *t, slot *a)
{
    a[0].i = rt_mutex_trylock_at(sync_obj(t, a), file_of(t), line_now(t));
}

static void sync_RWMutex_Lock(vm_thread *t, slot *a)
{
    t->wait = "semacquire";
    rt_rwmutex_lock_at(sync_obj(t, a), file_of(t), line_now(t));
    t->wait = NULL;
    t->vm->current = t;
}

static void sync_RWMutex_Unlock(vm_thread *t, slot *a)
{
    rt_rwmutex_unlock_at(sync_obj(t, a), file_of(t), line_now(t));
}

static void sync_RWMutex_RLock(vm_thread *t, slot *a)
{
    t->wait = "semacquire";
    rt_rwmutex_rlock_at(sync_obj(t, a), file_of(t), line_now(t));
    t->wait = NULL;
    t->vm->current = t;
}

static void sync_RWMutex_RUnlock(vm_thread *t, slot *a)
{
    rt_rwmutex_runlock_at(sync_obj(t, a), file_of(t), line_now(t));
}

static void sync_WaitGroup_Add(vm_thread *t, slot *a)
{
    rt_wg_add_at(sync_obj(t, a), a[1].i, file_of(t), line_now(t));
}

static void sync_WaitGroup_Done(vm_thread *t, slot *a)
{
    rt_wg_add_at(sync_obj(t, a), -1, file_of(t), line_now(t));
}

static void sync_WaitGroup_Wait(vm_thread *t, slot *a)
{
    t->wait = "semacquire";
    rt_wg_wait_at(sync_obj(t, a), file_of(t), line_now(t));
    t->wait = NULL;
    t->vm->current = t;
}

/* sync.Once on the runtime's once (so that the race detector knows
 * that the function's return happens before every Do returns). */
_Static_assert(sizeof(sync_once) <= 64, "sync.Once holds the runtime's once");

typedef struct once_call {
    vm_thread *t;
    vm_closure *f;
} once_call;

static void once_trampoline(void *arg)
{
    once_call *c = arg;
    slot args[2] = {{0}};
    vm_call(c->t, c->f, args, 0);
}

static void sync_Once_Do(vm_thread *t, slot *a)
{
    once_call c = {t, a[1].p};
    t->wait = "semacquire";
    rt_once_do_at(sync_obj(t, a), once_trampoline, &c, file_of(t), line_now(t));
    t->wait = NULL;
    t->vm->current = t;
}

/* --- sync/atomic: one goroutine runs at a time, so plain memory is atomic --- */

static void atomic_check(vm_thread *t, slot *a)
{
    if (!a[0].p)
        vm_throw(t, "invalid memory address or nil pointer dereference");
}

static void atomic_AddInt32(vm_thread *t, slot *a)
{
    atomic_check(t, a);
    int32_t v;
    memcpy(&v, a[0].p, 4);
    v = (int32_t)((uint32_t)v + (uint32_t)a[1].i);
    memcpy(a[0].p, &v, 4);
    a[0].i = v;
}

static void atomic_AddInt64(vm_thread *t, slot *a)
{
    atomic_check(t, a);
    int64_t v;
    memcpy(&v, a[0].p, 8);
    v = (int64_t)((uint64_t)v + a[1].u);
    memcpy(a[0].p, &v, 8);
    a[0].i = v;
}

static void atomic_LoadInt32(vm_thread *t, slot *a)
{
    atomic_check(t, a);
    int32_t v;
    memcpy(&v, a[0].p, 4);
    a[0].i = v;
}

static void atomic_LoadInt64(vm_thread *t, slot *a)
{
    atomic_check(t, a);
    memcpy(&a[0].i, a[0].p, 8);
}

static void atomic_StoreInt32(vm_thread *t, slot *a)
{
    atomic_check(t, a);
    int32_t v = (int32_t)a[1].i;
    memcpy(a[0].p, &v, 4);
}

static void atomic_StoreInt64(vm_thread *t, slot *a)
{
    atomic_check(t, a);
    memcpy(a[0].p, &a[1].i, 8);
}

static void atomic_CompareAndSwapInt32(vm_thread *t, slot *a)
{
    atomic_check(t, a);
    int32_t v;
    memcpy(&v, a[0].p, 4);
    bool ok = v == (int32_t)a[1].i;
    if (ok) {
        int32_t n = (int32_t)a[2].i;
        memcpy(a[0].p, &n, 4);
    }
    a[0].i = ok;
}

static void atomic_CompareAndSwapInt64(vm_thread *t, slot *a)
{
    atomic_check(t, a);
    int64_t v;
    memcpy(&v, a[0].p, 8);
    bool ok = v == a[1].i;
    if (ok)
        memcpy(a[0].p, &a[2].i, 8);
    a[0].i = ok;
}

/* --- builtins deferred or started as goroutines ------------------------- */

static void builtin_close(vm_thread *t, slot *a)
{
    chan *c = a[0].p;
    if (!c)
        vm_throw_plain(t, "close of nil channel");
    if (chan_closed(c))
        vm_throw_plain(t, "close of closed channel");
    rt_chan_close_at(c, file_of(t), line_now(t));
    t->vm->current = t;
}

static void builtin_panic(vm_thread *t, slot *a)
{
    vm_panic_value(t, *(vm_iface *)a);
}

/* --- runtime, os ------------------------------------------------------------ */

static void runtime_GOMAXPROCS(vm_thread *t, slot *a)
{
    (void)t;
    int64_t n = a[0].i;
    int64_t old = t->vm->gomaxprocs ? t->vm->gomaxprocs : 1;
    if (n > 0)
        t->vm->gomaxprocs = n;
    a[0].i = old;
}

static void runtime_NumCPU(vm_thread *t, slot *a)
{
    (void)t;
    a[0].i = 1;
}

static void runtime_NumGoroutine(vm_thread *t, slot *a)
{
    (void)t;
    a[0].i = num_goroutine();
}

static void runtime_Gosched(vm_thread *t, slot *a)
{
    (void)a;
    rt_gosched_at(file_of(t), line_now(t));
    t->vm->current = t;
}

static void os_Exit(vm_thread *t, slot *a)
{
    vm *v = t->vm;
    v->exited = true;
    v->exit_code = (int)a[0].i;
    if (v->exit_code != 0)
        vm_errorf(v, "exit status %d\n", v->exit_code);
    rt_panic_at(file_of(t), line_now(t), "%s", "os.Exit");
}

/* --- strconv, strings, math --------------------------------------------------- */

static void strings_Repeat(vm_thread *t, slot *a)
{
    vm_string s = ARGSTR(0);
    int64_t n = a[2].i;
    if (n < 0)
        vm_throw_plain(t, "strings: negative Repeat count");
    char *p = vm_alloc(t, (size_t)(s.len * n) + 1);
    for (int64_t i = 0; s.len && i < n; i++)
        memcpy(p + i * s.len, s.p, (size_t)s.len);
    ARGSTR(0) = (vm_string){p, s.len * n};
}

/* math: one-argument and two-argument functions of C's libm, which
 * agree with Go's for these (Go's Max/Min treat NaN and -0 as below). */
#define MATH1(name, expr)                                                    \
    static void math_##name(vm_thread *t, slot *a)                           \
    {                                                                        \
        (void)t;                                                             \
        double x = a[0].f;                                                   \
        a[0].f = (expr);                                                     \
    }
#define MATH2(name, expr)                                                    \
    static void math_##name(vm_thread *t, slot *a)                           \
    {                                                                        \
        (void)t;                                                             \
        double x = a[0].f, y = a[1].f;                                       \
        a[0].f = (expr);                                                     \
    }
/* Go's Cbrt is exact on perfect cubes; glibc's may be off by an ulp. */
static double exact_cbrt(double x)
{
    double r = cbrt(x), n = nearbyint(r);
    return n * n * n == x ? n : r;
}

MATH1(Sqrt, sqrt(x))
MATH1(Abs, fabs(x))
MATH1(Cbrt, exact_cbrt(x))
MATH1(Ceil, ceil(x))
MATH1(Floor, floor(x))
MATH1(Trunc, trunc(x))
MATH1(Round, round(x))
MATH1(Cos, cos(x))
MATH1(Sin, sin(x))
MATH1(Tan, tan(x))
MATH1(Atan, atan(x))
MATH1(Exp, exp(x))
MATH1(Log, log(x))
MATH1(Log2, log2(x))
MATH1(Log10, log10(x))
MATH2(Pow, pow(x, y))
MATH2(Hypot, hypot(x, y))
MATH2(Mod, fmod(x, y))
MATH2(Atan2, atan2(x, y))
MATH2(Max, isnan(x) || isnan(y) ? NAN : x > y ? x : y < x ? x : (x == 0 && y == 0 ? (signbit(x) ? y : x) : y))
MATH2(Min, isnan(x) || isnan(y) ? NAN : x < y ? x : y > x ? x : (x == 0 && y == 0 ? (signbit(x) ? x : y) : y))

static void math_Inf(vm_thread *t, slot *a)
{
    (void)t;
    a[0].f = a[0].i >= 0 ? INFINITY : -INFINITY;
}

static void math_NaN(vm_thread *t, slot *a)
{
    (void)t;
    a[0].f = NAN;
}

static void math_IsNaN(vm_thread *t, slot *a)
{
    (void)t;
    a[0].i = isnan(a[0].f) != 0;
}

static void math_IsInf(vm_thread *t, slot *a)
{
    (void)t;
    double x = a[0].f;
    int64_t sign = a[1].i;
    a[0].i = (sign >= 0 && x == INFINITY) || (sign <= 0 && x == -INFINITY);
}

typedef struct binding {
    const char *name;
    vm_native fn;
} binding;

static const binding lib[] = {
    {"errors.New", errors_New},
    {"errors.Unwrap", errors_Unwrap},
    {"errors.Is", errors_Is},
    {"errors.As", errors_As},
    {"fmt.Println", fmt_Println},
    {"fmt.Print", fmt_Print},
    {"fmt.Printf", fmt_Printf},
    {"fmt.Sprintf", fmt_Sprintf},
    {"fmt.Sprint", fmt_Sprint},
    {"fmt.Sprintln", fmt_Sprintln},
    {"fmt.Errorf", fmt_Errorf},
    {"fmt.Fprintf", fmt_Fprintf},
    {"fmt.Fprintln", fmt_Fprintln},
    {"fmt.Fprint", fmt_Fprint},
    {"time.Sleep", time_Sleep},
    {"time.Duration.String", time_Duration_String},
    {"time.Duration.Seconds", time_Duration_Seconds},
    {"time.Duration.Milliseconds", time_Duration_Milliseconds},
    {"time.Now", time_Now},
    {"time.After", time_After},
    {"time.Since", time_Since},
    {"time.Time.Sub", time_Time_Sub},
    {"sync.(*Mutex).Lock", sync_Mutex_Lock},
    {"sync.(*Mutex).Unlock", sync_Mutex_Unlock},
    {"sync.(*Mutex).TryLock", sync_Mutex_TryLock},
    {"sync.(*RWMutex).Lock", sync_RWMutex_Lock},
    {"sync.(*RWMutex).Unlock", sync_RWMutex_Unlock},
    {"sync.(*RWMutex).RLock", sync_RWMutex_RLock},
    {"sync.(*RWMutex).RUnlock", sync_RWMutex_RUnlock},
    {"sync.(*WaitGroup).Add", sync_WaitGroup_Add},
    {"sync.(*WaitGroup).Done", sync_WaitGroup_Done},
    {"sync.(*WaitGroup).Wait", sync_WaitGroup_Wait},
    {"sync.(*Once).Do", sync_Once_Do},
    {"atomic.AddInt32", atomic_AddInt32},
    {"atomic.AddInt64", atomic_AddInt64},
    {"atomic.LoadInt32", atomic_LoadInt32},
    {"atomic.LoadInt64", atomic_LoadInt64},
    {"atomic.StoreInt32", atomic_StoreInt32},
    {"atomic.StoreInt64", atomic_StoreInt64},
    {"atomic.CompareAndSwapInt32", atomic_CompareAndSwapInt32},
    {"atomic.CompareAndSwapInt64", atomic_CompareAndSwapInt64},
    {"runtime.GOMAXPROCS", runtime_GOMAXPROCS},
    {"runtime.NumCPU", runtime_NumCPU},
    {"runtime.NumGoroutine", runtime_NumGoroutine},
    {"runtime.Gosched", runtime_Gosched},
    {"os.Exit", os_Exit},
    {"builtin.close", builtin_close},
    {"builtin.panic", builtin_panic},
    {"strings.Repeat", strings_Repeat},
    {"math.Sqrt", math_Sqrt},
    {"math.Abs", math_Abs},
    {"math.Cbrt", math_Cbrt},
    {"math.Ceil", math_Ceil},
    {"math.Floor", math_Floor},
    {"math.Trunc", math_Trunc},
    {"math.Round", math_Round},
    {"math.Cos", math_Cos},
    {"math.Sin", math_Sin},
    {"math.Tan", math_Tan},
    {"math.Atan", math_Atan},
    {"math.Exp", math_Exp},
    {"math.Log", math_Log},
    {"math.Log2", math_Log2},
    {"math.Log10", math_Log10},
    {"math.Pow", math_Pow},
    {"math.Hypot", math_Hypot},
    {"math.Mod", math_Mod},
    {"math.Atan2", math_Atan2},
    {"math.Max", math_Max},
    {"math.Min", math_Min},
    {"math.Inf", math_Inf},
    {"math.NaN", math_NaN},
    {"math.IsNaN", math_IsNaN},
    {"math.IsInf", math_IsInf},
    {NULL, NULL},
};

vm_native vm_lib_find(const char *qname)
{
    for (const binding *b = lib; b->name; b++)
        if (strcmp(b->name, qname) == 0)
            return b->fn;
    return vm_lib_text_find(qname);
}
