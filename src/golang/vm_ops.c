/* vm_ops.c: the instructions the interpreter loop hands off: those that
 * go to conclab's runtime (channel send, receive, close, select, go) or
 * look up a method, and the rarer ones (type assertions, panic, recover,
 * string conversions, print). Each reads its operands at the frame's saved
 * pc and leaves the pc after the instruction. */
#include "golang/vm.h"

#include "rt/rt.h"

#include <string.h>

#define OBJ(k) (t->vm->objs[(k)])

static int line_of(const vm_frame *f)
{
    return f->fn->lines[f->pc - f->fn->code];
}

/* Sets the wait reason the deadlock report names while t may block. */
static void waiting(vm_thread *t, const char *why)
{
    t->wait = why;
}

static void resumed(vm_thread *t)
{
    t->wait = NULL;
    t->vm->current = t;
}

static void go_stmt(vm_thread *t, vm_frame *f, slot *R);

void vm_exec_rt(vm_thread *t, vm_frame *f, slot *R)
{
    const int32_t *pc = f->pc;
    int line = line_of(f);
    switch ((vm_op)pc[0]) {
    case VM_SEND: {
        chan *c = R[pc[1]].p;
        waiting(t, c ? "chan send" : "chan send (nil chan)");
        if (!c)
            rt_select_at(NULL, 0, f->fn->file, line);
        if (chan_closed(c))
            vm_throw_plain(t, "send on closed channel");
        rt_chan_send_at(c, &R[pc[2]], f->fn->file, line);
        resumed(t);
        if (__builtin_expect(chan_closed(c), 0) && rt_send_failed()) /* closed while it waited */
            vm_throw_plain(t, "send on closed channel");
        f->pc = pc + 4;
        return;
    }
    case VM_RECV: {
        chan *c = R[pc[2]].p;
        waiting(t, c ? "chan receive" : "chan receive (nil chan)");
        if (!c)
            rt_select_at(NULL, 0, f->fn->file, line);
        int n = pc[3];
        slot buf[8];
        slot *tmp = n <= 8 ? buf : vm_alloc(t, sizeof(slot) * (size_t)n);
        bool ok = rt_chan_recv_at(c, tmp, f->fn->file, line);
        resumed(t);
        memcpy(&R[pc[1]], tmp, sizeof(slot) * (size_t)n);
        if (pc[4] >= 0)
            R[pc[4]].i = ok;
        f->pc = pc + 5;
        return;
    }
    case VM_CLOSE: {
        chan *c = R[pc[1]].p;
        if (!c)
            vm_throw_plain(t, "close of nil channel");
        if (chan_closed(c))
            vm_throw_plain(t, "close of closed channel");
        rt_chan_close_at(c, f->fn->file, line);
        f->pc = pc + 2;
        return;
    }
    case VM_GO:
        go_stmt(t, f, R);
        f->pc = pc + 4;
        return;
    case VM_SELECT: {
        vm_select_info *si = OBJ(pc[2]);
        int base = pc[3];
        select_case cases[64];
        int n = si->n;
        bool ok_flags[64];
        for (int i = 0; i < n; i++) {
            vm_select_case *sc = &si->c[i];
            cases[i].op = sc->op;
            cases[i].c = sc->op == SELECT_OP_DEFAULT ? NULL : R[base + sc->chan].p;
            cases[i].val = sc->op == SELECT_OP_DEFAULT ? NULL : &R[base + sc->val];
            cases[i].ok = sc->op == SELECT_OP_RECV ? &ok_flags[i] : NULL;
            ok_flags[i] = false;
            if (sc->op == SELECT_OP_SEND && chan_closed(cases[i].c))
                vm_throw_plain(t, "send on closed channel");
        }
        waiting(t, n == 0 ? "select (no cases)" : "select");
        int k = rt_select_at(n ? cases : NULL, n, f->fn->file, line);
        resumed(t);
        if (k < 0) /* the default case */
            for (int i = 0; i < n; i++)
                if (si->c[i].op == SELECT_OP_DEFAULT)
                    k = i;
        R[pc[1]].i = k;
        if (k >= 0 && k < n && si->c[k].op == SELECT_OP_RECV && si->c[k].ok >= 0)
            R[base + si->c[k].ok].i = ok_flags[k];
        f->pc = pc + 4;
        return;
    }
    case VM_CALLI: {
        vm_iface *x = (vm_iface *)&R[pc[1]];
        int base = pc[2];
        const char *name = OBJ(pc[3]);
        if (!x->t)
            vm_throw(t, "invalid memory address or nil pointer dereference");
        vm_func *fn = vm_method_find(x->t, name);
        if (!fn)
            vm_fatal(t, "method not found");
        /* the receiver as the method takes it, before the arguments: the
         * call put them after one slot, a string or slice receiver takes
         * two or three */
        int rs = vm_slots(fn->recv ? fn->recv : x->t);
        if (rs > 1 && fn->nparams > rs)
            memmove(&R[base + rs], &R[base + 1], sizeof(slot) * (size_t)(fn->nparams - rs));
        vm_unbox(fn->recv ? fn->recv : x->t, x->data, &R[base]);
        if (fn->recv && vm_is_aggregate(fn->recv) && R[base].p) {
            int size = gtype_size(fn->recv);
            void *p = vm_alloc(t, (size_t)size + 1);
            memcpy(p, R[base].p, (size_t)size);
            R[base].p = p;
        }
        f->pc = pc + 5;
        if (fn->native) {
            fn->native(t, &R[base]);
            return;
        }
        vm_push_call(t, fn, NULL, f->base + base);
        return;
    }
    default:
        vm_fatal(t, "bad runtime instruction");
    }
}

