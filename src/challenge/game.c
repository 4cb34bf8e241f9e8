/* game.c: one game of "you are the scheduler". Each move or undo re-runs
 * the puzzle from the start under a custom chooser that replays the
 * learner's moves and stops the run at the next choice point; the runtime's
 * trace, read as the run goes, tells where every goroutine stands. */
#include "challenge/game.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "challenge/narrate.h"
#include "rt/rt.h"

/* Runs of one puzzle never need more choice points than this. */
#define GAME_STEP_BUDGET 100000u

/* The state of one replay, shared with the chooser. */
typedef struct replay {
    challenge_game *g;    /* the game being replayed */
    size_t next;          /* the next move to apply */
    size_t scanned;       /* trace events already read */
    int paused;           /* 1: the moves ran out at a choice point */
    size_t bad;           /* 1 + the index of a move that did not fit, 0 none */
} replay;

static challenge_g *g_slot(challenge_game *g, int id)
{
    for (size_t i = 0; i < g->g_count; i++)
        if (g->gs[i].id == id)
            return &g->gs[i];
    if (g->g_count == CHALLENGE_MAX_G || id <= 0)
        return NULL;
    challenge_g *s = &g->gs[g->g_count++];
    memset(s, 0, sizeof *s);
    s->id = id;
    s->file = "";
    return s;
}

/* The line of "static void NAME(" in the puzzle's source, or 0. */
static int function_line(const challenge_puzzle *pz, const char *name)
{
    const char *text = challenge_source(pz);
    size_t n = strlen(name);
    int line = 1;
    for (const char *p = text; p && *p; line++) {
        if (strncmp(p, "static void ", 12) == 0 && strncmp(p + 12, name, n) == 0 &&
            p[12 + n] == '(')
            return line;
        const char *nl = strchr(p, '\n');
        p = nl ? nl + 1 : p + strlen(p);
    }
    return 0;
}

/* Applies trace events [rp->scanned, count) of r to the goroutines. */
static void scan_trace(replay *rp, const rt *r)
{
    challenge_game *g = rp->g;
    size_t count = rt_trace_count(r);
    for (; rp->scanned < count; rp->scanned++) {
        const rt_event *ev = rt_trace_event(r, rp->scanned);
        challenge_g *s = NULL;
        switch (ev->kind) {
        case RT_EV_SPAWN:
            if (!(s = g_slot(g, ev->other)))
                break;
            snprintf(s->name, sizeof s->name, "%s", ev->value);
            s->state = CHALLENGE_G_NEW;
            snprintf(s->what, sizeof s->what, "start %s", ev->value);
            s->file = g->pz->source;
            s->line = function_line(g->pz, ev->value);
            break;
        case RT_EV_BLOCK:
            if (!(s = g_slot(g, ev->g)))
                break;
            s->state = CHALLENGE_G_BLOCKED;
            snprintf(s->what, sizeof s->what, "%s", ev->reason);
            s->file = ev->file;
            s->line = ev->line;
            break;
        case RT_EV_UNBLOCK:
        case RT_EV_WAKE:
            if ((s = g_slot(g, ev->other)) && s->state == CHALLENGE_G_BLOCKED) {
                char reason[sizeof s->what];
                memcpy(reason, s->what, sizeof reason);
                s->state = CHALLENGE_G_AFTER;
                snprintf(s->what, sizeof s->what, "woken from %.36s", reason);
            }
            break;
        case RT_EV_EXIT:
            if ((s = g_slot(g, ev->g)))
                s->state = CHALLENGE_G_DONE;
            break;
        case RT_EV_RUN:
        case RT_EV_DEADLOCK:
        case RT_EV_PANIC:
            break;
        default:
            if (ev->g > 0 && ev->line > 0 && (s = g_slot(g, ev->g)) &&
                s->state != CHALLENGE_G_BLOCKED) {
                s->state = CHALLENGE_G_AFTER;
                snprintf(s->what, sizeof s->what, "%s", rt_event_kind_name(ev->kind));
                s->file = ev->file;
                s->line = ev->line;
            }
        }
    }
}

