/* vm_run.c: one run of a compiled program on conclab's runtime: the
 * run's memory, its goroutines (a VM thread on each runtime goroutine),
 * package initialisation then main.main, preemption of long loops, the
 * program's output, and the end of the run as go run reports it: main
 * returning, os.Exit, a panic or a deadlock. */
#include "golang/golang.h"
#include "golang/vm.h"

#include "explore/explore.h"
#include "rt/rt.h"

#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* --- memory ----------------------------------------------------------------- */

typedef struct chunk {
    struct chunk *next;
    size_t used, cap;
    char data[];
} chunk;

#define CHUNK_SIZE ((size_t)256 << 10)
#define BIG_ALLOC ((size_t)16 << 10)

void *vm_alloc_vm(vm *v, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (n == 0)
        n = 16;
    chunk *c = v->heap;
    if (n >= BIG_ALLOC || !c || c->cap - c->used < n) {
        size_t cap = n >= BIG_ALLOC ? n : CHUNK_SIZE;
        chunk *nc = calloc(1, sizeof *nc + cap);
        if (!nc) {
            fputs("fatal error: runtime: out of memory\n", stderr);
            exit(2);
        }
        nc->cap = cap;
        if (n >= BIG_ALLOC && c) {
            /* a big block goes behind the current chunk */
            nc->next = c->next;
            c->next = nc;
            nc->used = n;
            return nc->data;
        }
        nc->next = c;
        v->heap = c = nc;
    }
    void *p = c->data + c->used;
    c->used += n;
    return p;
}

void *vm_alloc(vm_thread *t, size_t n)
{
    return vm_alloc_vm(t->vm, n);
}

void vm_heap_free(vm *v)
{
    chunk *c = v->heap;
    while (c) {
        chunk *next = c->next;
        free(c);
        c = next;
    }
    v->heap = NULL;
}

vm_string vm_str_new(vm_thread *t, const char *p, size_t n)
{
    char *s = vm_alloc(t, n + 1);
    if (n)
        memcpy(s, p, n);
    return (vm_string){s, (int64_t)n};
}

/* --- output -------------------------------------------------------------- */

void vm_write(vm_thread *t, int fd, const char *p, size_t n)
{
    vm *v = t->vm;
    if (v->output_to_rt && fd == 1) {
        /* exploring, or kept for the shell: the runtime keeps the output,
         * said at the program's line that printed it */
        int i = t->nframes - 1;
        while (i > 0 && t->frames[i].fn->library)
            i--;
        const vm_frame *f = i >= 0 ? &t->frames[i] : NULL;
        rt_say_at(f ? f->fn->file : v->file, f ? vm_frame_line(t, f) : 0, false, "%.*s", (int)n, p);
        return;
    }
    if (fd == 2)
        vm_fmt_append(&v->err, &v->err_len, &v->err_cap, p, n);
    else
        vm_fmt_append(&v->out, &v->out_len, &v->out_cap, p, n);
}

void vm_errorf(vm *v, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n > (int)sizeof buf - 1)
        n = (int)sizeof buf - 1;
    vm_fmt_append(&v->err, &v->err_len, &v->err_cap, buf, (size_t)n);
}

/* --- goroutines ------------------------------------------------------------ */

void vm_push_call(vm_thread *t, vm_func *fn, vm_closure *cl, int64_t base)
{
    vm_push_frame(t, fn, cl, base);
}

static void goroutine_main(void *arg)
{
    vm_thread *t = arg;
    t->vm->current = t;
    if (t->native_cl) {
        t->native_cl->fn->native(t, t->stack);
    } else {
        vm_exec(t, 0);
        if (t->panic && !t->panic->goexit)
            vm_report_panic(t);
    }
    t->done = true;
}

