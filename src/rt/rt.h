/* rt.h: the whole public API of conclab's coroutine runtime. Goroutines,
 * channels, select, sync primitives, atomics, instrumented shared variables
 * and a virtual clock on one OS thread, with a pluggable deterministic
 * scheduler, a trace of events and Go-worded panics and deadlock reports.
 * It knows nothing of the rest of conclab.
 *
 * Two halves:
 *  - the host API (rt_new, rt_run, rt_verdict, rt_output_*, rt_trace_*,
 *    rt_race_*,
 *    rt_report, rt_schedule, rt_leak_*, rt_free) creates a run, runs a main
 *    function to completion on a fresh runtime and reads the result;
 *  - the demo API (go, chan_*, SELECT, mutex_*, wg_*, sleep_for, say, ...)
 *    is called from inside goroutines and acts on the thread's current
 *    runtime. Every demo-facing name is a macro passing __FILE__/__LINE__
 *    to an `_at` function, so traces and reports point at demo lines.
 *
 * A demo reads like its Go original:
 *
 *     static void print_numbers(void *arg)
 *     {
 *         chan *c = arg;
 *         for (int i = 1; i <= 5; i++) {
 *             chan_send(c, &i);                  // c <- i
 *             sleep_for(1 * SECOND);             // time.Sleep(time.Second)
 *         }
 *         chan_close(c);                         // close(c)
 *     }
 *     static void demo_main(void *arg)
 *     {
 *         chan *c = chan_make(int, 0);           // c := make(chan int)
 *         go(print_numbers, c);                  // go printNumbers(c)
 *         for (int num; chan_recv(c, &num);)     // for num := range c {
 *             say("Received: %d", num);          //   fmt.Println(...)
 *     }
 *
 * Blocking: every demo call below may switch to another goroutine (each is
 * a "choice point" handed to the chooser) unless its comment says not.
 * A demo call made outside a running goroutine is a programming error and
 * aborts the process with a message. */
#ifndef CONCLAB_RT_H
#define CONCLAB_RT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ======================================================================
 * Host API
 * ====================================================================== */

/* One run of the runtime: opaque. */
typedef struct rt rt;

/* How the scheduler picks the next goroutine at each choice point. */
typedef enum rt_policy {
    RT_FIFO = 0,   /* like Go with GOMAXPROCS=1: keep running the current
                      goroutine until it blocks or yields; a goroutine made
                      runnable (spawned or woken) takes the "run next" slot
                      as in Go, the others queue first in, first out */
    RT_RANDOM = 1, /* seeded uniform choice among all runnable goroutines at
                      every choice point (reproducible: same seed, same run) */
    RT_REPLAY = 2, /* follow cfg.schedule (a string rt_schedule returned);
                      when it runs out, continue as RT_FIFO */
    RT_CUSTOM = 3  /* ask cfg.choose (the explorer and challenge mode) */
} rt_policy;

/* How an operation at a choice point touches its object. */
typedef enum rt_access {
    RT_ACCESS_UNKNOWN = 0, /* not known: the goroutine will finish some
                              operation before its next choice point (it
                              resumes in cond_wait, which relocks its
                              mutex); a chooser must assume it touches
                              anything */
    RT_ACCESS_READ = 1,    /* reads obj only (shared load, atomic load) */
    RT_ACCESS_WRITE = 2,   /* writes obj (shared store, atomic add, store,
                              cas) */
    RT_ACCESS_SYNC = 3,    /* a synchronization operation on obj (channel
                              send/receive/close, mutex, rwmutex, waitgroup,
                              once, cond signal) or, with obj NULL, one
                              that has no single object ("select", "cond
                              wait") */
    RT_ACCESS_NONE = 4     /* touches no shared object before its next
                              choice point: what is "start" (a new
                              goroutine, not run yet), "resume" (woken from
                              a block, sleep or gosched: the waker completed
                              its op) or "go" (the goroutine was created
                              just before this choice point). Its own code
                              may still print, spawn or set timers
                              (rt_choice.printed, goroutines, timers) */
} rt_access;

/* What a goroutine will do first when it is chosen: the operation it
 * stopped at. Each choice point sits BEFORE its operation, so a chosen
 * goroutine performs this op, then runs its own code up to its next choice
 * point or block (its "transition"). Ops on different objects, or two
 * reads of one object, commute, and RT_ACCESS_NONE commutes with all;
 * otherwise an op with obj NULL or kind RT_ACCESS_UNKNOWN may conflict
 * with anything. */
typedef struct rt_op {
    const char *what;   /* "chan send", "shared load", "mutex lock", ...
                           (the rt_choice `what` names); "start",
                           "resume" or "go" for RT_ACCESS_NONE; NULL when
                           kind is RT_ACCESS_UNKNOWN */
    const void *obj;    /* the object's address: the chan, the sync value
                           (sync_mutex *, sync_waitgroup *, ...), the
                           shared variable or the atomic's address; NULL
                           when the op has none (or several). Addresses
                           identify objects within one run only */
    rt_access kind;     /* how it touches obj */
    const char *file;   /* demo source file of the op (for "start": the go
                           statement; for "resume": the blocking call) */
    int line;           /* demo source line of the op */
} rt_op;