/* 1 for a choice point's `what` that names the operation the current
 * goroutine is about to do (not its leaving: block, exit, gosched). */
static int is_operation(const char *what)
{
    return strcmp(what, "block") != 0 && strcmp(what, "exit") != 0 &&
           strcmp(what, "gosched") != 0;
}

/* Marks s as stopped just before the operation what at file:line. */
static void stopped_at(challenge_g *s, const char *what, const char *file, int line)
{
    s->state = CHALLENGE_G_AT;
    snprintf(s->what, sizeof s->what, "%s", what);
    s->file = file;
    s->line = line;
}

static int replay_choose(void *ud, const rt_choice *c)
{
    replay *rp = ud;
    challenge_game *g = rp->g;
    rt *r = rt_current();
    if (!c->ops) /* a select's choice among its ready cases: in order */
        return 0;
    scan_trace(rp, r);
    challenge_g *cur = g_slot(g, c->current);
    if (cur && is_operation(c->what))
        stopped_at(cur, c->what, c->file, c->line);
    /* what each candidate will do, as the runtime tells it (a new or
     * woken goroutine's, "start" or "resume", names no operation: the
     * trace's guess stays) */
    for (int i = 0; i < c->ncand; i++) {
        challenge_g *s = g_slot(g, c->cand[i]);
        if (s && c->ops[i].kind != RT_ACCESS_UNKNOWN && c->ops[i].what && c->ops[i].line > 0 &&
            strcmp(c->ops[i].what, "start") != 0 && strcmp(c->ops[i].what, "resume") != 0)
            stopped_at(s, c->ops[i].what, c->ops[i].file, c->ops[i].line);
    }
    if (rp->next == g->move_count) { /* the learner's turn: stop here */
        for (size_t i = 0; i < g->g_count; i++)
            g->gs[i].candidate = 0;
        for (int i = 0; i < c->ncand; i++) {
            challenge_g *s = g_slot(g, c->cand[i]);
            if (s)
                s->candidate = 1;
        }
        g->current = c->current;
        rp->paused = 1;
        return -1; /* ends the run (RT_ERROR), which replay ignores */
    }
    challenge_move *m = &g->moves[rp->next++];
    m->trace_at = rt_trace_count(r);
    for (int i = 0; i < c->ncand; i++)
        if (c->cand[i] == m->g) {
            m->preempted = i != 0 && c->cand[0] == c->current ? c->current : 0;
            return i;
        }
    rp->bad = rp->next;
    return -1;
}

static void clear_run(challenge_game *g)
{
    free(g->output);
    free(g->last);
    free(g->report);
    free(g->story);
    g->output = g->last = g->report = g->story = NULL;
    g->g_count = 0;
    g->current = 0;
    g->ended = g->broken = g->preemptions = 0;
    g->verdict[0] = '\0';
}

/* Runs the puzzle again, replaying g's moves. Returns 0, or -1 with err
 * (a move that did not fit: the moves from it on are dropped). */
