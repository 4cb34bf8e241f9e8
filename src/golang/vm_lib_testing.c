/* vm_lib_testing.c: what package testing (lib/testing.go, in Go) asks of
 * the VM: conclab test's -v and -run, the caller's FILE:LINE that a log
 * line starts with, the goroutines alive, whether they have all settled
 * (blocked, no timer pending), their stacks for a leak report, and the
 * report of a test that can never finish. */
#include "golang/vm.h"

#include "rt/rt.h"

#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARGSTR(i) (*(vm_string *)&a[(i)])

static void testing_verbose(vm_thread *t, slot *a)
{
    a[0].i = t->vm->test_verbose;
}

/* "file.go:LINE", the file by its base name, as go test's logs show it. */
static vm_string site_string(vm_thread *t, const char *file, int line)
{
    const char *base = strrchr(file, '/');
    base = base ? base + 1 : file;
    char buf[512];
    int n = snprintf(buf, sizeof buf, "%s:%d", base, line);
    return vm_str_new(t, buf, (size_t)(n < (int)sizeof buf ? n : (int)sizeof buf - 1));
}

/* Does one level of a test's name match one level of the pattern? */
static bool level_matches(const char *pat, size_t plen, const char *name, size_t nlen)
{
    char *p = malloc(plen + 1), *n = malloc(nlen + 1);
    bool ok = false;
    if (p && n) {
        memcpy(p, pat, plen);
        p[plen] = 0;
        memcpy(n, name, nlen);
        n[nlen] = 0;
        regex_t re;
        if (regcomp(&re, p, REG_EXTENDED | REG_NOSUB) == 0) {
            ok = regexec(&re, n, 0, NULL, 0) == 0;
            regfree(&re);
        }
    }
    free(p);
    free(n);
    return ok;
}

/* -run REGEXP, as go test matches it: split at slashes, each part
 * against the same level of the test's name (a part matches anywhere in
 * it); levels beyond the pattern's all run. */
static void testing_matchRun(vm_thread *t, slot *a)
{
    const char *pat = t->vm->test_run;
    vm_string name = ARGSTR(0);
    bool ok = true;
    const char *np = name.p, *nend = name.p + name.len;
    while (pat && *pat && ok) {
        const char *ps = strchr(pat, '/');
        size_t pl = ps ? (size_t)(ps - pat) : strlen(pat);
        if (np > nend)
            break; /* the name has fewer levels */
        const char *ns = memchr(np, '/', (size_t)(nend - np));
        size_t nl = ns ? (size_t)(ns - np) : (size_t)(nend - np);
        ok = level_matches(pat, pl, np, nl);
        pat = ps ? ps + 1 : pat + pl;
        np = ns ? ns + 1 : nend + 1;
    }
    a[0].i = ok;
}

/* The first frame, from the top, outside package testing and not one of
 * the helpers (functions that called t.Helper): "file.go:LINE". */
static void testing_callSite(vm_thread *t, slot *a)
{
    vm_slice helpers = *(vm_slice *)&a[0];
    vm_string *hv = (vm_string *)helpers.p;
    for (int i = t->nframes - 1; i >= 0; i--) {
        vm_frame *f = &t->frames[i];
        if (f->fn->library || f->fn->native)
            continue;
        bool helper = false;
        for (int64_t k = 0; k < helpers.len && !helper; k++)
            helper = (int64_t)strlen(f->fn->name) == hv[k].len &&
                     memcmp(f->fn->name, hv[k].p, (size_t)hv[k].len) == 0;
        if (helper)
            continue;
        ARGSTR(0) = site_string(t, f->fn->file, vm_frame_line(t, f));
        return;
    }
    ARGSTR(0) = vm_str_new(t, "???:1", 5);
}

/* The name of the function that called the caller (t.Helper's). */
static void testing_callerName(vm_thread *t, slot *a)
{
    int i = t->nframes - 2;
    const char *name = i >= 0 ? t->frames[i].fn->name : "";
    ARGSTR(0) = vm_str_new(t, name, strlen(name));
}