/* The question put to a chooser at one choice point. */
typedef struct rt_choice {
    uint64_t step;      /* choice points passed so far in this run */
    int ncand;          /* number of candidates, >= 2 (a single candidate
                           is taken without asking) */
    const int *cand;    /* goroutine ids of the candidates. Order: the
                           running goroutine first when it may continue,
                           then the "run next" goroutine, then the run queue
                           in FIFO order; index 0 is what RT_FIFO takes */
    int current;        /* id of the goroutine at the choice point (it may
                           not be a candidate when it has just blocked) */
                        /* A select's case choice (ops == NULL, what
                           "select") is among the ready cases of one
                           select: cand holds their case indices, not
                           goroutine ids. The goroutine choice point just
                           before a select also says "select" but has ops */
    const char *what;   /* the operation at the choice point ("chan send",
                           "shared load", "go", "block", ...) */
    const char *file;   /* demo source file of that operation */
    int line;           /* demo source line of that operation */
    /* What each candidate will do (partial-order reduction, challenge
     * mode). ops[i] belongs to cand[i]: for the running goroutine its op
     * at this choice point, for a goroutine switched away at a choice
     * point the op it stopped at, for a new one "start", for one readied
     * from a block, sleep or gosched "resume" (RT_ACCESS_NONE; from
     * cond_wait RT_ACCESS_UNKNOWN). NULL exactly when this is a select's
     * case choice. Valid during the call. */
    const rt_op *ops;
    uint64_t printed;   /* bytes printed so far by say/say_partial (their
                           newlines included): compare two choice points to
                           tell whether the steps between them printed */
    int goroutines;     /* goroutines created so far (main included) */
    uint64_t timers;    /* timers set so far (sleep, time_after, ticks) */
    uint64_t side_effects; /* other effects so far that no op names:
                           sync.Once calls completed, tickers stopped. When
                           it grows between two choice points, the steps
                           between them touched state beyond the chosen op */
    int selecting;      /* goroutines blocked now in a select with two or
                           more channel cases. While > 0, an op on one
                           channel may complete such a select and withdraw
                           its cases from other channels, so channel ops on
                           different channels need not commute */
} rt_choice;

/* A custom chooser: returns an index in [0, c->ncand). Called on the
 * scheduler's thread; must not call the demo API. An index out of range
 * ends the run with RT_ERROR. */
typedef int (*rt_chooser)(void *ud, const rt_choice *c);

/* One frame of a goroutine's call stack, as a race report prints it:
 * "main.bump()" and "/tmp/r.go:16". The strings must outlive the run. */
typedef struct rt_frame {
    const char *fn;   /* the function's name ("main.bump", "main.(*T).m") */
    const char *file; /* its source file */
    int line;         /* the line it is at (a caller: the line of its call) */
} rt_frame;

/* Where a goroutine is (cfg.race): writes at most max frames of the call
 * stack of the running goroutine, innermost first, to out and returns how
 * many (0: unknown, the report then names the goroutine's function and the
 * access's line). fn and arg are the goroutine's function and argument as
 * rt_run or rt_go_at were given them. Runs on that goroutine's stack, inside
 * the runtime: must not call the demo API nor switch. */
typedef int (*rt_stacker)(void *ud, void (*fn)(void *), void *arg, rt_frame *out, int max);

/* The words of the runtime's own panics and fatal errors (cfg.fatal):
 * called on the failing goroutine, whose id is goroutine, with what
 * failed ("send on closed channel", "sync: unlock of unlocked mutex") and
 * whether it is a panic (else a fatal error), before the runtime writes
 * its report. A client that prints its own frames ends the run there with
 * rt_panic_report; if it returns, the runtime's report names the
 * goroutines as the runtime knows them. Must not call the demo API. */
typedef void (*rt_fatal_hook)(void *ud, int goroutine, bool is_panic, const char *what);

/* How goroutine stacks are allocated. */
typedef enum rt_stack_mode {
    RT_STACK_AUTO = 0,  /* guard pages while fewer than 16,384 stacks are
                           live, arena stacks beyond (so a million
                           goroutines fit under vm.max_map_count) */
    RT_STACK_GUARD = 1, /* every stack its own mapping with a PROT_NONE page
                           below: an overflow faults at once and ends the
                           run (not the process) with "fatal error: stack
                           overflow" naming the goroutine (not under ASan,
                           which reports it itself) */
    RT_STACK_ARENA = 2  /* stacks carved from large shared mappings with no
                           guard page, a canary at each stack's low end
                           checked at every switch: an overflow ends the run
                           with "fatal error: stack overflow" (detected
                           after the fact, possibly after it scribbled over
                           a neighbouring stack) */
} rt_stack_mode;

/* Everything a run is configured with. A zeroed rt_config is valid: seed 0,
 * RT_FIFO, the default step budget, no trace, default stacks. */
typedef struct rt_config {
    uint64_t seed;          /* seeds the PRNG (RT_RANDOM, select's choice) */
    rt_policy policy;       /* which chooser */
    const char *schedule;   /* RT_REPLAY: the schedule string (copied) */
    rt_chooser choose;      /* RT_CUSTOM: the chooser */
    void *choose_ud;        /* RT_CUSTOM: its user data */
    uint64_t max_steps;     /* step budget (choice points); 0 means
                               RT_DEFAULT_MAX_STEPS, RT_UNLIMITED none */
    bool trace;             /* record trace events (off: only the counts) */
    bool race;              /* run the happens-before data race
                               detector (see "Data races" below). The
                               run is otherwise the same: same schedule,
                               same output. Costs time and memory */
    rt_stacker stack;       /* cfg.race: the call stacks reports print for
                               each access and each go statement (NULL: one
                               frame, the goroutine's function) */
    void *stack_ud;         /* its user data, and cfg.fatal's */
    rt_fatal_hook fatal;    /* the report of the runtime's own panics
                               (NULL: the runtime's) */
    size_t stack_size;      /* bytes per goroutine (stack and bookkeeping),
                               rounded up to 64 bytes, at least 768
                               (arena), or to a page (guard); 0 means
                               RT_DEFAULT_STACK. Main
                               always gets at least RT_DEFAULT_STACK with a
                               guard page */
    rt_stack_mode stack_mode; /* how stacks are allocated */
    uint64_t time_slice;    /* RT_FIFO: a goroutine that has run this many
                               choice points since it was switched in is
                               preempted (moved behind the runnable ones) at
                               its next choice point where another goroutine
                               can run, as Go's scheduler preempts after a
                               10 ms slice; when none can, its slice starts
                               again. 0 means RT_DEFAULT_SLICE, RT_UNLIMITED
                               never */
} rt_config;