static int replay_moves(challenge_game *g, char *err, size_t errlen)
{
    replay rp = {g, 0, 0, 0, 0};
    rt_config cfg = {
        .policy = RT_CUSTOM,
        .choose = replay_choose,
        .choose_ud = &rp,
        .trace = true,
        .max_steps = GAME_STEP_BUDGET,
    };
    clear_run(g);
    rt *r = rt_new(&cfg);
    if (!r) {
        snprintf(err, errlen, "out of memory starting puzzle %s", g->pz->name);
        return -1;
    }
    rt_verdict v = rt_run(r, g->pz->main, NULL);
    scan_trace(&rp, r);
    int rc = 0;
    if (rp.bad) {
        snprintf(err, errlen, "move %zu: goroutine %d cannot take that step", rp.bad,
                 g->moves[rp.bad - 1].g);
        rc = -1;
    } else if (!rp.paused && rp.next < g->move_count) {
        snprintf(err, errlen, "move %zu: the program had already ended after %zu moves",
                 rp.next + 1, rp.next);
        rc = -1;
    }
    if (rc != 0) { /* keep the moves that fit and show their state */
        g->move_count = rp.bad ? rp.bad - 1 : rp.next;
        rt_free(r);
        char ignored[8];
        replay_moves(g, ignored, sizeof ignored);
        return -1;
    }
    for (size_t i = 0; i < g->move_count; i++)
        g->preemptions += g->moves[i].preempted != 0;
    size_t from = g->move_count ? g->moves[g->move_count - 1].trace_at : 0;
    g->output = strdup(rt_output_text(r));
    g->last = narrate_events(g, r, from, rt_trace_count(r), 0);
    if (!rp.paused) {
        g->ended = 1;
        g->current = 0;
        for (size_t i = 0; i < g->g_count; i++)
            g->gs[i].candidate = 0;
        snprintf(g->verdict, sizeof g->verdict, "%s", rt_verdict_name(v));
        g->report = strdup(rt_report(r));
        g->story = narrate_events(g, r, 0, rt_trace_count(r), 1);
        g->broken = g->output && challenge_is_broken(g->pz, g->output, g->verdict);
    }
    rt_free(r);
    if (!g->output || !g->last || (g->ended && (!g->report || !g->story))) {
        snprintf(err, errlen, "out of memory running puzzle %s", g->pz->name);
        return -1;
    }
    if (g->ended && g->fewest == -2) {
        challenge_analysis a;
        char aerr[256];
        if (challenge_analyze(g->pz, CHALLENGE_BOUND, &a, aerr, sizeof aerr) == 0) {
            g->fewest = a.fewest;
            g->schedules = a.schedules;
            challenge_analysis_free(&a);
        }
    }
    return 0;
}

int challenge_game_start(challenge_game *g, const challenge_puzzle *pz, char *err,
                         size_t errlen)
{
    memset(g, 0, sizeof *g);
    g->pz = pz;
    g->fewest = -2;
    return replay_moves(g, err, errlen);
}

int challenge_game_move(challenge_game *g, int id, char *err, size_t errlen)
{
    if (g->ended) {
        snprintf(err, errlen, "the program has ended: u takes back the last move");
        return -1;
    }
    const challenge_g *s = challenge_game_g(g, id);
    if (!s || !s->candidate) {
        if (!s)
            snprintf(err, errlen, "there is no goroutine %d", id);
        else if (s->state == CHALLENGE_G_BLOCKED)
            snprintf(err, errlen, "goroutine %d is blocked at line %d (%s): it cannot run", id,
                     s->line, s->what);
        else if (s->state == CHALLENGE_G_DONE)
            snprintf(err, errlen, "goroutine %d has finished", id);
        else
            snprintf(err, errlen, "goroutine %d cannot run now", id);
        return -1;
    }
    if (g->move_count == g->move_cap) {
        size_t cap = g->move_cap ? g->move_cap * 2 : 32;
        challenge_move *grown = realloc(g->moves, cap * sizeof *grown);
        if (!grown) {
            snprintf(err, errlen, "out of memory");
            return -1;
        }
        g->moves = grown;
        g->move_cap = cap;
    }
    g->moves[g->move_count++] = (challenge_move){id, 0, 0};
    return replay_moves(g, err, errlen);
}

int challenge_game_undo(challenge_game *g, char *err, size_t errlen)
{
    if (g->move_count == 0) {
        snprintf(err, errlen, "no move to take back");
        return -1;
    }
    g->move_count--;
    return replay_moves(g, err, errlen);
}

