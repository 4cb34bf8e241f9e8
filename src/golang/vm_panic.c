/* vm_panic.c: panics and fatal errors in Go's words: runtime errors
 * ("panic: runtime error: index out of range [5] with length 3"), panics
 * with a value, failed type assertions, recover's rule, the goroutine
 * stacks Go prints under them and the deadlock report. */
#include "golang/vm.h"

#include "rt/rt.h"

#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* The type of runtime errors' values: a string printed as the error. */
static gtype runtime_error_type = {.kind = K_STRING, .size = 16, .name = "runtime.Error"};
static gtype runtime_plain_type = {.kind = K_STRING, .size = 16, .name = "runtime.plainError"};

bool vm_is_runtime_error(const gtype *t)
{
    return t == &runtime_error_type || t == &runtime_plain_type;
}

_Noreturn void vm_panic_value(vm_thread *t, vm_iface v)
{
    vm_panic *p = vm_alloc(t, sizeof *p);
    p->value = v;
    p->link = t->panic;
    p->runtime_error = vm_is_runtime_error(v.t);
    /* the stack as it is now: unwinding pops it before it is reported.
     * Raised in a call deferred by an earlier panic, it stands on that
     * panic's stack: the deferred call's frames, then the earlier ones. */
    int own = t->nframes, below = 0;
    vm_panic *under_p = NULL;
    if (p->link && t->defer_depth > 0 && t->defer_depth <= t->nframes) {
        own = t->nframes - t->defer_depth;
        under_p = p->link;
        below = under_p->nframes;
    }
    if (own > 100)
        own = 100;
    int n = own + below;
    p->fns = vm_alloc(t, sizeof *p->fns * (size_t)(n + 1));
    p->lines = vm_alloc(t, sizeof *p->lines * (size_t)(n + 1));
    p->files = vm_alloc(t, sizeof *p->files * (size_t)(n + 1));
    for (int i = 0; i < own; i++) {
        vm_frame *f = &t->frames[t->nframes - 1 - i];
        p->fns[i] = vm_frame_name(t, f->fn);
        p->files[i] = f->fn->file;
        p->lines[i] = vm_frame_line(t, f);
    }
    for (int i = 0; i < below; i++) {
        p->fns[own + i] = under_p->fns[i];
        p->files[own + i] = under_p->files[i];
        p->lines[own + i] = under_p->lines[i];
    }
    p->nframes = n;
    t->panic = p;
    if (v.t == NULL)
        p->value = v; /* panic(nil): printed as "panic: nil" (Go 1.19) */
    longjmp(*t->catch, 1);
}

/* runtime.Goexit: unwinds the goroutine through its deferred calls (which
 * cannot recover it), then ends it quietly. */
_Noreturn void vm_goexit(vm_thread *t)
{
    vm_panic *p = vm_alloc(t, sizeof *p);
    p->link = t->panic;
    p->goexit = true;
    t->panic = p;
    longjmp(*t->catch, 1);
}

static _Noreturn void throw_with(vm_thread *t, gtype *type, const char *prefix, const char *msg)
{
    size_t n = strlen(prefix) + strlen(msg);
    char *s = vm_alloc(t, n + 1);
    strcpy(s, prefix);
    strcat(s, msg);
    vm_string *str = vm_alloc(t, sizeof *str);
    str->p = s;
    str->len = (int64_t)n;
    vm_iface v = {type, {.p = str}};
    vm_panic_value(t, v);
}

_Noreturn void vm_throw(vm_thread *t, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    throw_with(t, &runtime_error_type, "runtime error: ", msg);
}

_Noreturn void vm_throw_plain(vm_thread *t, const char *msg)
{
    throw_with(t, &runtime_plain_type, "", msg);
}

