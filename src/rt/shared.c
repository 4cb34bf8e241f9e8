/* shared.c: atomics (sync/atomic) and instrumented shared variables. Each
 * access is a choice point before it happens and a trace event, so a
 * demo's `data++` written as shared_store(&data, shared_load(&data) + 1)
 * can lose updates exactly as the racy Go program can. */
#include "rt/rt_int.h"
#include "rt/race.h"

#include <stdio.h>
#include <string.h>

/* Formats a scalar of `size` bytes (a float when kind is 1). */
static void scalar_text(char *out, size_t n, const void *p, size_t size, int kind)
{
    if (kind == 1 && size == sizeof(double)) {
        double d;
        memcpy(&d, p, sizeof d);
        snprintf(out, n, "%g", d);
    } else if (kind == 1 && size == sizeof(float)) {
        float f;
        memcpy(&f, p, sizeof f);
        snprintf(out, n, "%g", (double)f);
    } else {
        trace_value(out, n, "", size, p);
    }
}

/* The variable's name for traces: the macro's text without a leading '&'. */
static const char *var_name(const char *name)
{
    return name[0] == '&' ? name + 1 : name;
}

const void *rt_shared_load_at(const void *p, size_t size, int kind, const char *name,
                              const char *file, int line)
{
    rt *r = sched_enter("shared_load");
    sched_point(r, "shared load", p, RT_ACCESS_READ, file, line);
    if (r->race)
        race_access(r, p, false, var_name(name), file, line);
    if (TRACE_ON(r)) {
        char v[64];
        scalar_text(v, sizeof v, p, size, kind);
        trace_ev(r, RT_EV_LOAD, 0, 0, var_name(name), NULL, file, line, "%s", v);
    }
    return p;
}

void rt_shared_store_at(void *p, const void *v, size_t size, int kind, const char *name,
                        const char *file, int line)
{
    rt *r = sched_enter("shared_store");
    sched_point(r, "shared store", p, RT_ACCESS_WRITE, file, line);
    if (r->race)
        race_access(r, p, true, var_name(name), file, line);
    memcpy(p, v, size);
    if (TRACE_ON(r)) {
        char t[64];
        scalar_text(t, sizeof t, p, size, kind);
        trace_ev(r, RT_EV_STORE, 0, 0, var_name(name), NULL, file, line, "%s", t);
    }
}

/* The choice point and trace event of one atomic operation. */
static rt *atomic_enter(const char *op, const void *p, const char *file, int line)
{
    rt *r = sched_enter(op);
    sched_point(r, op, p, strcmp(op, "atomic load") == 0 ? RT_ACCESS_READ : RT_ACCESS_WRITE, file, line);
    return r;
}

static void atomic_trace(rt *r, const char *op, long long v, const char *file, int line)
{
    if (TRACE_ON(r))
        trace_ev(r, RT_EV_ATOMIC, 0, 0, NULL, NULL, file, line, "%s %lld", op, v);
}

/* The four integer operations for one width: add (wrapping, returns the
 * new value), load, store, compare-and-swap. */
#define ATOMIC_INT_OPS(T, UT, sfx)                                                        \
    T rt_atomic_add_##sfx##_at(T *p, T d, const char *file, int line)                     \
    {                                                                                     \
        rt *r = atomic_enter("atomic add", p, file, line);                                   \
        if (r->race)                                                                      \
            race_atomic(r, p, true, file, line);                                          \
        *p = (T)((UT)*p + (UT)d);                                                         \
        atomic_trace(r, "add", *p, file, line);                                           \
        return *p;                                                                        \
    }                                                                                     \
    T rt_atomic_load_##sfx##_at(const T *p, const char *file, int line)                   \
    {                                                                                     \
        rt *r = atomic_enter("atomic load", p, file, line);                                  \
        if (r->race)                                                                      \
            race_atomic(r, p, false, file, line);                                         \
        atomic_trace(r, "load", *p, file, line);                                          \
        return *p;                                                                        \
    }                                                                                     \
    void rt_atomic_store_##sfx##_at(T *p, T v, const char *file, int line)                \
    {                                                                                     \
        rt *r = atomic_enter("atomic store", p, file, line);                                 \
        if (r->race)                                                                      \
            race_atomic(r, p, true, file, line);                                          \
        *p = v;                                                                           \
        atomic_trace(r, "store", v, file, line);                                          \
    }                                                                                     \
    bool rt_atomic_cas_##sfx##_at(T *p, T old, T new_, const char *file, int line)        \
    {                                                                                     \
        rt *r = atomic_enter("atomic cas", p, file, line);                                   \
        if (r->race)                                                                      \
            race_atomic(r, p, true, file, line);                                          \
        bool ok = *p == old;                                                              \
        if (ok)                                                                           \
            *p = new_;                                                                    \
        atomic_trace(r, ok ? "cas ok" : "cas failed", *p, file, line);                    \
        return ok;                                                                        \
    }

ATOMIC_INT_OPS(int32_t, uint32_t, i32)
ATOMIC_INT_OPS(int64_t, uint64_t, i64)

void *rt_atomic_load_ptr_at(void *const *p, const char *file, int line)
{
    rt *r = atomic_enter("atomic load", p, file, line);
    if (r->race)
        race_atomic(r, p, false, file, line);
    atomic_trace(r, "load ptr", *p != NULL, file, line);
    return *p;
}

void rt_atomic_store_ptr_at(void **p, void *v, const char *file, int line)
{
    rt *r = atomic_enter("atomic store", p, file, line);
    if (r->race)
        race_atomic(r, p, true, file, line);
    *p = v;
    atomic_trace(r, "store ptr", v != NULL, file, line);
}

bool rt_atomic_cas_ptr_at(void **p, void *old, void *new_, const char *file, int line)
{
    rt *r = atomic_enter("atomic cas", p, file, line);
    if (r->race)
        race_atomic(r, p, true, file, line);
    bool ok = *p == old;
    if (ok)
        *p = new_;
    atomic_trace(r, ok ? "cas ptr ok" : "cas ptr failed", ok, file, line);
    return ok;
}
