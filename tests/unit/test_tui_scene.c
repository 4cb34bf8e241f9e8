/* test_tui_scene.c: the demo screen's picture rebuilt from made-up runtime
 * traces: goroutine states and lines step by step, the channel a blocked
 * goroutine waits on (learnt from the event that unblocks it), buffer
 * contents, mutex holders, output count, a deadlock ending, the lanes, and
 * the one-line event descriptions. */
#include <string.h>

#include "../tap.h"
#include "tui/scene.h"

#define F "src/demos/deadlock.c"

/* One event; strings default to "". */
static rt_event ev(rt_event_kind kind, int g, int other, int obj, const char *obj_name,
                   const char *reason, int line, const char *value)
{
    static uint64_t step;
    rt_event e = {step++, (int64_t)step * 10, kind, g, other, obj, obj_name ? obj_name : "",
                  reason ? reason : "", F, line, value ? value : ""};
    return e;
}

static void test_handoff(void)
{
    rt_event t[] = {
        ev(RT_EV_SPAWN, 0, 1, 0, NULL, NULL, 0, "main"),                /* 0 */
        ev(RT_EV_RUN, 1, 0, 0, NULL, NULL, 0, NULL),                    /* 1 */
        ev(RT_EV_SPAWN, 1, 2, 0, NULL, NULL, 20, "send_one"),           /* 2 */
        ev(RT_EV_BLOCK, 1, 0, 0, NULL, "chan receive", 25, NULL),       /* 3 */
        ev(RT_EV_RUN, 2, 0, 0, NULL, NULL, 0, NULL),                    /* 4 */
        ev(RT_EV_SEND, 2, 0, 3, "chan#3", NULL, 14, "1"),               /* 5 */
        ev(RT_EV_UNBLOCK, 2, 1, 3, "chan#3", NULL, 0, NULL),            /* 6 */
        ev(RT_EV_EXIT, 2, 0, 0, NULL, NULL, 0, NULL),                   /* 7 */
        ev(RT_EV_RUN, 1, 0, 0, NULL, NULL, 0, NULL),                    /* 8 */
        ev(RT_EV_RECV, 1, 0, 3, "chan#3", NULL, 25, "1"),               /* 9 */
        ev(RT_EV_SAY, 1, 0, 0, NULL, NULL, 26, "1"),                    /* 10 */
        ev(RT_EV_EXIT, 1, 0, 0, NULL, NULL, 0, NULL),                   /* 11 */
    };
    size_t n = sizeof t / sizeof t[0];
    scene s;
    scene_build(&s, t, n, 0, 0, 0, NULL);
    is_int((int)s.g_count, 0, "before any event: no goroutine");
    scene_free(&s);

    scene_build(&s, t, n, 3, 0, 0, NULL);
    is_int((int)s.g_count, 2, "after two spawns: two goroutines");
    is_str(s.gs[0].name, "main", "g1 is main");
    is_str(s.gs[1].name, "send_one", "g2 is named after its function");
    is_int(s.gs[0].state, SCENE_RUNNING, "main runs");
    is_int(s.gs[1].state, SCENE_RUNNABLE, "g2 is runnable");
    is_int(s.gs[0].line, 20, "main is at the go statement's line");
    scene_free(&s);

    scene_build(&s, t, n, 4, 0, 0, NULL);
    is_int(s.gs[0].state, SCENE_BLOCKED, "main blocked");
    is_str(s.gs[0].reason, "chan receive", "with Go's wait reason");
    is_int(s.gs[0].obj, 3, "on chan#3, learnt from the unblock ahead");
    is_int(s.gs[0].line, 25, "at the receive's line");
    scene_free(&s);

    scene_build(&s, t, n, 6, 0, 0, NULL);
    is_int(s.gs[1].state, SCENE_RUNNING, "g2 runs");
    is_int((int)s.obj_count, 1, "one object seen");
    ok(s.objs[0].is_chan && strcmp(s.objs[0].name, "chan#3") == 0, "a channel, chan#3");
    is_int((int)s.objs[0].buf_len, 0, "a receiver waits: nothing goes in the buffer");
    is_str(s.objs[0].handoff, "1", "1 is handed over");
    ok(s.objs[0].handoff_from == 2 && s.objs[0].handoff_to == 1, "from g2 to g1");
    is_int(s.objs[0].buffered, 0, "the channel is not known to buffer");
    is_int(s.gs[0].state, SCENE_BLOCKED, "main still blocked before the unblock");
    scene_free(&s);

    scene_build(&s, t, n, 8, 0, 0, NULL);
    is_int(s.gs[0].state, SCENE_RUNNABLE, "unblocked: runnable");
    is_int(s.gs[0].obj, 0, "and waiting on nothing");
    is_int(s.gs[1].state, SCENE_DONE, "g2 returned");
    scene_free(&s);

    unsigned char lanes[SCENE_LANES * 16];
    scene_build(&s, t, n, n, 0, 16, lanes);
    is_int((int)s.objs[0].buf_len, 0, "received: the channel is empty");
    ok(s.objs[0].handoff == NULL, "and the hand-off is over");
    is_int((int)s.said, 1, "one line printed");
    is_int(s.ended, 0, "ended normally");
    is_int((int)s.at, (int)n, "every event applied");
    is_int(s.time, t[n - 1].time, "time is the last event's");
    ok(lanes[0 * 16 + 0] == SCENE_RUNNABLE && lanes[0 * 16 + 1] == SCENE_RUNNING &&
           lanes[0 * 16 + 3] == SCENE_BLOCKED && lanes[0 * 16 + 8] == SCENE_RUNNING &&
           lanes[0 * 16 + 11] == SCENE_DONE,
       "main's lane: runnable, running, blocked, running, done");
    ok(lanes[1 * 16 + 1] == SCENE_NONE && lanes[1 * 16 + 2] == SCENE_RUNNABLE &&
           lanes[1 * 16 + 4] == SCENE_RUNNING && lanes[1 * 16 + 7] == SCENE_DONE,
       "g2's lane starts at its spawn");
    ok(lanes[0 * 16 + 12] == SCENE_NONE, "no cell past the last event");
    scene_free(&s);

    scene_build(&s, t, n, n, 8, 2, lanes);
    ok(lanes[0] == SCENE_RUNNING && lanes[1] == SCENE_RUNNING && lanes[2 + 0] == SCENE_DONE,
       "a window of lanes from step 8");
    scene_free(&s);
    ok(s.gs == NULL && s.g_count == 0, "scene_free zeroes");

    char line[128];
    scene_describe(&t[3], line, sizeof line);
    is_str(line, "g1 blocked: chan receive @deadlock.c:25", "describe a block");
    scene_describe(&t[5], line, sizeof line);
    is_str(line, "g2 chan#3 <- 1 @deadlock.c:14", "describe a send");
    scene_describe(&t[2], line, sizeof line);
    is_str(line, "g1 go send_one -> g2 @deadlock.c:20", "describe a spawn");
}