_Noreturn void vm_assert_error(vm_thread *t, const vm_iface *x, gtype *want, gtype *static_type)
{
    arena tmp = {0};
    char msg[512];
    const char *ws = type_string(&tmp, want, 1);
    /* Go names the interface asserted from ("interface {}", "main.I"),
     * except for a nil asserted to an interface, where it says "interface" */
    const char *inter = static_type && under(want)->kind != K_INTERFACE
                            ? type_string(&tmp, static_type, 1)
                            : "interface";
    if (!x->t) {
        snprintf(msg, sizeof msg, "interface conversion: %s is nil, not %s", inter, ws);
    } else if (under(want)->kind == K_INTERFACE) {
        const char *missing = "?";
        gtype *u = under(want);
        for (int i = 0; i < u->nmethods; i++)
            if (!vm_method_find(x->t, u->methods[i].name)) {
                missing = u->methods[i].name;
                break;
            }
        snprintf(msg, sizeof msg, "interface conversion: %s is not %s: missing method %s",
                 type_string(&tmp, x->t, 1), ws, missing);
    } else {
        snprintf(msg, sizeof msg, "interface conversion: %s is %s, not %s", inter,
                 type_string(&tmp, x->t, 1), ws);
    }
    arena_free(&tmp);
    throw_with(t, &runtime_error_type, "", msg);
}

int vm_go_id(const vm_thread *t)
{
    return t->goid; /* numbered as Go does (vm_thread_new) */
}

bool vm_recover_allowed(vm_thread *t)
{
    /* recover stops a panic only in the function the panic's deferred
     * call runs, not in one that function calls (Go's "called directly
     * by a deferred function") */
    return t->defer_depth > 0 && t->nframes - 1 == t->defer_depth;
}

int vm_frame_line(const vm_thread *t, const vm_frame *f)
{
    if (!f->fn->lines)
        return f->fn->line;
    int64_t i = f->pc - f->fn->code;
    /* a caller's pc is its return address, just after the call */
    if (f != &t->frames[t->nframes - 1] && i > 0)
        i--;
    if (i < 0 || i >= f->fn->ncode)
        return f->fn->line;
    return f->fn->lines[i];
}

/* The absolute path Go prints for a source file. */
/* A source file as Go prints it in stacks: its absolute path (the
 * library's Go files keep their lib/ names). */
static const char *abs_path_of(vm *v, const char *file)
{
    if (file && file != v->file) {
        char buf[PATH_MAX];
        if (!realpath(file, buf))
            return file;
        char *p = vm_alloc_vm(v, strlen(buf) + 1);
        return strcpy(p, buf);
    }
    if (!v->abs_file) {
        char buf[PATH_MAX];
        v->abs_file = realpath(v->file, buf) ? vm_alloc_vm(v, strlen(buf) + 1) : (char *)v->file;
        if (v->abs_file != v->file)
            strcpy(v->abs_file, buf);
    }
    return v->abs_file;
}

/* "main.f(...)" for a function with parameters (Go prints their words,
 * or "..." when inlined), "main.f()" without. Owned by the run. */
const char *vm_frame_name(vm_thread *t, const vm_func *fn)
{
    size_t n = strlen(fn->name);
    char *s = vm_alloc(t, n + 6);
    memcpy(s, fn->name, n);
    memcpy(s + n, fn->nparams ? "(...)" : "()", fn->nparams ? 6 : 3);
    return s;
}

void vm_traceback_to(vm_thread *t, vm *v)
{
    for (int i = t->nframes - 1; i >= 0; i--) {
        vm_frame *f = &t->frames[i];
        vm_errorf(v, "%s(%s)\n\t%s:%d\n", f->fn->name, f->fn->nparams ? "..." : "",
                  abs_path_of(v, f->fn->file), vm_frame_line(t, f));
    }
    if (t->id != 1 && t->go_fn)
        vm_errorf(v, "created by %s\n\t%s:%d\n", t->go_fn, abs_path_of(v, t->go_file), t->go_line);
}

/* Appends the text panic prints for its value. */
static void panic_text(vm_thread *t, const vm_iface *x, char **buf, size_t *len, size_t *cap)
{
    if (!x->t) {
        vm_fmt_append(buf, len, cap, "nil", 3);
        return;
    }
    if (vm_is_runtime_error(x->t)) {
        const vm_string *s = x->data.p;
        vm_fmt_append(buf, len, cap, s->p, (size_t)s->len);
        return;
    }
    vm_fmt_panic_value(t, x, buf, len, cap);
}

