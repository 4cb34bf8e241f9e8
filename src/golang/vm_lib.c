/* vm_lib.c: the library functions the interpreter implements in C, bound
 * by qualified name ("fmt.Println", "sync.(*Mutex).Lock"): fmt, errors,
 * sync on the runtime's primitives, runtime, os and math (strings,
 * strconv and sort are in vm_lib_text.c, time in vm_lib_time.c,
 * sync/atomic in vm_lib_atomic.c). Each takes its
 * arguments from registers laid out as the interpreter's calling
 * convention puts them, and writes its results from the first one. */
#include "golang/vm.h"

#include "rt/rt.h"

#include <math.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

_Static_assert(sizeof(sync_mutex) <= 64, "sync.Mutex holds the runtime's mutex");
_Static_assert(sizeof(sync_rwmutex) <= 192, "sync.RWMutex holds the runtime's rwmutex");
_Static_assert(sizeof(sync_waitgroup) <= 64, "sync.WaitGroup holds the runtime's waitgroup");

#define ARGSTR(i) (*(vm_string *)&a[(i)])
#define ARGSLICE(i) (*(vm_slice *)&a[(i)])

int vm_line_now(vm_thread *t)
{
    if (!t->nframes)
        return 0;
    return vm_frame_line(t, &t->frames[t->nframes - 1]);
}

const char *vm_file_now(vm_thread *t)
{
    return t->nframes ? t->frames[t->nframes - 1].fn->file : t->vm->file;
}

#define line_now vm_line_now
#define file_of vm_file_now

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
            /* only an error is wrapped (nil or another value prints as
             * %!w(...) and leaves nothing to Unwrap) */
            vm_iface inner = ((vm_iface *)args.p)[argi];
            if (inner.t && vm_method_find(inner.t, "Error")) {
                *(vm_iface *)a = wrap_error_new(t, msg, inner);
                return;
            }
            break;
        }
        argi++;
        i = j;
    }
    *(vm_iface *)a = vm_error_new(t, msg);
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

static void sync_RWMutex_TryLock(vm_thread *t, slot *a)
{
    a[0].i = rt_rwmutex_trylock_at(sync_obj(t, a), file_of(t), line_now(t));
}

static void sync_RWMutex_TryRLock(vm_thread *t, slot *a)
{
    a[0].i = rt_rwmutex_tryrlock_at(sync_obj(t, a), file_of(t), line_now(t));
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
    bool panicked;
} once_call;

/* Runs Do's function; a panic in it stops here, so that the runtime's
 * once is done (Go: "if f panics, Do considers it to have returned"),
 * and goes on from Do. */
static void once_trampoline(void *arg)
{
    once_call *c = arg;
    jmp_buf jb;
    jmp_buf *saved = c->t->catch;
    c->t->catch = &jb;
    if (setjmp(jb) == 0) {
        slot args[2] = {{0}};
        vm_call(c->t, c->f, args, 0);
    } else {
        c->panicked = true;
    }
    c->t->catch = saved;
}

static void sync_Once_Do(vm_thread *t, slot *a)
{
    once_call c = {t, a[1].p, false};
    t->wait = "semacquire";
    rt_once_do_at(sync_obj(t, a), once_trampoline, &c, file_of(t), line_now(t));
    t->wait = NULL;
    t->vm->current = t;
    if (c.panicked)
        longjmp(*t->catch, 1); /* the panic goes on unwinding */
}

/* sync.Cond.Wait's wait: a receive from the waiter's channel, shown as
 * Go shows a goroutine in Cond.Wait. */
