/* scene.c: replays a demo run's trace into the picture the demo screen
 * draws: goroutine states and lines, channel buffers and waiters, mutex
 * holders, output count, the verdict, and the lanes over a window of
 * steps. */
#include "tui/scene.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui/xmalloc.h"

static scene_g *find_g(scene *s, int id)
{
    for (size_t i = 0; i < s->g_count; i++)
        if (s->gs[i].id == id)
            return &s->gs[i];
    return NULL;
}

const scene_g *scene_find_g(const scene *s, int id)
{
    return find_g((scene *)s, id);
}

/* The goroutine with id, added (runnable, unnamed) when first seen. */
static scene_g *get_g(scene *s, int id)
{
    scene_g *g = find_g(s, id);
    if (g || id <= 0)
        return g;
    s->gs = xrealloc(s->gs, (s->g_count + 1) * sizeof *s->gs);
    g = &s->gs[s->g_count++];
    memset(g, 0, sizeof *g);
    g->id = id;
    g->name = "";
    g->state = SCENE_RUNNABLE;
    g->reason = "";
    g->file = "";
    return g;
}

/* The object with id, added when first seen. */
static scene_obj *get_obj(scene *s, int id, const char *name)
{
    for (size_t i = 0; i < s->obj_count; i++)
        if (s->objs[i].id == id)
            return &s->objs[i];
    s->objs = xrealloc(s->objs, (s->obj_count + 1) * sizeof *s->objs);
    scene_obj *o = &s->objs[s->obj_count++];
    memset(o, 0, sizeof *o);
    o->id = id;
    o->name = name && *name ? name : "?";
    return o;
}

static void push_value(scene_obj *o, const char *v)
{
    if (o->buf_len == o->buf_cap) {
        o->buf_cap = o->buf_cap ? o->buf_cap * 2 : 8;
        o->buf = xrealloc(o->buf, o->buf_cap * sizeof *o->buf);
    }
    o->buf[o->buf_len++] = v;
}

static void pop_value(scene_obj *o)
{
    if (o->buf_len == 0)
        return;
    memmove(o->buf, o->buf + 1, (o->buf_len - 1) * sizeof *o->buf);
    o->buf_len--;
}

/* A goroutine other than not_g blocked receiving on channel obj (in a
 * receive or a select), or NULL. */
static scene_g *receiver_on(scene *s, int obj, int not_g)
{
    for (size_t k = 0; k < s->g_count; k++) {
        const scene_g *g = &s->gs[k];
        if (g->state == SCENE_BLOCKED && g->obj == obj && g->id != not_g &&
            (strstr(g->reason, "receive") || strncmp(g->reason, "select", 6) == 0))
            return &s->gs[k];
    }
    return NULL;
}

/* A send of value by g on channel o. A receiver waiting takes it straight
 * from the sender (a hand-off, shown until its receive); a sender woken by
 * a receiver has already given it (unbuffered) or had it moved into the
 * slot the receive freed (buffered); otherwise it waits in the buffer. */
static void apply_send(scene *s, scene_g *g, scene_obj *o, const char *value)
{
    scene_g *receiver = receiver_on(s, o->id, g ? g->id : 0);
    if (receiver) {
        o->handoff = value;
        o->handoff_from = g ? g->id : 0;
        o->handoff_to = receiver->id;
    } else if (g && g->woken_by == o->id) {
        if (o->buffered)
            push_value(o, value);
    } else {
        o->buffered = 1;
        push_value(o, value);
    }
    if (g)
        g->woken_by = 0;
}

/* A receive by g on channel o (not of a closed channel's zero value). */
static void apply_recv(scene *s, scene_g *g, scene_obj *o)
{
    (void)s;
    if (o->handoff && g && o->handoff_to == g->id)
        o->handoff = NULL; /* the hand-off it was waiting for */
    else if (o->buf_len)
        pop_value(o);
    if (g)
        g->woken_by = 0;
}