vm_thread *vm_go_from(vm *v, const char *creator, vm_closure *cl, slot *args, int nargs,
                      const char *file, int line)
{
    vm_thread *g = vm_thread_new(v, false);
    g->go_file = file;
    g->go_line = line;
    g->go_fn = creator;
    vm_func *fn = cl->fn;
    if (nargs)
        memcpy(g->stack, args, sizeof(slot) * (size_t)nargs);
    if (cl->bound) {
        vm_bind_args(cl, g->stack, nargs);
        vm_closure *plain = vm_alloc_vm(v, sizeof *plain);
        plain->fn = fn;
        cl = plain;
    }
    if (fn->native) {
        g->native_cl = cl;
    } else {
        vm_push_call(g, fn, cl, 0);
    }
    /* qualified ("main.main.func1"): the runtime prints it as it is */
    g->id = rt_go_at(goroutine_main, g, fn->name, file, line);
    return g;
}

void vm_go(vm_thread *t, vm_closure *cl, slot *args, int nargs, const char *file, int line)
{
    if (!cl)
        vm_fatal(t, "go of nil func value");
    vm_go_from(t->vm, t->nframes ? t->frames[t->nframes - 1].fn->name : "main.main", cl, args, nargs,
               file, line);
    t->vm->current = t;
}

/* Back-edges of loops counted as 10 ms of a goroutine's running time. */
#define PREEMPT_SLICES_PER_10MS 1000

void vm_preempt(vm_thread *t)
{
    /* A long loop lets the others run (every 1,000 back-edges), and
     * every million back-edges it counts as having run for Go's 10 ms
     * time slice: virtual time passes by that much, so that timers fire
     * while a goroutine spins, as on a real clock (a busy loop cannot
     * starve a sleeping main). */
    vm_frame *f = &t->frames[t->nframes - 1];
    int line = f->fn->lines[f->pc - f->fn->code];
    t->wait = NULL;
    if (++t->slices >= PREEMPT_SLICES_PER_10MS) {
        t->slices = 0;
        rt_sleep_at(10 * MILLISECOND, f->fn->file, line);
    } else {
        rt_gosched_at(f->fn->file, line);
    }
    t->vm->current = t;
}

/* --- the run ------------------------------------------------------------ */

static void main_goroutine(void *arg)
{
    vm *v = arg;
    vm_thread *t = vm_thread_new(v, true);
    t->id = 1;
    rt_send_closed_returns(); /* the sender panics, recoverably */
    v->current = t;
    v->main_thread = t;
    vm_push_call(t, v->init, NULL, 0);
    vm_exec(t, 0);
    if (t->panic) {
        vm_report_panic(t);
        return;
    }
    vm_push_call(t, v->main, NULL, 0);
    vm_exec(t, 0);
    if (t->panic && !t->panic->goexit)
        vm_report_panic(t);
    t->done = true;
}

/* The runtime's cfg.stack (--race): the Go call stack of the goroutine
 * running fn(arg), innermost first, as Go's race reports print it; 0 for
 * the runtime's own goroutines (timers) and for a goroutine running a
 * library function in C. */
static int race_frames(void *ud, void (*fn)(void *), void *arg, rt_frame *out, int max)
{
    vm *v = ud;
    vm_thread *t = fn == goroutine_main ? arg : fn == main_goroutine ? v->main_thread : NULL;
    if (!t)
        return 0;
    int n = 0;
    for (int i = t->nframes - 1; i >= 0 && n < max; i--) {
        const vm_frame *f = &t->frames[i];
        out[n++] = (rt_frame){f->fn->name, f->fn->file, vm_frame_line(t, f)};
    }
    return n;
}

/* The runtime's cfg.fatal: its own panics and fatal errors (send on a
 * closed channel, unlock of an unlocked mutex) reported with the Go
 * traceback of the goroutine that failed, whose runtime id is goroutine
 * (v->current may be another: the operation was preempted at its choice
 * point first). */
static void runtime_failure(void *ud, int goroutine, bool is_panic, const char *what)
{
    vm *v = ud;
    if (v->panicked || v->exited)
        return;
    for (int i = 0; i < v->nall; i++)
        if (v->all[i]->id == goroutine && !v->all[i]->done)
            vm_end_runtime_failure(v->all[i], is_panic, what);
}