static void go_stmt(vm_thread *t, vm_frame *f, slot *R)
{
    const int32_t *pc = f->pc;
    vm_closure *cl = R[pc[1]].p;
    vm_go(t, cl, &R[pc[2]], pc[3], f->fn->file, line_of(f));
}

void vm_shared(vm_thread *t, vm_frame *f, const void *p, int64_t size, bool write)
{
    /* the race detector and the schedule see the access's first word
     * (a string, slice or struct copy counts as one access); the
     * library's own accesses are synchronised by it */
    if (f->fn->library)
        return;
    char *name = vm_alloc(t, 24);
    snprintf(name, 24, "%p", p);
    int line = line_of(f);
    size_t n = size >= 8 ? 8 : size >= 4 ? 4 : size >= 2 ? 2 : 1;
    if (write)
        rt_shared_store_at((void *)p, p, n, 0, name, f->fn->file, line);
    else
        rt_shared_load_at(p, n, 0, name, f->fn->file, line);
    t->vm->current = t;
}

/* --- the rare instructions --------------------------------------------------- */

static void rune_to_string(vm_thread *t, int64_t r, vm_string *out)
{
    char buf[4];
    int n = vm_utf8_encode(buf, r);
    *out = vm_str_new(t, buf, (size_t)n);
}

static void strconv_op(vm_thread *t, slot *R, const int32_t *pc)
{
    slot *src = &R[pc[2]];
    switch (pc[3]) {
    case SC_RUNE2S:
        rune_to_string(t, src->i, (vm_string *)&R[pc[1]]);
        return;
    case SC_BYTES2S: {
        vm_slice *s = (vm_slice *)src;
        *(vm_string *)&R[pc[1]] = vm_str_new(t, s->p, (size_t)s->len);
        return;
    }
    case SC_S2BYTES: {
        vm_string *s = (vm_string *)src;
        vm_slice d;
        d.p = vm_alloc(t, (size_t)s->len + 1);
        memcpy(d.p, s->p, (size_t)s->len);
        d.len = d.cap = s->len;
        *(vm_slice *)&R[pc[1]] = d;
        return;
    }
    case SC_S2RUNES: {
        vm_string s = *(vm_string *)src;
        vm_slice d;
        d.p = vm_alloc(t, (size_t)s.len * 4 + 4);
        int64_t n = 0;
        for (int64_t i = 0; i < s.len;) {
            int w;
            int32_t r = vm_utf8_decode(s.p + i, s.len - i, &w);
            memcpy(d.p + n * 4, &r, 4);
            n++;
            i += w;
        }
        d.len = d.cap = n;
        *(vm_slice *)&R[pc[1]] = d;
        return;
    }
    case SC_RUNES2S: {
        vm_slice s = *(vm_slice *)src;
        char *p = vm_alloc(t, (size_t)s.len * 4 + 1);
        int64_t n = 0;
        for (int64_t i = 0; i < s.len; i++) {
            int32_t r;
            memcpy(&r, s.p + i * 4, 4);
            n += vm_utf8_encode(p + n, r);
        }
        *(vm_string *)&R[pc[1]] = (vm_string){p, n};
        return;
    }
    }
}