/* The event that unblocks goroutine g after event i, or NULL (never, or
 * by a timer). */
static const rt_event *waits_on(const rt_event *evs, size_t count, size_t i, int g)
{
    for (size_t j = i + 1; j < count; j++) {
        if (evs[j].kind == RT_EV_UNBLOCK && evs[j].other == g)
            return evs[j].obj ? &evs[j] : NULL;
        if (evs[j].kind == RT_EV_WAKE && evs[j].other == g)
            return NULL;
    }
    return NULL;
}

/* Applies event i to s. */
static void apply(scene *s, const rt_event *evs, size_t count, size_t i)
{
    const rt_event *e = &evs[i];
    scene_g *g = get_g(s, e->g);
    s->time = e->time;
    if (g && e->line > 0) {
        g->file = e->file;
        g->line = e->line;
    }
    switch (e->kind) {
    case RT_EV_SPAWN: {
        scene_g *n = get_g(s, e->other);
        if (n) {
            n->name = e->value;
            n->state = SCENE_RUNNABLE;
        }
        break;
    }
    case RT_EV_RUN:
        for (size_t k = 0; k < s->g_count; k++)
            if (s->gs[k].state == SCENE_RUNNING)
                s->gs[k].state = SCENE_RUNNABLE;
        if (g)
            g->state = SCENE_RUNNING;
        break;
    case RT_EV_BLOCK:
        if (g) {
            g->state = SCENE_BLOCKED;
            g->reason = e->reason;
            const rt_event *wake = waits_on(evs, count, i, g->id);
            g->obj = wake ? wake->obj : 0;
            if (wake) { /* show the object it waits on, even before its first use */
                scene_obj *o = get_obj(s, wake->obj, wake->obj_name);
                if (strncmp(e->reason, "chan", 4) == 0 || strncmp(e->reason, "select", 6) == 0)
                    o->is_chan = 1;
            }
        }
        break;
    case RT_EV_UNBLOCK:
    case RT_EV_WAKE: {
        scene_g *o = get_g(s, e->other);
        if (o && o->state == SCENE_BLOCKED) {
            o->state = SCENE_RUNNABLE;
            o->obj = 0;
            o->woken_by = e->kind == RT_EV_UNBLOCK ? e->obj : 0;
        }
        break;
    }
    case RT_EV_YIELD:
        if (g)
            g->state = SCENE_RUNNABLE;
        break;
    case RT_EV_SEND:
        if (e->obj) {
            scene_obj *o = get_obj(s, e->obj, e->obj_name);
            o->is_chan = 1;
            apply_send(s, g, o, e->value);
        }
        break;
    case RT_EV_RECV:
        if (e->obj) {
            scene_obj *o = get_obj(s, e->obj, e->obj_name);
            o->is_chan = 1;
            if (strcmp(e->value, "closed") != 0)
                apply_recv(s, g, o);
        }
        break;
    case RT_EV_CLOSE:
        if (e->obj) {
            scene_obj *o = get_obj(s, e->obj, e->obj_name);
            o->is_chan = 1;
            o->closed = 1;
        }
        break;
    case RT_EV_LOCK:
    case RT_EV_UNLOCK:
        if (e->obj) {
            scene_obj *o = get_obj(s, e->obj, e->obj_name);
            o->is_lock = 1;
            o->holder = e->kind == RT_EV_LOCK ? e->g : 0;
        }
        break;
    case RT_EV_SAY:
        s->said++;
        break;
    case RT_EV_EXIT:
        if (g)
            g->state = SCENE_DONE;
        break;
    case RT_EV_PANIC:
    case RT_EV_DEADLOCK:
    case RT_EV_RACE:
        s->ended = (int)e->kind;
        s->end_text = e->value;
        break;
    default:
        if (e->obj && e->obj_name && *e->obj_name)
            get_obj(s, e->obj, e->obj_name);
        break;
    }
}

