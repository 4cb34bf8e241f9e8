/* lookup.c: finding fields and methods (through embedded fields and
 * pointers, with Go's shallowest-depth and ambiguity rules), interface
 * method sets (embedding merged), and whether a type implements an
 * interface, after go/types' lookup.go. */
#include "golang/types.h"

#include <stdlib.h>
#include <string.h>

static bool exported(const char *name)
{
    return name[0] >= 'A' && name[0] <= 'Z';
}

/* The names match as Go identifiers of package pkg see them. */
static bool same_id(const char *a, gpkg *apkg, const char *name, gpkg *pkg)
{
    if (strcmp(a, name) != 0)
        return false;
    if (exported(name))
        return true;
    return !apkg || !pkg || apkg == pkg;
}

/* One type to search at a depth. */
typedef struct emb {
    gtype *typ;
    int path[16];
    int npath;
    bool indirect;
    bool multiples;
} emb;

#define LOOKUP_MAX 64 /* embedded types searched per depth */

static gtype *deref(gtype *t, bool *is_ptr)
{
    if (t->kind == K_POINTER) {
        *is_ptr = true;
        return t->elem;
    }
    *is_ptr = false;
    return t;
}

static gmethod *named_method(gtype *named, gpkg *pkg, const char *name, int *index)
{
    for (int i = 0; i < named->nmdecl; i++) {
        gmethod *m = &named->mdecl[i];
        gpkg *mp = m->func ? m->func->pkg : NULL;
        if (same_id(m->name, mp, name, pkg)) {
            *index = i;
            return m;
        }
    }
    return NULL;
}

static gmethod *iface_method(gtype *iface, gpkg *pkg, const char *name, int *index)
{
    for (int i = 0; i < iface->nmethods; i++) {
        if (same_id(iface->methods[i].name, NULL, name, pkg)) {
            *index = i;
            return &iface->methods[i];
        }
    }
    return NULL;
}

/* Records method m (its function obj, NULL for an interface's) found
 * through e at the current depth; false when that makes the selector
 * ambiguous (r then says so). */
static bool take_method(gselection *r, bool *found, const emb *e, gmethod *m, gobj *obj)
{
    if (*found || e->multiples) {
        memset(r, 0, sizeof *r);
        r->ambiguous = true;
        return false;
    }
    *found = true;
    r->kind = SEL_METHOD;
    r->method = m;
    r->obj = obj;
    memcpy(r->path, e->path, sizeof r->path);
    r->npath = e->npath;
    r->indirect = e->indirect;
    return true;
}

gselection type_lookup(gtype *T, bool addressable, gpkg *pkg, const char *name)
{
    gselection r;
    memset(&r, 0, sizeof r);
    if (!T || strcmp(name, "_") == 0)
        return r;
    /* a named pointer type has no methods of its own to find */
    if (T->kind == K_NAMED && T->underlying && T->underlying->kind == K_POINTER) {
        r = type_lookup(T->underlying, false, pkg, name);
        if (r.kind == SEL_METHOD)
            memset(&r, 0, sizeof r);
        return r;
    }
    bool is_ptr;
    gtype *typ = deref(T, &is_ptr);
    if (is_ptr && type_is_interface(typ))
        return r;

    emb *cur = malloc(sizeof(emb) * LOOKUP_MAX), *next = malloc(sizeof(emb) * LOOKUP_MAX);
    gtype *seen[LOOKUP_MAX];
    int nseen = 0, ncur = 1;
    if (!cur || !next)
        goto out;
    memset(&cur[0], 0, sizeof cur[0]);
    cur[0].typ = typ;
    cur[0].indirect = is_ptr;
    bool found = false;
    while (ncur > 0) {
        int nnext = 0;
        for (int ei = 0; ei < ncur; ei++) {
            emb *e = &cur[ei];
            gtype *t = e->typ;
            if (t->kind == K_NAMED) {
                bool dup = false;
                for (int i = 0; i < nseen; i++)
                    if (seen[i] == t)
                        dup = true;
                if (dup)
                    continue;
                if (nseen < LOOKUP_MAX)
                    seen[nseen++] = t;
                int idx;
                gmethod *m = named_method(t, pkg, name, &idx);
                if (m) {
                    if (!take_method(&r, &found, e, m, m->func))
                        goto out;
                    continue;
                }
            }
            gtype *u = under(t);
            if (!u)
                continue;
            if (u->kind == K_STRUCT) {
                for (int i = 0; i < u->nfields; i++) {
                    gfield *f = &u->fields[i];
                    gpkg *fp = f->obj ? f->obj->pkg : NULL;
                    if (same_id(f->name, fp, name, pkg)) {
                        if (found || e->multiples) {
                            memset(&r, 0, sizeof r);
                            r.ambiguous = true;
                            goto out;
                        }
                        found = true;
                        r.kind = SEL_FIELD;
                        r.field = f;
                        r.obj = f->obj;
                        memcpy(r.path, e->path, sizeof r.path);
                        r.npath = e->npath;
                        if (r.npath < 16)
                            r.path[r.npath++] = i;
                        r.indirect = e->indirect;
                        continue;
                    }
                    if (!found && f->embedded && nnext < LOOKUP_MAX && e->npath < 15) {
                        emb *n = &next[nnext++];
                        bool p;
                        n->typ = deref(f->type, &p);
                        memcpy(n->path, e->path, sizeof n->path);
                        n->npath = e->npath;
                        n->path[n->npath++] = i;
                        n->indirect = e->indirect || p;
                        n->multiples = e->multiples;
                    }
                }
            } else if (u->kind == K_INTERFACE) {
                int idx;
                gmethod *m = iface_method(u, pkg, name, &idx);
                if (m && !take_method(&r, &found, e, m, NULL))
                    goto out;
            }
        }
        if (found) {
            if (r.kind == SEL_METHOD && r.method->ptr_recv && !r.indirect && !addressable) {
                memset(&r, 0, sizeof r);
                r.ptr_needed = true;
            }
            goto out;
        }
        /* consolidate: a type found twice at one depth is ambiguous there */
        int n = 0;
        for (int i = 0; i < nnext; i++) {
            int j;
            for (j = 0; j < n; j++)
                if (type_identical(cur[j].typ, next[i].typ))
                    break;
            if (j < n) {
                cur[j].multiples = true;
            } else {
                cur[n++] = next[i];
            }
        }
        ncur = n;
    }
out:
    free(cur);
    free(next);
    return r;
}