const int32_t *vm_exec_slow(vm_thread *t, vm_frame *f, slot *R)
{
    const int32_t *pc = f->pc;
    switch ((vm_op)pc[0]) {
    case VM_ASSERT: {
        vm_iface *x = (vm_iface *)&R[pc[2]];
        gtype *want = OBJ(pc[3]);
        bool ok;
        if (under(want)->kind == K_INTERFACE)
            ok = x->t && vm_implements(x->t, want);
        else
            ok = x->t == want;
        if (pc[4] >= 0) {
            if (ok) {
                if (under(want)->kind == K_INTERFACE)
                    memcpy(&R[pc[1]], x, sizeof *x);
                else
                    vm_unbox(want, x->data, &R[pc[1]]);
            } else {
                memset(&R[pc[1]], 0, sizeof(slot) * (size_t)pc[5]);
                if (vm_is_aggregate(want))
                    R[pc[1]].p = vm_alloc(t, (size_t)gtype_size(want) + 1);
            }
            R[pc[4]].i = ok;
        } else if (!ok) {
            vm_assert_error(t, x, want, OBJ(pc[6]));
        } else if (under(want)->kind == K_INTERFACE) {
            memcpy(&R[pc[1]], x, sizeof *x);
        } else {
            vm_unbox(want, x->data, &R[pc[1]]);
        }
        return pc + 7;
    }
    case VM_ISTYPE: {
        vm_iface *x = (vm_iface *)&R[pc[2]];
        gtype *want = pc[3] >= 0 ? OBJ(pc[3]) : NULL;
        if (!want)
            R[pc[1]].i = x->t == NULL;
        else if (under(want)->kind == K_INTERFACE)
            R[pc[1]].i = x->t && vm_implements(x->t, want);
        else
            R[pc[1]].i = x->t == want;
        return pc + 4;
    }
    case VM_PANIC:
        vm_panic_value(t, *(vm_iface *)&R[pc[1]]);
    case VM_RECOVER: {
        vm_iface r = {0};
        if (t->panic && !t->panic->recovered && !t->panic->goexit && vm_recover_allowed(t)) {
            r = t->panic->value;
            t->panic->recovered = true;
        }
        *(vm_iface *)&R[pc[1]] = r;
        return pc + 2;
    }
    case VM_RTPANIC: {
        vm_string s = t->vm->strs[pc[1]];
        vm_throw(t, "%.*s", (int)s.len, s.p);
    }
    case VM_STRCONV:
        strconv_op(t, R, pc);
        return pc + 4;
    case VM_RANGESTR: {
        vm_string *s = (vm_string *)&R[pc[2]];
        int64_t i = R[pc[3]].i;
        int w;
        int32_t r = vm_utf8_decode(s->p + i, s->len - i, &w);
        R[pc[1]].i = r;
        R[pc[4]].i = i + w;
        return pc + 6;
    }
    case VM_PRINT:
        vm_builtin_print(t, pc[1], pc[3] >= 0 ? OBJ(pc[3]) : NULL, &R[pc[2]]);
        return pc + 4;
    default:
        vm_fatal(t, "bad instruction");
    }
}
