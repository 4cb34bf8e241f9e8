/* stdlib.c: the library packages a Go program may import. Each is Go
 * source (src/golang/lib, embedded as golib_files) whose functions have
 * no bodies: they are parsed and checked like the program's own code,
 * once per compile. The compiler binds each body-less function to the C
 * native named by its qualified name ("fmt.Println",
 * "sync.(*Mutex).Lock"); functions with bodies and package variables are
 * Go, compiled with the program (context, sync.Map, the testing
 * package). */
#include "golang/check.h"
#include "golang/golib.h"

#include <string.h>

gpkg *check_import(checker *c, const char *path, gpos pos)
{
    for (int i = 0; i < c->pkgcache->n; i++) {
        gpkg *p = c->pkgcache->v[i];
        if (strcmp(p->path, path) == 0) {
            if (!p->checked) {
                check_errorf(c, pos, "import cycle not allowed");
                return NULL;
            }
            return p;
        }
    }
    int index = -1;
    for (int i = 0; golib_files[i].path; i++) {
        if (strcmp(golib_files[i].path, path) == 0) {
            index = i;
            break;
        }
    }
    if (index < 0) {
        check_errorf(c, pos, "conclab does not support package %s yet", path);
        gpkg *fake = arena_alloc(c->a, sizeof *fake);
        fake->path = path;
        const char *slash = strrchr(path, '/');
        fake->name = slash ? slash + 1 : path;
        fake->scope = scope_new(c->a, types_universe());
        fake->library = fake->checked = fake->fake = true;
        ptrvec_push(c->a, c->pkgcache, fake);
        return fake;
    }
    const char *src = golib_files[index].source;
    gfile *f = parse_file(c->a, c->d, -(index + 1), path, src, strlen(src));
    if (!f)
        return NULL;
    gpkg *pkg = arena_alloc(c->a, sizeof *pkg);
    pkg->path = path;
    pkg->name = f->pkgname->name;
    pkg->scope = scope_new(c->a, types_universe());
    pkg->library = true;
    ptrvec_push(c->a, c->pkgcache, pkg);
    checker sub;
    memset(&sub, 0, sizeof sub);
    sub.a = c->a;
    sub.d = c->d;
    sub.pkg = pkg;
    sub.scope = pkg->scope;
    sub.library = true;
    sub.pkgcache = c->pkgcache;
    check_package(&sub, &f, 1);
    pkg->checked = true;
    pkg->funcs = sub.all_funcs;
    pkg->vars = sub.pkgvars;
    pkg->init_order = sub.init_order;
    int done = 0;
    for (int i = 0; i < c->pkgcache->n; i++) {
        gpkg *other = c->pkgcache->v[i];
        if (other->done_order > done)
            done = other->done_order;
    }
    pkg->done_order = done + 1;
    return pkg;
}
