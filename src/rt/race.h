/* race.h: the runtime's happens-before data race detector (FastTrack:
 * vector clocks per goroutine and sync object, epochs per shared variable).
 * The rest of the runtime calls these hooks at the completion point of each
 * operation, only when the run has the detector on (r->race non-NULL):
 *
 *     if (r->race) race_acquire(r, &m->obj, RACE_W);
 *
 * Internal to src/rt; rt.h has the public side (cfg.race, RT_RACE,
 * rt_race_count, rt_race_report). None of these blocks or switches. */
#ifndef CONCLAB_RT_RACE_H
#define CONCLAB_RT_RACE_H

#include "rt/rt_int.h"

/* --- race_clock.c: vector clocks ---------------------------------------- */

/* One entry of a vector clock: goroutine g has reached time clk. */
typedef struct race_ent {
    uint32_t g;   /* goroutine id */
    uint32_t clk; /* its logical time */
} race_ent;

/* A vector clock: entries sorted by goroutine id, absent ones are 0. A
 * zeroed race_vc is the empty clock. */
typedef struct race_vc {
    race_ent *e;  /* the entries (malloc'd) */
    uint32_t n;   /* entries used */
    uint32_t cap; /* entries allocated */
} race_vc;

/* Goroutine g's time in v (0 when absent). */
uint32_t race_vc_get(const race_vc *v, uint32_t g);
/* v[g] = max(v[g], clk). False when out of memory (v unchanged). */
bool race_vc_raise(race_vc *v, uint32_t g, uint32_t clk);
/* d = d joined with s (entry-wise max). False when out of memory (d is
 * then unchanged). */
bool race_vc_join(race_vc *d, const race_vc *s);
/* d = s. False when out of memory (d unchanged). */
bool race_vc_copy(race_vc *d, const race_vc *s);
/* True when the epoch clk@g happened before what v has seen. */
bool race_vc_leq(uint32_t g, uint32_t clk, const race_vc *v);
/* Frees v's entries; v becomes empty. */
void race_vc_free(race_vc *v);

/* --- race.c: the detector ----------------------------------------------- */

/* The clocks of a sync object (rt_obj): RACE_W for a Mutex, a WaitGroup, a
 * Once and an RWMutex's writers; RACE_R for an RWMutex's readers. */
enum { RACE_W = 1, RACE_R = 2 };

/* The detector's state for a new run; NULL when out of memory. Freed by
 * race_free. */
void *race_new(void);
/* Frees r->race (NULL is fine). */
void race_free(rt *r);
/* `go`: child starts knowing everything parent did so far (parent NULL:
 * main, knowing nothing); records where it was created. */
void race_go(rt *r, rt_g *parent, rt_g *child);
/* g's function returned: marks it finished (for reports); synchronizes
 * with nothing. */
void race_exit(rt *r, rt_g *g);
/* A shared_load (write false) or shared_store of the variable at addr
 * named `name` by the running goroutine at file:line: checked against the
 * variable's earlier accesses, reported when unordered with one. */
void race_access(rt *r, const void *addr, bool write, const char *name, const char *file,
                 int line);
/* An atomic operation on addr: sequentially consistent (it acquires and
 * releases addr's clock), and an access checked against plain ones. */
void race_atomic(rt *r, const void *addr, bool write, const char *file, int line);
/* The running goroutine acquires (joins into its own clock) the clocks of
 * o named by `which` (RACE_W, RACE_R or both). */
void race_acquire(rt *r, rt_obj *o, unsigned which);
/* The running goroutine releases (joins its clock into) o's clock
 * `which`, then ticks its own time. */
void race_release(rt *r, rt_obj *o, unsigned which);
/* A value sent on c by `from` (NULL: the runtime's timers, which order
 * nothing) is, when `to` is given, received at once by blocked `to`:
 * unbuffered, the two goroutines synchronize both ways; buffered, the send
 * and the receive pass through the slot the k-th value uses. */
void race_chan_send(rt *r, chan *c, rt_g *from, rt_g *to);
/* g receives the oldest buffered value of c (its slot's clock). */
void race_chan_recv(rt *r, chan *c, rt_g *g);
/* The running goroutine closes c. */
void race_chan_close(rt *r, chan *c);
/* g's receive returns because c is closed: it acquires the close. */
void race_chan_closed(rt *r, chan *c, rt_g *g);
/* The run is over: writes "Found N data race(s)" and turns RT_OK into
 * RT_RACE when a race was found. Runs on the host's stack. */
