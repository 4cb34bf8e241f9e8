/* initorder.c: the order package-level variables are initialized in, as
 * the Go spec gives it (types2's initorder.go): repeatedly the earliest
 * variable in declaration order whose initializer depends on no
 * uninitialized variable, following dependencies through the functions
 * an initializer calls; a variable that depends on itself is an
 * "initialization cycle". */
#include "golang/check.h"

#include <string.h>

/* Whether obj's initializer reaches an uninitialized variable (other than
 * through itself when self is NULL). visited guards function cycles. */
static bool depends_on_pending(checker *c, gobj *obj, gobj *start, ptrvec *visited, bool *cycle)
{
    gdeclinfo *d = obj->dinfo;
    if (!d)
        return false;
    for (int i = 0; i < d->ndeps; i++) {
        gobj *dep = d->deps[i];
        if (dep == start) {
            *cycle = true;
            continue;
        }
        bool seen = false;
        for (int k = 0; k < visited->n; k++)
            if (visited->v[k] == dep)
                seen = true;
        if (seen)
            continue;
        ptrvec_push(c->a, visited, dep);
        if (dep->kind == O_VAR && dep->is_global && dep->color != COLOR_WHITE + 3)
            return true;
        if (dep->kind == O_FUNC && depends_on_pending(c, dep, start, visited, cycle))
            return true;
    }
    return false;
}

void check_init_order(checker *c)
{
    /* color WHITE + 3 marks "initialized" here (checking is over) */
    enum { INITIALIZED = COLOR_WHITE + 3 };
    int left = c->pkgvars.n;
    while (left > 0) {
        bool progress = false;
        for (int i = 0; i < c->pkgvars.n; i++) {
            gobj *v = c->pkgvars.v[i];
            if (v->color == INITIALIZED)
                continue;
            ptrvec visited = {0};
            bool cycle = false;
            if (depends_on_pending(c, v, v, &visited, &cycle))
                continue;
            if (cycle) {
                check_errorf(c, v->pos, "initialization cycle: %s refers to itself", v->name);
            }
            /* var a, b = f(): the group is initialized once */
            gdeclinfo *d = v->dinfo;
            if (d && d->lhs) {
                for (int k = 0; k < d->nlhs; k++) {
                    if (d->lhs[k]->color != INITIALIZED) {
                        d->lhs[k]->color = INITIALIZED;
                        left--;
                    }
                }
            } else {
                v->color = INITIALIZED;
                left--;
            }
            if (d && d->init)
                ptrvec_push(c->a, &c->init_order, v);
            progress = true;
            break;
        }
        if (!progress) {
            /* a cycle through several variables: report the first */
            for (int i = 0; i < c->pkgvars.n; i++) {
                gobj *v = c->pkgvars.v[i];
                if (v->color != INITIALIZED) {
                    check_errorf(c, v->pos, "initialization cycle for %s", v->name);
                    break;
                }
            }
            break;
        }
    }
    for (int i = 0; i < c->pkgvars.n; i++) {
        gobj *v = c->pkgvars.v[i];
        v->color = COLOR_BLACK;
    }
}