/* Makes v ready for a run: no goroutines, no memory, zeroed globals. */
static void vm_reset(vm *v)
{
    for (vm_thread *t = v->threads; t; t = t->next) {
        free(t->stack);
        free(t->frames);
    }
    v->threads = NULL;
    v->all = NULL;
    v->nall = v->allcap = 0;
    v->current = v->main_thread = NULL;
    vm_heap_free(v);
    v->globals = vm_alloc_vm(v, (size_t)v->globals_size + 8);
    v->exit_code = -1;
    v->exited = v->panicked = false;
    v->abs_file = NULL;
    v->err_len = 0;
}

static void explore_main(void *arg)
{
    vm *v = arg;
    vm_reset(v);
    main_goroutine(v);
}

/* The absolute paths of the program's files (what Go's reports name),
 * for the program and for each of its functions. */
static void use_absolute_path(vm *v)
{
    char abs[PATH_MAX];
    const char *from = NULL, *to = NULL; /* the last file made absolute */
    for (int i = 0; i < v->nfuncs; i++) {
        vm_func *f = v->funcs[i];
        if (!f->file || f->library || f->file[0] == '<' || f->file[0] == '/')
            continue;
        if (f->file != from) {
            from = f->file;
            to = realpath(from, abs) ? strcpy(arena_alloc(v->a, strlen(abs) + 1), abs) : from;
        }
        f->file = to;
    }
    if (realpath(v->file, abs) && strcmp(abs, v->file) != 0) /* kept with the program: a
                                                          kept trace names it */
        v->file = strcpy(arena_alloc(v->a, strlen(abs) + 1), abs);
}

/* What a run and an exploration both take from the options: the seed
 * (math/rand starts from it, or from 1 as Go 1.19 does before Seed),
 * os.Args, and conclab test's settings. */
static void vm_take_options(vm *v, const vm_options *o)
{
    v->seed = o->seed;
    v->rand_state = o->seed ? o->seed : 1;
    v->nargs = o->argc;
    v->args = o->argv;
    v->test_verbose = o->test_verbose;
    v->test_mode = o->test_mode;
    v->test_run = o->test_run;
}

int vm_explore_program(vm *v, const vm_options *o, FILE *out, FILE *err)
{
    use_absolute_path(v);
    v->instrument = true; /* every memory access may be preempted */
    v->output_to_rt = true;
    vm_take_options(v, o);
    explore_options opt = explore_defaults();
    opt.seed = o->seed;
    opt.race = o->race;
    opt.reduce = 1;
    opt.stack = race_frames;
    opt.fatal = runtime_failure;
    opt.hooks_ud = v;
    opt.max_schedules = o->max_schedules ? o->max_schedules : 2000;
    if (o->budget_ns) { /* conclab run --explore --budget: time, not a count */
        opt.max_schedules = o->max_schedules;
        opt.budget_ns = o->budget_ns;
    }
    if (o->test_mode) { /* conclab test: to the first failure, within the budget */
        opt.max_schedules = o->max_schedules;
        opt.budget_ns = o->budget_ns ? o->budget_ns : 10 * (int64_t)1000000000;
        opt.stop = explore_test_failed;
    }
    int64_t budget = opt.budget_ns;
    if (o->test_mode) /* half to the systematic search, the rest to PCT */
        opt.budget_ns = budget / 2;
    opt.max_steps = 1000000;
    explore_result r, pct;
    bool has_pct = false;
    char msg[256];
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int rc = explore_run(explore_main, v, &opt, &r, msg, sizeof msg);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    int64_t spent = (int64_t)(t1.tv_sec - t0.tv_sec) * 1000000000 + (t1.tv_nsec - t0.tv_nsec);
    if (rc == 0 && o->test_mode && !r.stopped && spent < budget) {
        /* then randomized schedules (PCT, depth 3) for the rest of the budget */
        explore_options popt = opt;
        popt.budget_ns = budget - spent;
        has_pct = explore_pct(explore_main, v, &popt, 1000000, 3, &pct, msg, sizeof msg) == 0;
        /* a random schedule is long: cut it to what the failure needs, in
         * what is left of the budget (at least a second) */
        if (has_pct && pct.stopped && pct.outcome_count) {
            struct timespec t2;
            clock_gettime(CLOCK_MONOTONIC, &t2);
            int64_t used = (int64_t)(t2.tv_sec - t0.tv_sec) * 1000000000 + (t2.tv_nsec - t0.tv_nsec);
            int64_t left = budget - used > 1000000000 ? budget - used : 1000000000;
            explore_shrink(explore_main, v, &popt, &pct.outcomes[pct.outcome_count - 1], left);
        }
    }
    vm_reset(v);
    vm_heap_free(v);
    free(v->out);
    free(v->err);
    const char *shown = o->shown_name;
    if (rc != 0) {
        fprintf(err, "conclab: explore: %s\n", msg);
        return 1;
    }
    int code = 0;
    if (o->found && !o->test_mode) {
        *o->found = r; /* the caller's to free */
        return 0;
    }
    if (o->test_mode)
        code = explore_print_test_text(out, &r, has_pct ? &pct : NULL, shown);
    else
        explore_print_go_text(out, &r, shown, shown);
    explore_result_free(&r);
    if (has_pct)
        explore_result_free(&pct);
    fflush(out);
    return code;
}