void race_finish(rt *r);

/* --- the detector's state (race.c), shared with race_report.c ------------ */

/* One access to a shared variable, as an epoch with its demo line. */
typedef struct race_mem {
    uint32_t g;       /* goroutine, 0: no access yet */
    uint32_t clk;     /* its time at the access */
    const char *file; /* demo file of the access */
    int line;         /* demo line */
    bool write;       /* a write (else a read) */
    bool atomic;      /* made by an atomic operation */
    uint32_t stack;   /* its call stack (race_stack.c), 0 for none */
} race_mem;

/* The shadow of one instrumented variable. */
typedef struct race_var {
    const void *addr;   /* the variable */
    const char *name;   /* its name in the demo ("data"), NULL until a
                           shared_load/store names it */
    race_mem w;      /* the last write */
    race_mem r;      /* the last read, while reads are ordered */
    race_mem *reads; /* concurrent reads, one per goroutine, sorted by
                           goroutine (FastTrack's read clock) */
    size_t nreads;      /* entries in reads; 0: the read epoch r is used */
    size_t readcap;     /* entries allocated */
    race_vc sync;       /* atomics: the clock every atomic op on it
                           acquires and releases */
    bool reported;      /* a race on it was reported (Go reports each
                           address once) */
} race_var;

/* What the detector knows of one goroutine. */
typedef struct race_gor {
    race_vc vc;          /* what it has synchronized with, itself included */
    uint32_t clk;        /* its own time (its entry in vc) */
    const char *name;    /* its function ("worker"), "main" for main */
    const char *creator; /* the function of the goroutine that created it */
    const char *file;    /* its go statement */
    int line;            /* line of the go statement */
    uint32_t created;    /* the creator's call stack at the go statement
                            (race_stack.c), 0 for main */
    bool finished;       /* its function has returned */
} race_gor;

/* A reported pair of demo lines (each pair is reported once). */
typedef struct race_pair {
    const char *file[2]; /* the two accesses' files */
    int line[2];         /* and lines */
} race_pair;

/* The detector's state for one run (r->race). */
typedef struct race_state {
    race_gor *gs;        /* by goroutine id (0 unused) */
    size_t gcap;         /* entries allocated in gs */
    race_var *vars;      /* shadow variables, in order of first access */
    size_t nvars;        /* used */
    size_t varcap;       /* allocated */
    uint32_t *table;     /* open addressing by address: index + 1 into
                            vars, 0 for an empty slot */
    size_t tablecap;     /* slots, a power of two */
    struct race_sync *syncs; /* every sync object's clocks (race.c) */
    race_pair *pairs;    /* reported pairs */
    size_t npairs;       /* used */
    size_t paircap;      /* allocated */
    struct race_stacks *stacks; /* interned call stacks (race_stack.c) */
    size_t count;        /* races reported */
    rt_buf text;         /* the reports, in Go's format */
} race_state;

/* Ends the run with RT_ERROR: the detector ran out of memory. */
_Noreturn void race_oom(rt *r);
/* Returns the array p of *cap elements of `size` bytes grown (doubling, to
 * `first` at least) to hold `need`, new elements zeroed; *cap updated. Ends
 * the run when out of memory. */
void *race_grow(rt *r, void *p, size_t *cap, size_t need, size_t size, size_t first);

/* --- race_stack.c: interned call stacks ------------------------------- */

/* The id of the running goroutine's call stack now (cfg.stack's frames;
 * without them one frame: function fn at file:line), the same id for the
 * same frames. Ends the run when out of memory. */
uint32_t race_stack_now(rt *r, const char *fn, const char *file, int line);
/* Appends stack id's frames to b, innermost first, as Go prints them
 * ("  main.bump()\n      /tmp/r.go:16\n"). */
void race_stack_print(rt_buf *b, const race_state *rs, uint32_t id);
/* Frees rs's stacks. */
void race_stack_free(race_state *rs);

/* --- race_report.c ------------------------------------------------------ */

/* Reports a race between the running goroutine's access cur and the
 * earlier access prev of v, once per variable and per pair of lines: the
 * report goes to the run's race text (and its trace). */
void race_report(rt *r, race_var *v, const race_mem *cur, const race_mem *prev);

/* The goroutine running demo code, or NULL when the runtime itself acts
 * (a timer fires while every goroutine waits). */
static inline rt_g *race_self(const rt *r)
{
    return r->cur && r->cur->state == G_RUNNING ? r->cur : NULL;
}

#endif
