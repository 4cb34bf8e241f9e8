/* sleep.h: the pieces of partial-order reduction the explorer uses (sleep
 * sets, Godefroid 1996): what one executed step of a goroutine touched (its
 * footprint), when two steps commute, and the set of goroutines put to
 * sleep because an equivalent schedule already ran their step first. */
#ifndef CONCLAB_SLEEP_H
#define CONCLAB_SLEEP_H

#include <stddef.h>
#include <stdint.h>

#include "rt/rt.h"

/* One object access of a step. */
typedef struct sleep_acc {
    uint32_t obj;    /* the op's object as a run-local id (sleep_objs) */
    uint8_t kind;    /* rt_access of the op: read, write or sync */
    uint8_t chan;    /* the op is on a channel (send, receive, close) */
} sleep_acc;

/* What one transition (a goroutine's op at a choice point, then its own
 * code up to its next choice point; or two such, when the first blocked or
 * ended and the runtime handed over to the only runnable goroutine without
 * asking) touched, as it ran. */
typedef struct sleep_fp {
    sleep_acc acc[2]; /* the object accesses */
    uint8_t nacc;    /* how many: 0 (touches no object), 1 or 2 */
    uint8_t printed; /* the output grew while it ran */
    uint8_t timed;   /* it set a timer (timers fire in the order set) */
    uint8_t spawned; /* it created a goroutine (ids go in creation order) */
    uint8_t wide;    /* may touch anything: an unknown op, an op with no
                        single object, side effects no op names (a Once
                        completed, a ticker stopped), more than one
                        goroutine ran (or time moved), or the run ended */
} sleep_fp;

/* One sleeping goroutine and the footprint of the step it would take. */
typedef struct sleep_entry {
    int g;           /* goroutine id */
    sleep_fp fp;     /* its step, as it ran when explored */
} sleep_entry;

/* A set of sleeping goroutines (a small unordered list). */
typedef struct sleep_set {
    sleep_entry *e;  /* entries */
    size_t n;        /* how many */
    size_t cap;      /* room */
} sleep_set;

/* Run-local object ids: addresses numbered in the order first seen, so the
 * same object gets the same id in every run that shares a prefix even
 * when its address differs (channels are allocated per run). */
typedef struct sleep_objs {
    const void **addr; /* open-addressing table of addresses (NULL: free) */
    uint32_t *id;      /* the id of each slot */
    size_t cap;        /* slots, a power of two or 0 */
    uint32_t n;        /* ids handed out */
} sleep_objs;

/* The id of addr (1, 2, ... in order of first call since the last reset);
 * 0 for NULL or when out of memory (treated as "no object": wide). */
uint32_t sleep_obj_id(sleep_objs *m, const void *addr);
/* Forgets every id (a new run). Keeps the table's memory. */
void sleep_objs_reset(sleep_objs *m);
/* Frees the table. */
void sleep_objs_free(sleep_objs *m);

/* The footprint op's step starts with, before it has run (printed 0). */
sleep_fp sleep_fp_of(sleep_objs *m, const rt_op *op);
/* The footprint of step a followed by step b (wide when it does not fit). */
sleep_fp sleep_fp_join(const sleep_fp *a, const sleep_fp *b);

/* True when steps a and b commute in a state where `selecting` selects on
 * two or more channels are blocked (rt_choice.selecting): neither is wide,
 * not both printed, set timers or spawned, and they touch different
 * objects or only read one (a step that touches no object commutes with
 * every step that passes the checks before). */
int sleep_independent(const sleep_fp *a, const sleep_fp *b, int selecting);

/* Adds g with fp; returns 0, or -1 when out of memory. A wide fp is not
 * added (it would wake at once). */
int sleep_add(sleep_set *s, int g, const sleep_fp *fp);
/* Adds every entry of from. Returns 0 or -1 (out of memory). */
int sleep_add_all(sleep_set *s, const sleep_set *from);
/* Wakes (removes) every entry that does not commute with step t, which ran
 * in a state with `selecting` blocked selects, and goroutine t_g itself. */
void sleep_wake(sleep_set *s, const sleep_fp *t, int t_g, int selecting);
/* True when goroutine g is asleep in s. */
int sleep_has(const sleep_set *s, int g);
/* Frees s's entries. */
void sleep_free(sleep_set *s);

#endif