int challenge_game_play(challenge_game *g, const char *moves, char *err, size_t errlen)
{
    const char *p = moves;
    for (size_t k = 1; *p; k++) {
        char *end;
        errno = 0;
        long id = strtol(p, &end, 10);
        if (end == p || errno || id <= 0 || id > 1000000 || (*end && *end != ',')) {
            snprintf(err, errlen, "move %zu: '%.*s' is not a goroutine number", k,
                     (int)strcspn(p, ","), p);
            return -1;
        }
        char why[200];
        if (challenge_game_move(g, (int)id, why, sizeof why) != 0) {
            snprintf(err, errlen, "move %zu: %s", k, why);
            return -1;
        }
        p = *end ? end + 1 : end;
    }
    return 0;
}

const challenge_g *challenge_game_g(const challenge_game *g, int id)
{
    for (size_t i = 0; i < g->g_count; i++)
        if (g->gs[i].id == id)
            return &g->gs[i];
    return NULL;
}

char *challenge_game_moves_text(const challenge_game *g)
{
    char *s = malloc(g->move_count * 12 + 1);
    if (!s)
        return NULL;
    size_t n = 0;
    s[0] = '\0';
    for (size_t i = 0; i < g->move_count; i++)
        n += (size_t)sprintf(s + n, "%s%d", i ? "," : "", g->moves[i].g);
    return s;
}

void challenge_game_free(challenge_game *g)
{
    clear_run(g);
    free(g->moves);
    memset(g, 0, sizeof *g);
}

/* ---- schedules to moves ------------------------------------------------- */

/* Follows a schedule string (rt.h's format) and records who ran. */
typedef struct follow {
    const char *p;   /* the rest of the schedule */
    int idx;         /* the index being repeated */
    long rep;        /* repetitions of idx left */
    char *out;       /* the moves so far */
    size_t len, cap; /* used and room in out */
    int bad;         /* the schedule did not fit or memory ran out */
} follow;

/* Reads the next index of the schedule; 0 past its end (as RT_REPLAY). */
static int follow_next(follow *f)
{
    if (f->rep > 0) {
        f->rep--;
        return f->idx;
    }
    const char *p = f->p;
    if (!*p)
        return 0;
    if (*p == '(') {
        f->idx = (int)strtol(p + 1, (char **)&p, 10);
        p += *p == ')';
    } else {
        f->idx = *p >= 'a' ? *p - 'a' + 10 : *p - '0';
        p++;
    }
    if (*p == '*') {
        f->rep = strtol(p + 1, (char **)&p, 10) - 1;
        p += *p == '.';
    }
    f->p = p;
    return f->idx;
}

static int follow_choose(void *ud, const rt_choice *c)
{
    follow *f = ud;
    int i = follow_next(f);
    /* a select's case choice is no move: the game takes case 0 */
    if (i < 0 || i >= c->ncand || f->len + 16 > f->cap || (!c->ops && i != 0)) {
        f->bad = 1;
        return -1;
    }
    if (!c->ops)
        return 0;
    f->len += (size_t)snprintf(f->out + f->len, f->cap - f->len, "%s%d", f->len ? "," : "",
                               c->cand[i]);
    return i;
}

char *challenge_moves_of_schedule(const challenge_puzzle *pz, const char *schedule)
{
    follow f = {schedule, 0, 0, NULL, 0, 16 * GAME_STEP_BUDGET / 64, 0};
    f.out = calloc(1, f.cap);
    rt_config cfg = {.policy = RT_CUSTOM, .choose = follow_choose, .choose_ud = &f,
                     .max_steps = GAME_STEP_BUDGET};
    rt *r = f.out ? rt_new(&cfg) : NULL;
    if (!r) {
        free(f.out);
        return NULL;
    }
    rt_run(r, pz->main, NULL);
    rt_free(r);
    if (f.bad) {
        free(f.out);
        return NULL;
    }
    return f.out;
}