#define RT_DEFAULT_MAX_STEPS 10000000ull /* 10 million choice points */
#define RT_UNLIMITED UINT64_MAX          /* no step budget / no preemption */
#define RT_DEFAULT_SLICE 10000ull        /* choice points per FIFO slice */
#define RT_DEFAULT_STACK (64 * 1024)     /* virtual; only touched pages
                                            become resident */

/* How a run ended. */
typedef enum rt_verdict {
    RT_NOT_RUN = 0,    /* rt_run has not been called */
    RT_OK = 1,         /* main returned (leaks may still be reported) */
    RT_PANIC = 2,      /* a panic or fatal error ("panic: send on closed
                          channel", "fatal error: sync: unlock of unlocked
                          mutex", stack overflow); see rt_report */
    RT_DEADLOCK = 3,   /* "fatal error: all goroutines are asleep -
                          deadlock!"; see rt_report */
    RT_STEP_LIMIT = 4, /* the step budget ran out ("step limit reached") */
    RT_RACE = 5,       /* main returned but the race detector (cfg.race)
                          found a data race; the run went on to the end,
                          as Go's does, and rt_report holds the races */
    RT_ERROR = 6       /* the runtime itself failed: out of memory, a stack
                          could not be mapped, a replay schedule that does
                          not fit the program; see rt_report */
} rt_verdict;

/* Creates a run. Copies what it needs from cfg (NULL means all defaults).
 * Returns NULL when out of memory or when cfg is invalid (an unknown policy,
 * RT_REPLAY with a malformed schedule, RT_CUSTOM without a chooser). The
 * caller owns the result and frees it with rt_free. Does not block. */
rt *rt_new(const rt_config *cfg);

/* Runs main_fn(arg) as goroutine 1 on this runtime, with every goroutine
 * it spawns, until main_fn returns, a panic, a deadlock, the step budget or
 * a runtime failure ends it. Blocks the calling thread for the whole run
 * (virtual time does not wait on the wall clock). Other goroutines still
 * alive when it ends are discarded and their stacks freed (a goroutine
 * never resumes after the run ends). May be called once per rt; returns
 * the verdict (RT_ERROR when called twice). */
rt_verdict rt_run(rt *r, void (*main_fn)(void *), void *arg);

/* Frees a run and everything it owns (strings returned by the readers
 * below included). NULL is a no-op. */
void rt_free(rt *r);

/* Unmaps the guard stacks that finished runs left in the process-wide
 * cache (at most 1,024 blocks kept for the next runs of the process). Runs
 * by itself at exit; call it earlier to give the memory back. Thread-safe;
 * does not block on a run. */
void rt_release_cache(void);

/* The verdict of the last rt_run. */
rt_verdict rt_verdict_of(const rt *r);

/* A verdict's stable lower-case name: "ok", "panic", "deadlock",
 * "step limit reached", "race", "error", "not run". Static storage. */
const char *rt_verdict_name(rt_verdict v);

/* Output: the lines the demo printed with say()/say_partial(), in order.
 * A partial line left open when the run ended counts as a line. */
size_t rt_output_count(const rt *r);
/* Line i (0-based, without its newline); NULL when i is out of range.
 * Owned by r. */
const char *rt_output_line(const rt *r, size_t i);
/* All output as one string, each line ended by "\n". Owned by r (built on
 * first call, valid until rt_free). */
const char *rt_output_text(rt *r);

/* The report that explains a bad verdict, worded as Go prints it, e.g.
 *
 *     fatal error: all goroutines are asleep - deadlock!
 *
 *     goroutine 1 [chan receive]:
 *     main.main()
 *     \tdemo.c:12
 *
 *     goroutine 2 [sync.Mutex.Lock]:
 *     main.worker(...)
 *     \tdemo.c:5
 *     created by main.main
 *     \tdemo.c:10
 *
 * For RT_PANIC it starts "panic: ..." or "fatal error: ..."; for
 * RT_STEP_LIMIT "step limit reached after N steps" and every goroutine;
 * for RT_ERROR one line saying what failed. "" for RT_OK. Owned by r. */
const char *rt_report(const rt *r);

/* The schedule this run took, as a compact replayable string: feed it back
 * as cfg.schedule with RT_REPLAY to repeat the run exactly (same trace,
 * same output). Format: the chosen candidate index at each choice point
 * with two or more candidates, one base-36 digit each ("0"-"9", "a"-"z"),
 * "(N)" for an index of 36 or more, and a digit followed by "*N." repeated
 * N times; e.g. "0*12.102" is twelve 0s, then 1, 0, 2. Owned by r. */
const char *rt_schedule(const rt *r);

/* Choice points passed during the run (the step count). */
uint64_t rt_steps(const rt *r);
/* Virtual time at the end of the run, in nanoseconds. */
int64_t rt_time_of(const rt *r);
/* Goroutines created during the run, main included. */
int rt_goroutines_created(const rt *r);
/* Fills the counters of *c (step, printed, goroutines, timers,
 * side_effects, selecting) as they stood when the run ended, as a chooser
 * would have seen them at one more choice point; zeroes the rest. */
void rt_end_counts(const rt *r, rt_choice *c);

