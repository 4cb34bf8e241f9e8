/* narrate.c: tells the runtime's trace events in plain words: who read or
 * wrote which variable, took or waited for which lock, sent or received,
 * printed, blocked or finished, at which line, and where the learner
 * preempted a goroutine. */
#include "challenge/narrate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The counter after a WaitGroup change: "-1 = 1" gives "1". */
static const char *after_equals(const char *value)
{
    const char *eq = strstr(value, "= ");
    return eq ? eq + 2 : value;
}

void narrate_event(const rt_event *ev, char *buf, size_t len)
{
    char what[200];
    const char *obj = ev->obj_name, *v = ev->value;
    switch (ev->kind) {
    case RT_EV_SPAWN:
        if (ev->g == 0) { /* main itself */
            buf[0] = '\0';
            return;
        }
        snprintf(what, sizeof what, "started g%d (%s)", ev->other, v);
        break;
    case RT_EV_LOAD:
        snprintf(what, sizeof what, "read %s = %s", obj, v);
        break;
    case RT_EV_STORE:
        snprintf(what, sizeof what, "wrote %s = %s", obj, v);
        break;
    case RT_EV_LOCK:
        snprintf(what, sizeof what, "locked %s", obj);
        break;
    case RT_EV_UNLOCK:
        snprintf(what, sizeof what, "unlocked %s", obj);
        break;
    case RT_EV_BLOCK:
        snprintf(what, sizeof what, "blocked (%s)", ev->reason);
        break;
    case RT_EV_UNBLOCK:
        snprintf(what, sizeof what, "woke g%d", ev->other);
        break;
    case RT_EV_SEND:
        snprintf(what, sizeof what, "sent %s on %s", v, obj);
        break;
    case RT_EV_RECV:
        snprintf(what, sizeof what, "received %s from %s", v, obj);
        break;
    case RT_EV_CLOSE:
        snprintf(what, sizeof what, "closed %s", obj);
        break;
    case RT_EV_SAY:
        snprintf(what, sizeof what, "printed \"%s\"", v);
        break;
    case RT_EV_WG_ADD:
        snprintf(what, sizeof what, "%s: WaitGroup counter %s",
                 v[0] == '-' ? "wg.Done()" : "wg.Add()", after_equals(v));
        break;
    case RT_EV_WG_WAIT:
        snprintf(what, sizeof what, "wg.Wait() returned");
        break;
    case RT_EV_YIELD:
        snprintf(what, sizeof what, "yielded (runtime.Gosched)");
        break;
    case RT_EV_EXIT:
        snprintf(what, sizeof what, "finished");
        break;
    case RT_EV_DEADLOCK:
        snprintf(buf, len, "every goroutine is blocked: deadlock!");
        return;
    case RT_EV_PANIC:
        snprintf(buf, len, "%s", v);
        return;
    case RT_EV_RUN:
        buf[0] = '\0';
        return;
    default:
        snprintf(what, sizeof what, "%s %s %s", rt_event_kind_name(ev->kind), obj, v);
    }
    if (ev->line > 0)
        snprintf(buf, len, "g%d %s (line %d)", ev->g, what, ev->line);
    else
        snprintf(buf, len, "g%d %s", ev->g, what);
}

/* A growing text. */
typedef struct text {
    char *p;    /* the text, NUL-terminated */
    size_t len; /* bytes used */
    size_t cap; /* bytes allocated */
    int oom;    /* memory ran out */
} text;

static void text_line(text *t, const char *line)
{
    size_t n = strlen(line);
    if (t->oom || n == 0)
        return;
    if (t->len + n + 2 > t->cap) {
        size_t cap = (t->len + n + 2) * 2;
        char *grown = realloc(t->p, cap);
        if (!grown) {
            t->oom = 1;
            return;
        }
        t->p = grown;
        t->cap = cap;
    }
    memcpy(t->p + t->len, line, n);
    t->len += n;
    t->p[t->len++] = '\n';
    t->p[t->len] = '\0';
}

char *narrate_events(const challenge_game *g, const rt *r, size_t from, size_t to, int marks)
{
    text t = {calloc(1, 64), 0, 64, 0};
    if (!t.p)
        return NULL;
    size_t m = 0;
    char line[320];
    for (size_t i = from; i < to; i++) {
        for (; marks && m < g->move_count && g->moves[m].trace_at <= i; m++) {
            const challenge_move *mv = &g->moves[m];
            if (!mv->preempted)
                continue;
            snprintf(line, sizeof line, "-- you preempted g%d and ran g%d --", mv->preempted,
                     mv->g);
            text_line(&t, line);
        }
        narrate_event(rt_trace_event(r, i), line, sizeof line);
        text_line(&t, line);
    }
    if (t.oom) {
        free(t.p);
        return NULL;
    }
    return t.p;
}