static int method_cmp(const void *a, const void *b)
{
    return strcmp(((const gmethod *)a)->name, ((const gmethod *)b)->name);
}

bool type_complete_interface(arena *a, gtype *t)
{
    if (t->complete)
        return true;
    t->complete = true;
    int n = t->ndeclared;
    for (int i = 0; i < t->nembeddeds; i++) {
        gtype *e = under(t->embeddeds[i]);
        if (e && e->kind == K_INTERFACE) {
            type_complete_interface(a, e);
            n += e->nmethods;
        }
    }
    gmethod *all = arena_alloc(a, sizeof(gmethod) * (size_t)(n ? n : 1));
    int k = 0;
    bool ok = true;
    for (int i = 0; i < t->ndeclared; i++)
        all[k++] = t->declared[i];
    for (int i = 0; i < t->nembeddeds; i++) {
        gtype *e = under(t->embeddeds[i]);
        if (!e || e->kind != K_INTERFACE)
            continue;
        for (int j = 0; j < e->nmethods; j++) {
            int d;
            for (d = 0; d < k; d++)
                if (strcmp(all[d].name, e->methods[j].name) == 0)
                    break;
            if (d < k) {
                if (!type_identical(all[d].sig, e->methods[j].sig))
                    ok = false;
                continue;
            }
            all[k++] = e->methods[j];
        }
    }
    qsort(all, (size_t)k, sizeof *all, method_cmp);
    t->methods = all;
    t->nmethods = k;
    return ok;
}

const char *type_missing_method(gtype *V, gtype *T, bool *wrong_type, bool *ptr_recv)
{
    *wrong_type = false;
    *ptr_recv = false;
    gtype *it = under(T);
    if (!it || it->kind != K_INTERFACE || it->nmethods == 0)
        return NULL;
    gtype *vu = under(V);
    if (vu && vu->kind == K_INTERFACE) {
        for (int i = 0; i < it->nmethods; i++) {
            gmethod *m = &it->methods[i];
            int idx;
            gmethod *f = iface_method(vu, NULL, m->name, &idx);
            if (!f)
                return m->name;
            if (!type_identical(f->sig, m->sig)) {
                *wrong_type = true;
                return m->name;
            }
        }
        return NULL;
    }
    for (int i = 0; i < it->nmethods; i++) {
        gmethod *m = &it->methods[i];
        gselection s = type_lookup(V, false, NULL, m->name);
        if (s.kind == SEL_METHOD) {
            if (!type_identical(s.method->sig, m->sig)) {
                *wrong_type = true;
                return m->name;
            }
            continue;
        }
        if (s.ptr_needed) {
            gselection p = type_lookup(V, true, NULL, m->name);
            if (p.kind == SEL_METHOD && !type_identical(p.method->sig, m->sig))
                *wrong_type = true;
            else
                *ptr_recv = true;
            return m->name;
        }
        return m->name;
    }
    return NULL;
}