int vm_run_program(vm *v, const vm_options *o, FILE *out, FILE *err)
{
    rt_config cfg = {0};
    cfg.seed = o->seed;
    cfg.policy = o->schedule ? RT_REPLAY : o->random ? RT_RANDOM : RT_FIFO;
    cfg.schedule = o->schedule;
    cfg.race = o->race;
    cfg.stack = race_frames;
    cfg.fatal = runtime_failure;
    cfg.stack_ud = v;
    cfg.trace = o->trace || o->keep;
    /* the shell plays a run back: one that does not end is cut, not waited for */
    cfg.max_steps = o->keep ? GO_KEPT_MAX_STEPS : RT_UNLIMITED;
    cfg.stack_size = 256 * 1024;
    v->exit_code = -1;
    /* a schedule from --explore counts memory accesses as choice points */
    v->instrument = o->race || o->schedule;
    use_absolute_path(v); /* the runtime's reports name it as Go does */
    vm_take_options(v, o);
    v->output_to_rt = o->keep != NULL; /* its lines, step by step */
    v->globals = vm_alloc_vm(v, (size_t)v->globals_size + 8);
    rt *r = rt_new(&cfg);
    if (!r) {
        fputs("conclab: cannot start the runtime (out of memory or a bad schedule)\n", err);
        return 1;
    }
    rt_verdict verdict = rt_run(r, main_goroutine, v);
    int code = 0;
    if (v->exited) {
        code = v->exit_code;
    } else if (v->panicked) {
        code = 2;
    } else if (verdict == RT_DEADLOCK) {
        vm_report_deadlock(v);
        code = 2;
    } else if (verdict == RT_PANIC) { /* with no Go goroutine to blame */
        vm_errorf(v, "%s", rt_report(r));
        code = 2;
    } else if (verdict == RT_RACE) {
        code = 66;
    } else if (verdict != RT_OK) {
        vm_errorf(v, "conclab: %s\n", rt_report(r));
        code = 2;
    }
    if (rt_race_count(r)) {
        /* Go prints each race as it happens; conclab after the run */
        vm_errorf(v, "%s", rt_race_report(r));
        if (code == 0)
            code = 66;
    }
    if ((code == 2 || code == 66) && !v->exited)
        if (!v->test_mode)
            vm_errorf(v, "exit status %d\n", code);
    if (v->out_len)
        fwrite(v->out, 1, v->out_len, out);
    fflush(out); /* what it printed, then what went wrong */
    if (v->err_len)
        fwrite(v->err, 1, v->err_len, err);
    if (o->trace) { /* every step of the run, with its Go line */
        fputs("-- trace --\n", err);
        fputs(rt_trace_text(r), err);
    }
    fflush(out);
    v->end_time = rt_time_of(r);
    if (o->elapsed)
        *o->elapsed = v->end_time;
    if (o->keep)
        *o->keep = r;
    else
        rt_free(r);
    for (vm_thread *t = v->threads; t; t = t->next) {
        free(t->stack);
        free(t->frames);
    }
    free(v->out);
    free(v->err);
    vm_heap_free(v);
    return code;
}