/* Ends the run with the report written to stderr since mark: the
 * runtime keeps it as the run's report, so that an explored schedule
 * that panics is reported in Go's words, with the Go frames. */
_Noreturn static void end_with_report(vm *v, size_t mark)
{
    /* the runtime copies it; a static buffer leaks nothing past the jump */
    static char text[65536];
    size_t n = v->err_len - mark < sizeof text - 1 ? v->err_len - mark : sizeof text - 1;
    if (n)
        memcpy(text, v->err + mark, n);
    text[n] = '\0';
    rt_panic_report(text);
}

void vm_report_panic(vm_thread *t)
{
    vm *v = t->vm;
    if (v->panicked || v->exited)
        return;
    v->panicked = true;
    size_t mark = v->err_len; /* where the report starts */
    char *buf = NULL;
    size_t len = 0, cap = 0;
    /* earlier panics first, as Go prints a panic during a panic */
    vm_panic *chain[16];
    int n = 0;
    for (vm_panic *p = t->panic; p && n < 16; p = p->link)
        chain[n++] = p;
    for (int i = n - 1; i >= 0; i--) {
        vm_fmt_append(&buf, &len, &cap, "panic: ", 7);
        panic_text(t, &chain[i]->value, &buf, &len, &cap);
        if (chain[i]->recovered)
            vm_fmt_append(&buf, &len, &cap, " [recovered]", 12);
        if (i > 0)
            vm_fmt_append(&buf, &len, &cap, "\n\t", 2);
    }
    vm_errorf(v, "%.*s\n", (int)len, buf ? buf : "");
    if (chain[0]->value.t && vm_is_runtime_error(chain[0]->value.t) &&
        strstr(buf, "nil pointer dereference"))
        vm_errorf(v, "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
    free(buf);
    vm_errorf(v, "\ngoroutine %d [running]:\n", vm_go_id(t));
    vm_panic *last = chain[0];
    for (int i = 0; i < last->nframes; i++)
        vm_errorf(v, "%s\n\t%s:%d\n", last->fns[i], abs_path_of(v, last->files[i]), last->lines[i]);
    if (t->id != 1 && t->go_fn)
        vm_errorf(v, "created by %s\n\t%s:%d\n", t->go_fn, abs_path_of(v, t->go_file), t->go_line);
    end_with_report(v, mark);
}

_Noreturn void vm_fatal(vm_thread *t, const char *msg)
{
    vm *v = t->vm;
    if (!v->panicked)
        vm_end_runtime_failure(t, false, msg);
    rt_panic_at(v->file, 0, "%s", msg);
}

_Noreturn void vm_end_runtime_failure(vm_thread *t, bool is_panic, const char *msg)
{
    vm *v = t->vm;
    size_t mark = v->err_len;
    bool overflow = !is_panic && strcmp(msg, "stack overflow") == 0;
    v->panicked = true;
    if (overflow)
        vm_errorf(v, "runtime: goroutine stack exceeds 1000000000-byte limit\n");
    vm_errorf(v, "%s: %s\n", is_panic ? "panic" : "fatal error", msg);
    if (overflow)
        vm_errorf(v, "\nruntime stack:\n");
    vm_errorf(v, "\ngoroutine %d [running]:\n", vm_go_id(t));
    int keep = t->nframes;
    if (keep > 100)
        t->nframes = 50; /* Go elides the middle of a deep stack */
    vm_traceback_to(t, v);
    t->nframes = keep;
    end_with_report(v, mark);
}

void vm_report_deadlock(vm *v)
{
    vm_errorf(v, "fatal error: all goroutines are asleep - deadlock!\n");
    for (int i = 0; i < v->nall; i++) {
        vm_thread *t = v->all[i];
        if (t->done || t->nframes == 0)
            continue;
        vm_errorf(v, "\ngoroutine %d [%s]:\n", vm_go_id(t), t->wait ? t->wait : "running");
        vm_traceback_to(t, v);
    }
}
