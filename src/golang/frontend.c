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
    const char *path;
    const char *src;
    size_t len;
} compile_job;

static void compile_in(go_unit *u, const char *path, const char *src, size_t len);

static void *compile_thread(void *arg)
{
    compile_job *j = arg;
    compile_in(j->u, j->path, j->src, j->len);
    return NULL;
}

go_unit *go_compile(const char *path, const char *src, size_t len)
{
    go_unit *u = calloc(1, sizeof *u);
    if (!u)
        return NULL;
    compile_job job = {u, path, src, len};
    pthread_attr_t attr;
    pthread_t t;
    bool threaded = pthread_attr_init(&attr) == 0;
    if (threaded) {
        threaded = pthread_attr_setstacksize(&attr, GO_FRONT_END_STACK) == 0 &&
                   pthread_create(&t, &attr, compile_thread, &job) == 0;
        pthread_attr_destroy(&attr);
    }
    if (threaded)
        pthread_join(t, NULL);
    else
        compile_in(u, path, src, len); /* no thread: on this stack */
    return u;
}

/* The whole front end, into u. */
static void compile_in(go_unit *u, const char *path, const char *src, size_t len)
{
    u->a.oom = &u->oom;
    u->a.limit = GO_FRONT_END_LIMIT;
    u->files[0] = path;
    u->d.a = &u->a;
    u->d.files = u->files;
    if (setjmp(u->oom)) {
        u->out_of_memory = true;
        return;
    }
    types_universe();
    u->file = parse_file(&u->a, &u->d, 0, path, src, len);
    /* as cmd/compile: no type check after a syntax error (or once the
     * ten errors Go reports at most are reached) */
    if (!u->file || has_syntax_error(&u->d) || u->d.full)
        return;
    u->pkg.path = "main";
    u->pkg.name = u->file->pkgname->name;
    u->pkg.scope = scope_new(&u->a, types_universe());
    checker *c = &u->c;
    c->a = &u->a;
    c->d = &u->d;
    c->pkg = &u->pkg;
    c->scope = u->pkg.scope;
    c->pkgcache = &u->cache;
    check_package(c, &u->file, 1);
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

