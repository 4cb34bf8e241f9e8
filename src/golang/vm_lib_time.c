/* vm_lib_time.c: package time in C on the runtime's virtual clock: Sleep,
 * Duration's String, Now and Since, and the timers (After, NewTimer,
 * AfterFunc, NewTicker, with Stop and Reset). A timer is a helper
 * coroutine of the runtime, not a Go goroutine (deadlock reports and
 * NumGoroutine leave it out, as Go's timers are no goroutines): it sleeps
 * to the deadline and then, unless Stop or Reset made it stale, sends
 * the Time without blocking (C has room for one, as in Go), or starts
 * AfterFunc's function in a goroutine of its own. A Time is an aggregate
 * {ns int64}, so its register holds its address. */
#include "golang/vm.h"

#include "rt/rt.h"

#include <string.h>

#define ARGSTR(i) (*(vm_string *)&a[(i)])

static void time_Sleep(vm_thread *t, slot *a)
{
    t->wait = "sleep";
    rt_sleep_at(a[0].i, vm_file_now(t), vm_line_now(t));
    t->wait = NULL;
    t->vm->current = t;
}

/* Go's Duration.String. */
static void time_Duration_String(vm_thread *t, slot *a)
{
    int64_t d = a[0].i;
    char buf[40];
    char *w = buf + sizeof buf;
    uint64_t u = d < 0 ? 0 - (uint64_t)d : (uint64_t)d;
    bool neg = d < 0;
    if (u < 1000000000ull) {
        const char *unit;
        int prec;
        if (u == 0) {
            ARGSTR(0) = vm_str_new(t, "0s", 2);
            return;
        } else if (u < 1000) {
            unit = "ns";
            prec = 0;
        } else if (u < 1000000) {
            unit = "µs";
            prec = 3;
        } else {
            unit = "ms";
            prec = 6;
        }
        size_t ul = strlen(unit);
        w -= ul;
        memcpy(w, unit, ul);
        /* fraction */
        bool printed = false;
        for (int i = 0; i < prec; i++) {
            int digit = (int)(u % 10);
            printed = printed || digit != 0;
            if (printed)
                *--w = (char)('0' + digit);
            u /= 10;
        }
        if (printed)
            *--w = '.';
        do {
            *--w = (char)('0' + u % 10);
            u /= 10;
        } while (u);
    } else {
        *--w = 's';
        bool printed = false;
        for (int i = 0; i < 9; i++) {
            int digit = (int)(u % 10);
            printed = printed || digit != 0;
            if (printed)
                *--w = (char)('0' + digit);
            u /= 10;
        }
        if (printed)
            *--w = '.';
        uint64_t secs = u;
        uint64_t s = secs % 60;
        do {
            *--w = (char)('0' + s % 10);
            s /= 10;
        } while (s);
        uint64_t mins = secs / 60;
        if (mins) {
            *--w = 'm';
            uint64_t m = mins % 60;
            do {
                *--w = (char)('0' + m % 10);
                m /= 10;
            } while (m);
            uint64_t h = mins / 60;
            if (h) {
                *--w = 'h';
                do {
                    *--w = (char)('0' + h % 10);
                    h /= 10;
                } while (h);
            }
        }
    }
    if (neg)
        *--w = '-';
    ARGSTR(0) = vm_str_new(t, w, (size_t)(buf + sizeof buf - w));
}

static void time_Duration_Seconds(vm_thread *t, slot *a)
{
    (void)t;
    a[0].f = (double)a[0].i / 1e9;
}

static void time_Duration_Milliseconds(vm_thread *t, slot *a)
{
    (void)t;
    a[0].i = a[0].i / 1000000;
}

/* A Time is an aggregate {ns int64}: its register holds an address. */
static void time_Now(vm_thread *t, slot *a)
{
    int64_t *p = vm_alloc(t, 8);
    *p = time_now();
    a[0].p = p;
}

static void time_Since(vm_thread *t, slot *a)
{
    (void)t;
    a[0].i = time_now() - *(int64_t *)a[0].p;
}

static void time_Time_Sub(vm_thread *t, slot *a)
{
    (void)t;
    a[0].i = *(int64_t *)a[0].p - *(int64_t *)a[1].p;
}

/* The state of a Timer or Ticker (its r field points at it). */
typedef struct vm_timer {
    vm *v;
    chan *c;            /* its channel C, or NULL (AfterFunc) */
    vm_closure *fn;     /* AfterFunc's function */
    rt_duration period; /* a ticker's period, 0 for a timer */
    uint64_t gen;       /* bumped by Stop and Reset: older helpers stop */
    bool pending;       /* armed and not fired (a ticker: not stopped) */
    const char *file;   /* where it was made (the helper's trace lines) */
    int line;
} vm_timer;

typedef struct timer_arm {
    vm_timer *tm;
    uint64_t gen;
    rt_duration when;
} timer_arm;

