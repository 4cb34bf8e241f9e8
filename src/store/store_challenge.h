/* store_challenge.h: the challenge attempts in the progress database:
 * "you are the scheduler" games and "which outputs can this program print?"
 * answers, one row per attempt (migration 2). */
#ifndef CONCLAB_STORE_CHALLENGE_H
#define CONCLAB_STORE_CHALLENGE_H

#include <stdint.h>

#include "store/store.h"

/* One attempt. Strings are borrowed: the caller's when adding, the store's
 * (valid during the callback) when iterating. */
typedef struct store_challenge {
    const char *kind;   /* "scheduler" or "predict" */
    const char *puzzle; /* the puzzle's name */
    int won;            /* 1: broke the program / answered exactly */
    const char *moves;  /* goroutines chosen "1,2,2", or choices ticked "1,3" */
    int preemptions;    /* preemptions used; -1 for none recorded (predict) */
    int fewest;         /* fewest preemptions that break it; -1: none can */
    int64_t time;       /* Unix seconds */
} store_challenge;

/* Appends attempt c of learner, committed when it returns STORE_OK.
 * Returns STORE_OK or STORE_ERROR (nothing written; a kind other than
 * "scheduler" or "predict" is refused by the schema). */
int store_challenge_add(store *s, int64_t learner, const store_challenge *c);

/* Adds attempt c of learner unless the same attempt (kind, puzzle, won,
 * moves and time) is already there: what `conclab import` does, so that
 * importing a file twice changes nothing. Returns STORE_OK (added),
 * STORE_NONE (already there) or STORE_ERROR. */
int store_challenge_merge(store *s, int64_t learner, const store_challenge *c);

/* Calls fn for each attempt of learner in time order; stops early when fn
 * returns non-zero. Returns STORE_OK or STORE_ERROR. */
int store_challenge_each(store *s, int64_t learner,
                         int (*fn)(void *ud, const store_challenge *c), void *ud);

#endif