static void test_deadlock_and_mutex(void)
{
    rt_event t[] = {
        ev(RT_EV_SPAWN, 0, 1, 0, NULL, NULL, 0, "main"),
        ev(RT_EV_RUN, 1, 0, 0, NULL, NULL, 0, NULL),
        ev(RT_EV_LOCK, 1, 0, 5, "a", NULL, 50, NULL),
        ev(RT_EV_SEND, 1, 0, 4, "ch", NULL, 40, "7"),
        ev(RT_EV_SEND, 1, 0, 4, "ch", NULL, 41, "8"),
        ev(RT_EV_RECV, 1, 0, 4, "ch", NULL, 42, "7"),
        ev(RT_EV_CLOSE, 1, 0, 4, "ch", NULL, 43, NULL),
        ev(RT_EV_BLOCK, 1, 0, 0, NULL, "chan send", 44, NULL),
        ev(RT_EV_DEADLOCK, 0, 0, 0, NULL, NULL, 0, "all goroutines are asleep - deadlock!"),
    };
    size_t n = sizeof t / sizeof t[0];
    scene s;
    scene_build(&s, t, n, 3, 0, 0, NULL);
    is_int(s.objs[0].holder, 1, "main holds mutex a");
    is_int(s.objs[0].is_lock, 1, "a is a lock");
    is_int(s.objs[0].is_chan, 0, "a is not a channel");
    scene_free(&s);
    scene_build(&s, t, n, n, 0, 0, NULL);
    const scene_obj *ch = &s.objs[1];
    ok(ch->is_chan && ch->closed && !ch->is_lock, "ch is a closed channel");
    ok(ch->buf_len == 1 && strcmp(ch->buf[0], "8") == 0, "oldest out first: 8 is left");
    const scene_g *g = scene_find_g(&s, 1);
    ok(g && g->state == SCENE_BLOCKED && g->obj == 0, "blocked forever: waits on nothing known");
    ok(scene_find_g(&s, 9) == NULL, "no goroutine 9");
    is_int(s.ended, RT_EV_DEADLOCK, "the run ended in deadlock");
    is_str(s.end_text, "all goroutines are asleep - deadlock!", "with Go's words");
    scene_free(&s);
}