static void timer_helper(void *arg)
{
    timer_arm *arm = arg;
    vm_timer *tm = arm->tm;
    for (;;) {
        rt_sleep_at(arm->when - time_now(), tm->file, tm->line);
        if (tm->gen != arm->gen)
            return;
        if (tm->fn) {
            tm->pending = false;
            vm_go_from(tm->v, "time.goFunc", tm->fn, NULL, 0, tm->file, tm->line);
            return;
        }
        int64_t *now = vm_alloc_vm(tm->v, 8);
        *now = time_now();
        slot val = {.p = now};
        select_case cases[2] = {SELECT_SEND(tm->c, &val), SELECT_DEFAULT()};
        rt_select_at(cases, 2, tm->file, tm->line);
        if (tm->period <= 0) {
            tm->pending = false;
            return;
        }
        arm->when += tm->period;
    }
}

/* (Re)arms tm to fire d from now; what was pending before is stale. */
static void timer_arm_at(vm_thread *t, vm_timer *tm, rt_duration d)
{
    timer_arm *arm = vm_alloc(t, sizeof *arm);
    arm->tm = tm;
    arm->gen = ++tm->gen;
    arm->when = time_now() + (d > 0 ? d : 0);
    tm->pending = true;
    rt_go_at(timer_helper, arm, tm->period ? "time.Ticker" : "time.Timer", tm->file, tm->line);
    t->vm->current = t;
}

static vm_timer *timer_new(vm_thread *t, bool with_channel, rt_duration period)
{
    vm_timer *tm = vm_alloc(t, sizeof *tm);
    tm->v = t->vm;
    tm->file = vm_file_now(t);
    tm->line = vm_line_now(t);
    tm->period = period;
    if (with_channel)
        tm->c = rt_chan_make_at(sizeof(slot), 1, "time.Time", tm->file, tm->line);
    return tm;
}

/* A *Timer or *Ticker: {C <-chan Time; r uintptr}. */
static void *timer_value(vm_thread *t, vm_timer *tm)
{
    void **p = vm_alloc(t, 16);
    p[0] = tm->c;
    p[1] = tm;
    return p;
}

static vm_timer *timer_of(vm_thread *t, slot *a, const char *what)
{
    void **p = a[0].p;
    if (!p)
        vm_throw(t, "invalid memory address or nil pointer dereference");
    if (!p[1])
        vm_throw_plain(t, what);
    return p[1];
}

static void time_After(vm_thread *t, slot *a)
{
    vm_timer *tm = timer_new(t, true, 0);
    timer_arm_at(t, tm, a[0].i);
    a[0].p = tm->c;
}

static void time_NewTimer(vm_thread *t, slot *a)
{
    vm_timer *tm = timer_new(t, true, 0);
    timer_arm_at(t, tm, a[0].i);
    a[0].p = timer_value(t, tm);
}

static void time_AfterFunc(vm_thread *t, slot *a)
{
    vm_timer *tm = timer_new(t, false, 0);
    tm->fn = a[1].p;
    timer_arm_at(t, tm, a[0].i);
    a[0].p = timer_value(t, tm);
}

static void time_Timer_Stop(vm_thread *t, slot *a)
{
    vm_timer *tm = timer_of(t, a, "time: Stop called on uninitialized Timer");
    bool was = tm->pending;
    tm->pending = false;
    tm->gen++;
    a[0].i = was;
}

static void time_Timer_Reset(vm_thread *t, slot *a)
{
    vm_timer *tm = timer_of(t, a, "time: Reset called on uninitialized Timer");
    bool was = tm->pending;
    timer_arm_at(t, tm, a[1].i);
    a[0].i = was;
}

static void time_NewTicker(vm_thread *t, slot *a)
{
    if (a[0].i <= 0)
        vm_throw_plain(t, "non-positive interval for NewTicker");
    vm_timer *tm = timer_new(t, true, a[0].i);
    timer_arm_at(t, tm, a[0].i);
    a[0].p = timer_value(t, tm);
}

static void time_Ticker_Stop(vm_thread *t, slot *a)
{
    vm_timer *tm = timer_of(t, a, "time: Stop called on uninitialized Ticker");
    tm->pending = false;
    tm->gen++;
}

static void time_Ticker_Reset(vm_thread *t, slot *a)
{
    if (a[1].i <= 0)
        vm_throw_plain(t, "non-positive interval for Ticker.Reset");
    vm_timer *tm = timer_of(t, a, "time: Reset called on uninitialized Ticker");
    tm->period = a[1].i;
    timer_arm_at(t, tm, a[1].i);
}

const vm_binding vm_lib_time[] = {
    {"time.Sleep", time_Sleep},
    {"time.Duration.String", time_Duration_String},
    {"time.Duration.Seconds", time_Duration_Seconds},
    {"time.Duration.Milliseconds", time_Duration_Milliseconds},
    {"time.Now", time_Now},
    {"time.Since", time_Since},
    {"time.Time.Sub", time_Time_Sub},
    {"time.After", time_After},
    {"time.NewTimer", time_NewTimer},
    {"time.AfterFunc", time_AfterFunc},
    {"time.(*Timer).Stop", time_Timer_Stop},
    {"time.(*Timer).Reset", time_Timer_Reset},
    {"time.NewTicker", time_NewTicker},
    {"time.(*Ticker).Stop", time_Ticker_Stop},
    {"time.(*Ticker).Reset", time_Ticker_Reset},
    {NULL, NULL},
};
