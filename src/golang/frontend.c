/* frontend.c: the front end's order of work, as cmd/compile's noder
 * does it: parse (with the branch checks), stop when there was a syntax
 * error, else type-check the package; everything in one arena, with a
 * memory limit whose overrun is reported as an error rather than a
 * crash. */
#include "golang/golang.h"

#include "golang/check.h"
#include "golang/unit.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* A compile may use this much memory for its trees and types. */
#define GO_FRONT_END_LIMIT ((size_t)1 << 30)

/* The stack the front end runs on: its passes recurse once per nesting
 * level (at most 1000, parse.c), which must fit whatever the caller's
 * stack is (a small ulimit -s, a sanitizer's larger frames). Only the
 * pages touched become resident. */
#define GO_FRONT_END_STACK ((size_t)256 << 20)



static bool has_syntax_error(const diag_list *d)
{
    for (int i = 0; i < d->n; i++)
        if (strncmp(d->v[i].msg, "syntax error", 12) == 0)
            return true;
    return false;
}

typedef struct compile_job {
    go_unit *u;
    int n;
    const char *const *paths;
    const char *const *srcs;
    const size_t *lens;
    bool test;
} compile_job;

static void compile_in(compile_job *j);

static void *compile_thread(void *arg)
{
    compile_in(arg);
    return NULL;
}

static go_unit *compile_job_run(compile_job *job)
{
    pthread_attr_t attr;
    pthread_t t;
    bool threaded = pthread_attr_init(&attr) == 0;
    if (threaded) {
        threaded = pthread_attr_setstacksize(&attr, GO_FRONT_END_STACK) == 0 &&
                   pthread_create(&t, &attr, compile_thread, job) == 0;
        pthread_attr_destroy(&attr);
    }
    if (threaded)
        pthread_join(t, NULL);
    else
        compile_in(job); /* no thread: on this stack */
    return job->u;
}

go_unit *go_compile(const char *path, const char *src, size_t len)
{
    go_unit *u = calloc(1, sizeof *u);
    if (!u)
        return NULL;
    compile_job job = {u, 1, &path, &src, &len, false};
    return compile_job_run(&job);
}

go_unit *go_compile_test(int n, const char *const *paths, const char *const *srcs, const size_t *lens)
{
    go_unit *u = calloc(1, sizeof *u);
    if (!u)
        return NULL;
    compile_job job = {u, n, paths, srcs, lens, true};
    return compile_job_run(&job);
}

/* TestXxx: "Test" and then not a lower-case letter (go test's rule). */
static bool is_test_name(const char *name)
{
    return strncmp(name, "Test", 4) == 0 && !(name[4] >= 'a' && name[4] <= 'z');
}

/* The test main conclab test adds to the package: it hands the TestXxx
 * functions of the _test.go files, in order, to package testing. */
static char *test_main_source(go_unit *u, size_t *len)
{
    size_t cap = 256, n = 0;
    char *buf = arena_alloc(&u->a, cap);
    n = (size_t)snprintf(buf, cap, "package %s\nimport _testing \"testing\"\nfunc %s() {\n"
                         "\t_testing.MainStart([]_testing.InternalTest{\n",
                         u->gfiles[0]->pkgname->name, u->entry);
    for (int i = 0; i < u->nfiles; i++) {
        size_t pl = strlen(u->files[i]);
        if (pl < 8 || strcmp(u->files[i] + pl - 8, "_test.go") != 0)
            continue;
        nlist *decls = &u->gfiles[i]->decls;
        for (int k = 0; k < decls->n; k++) {
            node *d = decls->v[k];
            if (d->kind != N_FUNCDECL || d->x || !is_test_name(d->y->name))
                continue;
            size_t need = n + 2 * strlen(d->y->name) + 16;
            if (need >= cap) {
                size_t ncap = need * 2;
                buf = arena_grow(&u->a, buf, n, ncap, 1);
                cap = ncap;
            }
            n += (size_t)snprintf(buf + n, cap - n, "\t\t{\"%s\", %s},\n", d->y->name, d->y->name);
        }
    }
    const char *tail = "\t})\n}\n";
    buf = arena_grow(&u->a, buf, n, n + strlen(tail) + 1, 1);
    strcpy(buf + n, tail);
    *len = n + strlen(tail);
    return buf;
}