/* Data races (cfg.race). The detector follows the Go memory model
 * (go.dev/ref/mem) with FastTrack's vector clocks: an access by
 * shared_load/shared_store or an atomic is a race when it conflicts (one
 * of the two writes, not both atomic) with an earlier access to the same
 * variable that does not happen before it. Happens-before edges: a `go`
 * statement before the goroutine starts; a send before the completion of
 * the matching receive; a close before a receive that returns because the
 * channel is closed; a receive from an unbuffered channel before the
 * completion of the matching send; the k-th receive on a channel of
 * capacity C before the completion of the (k+C)-th send; Unlock before the
 * next Lock (RWMutex: Unlock before RLock, RUnlock before Lock; Cond.Wait
 * re-locks, so the mutex covers it); the return of once_do's function
 * before any once_do returns; wg_done (any negative wg_add) before the
 * wg_wait it releases; atomics sequentially consistent (each operation
 * acquires and releases one clock per address); select cases as the
 * channel operations they complete. Nothing else synchronizes: not sleep,
 * timers or time_after, not gosched, not a goroutine's exit.
 *
 * A race does not end the run: it is reported (once per variable and once
 * per pair of lines, as Go does), the run goes on exactly as without the
 * detector, and a run that would have ended RT_OK ends RT_RACE. Reports
 * are Go's, with the variable's name for its address and demo lines for
 * stack frames (with cfg.stack, the client's whole stack of each access
 * and of each go statement, innermost first, as the Go interpreter gives;
 * Go's compiler-made wrapper of a `go f(x)` is not shown: "created at"
 * has that line), plus one sentence on why the accesses are unordered:
 *
 *     ==================
 *     WARNING: DATA RACE
 *     Read at data by goroutine 3:
 *       main.func2()
 *           demo.c:25
 *
 *     Previous write at data by goroutine 2:
 *       main.func1()
 *           demo.c:17
 *
 *     Goroutine 3 (running) created at:
 *       main.main()
 *           demo.c:38
 *
 *     Goroutine 2 (finished) created at:
 *       main.main()
 *           demo.c:37
 *
 *     Nothing orders these accesses: goroutine 2 had finished, ...
 *     ==================
 *     Found 1 data race(s)
 *
 * rt_race_count: races reported (0 without cfg.race). rt_race_report: the
 * reports and the "Found N data race(s)" line, "" when none; the same
 * text is rt_report's for RT_RACE, and it is kept when another verdict
 * (a deadlock, a panic) ended a run that raced first. Owned by r. Same
 * configuration, same reports, byte for byte. */
size_t rt_race_count(const rt *r);
const char *rt_race_report(const rt *r);

/* Leaks: goroutines still alive (blocked or runnable) when main returned,
 * which Go would silently kill. rt_leak_report is Go-style text, one block
 * per goroutine ("goroutine 3 [chan send]:" with its line), "" when none.
 * Owned by r. */
size_t rt_leak_count(const rt *r);
const char *rt_leak_report(const rt *r);

/* Trace event kinds. */
typedef enum rt_event_kind {
    RT_EV_SPAWN,     /* go: g spawned goroutine `value` ("g2 worker") */
    RT_EV_RUN,       /* the scheduler switched to g */
    RT_EV_BLOCK,     /* g blocked; reason is the Go wait reason */
    RT_EV_UNBLOCK,   /* g was made runnable by the current goroutine */
    RT_EV_YIELD,     /* gosched */
    RT_EV_SEND,      /* a value was sent on obj (value: its text) */
    RT_EV_RECV,      /* a value was received from obj (value; "closed"
                        when it returned because obj is closed) */
    RT_EV_CLOSE,     /* obj was closed */
    RT_EV_SELECT,    /* select chose case `value` ("default" or an index) */
    RT_EV_LOCK,      /* mutex or rwmutex (write) acquired */
    RT_EV_UNLOCK,    /* mutex or rwmutex (write) released */
    RT_EV_RLOCK,     /* rwmutex read lock acquired */
    RT_EV_RUNLOCK,   /* rwmutex read lock released */
    RT_EV_WG_ADD,    /* waitgroup counter changed (value: delta and new) */
    RT_EV_WG_WAIT,   /* wg_wait returned */
    RT_EV_ONCE,      /* once_do ran its function (value: "ran"/"skipped") */
    RT_EV_COND_WAIT, /* cond_wait returned */
    RT_EV_SIGNAL,    /* cond_signal */
    RT_EV_BROADCAST, /* cond_broadcast */
    RT_EV_SLEEP,     /* g went to sleep until `value` */
    RT_EV_WAKE,      /* a timer fired (sleep ended, after/ticker sent) */
    RT_EV_LOAD,      /* shared_load (value: the value read) */
    RT_EV_STORE,     /* shared_store (value: the value written) */
    RT_EV_ATOMIC,    /* an atomic operation (value: op and result) */
    RT_EV_SAY,       /* g printed a line (value: the text) */
    RT_EV_EXIT,      /* g's function returned */
    RT_EV_PANIC,     /* a panic or fatal error ended the run */
    RT_EV_DEADLOCK,  /* the run ended in deadlock */
    RT_EV_RACE,      /* the race detector reported a race (value: short) */
    RT_EV__COUNT     /* number of kinds */
} rt_event_kind;

/* One trace event. All strings are owned by the rt (or static) and live
 * until rt_free; absent strings are "" (never NULL). */
typedef struct rt_event {
    uint64_t step;       /* step count when it happened */
    int64_t time;        /* virtual time, nanoseconds since the start */
    rt_event_kind kind;  /* what happened */
    int g;               /* goroutine that did it (0: the runtime) */
    int other;           /* the other goroutine (unblocked, spawned,
                            woken), 0 when none */
    int obj;             /* object id (channel, mutex, ...), 0 when none */
    const char *obj_name;/* object name ("chan#3", "mu", set by *_name) */
    const char *reason;  /* Go wait reason for RT_EV_BLOCK ("chan send") */
    const char *file;    /* demo source file */
    int line;            /* demo source line */
    const char *value;   /* value text ("42", "\"hello\"", "case 1") */
} rt_event;

