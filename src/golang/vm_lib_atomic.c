/* vm_lib_atomic.c: package sync/atomic's functions in C on the runtime's
 * atomics, so that each is a choice point of the schedule and a
 * synchronising access for the race detector (a plain access racing an
 * atomic one is a race, two atomic ones are not). Add, Load, Store, Swap
 * and CompareAndSwap for the 32- and 64-bit integers and uintptr; the
 * types (atomic.Int64, Bool, Value, ...) are Go in lib/sync/atomic.go. */
#include "golang/vm.h"

#include "rt/rt.h"

typedef enum atomic_width { W_INT32, W_UINT32, W_64 } atomic_width;
typedef enum atomic_opcode { AT_ADD, AT_LOAD, AT_STORE, AT_SWAP, AT_CAS } atomic_opcode;

/* One operation on *p of type T with the runtime's atomics of suffix sfx:
 * the value it returns (the new one for add, the old one for swap, the
 * flag for compare-and-swap). */
#define ATOMIC_APPLY(T, sfx, p, op, x, y, file, line, out)                                   \
    switch (op) {                                                                         \
    case AT_ADD: out = rt_atomic_add_##sfx##_at(p, (T)(x), file, line); break;             \
    case AT_LOAD: out = rt_atomic_load_##sfx##_at(p, file, line); break;                   \
    case AT_STORE: rt_atomic_store_##sfx##_at(p, (T)(x), file, line); break;               \
    case AT_SWAP:                                                                         \
        do                                                                                \
            out = rt_atomic_load_##sfx##_at(p, file, line);                               \
        while (!rt_atomic_cas_##sfx##_at(p, (T)out, (T)(x), file, line));                 \
        break;                                                                            \
    case AT_CAS: out = rt_atomic_cas_##sfx##_at(p, (T)(x), (T)(y), file, line); break;     \
    }

static void atomic_do(vm_thread *t, slot *a, atomic_width w, atomic_opcode op)
{
    if (!a[0].p)
        vm_throw(t, "invalid memory address or nil pointer dereference");
    const char *file = vm_file_now(t);
    int line = vm_line_now(t);
    int64_t out = 0;
    if (w == W_64) {
        int64_t *p = a[0].p;
        ATOMIC_APPLY(int64_t, i64, p, op, a[1].i, a[2].i, file, line, out)
    } else {
        int32_t *p = a[0].p;
        ATOMIC_APPLY(int32_t, i32, p, op, a[1].i, a[2].i, file, line, out)
    }
    t->vm->current = t;
    if (op == AT_CAS)
        a[0].i = out != 0;
    else if (w == W_UINT32)
        a[0].u = (uint32_t)out;
    else if (w == W_INT32)
        a[0].i = (int32_t)out;
    else
        a[0].i = out;
}

#define ATOMIC_NATIVES(Name, w)                                                                \
    static void atomic_Add##Name(vm_thread *t, slot *a) { atomic_do(t, a, w, AT_ADD); }           \
    static void atomic_Load##Name(vm_thread *t, slot *a) { atomic_do(t, a, w, AT_LOAD); }         \
    static void atomic_Store##Name(vm_thread *t, slot *a) { atomic_do(t, a, w, AT_STORE); }       \
    static void atomic_Swap##Name(vm_thread *t, slot *a) { atomic_do(t, a, w, AT_SWAP); }         \
    static void atomic_CompareAndSwap##Name(vm_thread *t, slot *a) { atomic_do(t, a, w, AT_CAS); }
ATOMIC_NATIVES(Int32, W_INT32)
ATOMIC_NATIVES(Uint32, W_UINT32)
ATOMIC_NATIVES(Int64, W_64)
ATOMIC_NATIVES(Uint64, W_64)
ATOMIC_NATIVES(Uintptr, W_64)

#define ATOMIC_BINDINGS(Name)                                                  \
    {"atomic.Add" #Name, atomic_Add##Name}, {"atomic.Load" #Name, atomic_Load##Name}, \
        {"atomic.Store" #Name, atomic_Store##Name}, {"atomic.Swap" #Name, atomic_Swap##Name}, \
        {"atomic.CompareAndSwap" #Name, atomic_CompareAndSwap##Name}
const vm_binding vm_lib_atomic[] = {
    ATOMIC_BINDINGS(Int32), ATOMIC_BINDINGS(Uint32), ATOMIC_BINDINGS(Int64),
    ATOMIC_BINDINGS(Uint64), ATOMIC_BINDINGS(Uintptr), {NULL, NULL},
};