/* A sender blocked first on an unbuffered channel: the receive takes its
 * value, so nothing is left in a buffer (it used to pile up as [1 2]);
 * on a buffered, full channel the woken sender's value enters the buffer. */
static void test_sender_first(void)
{
    rt_event t[] = {
        ev(RT_EV_SPAWN, 0, 1, 0, NULL, NULL, 0, "main"),
        ev(RT_EV_RUN, 1, 0, 0, NULL, NULL, 0, NULL),
        ev(RT_EV_SPAWN, 1, 2, 0, NULL, NULL, 20, "sender"),
        ev(RT_EV_RUN, 2, 0, 0, NULL, NULL, 0, NULL),
        ev(RT_EV_BLOCK, 2, 0, 0, NULL, "chan send", 14, NULL),      /* 4 */
        ev(RT_EV_RUN, 1, 0, 0, NULL, NULL, 0, NULL),
        ev(RT_EV_RECV, 1, 0, 3, "c", NULL, 25, "1"),
        ev(RT_EV_UNBLOCK, 1, 2, 3, "c", NULL, 0, NULL),
        ev(RT_EV_RUN, 2, 0, 0, NULL, NULL, 0, NULL),
        ev(RT_EV_SEND, 2, 0, 3, "c", NULL, 14, "1"),                /* 9 */
        ev(RT_EV_BLOCK, 2, 0, 0, NULL, "chan send", 14, NULL),
        ev(RT_EV_RUN, 1, 0, 0, NULL, NULL, 0, NULL),
        ev(RT_EV_RECV, 1, 0, 3, "c", NULL, 25, "2"),
        ev(RT_EV_UNBLOCK, 1, 2, 3, "c", NULL, 0, NULL),
        ev(RT_EV_RUN, 2, 0, 0, NULL, NULL, 0, NULL),
        ev(RT_EV_SEND, 2, 0, 3, "c", NULL, 14, "2"),                /* 15 */
        /* now a buffered channel 4 of one slot, full, its sender waiting */
        ev(RT_EV_SEND, 2, 0, 4, "b", NULL, 30, "7"),                /* 16 */
        ev(RT_EV_BLOCK, 2, 0, 0, NULL, "chan send", 31, NULL),
        ev(RT_EV_RUN, 1, 0, 0, NULL, NULL, 0, NULL),
        ev(RT_EV_RECV, 1, 0, 4, "b", NULL, 40, "7"),
        ev(RT_EV_UNBLOCK, 1, 2, 4, "b", NULL, 0, NULL),
        ev(RT_EV_RUN, 2, 0, 0, NULL, NULL, 0, NULL),
        ev(RT_EV_SEND, 2, 0, 4, "b", NULL, 31, "8"),                /* 22 */
    };
    size_t n = sizeof t / sizeof t[0];
    scene s;
    scene_build(&s, t, n, 16, 0, 0, NULL);
    is_str(s.objs[0].name, "c", "the channel is named c");
    is_int((int)s.objs[0].buf_len, 0, "unbuffered, sender first: nothing left in a buffer");
    ok(!s.objs[0].buffered && !s.objs[0].handoff, "not buffered, no hand-off pending");
    scene_free(&s);
    scene_build(&s, t, n, n, 0, 0, NULL);
    const scene_obj *b = &s.objs[1];
    ok(b->buffered && b->buf_len == 1 && strcmp(b->buf[0], "8") == 0,
       "buffered and full: the woken sender's 8 is in the buffer");
    scene_free(&s);
}

int main(void)
{
    test_handoff();
    test_deadlock_and_mutex();
    test_sender_first();
    return tap_done();
}
