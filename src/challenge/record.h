/* record.h: the challenges in the learner's progress: saving an attempt
 * (a game won or given up, a prediction answered) and summing them up for
 * `conclab stats` as text and as JSON. */
#ifndef CONCLAB_CHALLENGE_RECORD_H
#define CONCLAB_CHALLENGE_RECORD_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <cjson/cJSON.h>

#include "store/store_challenge.h"

/* Saves attempt c of user in the database at db_path (created when
 * absent), time now if c->time is 0. Returns 0, or -1 with one line in err
 * (the database cannot be used; it is left as it was). Blocks up to the
 * store's busy timeout. */
int record_attempt(const char *db_path, const char *user, const store_challenge *c, char *err,
                   size_t errlen);

/* The same on a store already open (the TUI's: a second connection to the
 * same file in one process would break SQLite's locks). */
int record_attempt_in(store *st, const char *user, const store_challenge *c, char *err,
                      size_t errlen);

/* Prints learner's challenges, one line per puzzle and kind ("data-race
 * scheduler: won 1 of 2, best 1 preemption (fewest 1)"), after a heading;
 * nothing when there are none. Returns STORE_OK or STORE_ERROR. */
int record_print_text(FILE *f, store *st, int64_t learner);

/* Adds "challenges": [{"kind", "puzzle", "won", "moves", "preemptions",
 * "fewest", "time"}] (every attempt, in time order) to root. Returns
 * STORE_OK or STORE_ERROR. */
int record_add_json(cJSON *root, store *st, int64_t learner);

#endif
