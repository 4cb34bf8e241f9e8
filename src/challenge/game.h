/* game.h: "you are the scheduler": one game of a challenge puzzle. The
 * learner's moves are the goroutines chosen at each choice point; after
 * every move (or undo) the puzzle is run again from the start on a fresh
 * runtime, replaying the moves and stopping at the next choice point, so
 * the state shown is always the exact state of a real run. (A select's
 * choice among its ready cases is not a move: the game takes them in
 * order; no puzzle uses select.) Nothing here
 * draws or reads input: the plain command and the TUI render the struct. */
#ifndef CONCLAB_CHALLENGE_GAME_H
#define CONCLAB_CHALLENGE_GAME_H

#include <stddef.h>
#include <stdint.h>

#include "challenge/challenge.h"

/* Goroutines a puzzle may start, main included. */
#define CHALLENGE_MAX_G 16

/* Where a goroutine stands at the learner's choice point. */
typedef enum challenge_gstate {
    CHALLENGE_G_NEW,      /* started, has not run: it begins its function */
    CHALLENGE_G_AT,       /* stopped just before the operation `what` */
    CHALLENGE_G_AFTER,    /* ran or was woken at file:line; continues after it */
    CHALLENGE_G_BLOCKED,  /* blocked at file:line; `what` is Go's wait reason */
    CHALLENGE_G_DONE      /* its function returned */
} challenge_gstate;

/* One goroutine of the paused run. */
typedef struct challenge_g {
    int id;                 /* goroutine id (main is 1) */
    char name[32];          /* its function: "main", "increment" */
    challenge_gstate state; /* see above */
    char what[48];          /* the operation next ("shared load", "mutex
                               lock"), or the wait reason when blocked */
    const char *file;       /* source file of line (static storage) */
    int line;               /* the line it is at (0: not known) */
    int candidate;          /* 1: the learner may give it the next step */
} challenge_g;

/* One move made: who ran, and whether that preempted someone. */
typedef struct challenge_move {
    int g;                  /* the goroutine chosen */
    int preempted;          /* the goroutine it preempted (could have gone on), 0 none */
    size_t trace_at;        /* trace events recorded before the move */
} challenge_move;

/* One game. Fill with challenge_game_start; everything it points to is
 * owned by it until challenge_game_free. */
typedef struct challenge_game {
    const challenge_puzzle *pz; /* the puzzle */
    challenge_move *moves;      /* the moves so far */
    size_t move_count;          /* moves made */
    size_t move_cap;            /* room in moves */
    /* the state after replaying the moves: */
    challenge_g gs[CHALLENGE_MAX_G]; /* goroutines by id order */
    size_t g_count;             /* goroutines started */
    int current;                /* goroutine at the choice point (0: ended) */
    char *output;               /* what the program printed so far */
    char *last;                 /* what the last move did, in plain words,
                                   one event per line ("" at the start) */
    int ended;                  /* 1: the program has finished */
    char verdict[32];           /* once ended: "ok", "deadlock", "panic" */
    char *report;               /* once ended: Go's report, "" when ok */
    char *story;                /* once ended: the whole interleaving in
                                   plain words, one event per line */
    int broken;                 /* 1: it ended broken: the learner won */
    int preemptions;            /* preemptions among the moves */
    int fewest;                 /* fewest preemptions that break the puzzle
                                   (-1: none can), computed when it ends */
    uint64_t schedules;         /* schedules the explorer ran for fewest */
} challenge_game;

/* Starts a game of pz: runs it up to its first choice point. Returns 0, or
 * -1 with a one-line err (out of memory). Blocks for one short run. */
int challenge_game_start(challenge_game *g, const challenge_puzzle *pz, char *err,
                         size_t errlen);

/* Gives the next step to goroutine id and runs to the next choice point
 * (or the end; when the game ends, the explorer is asked for the fewest
 * preemptions, well under a second). Returns 0, or -1 with a one-line err
 * when the program has ended or id cannot run now (nothing changes). */
int challenge_game_move(challenge_game *g, int id, char *err, size_t errlen);

/* Takes back the last move. Returns 0, or -1 when there is none. */
int challenge_game_undo(challenge_game *g, char *err, size_t errlen);

/* Plays the moves in text ("1,2,2,3": goroutine ids, as --moves takes).
 * Returns 0, or -1 with err naming the first bad move (the moves before it
 * stay made). */
int challenge_game_play(challenge_game *g, const char *moves, char *err, size_t errlen);

/* The goroutine with that id, or NULL. */
const challenge_g *challenge_game_g(const challenge_game *g, int id);

/* The moves as text, "1,2,2,3" ("" for none). Returns a new string (free
 * it), or NULL when out of memory. */
char *challenge_game_moves_text(const challenge_game *g);

/* Frees the game's strings and moves; the struct may be started again. */
void challenge_game_free(challenge_game *g);

/* The moves ("1,2,2,3") that replay a runtime schedule string of pz (as
 * the explorer prints it). Returns a new string, or NULL when out of
 * memory or when the schedule does not fit the program. */
char *challenge_moves_of_schedule(const challenge_puzzle *pz, const char *schedule);

#endif