void scene_build(scene *s, const rt_event *evs, size_t count, size_t upto, size_t from,
                 int cols, unsigned char *lanes)
{
    memset(s, 0, sizeof *s);
    if (upto > count)
        upto = count;
    if (lanes)
        memset(lanes, SCENE_NONE, (size_t)SCENE_LANES * (size_t)cols);
    for (size_t i = 0; i < upto; i++) {
        apply(s, evs, count, i);
        if (!lanes || i < from || i - from >= (size_t)cols)
            continue;
        for (size_t k = 0; k < s->g_count && k < SCENE_LANES; k++)
            lanes[k * (size_t)cols + (i - from)] = (unsigned char)s->gs[k].state;
    }
    s->at = upto;
}

void scene_free(scene *s)
{
    for (size_t i = 0; i < s->obj_count; i++)
        free(s->objs[i].buf);
    free(s->objs);
    free(s->gs);
    memset(s, 0, sizeof *s);
}

/* Words for the kinds scene_describe does not spell out itself. */
static const char *kind_name(rt_event_kind k)
{
    static const char *const names[RT_EV__COUNT] = {
        [RT_EV_YIELD] = "yields",       [RT_EV_CLOSE] = "close",
        [RT_EV_SELECT] = "select",      [RT_EV_LOCK] = "locks",
        [RT_EV_UNLOCK] = "unlocks",     [RT_EV_RLOCK] = "read-locks",
        [RT_EV_RUNLOCK] = "read-unlocks", [RT_EV_WG_ADD] = "WaitGroup add",
        [RT_EV_WG_WAIT] = "WaitGroup wait returns", [RT_EV_ONCE] = "once",
        [RT_EV_COND_WAIT] = "cond wait returns", [RT_EV_SIGNAL] = "signals",
        [RT_EV_BROADCAST] = "broadcasts", [RT_EV_SLEEP] = "sleeps until",
        [RT_EV_WAKE] = "timer fires",   [RT_EV_LOAD] = "loads",
        [RT_EV_STORE] = "stores",       [RT_EV_ATOMIC] = "atomic",
        [RT_EV_EXIT] = "returns",       [RT_EV_PANIC] = "panic:",
        [RT_EV_DEADLOCK] = "deadlock",  [RT_EV_RACE] = "data race:",
    };
    return (unsigned)k < RT_EV__COUNT && names[k] ? names[k] : "event";
}

void scene_describe(const rt_event *e, char *buf, size_t len)
{
    const char *file = e->file ? strrchr(e->file, '/') : NULL;
    file = file ? file + 1 : e->file;
    char where[96] = "";
    if (e->line > 0)
        snprintf(where, sizeof where, " @%s:%d", file, e->line);
    char who[16] = "";
    if (e->g > 0)
        snprintf(who, sizeof who, "g%d ", e->g);
    switch (e->kind) {
    case RT_EV_SPAWN:
        snprintf(buf, len, "%sgo %s -> g%d%s", who, e->value, e->other, where);
        break;
    case RT_EV_RUN:
        snprintf(buf, len, "%sruns", who);
        break;
    case RT_EV_BLOCK:
        snprintf(buf, len, "%sblocked: %s%s", who, e->reason, where);
        break;
    case RT_EV_UNBLOCK:
        snprintf(buf, len, "%swakes g%d (%s)", who, e->other, e->obj_name);
        break;
    case RT_EV_SEND:
        snprintf(buf, len, "%s%s <- %s%s", who, e->obj_name, e->value, where);
        break;
    case RT_EV_RECV:
        snprintf(buf, len, "%s<-%s gives %s%s", who, e->obj_name, e->value, where);
        break;
    case RT_EV_SAY:
        snprintf(buf, len, "%sprints \"%s\"", who, e->value);
        break;
    default:
        snprintf(buf, len, "%s%s%s%s%s%s%s", who, kind_name(e->kind),
                 e->obj_name[0] ? " " : "", e->obj_name, e->value[0] ? " " : "", e->value, where);
        break;
    }
}