/* The number of recorded events (0 unless cfg.trace). */
size_t rt_trace_count(const rt *r);
/* Event i; NULL when out of range. Owned by r. */
const rt_event *rt_trace_event(const rt *r, size_t i);
/* An event kind's stable name ("spawn", "block", "send", ...). Static. */
const char *rt_event_kind_name(rt_event_kind k);
/* The whole trace as stable text, one event per line:
 *   "STEP TIME gN KIND [OBJ] [reason] [value] [-> gM] @file:line"
 * with fixed field order and no addresses, so equal runs give equal bytes
 * (golden tests compare it with cmp). Owned by r, built on first call. */
const char *rt_trace_text(rt *r);

/* ======================================================================
 * Demo API: call only from inside a goroutine of a running rt.
 * ====================================================================== */

/* The runtime running on this thread, NULL outside rt_run. */
rt *rt_current(void);

/* --- goroutines ------------------------------------------------------- */

/* go(fn, arg): `go fn(arg)`. Starts fn(arg) in a new goroutine (id = 1 +
 * the highest so far; main is 1) and returns its id. The new goroutine
 * takes the "run next" slot; the caller continues under RT_FIFO. arg is
 * cast to void * (a string literal or an integer cast to long may be
 * passed, as in go(worker, "ping") or go(worker, (void *)(long)i)). */
#define go(fn, arg) rt_go_at((fn), (void *)(arg), #fn, __FILE__, __LINE__)
int rt_go_at(void (*fn)(void *), void *arg, const char *name, const char *file, int line);

/* gosched(): runtime.Gosched(). Puts the caller at the back of the run
 * queue and runs someone else (if anyone is runnable). */
#define gosched() rt_gosched_at(__FILE__, __LINE__)
void rt_gosched_at(const char *file, int line);

/* goexit(): runtime.Goexit(). Ends the calling goroutine; never returns.
 * In main it ends main, which ends the run as when main returns. */
#define goexit() rt_goexit_at(__FILE__, __LINE__)
_Noreturn void rt_goexit_at(const char *file, int line);

/* The calling goroutine's id (main is 1). Not a choice point. */
int goid(void);
/* runtime.NumGoroutine(): goroutines alive now. Not a choice point. */
int num_goroutine(void);
/* rt_quiescent(horizon): every goroutine but the caller is blocked and no
 * timer is due within horizon, so nothing can happen in that time until
 * the caller acts (how conclab test knows that a test's goroutines have
 * settled). Not a choice point. */
bool rt_quiescent(int64_t horizon);

/* rt_panic(fmt, ...): Go's panic(...) with a formatted message; ends the
 * run with RT_PANIC and the report "panic: MESSAGE" plus goroutines.
 * Never returns. */
