/* scene.h: the picture of a demo run at one step, rebuilt from the
 * runtime's trace events (rt.h): each goroutine's state (running, runnable,
 * blocked with Go's wait reason, done) and the demo line it is at; each
 * channel with the values in its buffer, closed or not, and the goroutines
 * waiting on it, or the value it hands over unbuffered; each mutex with its holder; the output so far; and how the
 * run ended. Also the lanes: goroutine states over a window of steps. Pure
 * (no curses, no scheduler), so unit tested with made-up traces. */
#ifndef CONCLAB_TUI_SCENE_H
#define CONCLAB_TUI_SCENE_H

#include <stddef.h>

#include "rt/rt.h"

/* A goroutine's state in the picture; also the lane cell values. */
enum scene_state {
    SCENE_NONE = 0,     /* not spawned yet (lane cell only) */
    SCENE_RUNNABLE,     /* waiting for its turn */
    SCENE_RUNNING,      /* the one running */
    SCENE_BLOCKED,      /* blocked; reason says on what */
    SCENE_DONE          /* its function returned */
};

/* One goroutine. Strings are the trace's (owned by the rt). */
typedef struct scene_g {
    int id;              /* goroutine id (main is 1) */
    const char *name;    /* its function's name ("main", "worker") */
    int state;           /* enum scene_state */
    const char *reason;  /* SCENE_BLOCKED: Go's wait reason ("chan send") */
    int obj;             /* SCENE_BLOCKED: the object it waits on, 0 unknown */
    const char *file;    /* demo file of its last event ("" none) */
    int line;            /* demo line of its last event (0 none) */
    int woken_by;        /* the object whose operation last unblocked it,
                            until its own send or receive on it (0 none) */
} scene_g;

/* One channel, mutex or other sync object seen in the trace. */
typedef struct scene_obj {
    int id;              /* object id */
    const char *name;    /* "chan#3", or the name the demo gave it */
    int is_chan;         /* 1: a channel (sends, receives or close seen) */
    int closed;          /* channels: closed */
    int is_lock;         /* 1: a mutex (locks or unlocks seen) */
    int holder;          /* mutexes: goroutine holding it, 0 none */
    const char **buf;    /* channels: values in flight, oldest first (owned
                            array; the strings are the trace's) */
    size_t buf_len;      /* values in buf */
    size_t buf_cap;      /* allocated */
    int buffered;        /* channels: 1 once a value was seen to wait in
                            its buffer (no receiver there to take it) */
    const char *handoff; /* channels: the value being handed from a sender
                            straight to a waiting receiver, NULL none */
    int handoff_from;    /* that sender */
    int handoff_to;      /* that receiver */
} scene_obj;

/* The picture after some number of events. */
typedef struct scene {
    scene_g *gs;         /* goroutines in spawn order (owned) */
    size_t g_count;
    scene_obj *objs;     /* objects in order of first appearance (owned) */
    size_t obj_count;
    size_t at;           /* events applied */
    int64_t time;        /* virtual time of the last event applied (ns) */
    size_t said;         /* output lines printed so far (SAY events) */
    int ended;           /* 0 running; else RT_EV_PANIC, RT_EV_DEADLOCK or
                            RT_EV_RACE when that event was applied */
    const char *end_text;/* that event's value ("send on closed channel") */
} scene;

/* Most goroutines drawn as lanes. */
#define SCENE_LANES 32

/* Replays events evs[0 .. upto) of a whole trace of count events into s
 * (which must be zeroed or freed before). The object a blocked goroutine
 * waits on is learnt by looking ahead to the event that unblocks it, so a
 * goroutine blocked forever (a deadlock) has obj 0. When lanes is not NULL
 * it receives, for each event i in [from, upto) with i - from < cols, each
 * of the first SCENE_LANES goroutines' state after event i, at
 * lanes[g * cols + (i - from)]. Aborts only when out of memory. */
void scene_build(scene *s, const rt_event *evs, size_t count, size_t upto, size_t from,
                 int cols, unsigned char *lanes);

/* Frees what scene_build allocated and zeroes s. */
void scene_free(scene *s);

/* The goroutine with id, or NULL. */
const scene_g *scene_find_g(const scene *s, int id);

/* A one-line description of event e for the step log:
 * "g2 blocked: chan send @deadlock.c:14". Writes into buf. */
void scene_describe(const rt_event *e, char *buf, size_t len);

#endif