static void testing_funcSite(vm_thread *t, slot *a)
{
    vm_closure *cl = a[0].p;
    const vm_func *fn = cl ? cl->fn : NULL;
    ARGSTR(0) = site_string(t, fn ? fn->file : "???", fn ? fn->line : 1);
}

/* The Go numbers of the goroutines alive but the caller. */
/* The ids of the goroutines still alive, other than t, in creation order. */
static int64_t *live_goroutines(vm_thread *t, int64_t *n)
{
    vm *v = t->vm;
    int64_t *ids = vm_alloc(t, sizeof *ids * (size_t)(v->nall + 1));
    *n = 0;
    for (int i = 0; i < v->nall; i++)
        if (!v->all[i]->done && v->all[i] != t)
            ids[(*n)++] = v->all[i]->goid;
    return ids;
}

static void testing_goroutines(vm_thread *t, slot *a)
{
    int64_t n;
    int64_t *ids = live_goroutines(t, &n);
    vm_slice s = {(char *)ids, n, n};
    memcpy(a, &s, sizeof s);
}

static void testing_quiescent(vm_thread *t, slot *a)
{
    a[0].i = rt_quiescent(a[0].i);
    t->vm->current = t;
}

/* Appends goroutine g's stack, as Go prints it, to the string being
 * built: the report is written where the run's stderr goes, then moved. */
static vm_string stacks_text(vm_thread *t, const int64_t *ids, int64_t n, bool leak)
{
    vm *v = t->vm;
    size_t mark = v->err_len;
    for (int64_t k = 0; k < n; k++)
        for (int i = 0; i < v->nall; i++) {
            vm_thread *g = v->all[i];
            if (g->goid != ids[k] || g->done)
                continue;
            const char *top = g->nframes ? g->frames[g->nframes - 1].fn->name : "?";
            const char *reason = g->wait ? g->wait : "runnable";
            if (leak)
                vm_errorf(v, "[Goroutine %d in state %s, with %s on top of the stack:\n", g->goid, reason, top);
            else
                vm_errorf(v, "\n");
            vm_errorf(v, "goroutine %d [%s]:\n", g->goid, reason);
            vm_traceback_to(g, v);
            if (leak)
                vm_errorf(v, "]\n");
        }
    size_t len = v->err_len - mark;
    while (len && v->err[mark + len - 1] == '\n')
        len--;
    vm_string s = vm_str_new(t, v->err + mark, len);
    v->err_len = mark;
    return s;
}

/* goleak's report of the goroutines ids. */
static void testing_leakReport(vm_thread *t, slot *a)
{
    vm_slice ids = *(vm_slice *)&a[0];
    ARGSTR(0) = stacks_text(t, (int64_t *)ids.p, ids.len, true);
}

/* The stacks of every goroutine but the caller (a test that never ends). */
static void testing_allStacks(vm_thread *t, slot *a)
{
    int64_t n;
    int64_t *ids = live_goroutines(t, &n);
    ARGSTR(0) = stacks_text(t, ids, n, false);
}

/* The data races the detector has reported so far (--race). */
static void testing_races(vm_thread *t, slot *a)
{
    (void)t;
    a[0].i = (int64_t)rt_race_count(rt_current());
}

const vm_binding vm_lib_testing[] = {
    {"testing.races", testing_races},
    {"testing.verbose", testing_verbose},
    {"testing.matchRun", testing_matchRun},
    {"testing.callSite", testing_callSite},
    {"testing.callerName", testing_callerName},
    {"testing.goroutines", testing_goroutines},
    {"testing.quiescent", testing_quiescent},
    {"testing.leakReport", testing_leakReport},
    {"testing.allStacks", testing_allStacks},
    {"testing.funcSite", testing_funcSite},
    {NULL, NULL},
};