/* The whole front end, into j->u. */
static void compile_in(compile_job *j)
{
    go_unit *u = j->u;
    u->a.oom = &u->oom;
    u->a.limit = GO_FRONT_END_LIMIT;
    u->d.a = &u->a;
    if (setjmp(u->oom)) {
        u->out_of_memory = true;
        return;
    }
    int total = j->n + (j->test ? 1 : 0);
    u->files = arena_alloc(&u->a, sizeof *u->files * (size_t)total);
    u->gfiles = arena_alloc(&u->a, sizeof *u->gfiles * (size_t)total);
    for (int i = 0; i < j->n; i++)
        u->files[i] = j->paths[i];
    u->d.files = u->files;
    u->entry = j->test ? "_conclabTestMain" : "main";
    types_universe();
    bool parsed = true;
    for (int i = 0; i < j->n; i++) {
        u->gfiles[i] = parse_file(&u->a, &u->d, i, j->paths[i], j->srcs[i], j->lens[i]);
        parsed = parsed && u->gfiles[i];
    }
    u->nfiles = j->n;
    /* as cmd/compile: no type check after a syntax error (or once the
     * ten errors Go reports at most are reached) */
    if (!parsed || has_syntax_error(&u->d) || u->d.full)
        return;
    for (int i = 1; i < j->n; i++)
        if (strcmp(u->gfiles[i]->pkgname->name, u->gfiles[0]->pkgname->name) != 0) {
            diag_error(&u->d, u->gfiles[i]->pkgname->pos, "found packages %s (%s) and %s (%s)",
                       u->gfiles[0]->pkgname->name, u->files[0], u->gfiles[i]->pkgname->name,
                       u->files[i]);
            return;
        }
    if (j->test) {
        size_t len;
        char *src = test_main_source(u, &len);
        u->files[u->nfiles] = "_testmain.go";
        u->gfiles[u->nfiles] = parse_file(&u->a, &u->d, u->nfiles, "_testmain.go", src, len);
        if (!u->gfiles[u->nfiles])
            return;
        u->nfiles++;
    }
    /* go test names a package given as files by this import path */
    u->pkg.path = j->test ? "command-line-arguments" : "main";
    u->pkg.name = u->gfiles[0]->pkgname->name;
    u->pkg.scope = scope_new(&u->a, types_universe());
    checker *c = &u->c;
    c->a = &u->a;
    c->d = &u->d;
    c->pkg = &u->pkg;
    c->scope = u->pkg.scope;
    c->pkgcache = &u->cache;
    check_package(c, u->gfiles, u->nfiles);
}

int go_unit_errors(const go_unit *u)
{
    return u->d.n + (u->out_of_memory ? 1 : 0);
}

int go_unit_print_errors(go_unit *u, FILE *f)
{
    int n = diag_print(&u->d, f);
    if (u->out_of_memory) {
        fprintf(f, "%s: out of memory compiling this file (limit %zu MiB)\n", u->files[0],
                GO_FRONT_END_LIMIT >> 20);
        n++;
    }
    return n;
}

void go_unit_free(go_unit *u)
{
    if (!u)
        return;
    arena_free(&u->a);
    free(u);
}

char *go_read_file(const char *path, size_t max, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap + 1);
    while (buf) {
        if (n == cap) {
            if (cap >= max) {
                free(buf);
                fclose(f);
                errno = EFBIG;
                return NULL;
            }
            cap *= 2;
            char *nb = realloc(buf, cap + 1);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
    }
    int err = ferror(f) ? errno : 0;
    fclose(f);
    if (!buf || err) {
        free(buf);
        errno = err ? err : ENOMEM;
        return NULL;
    }
    buf[n] = 0;
    *len = n;
    return buf;
}