#define rt_panic(...) rt_panic_at(__FILE__, __LINE__, __VA_ARGS__)
_Noreturn void rt_panic_at(const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* rt_panic_report(text): ends the run with RT_PANIC and exactly text as
 * its report, for a client that words its own panics and stacks (the Go
 * interpreter, whose goroutines' frames the runtime cannot see). Never
 * returns. */
_Noreturn void rt_panic_report(const char *text);

/* --- output ------------------------------------------------------------ */

/* say(fmt, ...): fmt.Println. Appends the formatted text to the run's
 * output and ends the line (a "\n" inside the text also ends a line; a
 * trailing "\n" is not doubled). say_partial(fmt, ...): fmt.Printf without
 * a newline: appends to the current line, which the next say, or a "\n"
 * in the text, ends. Demos print ONLY through these. Not choice points. */
#define say(...) RT_SAY_(true, __VA_ARGS__)
#define say_partial(...) RT_SAY_(false, __VA_ARGS__)
/* say("") is fmt.Println(): the empty format is meant, so its warning is
 * silenced for this call only. */
#define RT_SAY_(end, ...)                                                     \
    do {                                                                      \
        _Pragma("GCC diagnostic push")                                        \
        _Pragma("GCC diagnostic ignored \"-Wformat-zero-length\"")            \
        rt_say_at(__FILE__, __LINE__, (end), __VA_ARGS__);                    \
        _Pragma("GCC diagnostic pop")                                         \
    } while (0)
void rt_say_at(const char *file, int line, bool end_line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* --- channels ---------------------------------------------------------- */

/* A channel: opaque, owned by the run (freed by rt_free; there is no
 * chan_free, as in Go). The NULL pointer is Go's nil channel: send and
 * receive on it block forever, closing it panics. */
typedef struct chan chan;

/* chan_make(T, cap): make(chan T, cap). Elements are copied by value,
 * sizeof(T) bytes each. The type name is kept to print values in traces
 * (int, long, unsigned, double, bool, char, const char * and char * print
 * as values; other types as their size). Not a choice point. */
#define chan_make(T, cap) rt_chan_make_at(sizeof(T), (cap), #T, __FILE__, __LINE__)
/* chan_make_size(size, cap): a channel of `size`-byte elements (0 for
 * `chan struct{}`). */
#define chan_make_size(size, cap) rt_chan_make_at((size), (cap), "", __FILE__, __LINE__)
chan *rt_chan_make_at(size_t elem_size, int cap, const char *type, const char *file, int line);

/* chan_send(c, &v): c <- v. Copies the element from the pointer (NULL
 * sends the zero value; a compound literal works: chan_send(c, &(int){42})
 * or chan_send(c, &(point){1, 2})). Blocks until a receiver takes it (unbuffered) or
 * there is room (buffered). Panics "send on closed channel". */
#define chan_send(c, ...) rt_chan_send_at((c), (__VA_ARGS__), __FILE__, __LINE__)
void rt_chan_send_at(chan *c, const void *val, const char *file, int line);

/* chan_recv(c, &v): v, ok := <-c. Blocks until a value is there or c is
 * closed; stores the value through the pointer (NULL discards it). Returns
 * true for a value sent, false when c is closed and drained (v is then
 * zeroed). So `for (int v; chan_recv(c, &v);)` is `for v := range c`. */
#define chan_recv(c, pv) rt_chan_recv_at((c), (pv), __FILE__, __LINE__)
bool rt_chan_recv_at(chan *c, void *val, const char *file, int line);

/* chan_close(c): close(c). Wakes every blocked receiver (with ok = false)
 * and every blocked sender (which panics). Panics "close of nil channel",
 * "close of closed channel". */
#define chan_close(c) rt_chan_close_at((c), __FILE__, __LINE__)
void rt_chan_close_at(chan *c, const char *file, int line);

/* len(c), cap(c): elements buffered now, capacity. 0 for NULL. Not choice
 * points. */
int chan_len(const chan *c);
int chan_cap(const chan *c);
/* Whether c has been closed (false for NULL). Not a choice point: the Go
 * interpreter checks it to panic recoverably, as Go does. */
bool chan_closed(const chan *c);
/* rt_send_closed_returns(): from now on in this run, a send blocked on a
 * channel that gets closed returns instead of panicking, and
 * rt_send_failed() (which clears it) says so: the Go interpreter then
 * raises Go's recoverable panic in the sender. */
void rt_send_closed_returns(void);
bool rt_send_failed(void);

/* Names c in traces and reports (copied); returns c. Not a choice point. */
chan *chan_name(chan *c, const char *name);

/* --- select ------------------------------------------------------------ */

/* One case of a select. Build them with the macros below. */
typedef enum select_op { SELECT_OP_RECV = 1, SELECT_OP_SEND = 2, SELECT_OP_DEFAULT = 3 } select_op;
typedef struct select_case {
    select_op op; /* receive, send or default */
    chan *c;      /* the channel (NULL: a nil channel, never ready) */
    void *val;    /* receive: where the value goes (NULL discards it);
                     send: the value to send (NULL sends the zero value) */
    bool *ok;     /* receive: set to the ok flag (may be NULL) */
} select_case;

#define SELECT_RECV(ch, pv, pok) ((select_case){SELECT_OP_RECV, (ch), (pv), (pok)})
#define SELECT_SEND(ch, ...) ((select_case){SELECT_OP_SEND, (ch), (void *)(__VA_ARGS__), NULL})
#define SELECT_DEFAULT() ((select_case){SELECT_OP_DEFAULT, NULL, NULL, NULL})

/* SELECT(case, ...): Go's select statement. Returns the index (0-based, in
 * the order written) of the case that proceeded, or -1 when the default
 * case was taken (a SELECT_DEFAULT may stand anywhere, at most once).
 * When several cases are ready one is chosen uniformly with the run's
 * seeded PRNG; nil-channel cases are never ready; without a default it
 * blocks until a case can proceed (wait reason "select"). A send case on
 * a closed channel panics as chan_send does. Timeouts are receive cases on
 * time_after(d):
 *
 *     int v;
 *     switch (SELECT(SELECT_RECV(results, &v, NULL),
 *                    SELECT_RECV(time_after(1 * SECOND), NULL, NULL))) {
 *     case 0: say("got %d", v); break;
 *     case 1: say("timeout"); break;
 *     }
 */
#define SELECT(...)                                                              \
    rt_select_at((select_case[]){__VA_ARGS__},                                  \
                 (int)(sizeof((select_case[]){__VA_ARGS__}) / sizeof(select_case)), \
                 __FILE__, __LINE__)
/* SELECT_NONE(): `select {}`: blocks forever (wait reason
 * "select (no cases)"). */
#define SELECT_NONE() rt_select_at(NULL, 0, __FILE__, __LINE__)
int rt_select_at(select_case *cases, int n, const char *file, int line);

/* --- virtual time ------------------------------------------------------ */

/* A duration or a virtual instant, in nanoseconds (time.Duration). */
typedef int64_t rt_duration;
#define NANOSECOND ((rt_duration)1)
#define MICROSECOND ((rt_duration)1000)
#define MILLISECOND ((rt_duration)1000000)
#define SECOND ((rt_duration)1000000000)
#define MINUTE ((rt_duration)60000000000)

/* sleep_for(d): time.Sleep(d). Blocks the caller for d of virtual time
 * (d <= 0 only yields). Virtual time advances only when no goroutine can
 * run; equal deadlines fire in the order they were set. */
#define sleep_for(d) rt_sleep_at((d), __FILE__, __LINE__)
void rt_sleep_at(rt_duration d, const char *file, int line);

/* time_now(): virtual nanoseconds since the run started. Not a choice
 * point. */
rt_duration time_now(void);

/* time_after(d): time.After(d). A new channel of rt_duration (capacity 1)
 * that receives the virtual time once, d from now. Not a choice point. */
#define time_after(d) rt_time_after_at((d), __FILE__, __LINE__)
chan *rt_time_after_at(rt_duration d, const char *file, int line);

/* A ticker: time.NewTicker. C is its channel (capacity 1, rt_duration
 * values); ticks are dropped while C is full, as in Go. Owned by the run. */
typedef struct ticker {
    chan *C;                /* receives the virtual time every period */
    struct rt_timer *timer; /* private: the pending timer */
} ticker;

/* ticker_make(d): time.NewTicker(d), d > 0 (else panics "non-positive
 * interval for NewTicker"). Not a choice point. */
#define ticker_make(d) rt_ticker_make_at((d), __FILE__, __LINE__)
ticker *rt_ticker_make_at(rt_duration d, const char *file, int line);
/* ticker_stop(t): t.Stop(). No more ticks are sent. Not a choice point. */
void ticker_stop(ticker *t);

/* --- sync: values, zero-initialised like Go ---------------------------- */

/* Every sync value starts with this header. Private: zero is its initial
 * state. Values may be global (static) and reused across runs: the run
 * generation resets them on first use in a new run. */
typedef struct rt_obj {
    uint64_t gen;     /* run generation this object was last set up in */
    uint32_t id;      /* object id in that run (traces) */
    const char *name; /* name in traces, NULL for "kind#id" */
    void *hb;         /* race detector's clock for this object */
} rt_obj;

/* A private queue of blocked goroutines. */
typedef struct rt_waitq {
    struct rt_g *head; /* first waiter */
    struct rt_g *tail; /* last waiter */
} rt_waitq;

/* sync.Mutex. `static sync_mutex mu;` or `sync_mutex mu = {0};`. Must not
 * be copied once used. */
typedef struct sync_mutex {
    rt_obj obj;      /* private */
    int owner;       /* private: goroutine holding it, 0 when unlocked */
    bool woken;      /* private: a woken waiter has yet to try again */
    bool starving;   /* private: Unlock hands it to the first waiter */
    rt_waitq waiters;/* private: goroutines blocked in Lock */
} sync_mutex;

/* mutex_lock(&m): m.Lock(); blocks (reason "sync.Mutex.Lock").
 * mutex_unlock(&m): m.Unlock(); "fatal error: sync: unlock of unlocked
 * mutex" when not locked. mutex_trylock(&m): m.TryLock(), true when it
 * locked it. */
#define mutex_lock(m) rt_mutex_lock_at((m), __FILE__, __LINE__)
#define mutex_unlock(m) rt_mutex_unlock_at((m), __FILE__, __LINE__)
#define mutex_trylock(m) rt_mutex_trylock_at((m), __FILE__, __LINE__)
void rt_mutex_lock_at(sync_mutex *m, const char *file, int line);
void rt_mutex_unlock_at(sync_mutex *m, const char *file, int line);
bool rt_mutex_trylock_at(sync_mutex *m, const char *file, int line);

/* sync.RWMutex. A blocked writer keeps new readers out, as in Go. */
typedef struct sync_rwmutex {
    rt_obj obj;       /* private */
    sync_mutex w;     /* private: taken by writers in turn (Go's rw.w) */
    int reader_count; /* private: read locks held or awaited, less 2^30
                         while a writer is pending (Go's readerCount) */
    int reader_wait;  /* private: readers the pending writer waits for */
    int reader_sem;   /* private: Go's readerSem: releases not yet taken */
    int writer_sem;   /* private: Go's writerSem, the same */
    rt_waitq rq;      /* private: readers blocked on reader_sem */
    rt_waitq wq;      /* private: the writer blocked on writer_sem */
} sync_rwmutex;

/* rwmutex_lock/unlock: Lock/Unlock (reason "sync.RWMutex.Lock");
 * rwmutex_rlock/runlock: RLock/RUnlock (reason "sync.RWMutex.RLock").
 * Fatal errors "sync: Unlock of unlocked RWMutex", "sync: RUnlock of
 * unlocked RWMutex". */
#define rwmutex_lock(m) rt_rwmutex_lock_at((m), __FILE__, __LINE__)
#define rwmutex_unlock(m) rt_rwmutex_unlock_at((m), __FILE__, __LINE__)
#define rwmutex_rlock(m) rt_rwmutex_rlock_at((m), __FILE__, __LINE__)
#define rwmutex_runlock(m) rt_rwmutex_runlock_at((m), __FILE__, __LINE__)
#define rwmutex_trylock(m) rt_rwmutex_trylock_at((m), __FILE__, __LINE__)
#define rwmutex_tryrlock(m) rt_rwmutex_tryrlock_at((m), __FILE__, __LINE__)
void rt_rwmutex_lock_at(sync_rwmutex *m, const char *file, int line);
void rt_rwmutex_unlock_at(sync_rwmutex *m, const char *file, int line);
void rt_rwmutex_rlock_at(sync_rwmutex *m, const char *file, int line);
void rt_rwmutex_runlock_at(sync_rwmutex *m, const char *file, int line);
bool rt_rwmutex_trylock_at(sync_rwmutex *m, const char *file, int line);
bool rt_rwmutex_tryrlock_at(sync_rwmutex *m, const char *file, int line);

/* sync.WaitGroup. `sync_waitgroup wg = {0};` */
typedef struct sync_waitgroup {
    rt_obj obj;       /* private */
    long count;       /* private: the counter */
    rt_waitq waiters; /* private: goroutines blocked in Wait */
} sync_waitgroup;

/* wg_add(&wg, n): wg.Add(n); "panic: sync: negative WaitGroup counter"
 * below zero. wg_done(&wg): wg.Done(). wg_wait(&wg): wg.Wait(); blocks
 * until the counter is zero (reason "sync.WaitGroup.Wait"). */
#define wg_add(wg, n) rt_wg_add_at((wg), (n), __FILE__, __LINE__)
#define wg_done(wg) rt_wg_add_at((wg), -1, __FILE__, __LINE__)
#define wg_wait(wg) rt_wg_wait_at((wg), __FILE__, __LINE__)
void rt_wg_add_at(sync_waitgroup *wg, long delta, const char *file, int line);
void rt_wg_wait_at(sync_waitgroup *wg, const char *file, int line);

/* sync.Once. `static sync_once once;` */
typedef struct sync_once {
    rt_obj obj;       /* private */
    int state;        /* private: 0 not run, 1 running, 2 done */
    rt_waitq waiters; /* private: goroutines waiting for the running call */
} sync_once;

/* once_do(&once, fn, arg): once.Do(func() { fn(arg) }). The first caller
 * runs fn(arg); every other caller blocks until that call has returned
 * (reason "sync.Mutex.Lock", as in Go), then returns without running it. */
#define once_do(o, fn, arg) rt_once_do_at((o), (fn), (void *)(arg), __FILE__, __LINE__)
void rt_once_do_at(sync_once *o, void (*fn)(void *), void *arg, const char *file, int line);

/* sync.Cond bound to a mutex: `sync_cond c = {.L = &mu};` or
 * cond_init(&c, &mu) (sync.NewCond(&mu)). */
typedef struct sync_cond {
    rt_obj obj;       /* private */
    sync_mutex *L;    /* the mutex held around Wait (set by the demo) */
    rt_waitq waiters; /* private: goroutines blocked in Wait */
} sync_cond;

/* cond_init(&c, &mu): binds c to mu (not a choice point).
 * cond_wait(&c): c.Wait(): unlocks c.L, blocks until signalled (reason
 * "sync.Cond.Wait"), locks c.L again. cond_signal(&c): wakes the longest
 * waiter. cond_broadcast(&c): wakes all. */
void cond_init(sync_cond *c, sync_mutex *mu);
#define cond_wait(c) rt_cond_wait_at((c), __FILE__, __LINE__)
#define cond_signal(c) rt_cond_signal_at((c), false, __FILE__, __LINE__)
#define cond_broadcast(c) rt_cond_signal_at((c), true, __FILE__, __LINE__)
void rt_cond_wait_at(sync_cond *c, const char *file, int line);
void rt_cond_signal_at(sync_cond *c, bool all, const char *file, int line);

/* sync_name(&obj, "name"): names any sync value in traces (the string must
 * outlive the run, e.g. a literal). Not a choice point. */
#define sync_name(p, nm) ((p)->obj.name = (nm))

/* --- atomics (sync/atomic): each is a choice point, sequentially
 * consistent, and recorded in the trace ------------------------------- */
#define atomic_add_i32(p, d) rt_atomic_add_i32_at((p), (d), __FILE__, __LINE__)
#define atomic_load_i32(p) rt_atomic_load_i32_at((p), __FILE__, __LINE__)
#define atomic_store_i32(p, v) rt_atomic_store_i32_at((p), (v), __FILE__, __LINE__)
#define atomic_cas_i32(p, old, new) rt_atomic_cas_i32_at((p), (old), (new), __FILE__, __LINE__)
#define atomic_add_i64(p, d) rt_atomic_add_i64_at((p), (d), __FILE__, __LINE__)
#define atomic_load_i64(p) rt_atomic_load_i64_at((p), __FILE__, __LINE__)
#define atomic_store_i64(p, v) rt_atomic_store_i64_at((p), (v), __FILE__, __LINE__)
#define atomic_cas_i64(p, old, new) rt_atomic_cas_i64_at((p), (old), (new), __FILE__, __LINE__)
#define atomic_load_ptr(p) rt_atomic_load_ptr_at((void *const *)(p), __FILE__, __LINE__)
#define atomic_store_ptr(p, v) rt_atomic_store_ptr_at((void **)(p), (v), __FILE__, __LINE__)
#define atomic_cas_ptr(p, old, new) rt_atomic_cas_ptr_at((void **)(p), (old), (new), __FILE__, __LINE__)
/* add returns the new value; cas returns true when it swapped. */
int32_t rt_atomic_add_i32_at(int32_t *p, int32_t d, const char *file, int line);
int32_t rt_atomic_load_i32_at(const int32_t *p, const char *file, int line);
void rt_atomic_store_i32_at(int32_t *p, int32_t v, const char *file, int line);
bool rt_atomic_cas_i32_at(int32_t *p, int32_t old, int32_t new_, const char *file, int line);
int64_t rt_atomic_add_i64_at(int64_t *p, int64_t d, const char *file, int line);
int64_t rt_atomic_load_i64_at(const int64_t *p, const char *file, int line);
void rt_atomic_store_i64_at(int64_t *p, int64_t v, const char *file, int line);
bool rt_atomic_cas_i64_at(int64_t *p, int64_t old, int64_t new_, const char *file, int line);
void *rt_atomic_load_ptr_at(void *const *p, const char *file, int line);
void rt_atomic_store_ptr_at(void **p, void *v, const char *file, int line);
bool rt_atomic_cas_ptr_at(void **p, void *old, void *new_, const char *file, int line);

/* --- instrumented shared variables ------------------------------------- */

/* shared_load(&x) reads x; shared_store(&x, v) writes x. Each is a choice
 * point BEFORE the access and a trace event (and, with cfg.race, an access
 * checked by the race detector), so
 *     shared_store(&counter, shared_load(&counter) + 1);
 * is Go's racy `counter++`: a load, a possible switch, a store. x may be
 * any scalar of 1, 2, 4 or 8 bytes (traces print it as an integer, or a
 * double when it is a double). */
#define shared_load(p) \
    (*(__typeof__(p))rt_shared_load_at((p), sizeof *(p), RT_SHARED_KIND(*(p)), #p, __FILE__, __LINE__))
#define shared_store(p, v)                                                              \
    do {                                                                                \
        __typeof__(*(p)) rt_shared_v_ = (v);                                            \
        rt_shared_store_at((p), &rt_shared_v_, sizeof *(p), RT_SHARED_KIND(*(p)), #p,   \
                           __FILE__, __LINE__);                                         \
    } while (0)
/* 1 for floating point, 0 for integers and pointers (trace printing). */
#define RT_SHARED_KIND(x) _Generic((x), float: 1, double: 1, long double: 1, default: 0)
/* Returns p (after the choice point) so the macro reads through it. */
const void *rt_shared_load_at(const void *p, size_t size, int kind, const char *name,
                              const char *file, int line);
void rt_shared_store_at(void *p, const void *v, size_t size, int kind, const char *name,
                        const char *file, int line);

#endif
