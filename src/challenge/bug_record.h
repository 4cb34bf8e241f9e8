/* bug_record.h: the bug gallery in the learner's progress: saving a step
 * (an entry read, a test run or explored and how it ended, a fix checked,
 * an answer looked at), what the learner has done with one bug, and the
 * summary `conclab stats` prints as text and as JSON. */
#ifndef CONCLAB_CHALLENGE_BUG_RECORD_H
#define CONCLAB_CHALLENGE_BUG_RECORD_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <cjson/cJSON.h>

#include "content/content.h"
#include "store/store_bug.h"

/* What a learner has done with a bug (bug_record_flags). */
enum {
    BUG_READ = 1,     /* read its entry */
    BUG_BROKEN = 2,   /* saw its test fail: a run or the explorer's schedule */
    BUG_FIXED = 4,    /* checked the fix: its test passed, explored or run */
    BUG_ANSWERED = 8  /* looked at the answer */
};

/* Saves step b of user on the open store st, time now if b->time is 0.
 * Returns 0, or -1 with one line in err (nothing written). */
int bug_record_in(store *st, const char *user, const store_bug_step *b, char *err,
                  size_t errlen);

/* The BUG_* flags of learner for each of the n bugs of c, into flags[n].
 * Returns STORE_OK or STORE_ERROR. */
int bug_record_flags(store *st, int64_t learner, const content *c, int *flags);

/* Prints learner's gallery after a heading ("Bug gallery: 2 of 49 broken,
 * ...", then a line per bug touched); nothing when there is no step.
 * Returns STORE_OK or STORE_ERROR. */
int bug_record_print_text(FILE *f, store *st, int64_t learner, const content *c);

/* Adds "bugs": [{"bug", "step", "outcome", "time"}] (every step, in time
 * order) to root: what export writes and stats --json shows. Returns
 * STORE_OK or STORE_ERROR. */
int bug_record_add_json(cJSON *root, store *st, int64_t learner);

#endif
