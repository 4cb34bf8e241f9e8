/* store_bug.h: the bug gallery in the progress database: a row per step
 * the learner took with a bug (migration 3): read its entry, ran its test,
 * explored its schedules, checked its fix, looked at the answer. */
#ifndef CONCLAB_STORE_BUG_H
#define CONCLAB_STORE_BUG_H

#include <stdint.h>

#include "store/store.h"

/* One step. Strings are borrowed: the caller's when adding, the store's
 * (valid during the callback) when iterating. */
typedef struct store_bug_step {
    const char *bug;     /* the bug's id */
    const char *step;    /* "read", "run", "explore", "fix" or "answer" */
    const char *outcome; /* run, explore, fix: "failed", "passed" or
                            "stopped"; read and answer: "" */
    int64_t time;        /* Unix seconds */
} store_bug_step;

/* Adds step b of learner unless the very same step (bug, step, outcome,
 * time) is there: saving and `conclab import` alike, so importing a file
 * twice changes nothing. Returns STORE_OK (added), STORE_NONE (already
 * there) or STORE_ERROR (a step or outcome the schema does not know is
 * refused; nothing written). */
int store_bug_add(store *s, int64_t learner, const store_bug_step *b);

/* Calls fn for each step of learner in time order; stops early when fn
 * returns non-zero. Returns STORE_OK or STORE_ERROR. */
int store_bug_each(store *s, int64_t learner, int (*fn)(void *ud, const store_bug_step *b),
                   void *ud);

#endif