static void sync_notifyWait(vm_thread *t, slot *a)
{
    t->wait = "sync.Cond.Wait";
    rt_chan_recv_at(a[0].p, NULL, file_of(t), line_now(t));
    t->wait = NULL;
    t->vm->current = t;
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

/* The Go goroutines alive (the runtime's timer helpers are none). */
static void runtime_NumGoroutine(vm_thread *t, slot *a)
{
    int64_t n = 0;
    for (int i = 0; i < t->vm->nall; i++)
        n += !t->vm->all[i]->done;
    a[0].i = n;
}

static void runtime_Goexit(vm_thread *t, slot *a)
{
    (void)a;
    vm_goexit(t);
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
    if (v->exit_code != 0 && !v->test_mode) /* go run's line; go test has none */
        vm_errorf(v, "exit status %d\n", v->exit_code);
    rt_panic_at(file_of(t), line_now(t), "%s", "os.Exit");
}

/* os.write: b on the program's stdout (fd 1) or stderr (2, and 0). */
static void os_write(vm_thread *t, slot *a)
{
    vm_slice b = ARGSLICE(1);
    vm_write(t, a[0].i == 1 ? 1 : 2, b.p, (size_t)b.len);
    a[0].i = b.len;
}

/* os.args: the program (its file without .go, as go run's binary is
 * named after it), then its arguments. */
static void os_args(vm_thread *t, slot *a)
{
    vm *v = t->vm;
    vm_string *s = vm_alloc(t, sizeof *s * (size_t)(v->nargs + 1));
    const char *base = strrchr(v->file, '/');
    base = base ? base + 1 : v->file;
    size_t n = strlen(base);
    if (n > 3 && strcmp(base + n - 3, ".go") == 0)
        n -= 3;
    s[0] = vm_str_new(t, base, n);
    for (int i = 0; i < v->nargs; i++)
        s[i + 1] = vm_str_new(t, v->args[i], strlen(v->args[i]));
    vm_slice out = {(char *)s, v->nargs + 1, v->nargs + 1};
    memcpy(a, &out, sizeof out);
}

/* math/rand's seed: the run's --seed, 1 without one. */
static void rand_runSeed(vm_thread *t, slot *a)
{
    a[0].i = t->vm->seed ? (int64_t)t->vm->seed : 1;
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

static const vm_binding lib[] = {
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
    {"sync.(*Mutex).Lock", sync_Mutex_Lock},
    {"sync.(*Mutex).Unlock", sync_Mutex_Unlock},
    {"sync.(*Mutex).TryLock", sync_Mutex_TryLock},
    {"sync.(*RWMutex).Lock", sync_RWMutex_Lock},
    {"sync.(*RWMutex).Unlock", sync_RWMutex_Unlock},
    {"sync.(*RWMutex).RLock", sync_RWMutex_RLock},
    {"sync.(*RWMutex).TryLock", sync_RWMutex_TryLock},
    {"sync.(*RWMutex).TryRLock", sync_RWMutex_TryRLock},
    {"sync.(*RWMutex).RUnlock", sync_RWMutex_RUnlock},
    {"sync.(*WaitGroup).Add", sync_WaitGroup_Add},
    {"sync.(*WaitGroup).Done", sync_WaitGroup_Done},
    {"sync.(*WaitGroup).Wait", sync_WaitGroup_Wait},
    {"sync.(*Once).Do", sync_Once_Do},
    {"sync.notifyWait", sync_notifyWait},
    {"runtime.GOMAXPROCS", runtime_GOMAXPROCS},
    {"runtime.NumCPU", runtime_NumCPU},
    {"runtime.NumGoroutine", runtime_NumGoroutine},
    {"runtime.Gosched", runtime_Gosched},
    {"runtime.Goexit", runtime_Goexit},
    {"os.Exit", os_Exit},
    {"os.write", os_write},
    {"os.args", os_args},
    {"rand.runSeed", rand_runSeed},
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
    static const vm_binding *const tables[] = {lib, vm_lib_text, vm_lib_time, vm_lib_atomic,
                                               vm_lib_testing};
    for (size_t i = 0; i < sizeof tables / sizeof *tables; i++)
        for (const vm_binding *b = tables[i]; b->name; b++)
            if (strcmp(b->name, qname) == 0)
                return b->fn;
    return NULL;
}
