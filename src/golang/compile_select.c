/* compile_select.c: the select statement to bytecode. Every case's
 * channel and value to send are evaluated first, in source order, as Go
 * does; one SELECT instruction hands the cases to the runtime, which
 * picks among the ready ones (or blocks, or takes default); then the
 * chosen case's received value is assigned and its body runs. */
#include "golang/compile.h"

#include "rt/rt.h"

#include <string.h>

void ccommaok(comp *C, node *e, int dst);

/* The receive expression of a comm clause's statement, or NULL. */
static node *recv_expr(node *comm, node ***lhs, int *nlhs, bool *def)
{
    *lhs = NULL;
    *nlhs = 0;
    *def = false;
    node *e = NULL;
    if (comm->kind == N_EXPRSTMT) {
        e = comm->x;
    } else if (comm->kind == N_ASSIGN) {
        *nlhs = unpack_expr(&comm->x, lhs);
        *def = comm->op == OP_DEF;
        e = comm->y;
    }
    e = e ? ast_unparen(e) : NULL;
    if (e && e->kind == N_OPERATION && e->op == OP_RECV && !e->y)
        return e;
    return NULL;
}

void cselect(comp *C, node *s, const char *lbl);
void cselect(comp *C, node *s, const char *lbl)
{
    int mark = C->fs->nreg;
    int n = s->list.n;
    if (n > 64)
        comp_fail(C, s, "a select with more than 64 cases");
    vm_select_info *si = arena_alloc(C->a, sizeof *si + sizeof(vm_select_case) * (size_t)n);
    si->n = n;
    for (int i = 0; i < n; i++) {
        node *cc = s->list.v[i];
        vm_select_case *sc = &si->c[i];
        sc->ok = -1;
        if (!cc->x) {
            sc->op = SELECT_OP_DEFAULT;
            continue;
        }
        set_line(C, cc->x);
        if (cc->x->kind == N_SEND) {
            gtype *et = under(etype(cc->x->x))->elem;
            sc->op = SELECT_OP_SEND;
            sc->chan = reg_alloc(C, 1);
            cexpr(C, cc->x->x, sc->chan);
            sc->val = reg_alloc(C, vm_slots(et) ? vm_slots(et) : 1);
            cexpr_to(C, cc->x->y, et, sc->val);
            emit_own(C, et, sc->val);
            continue;
        }
        node **lhs;
        int nlhs;
        bool def;
        node *r = recv_expr(cc->x, &lhs, &nlhs, &def);
        if (!r)
            comp_fail(C, cc->x, "this select case");
        gtype *et = under(etype(r->x))->elem;
        sc->op = SELECT_OP_RECV;
        sc->chan = reg_alloc(C, 1);
        cexpr(C, r->x, sc->chan);
        sc->val = reg_alloc(C, vm_slots(et) ? vm_slots(et) : 1);
        sc->ok = reg_alloc(C, 1);
    }
    int which = reg_alloc(C, 1);
    set_line(C, s);
    emit(C, VM_SELECT, which, kobj(C, si), 0);
    int keep = C->fs->nreg;
    patch *end = NULL;
    target *t = arena_alloc(C->a, sizeof *t);
    memset(t, 0, sizeof *t);
    t->outer = C->fs->targets;
    t->label = lbl;
    t->continue_to = -1;
    C->fs->targets = t;
    int k = reg_alloc(C, 1), eq = reg_alloc(C, 1);
    for (int i = 0; i < n; i++) {
        node *cc = s->list.v[i];
        emit(C, VM_LDI, k, i);
        emit(C, VM_EQ, eq, which, k);
        patch *skip = emit_jump(C, VM_JF, eq, 0);
        int body_keep = C->fs->nreg;
        vm_select_case *sc = &si->c[i];
        if (sc->op == SELECT_OP_RECV) {
            node **lhs;
            int nlhs;
            bool def;
            node *r = recv_expr(cc->x, &lhs, &nlhs, &def);
            gtype *et = etype(r);
            for (int j = 0; j < nlhs; j++) {
                node *l = lhs[j];
                int src = j == 0 ? sc->val : sc->ok;
                gtype *st = j == 0 ? et : t_basic[K_BOOL];
                if (l->kind == N_NAME && strcmp(l->name, "_") == 0)
                    continue;
                if (def && l->obj && l->obj->decl == cc->x) {
                    declare_local(C, l->obj);
                    store_var(C, l->obj, src, st);
                } else if (def && l->obj && l->obj->storage == VS_NONE) {
                    declare_local(C, l->obj);
                    store_var(C, l->obj, src, st);
                } else {
                    lval lv = clval(C, l);
                    lval_store(C, &lv, src, st);
                }
            }
        }
        cblock(C, &cc->list);
        reg_free_to(C, body_keep);
        end = patch_join(end, emit_jump(C, VM_JMP, 0, 0));
        patch_here(C, skip);
    }
    patch_here(C, end);
    patch_here(C, t->breaks);
    C->fs->targets = t->outer;
    (void)keep;
    reg_free_to(C, mark);
}
