/* store.h: conclab's progress database (SQLite): learners, their cards (the
 * FSRS memory state and due time of each question), the review log, reading
 * progress per section and demo runs. Every function reports failure with a
 * status and a one-line message; none of them knows about the screen.
 *
 * Writes run in BEGIN IMMEDIATE transactions and are committed (durable)
 * when the function returns STORE_OK. The database runs in WAL mode with a
 * busy timeout, so several conclab processes may share one file. */
#ifndef CONCLAB_STORE_H
#define CONCLAB_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "quiz/fsrs.h" /* fsrs_card: the plain struct a card row holds */

/* Status codes. */
enum {
    STORE_OK = 0,     /* done */
    STORE_NONE = 1,   /* no such row (nothing was changed) */
    STORE_ERROR = -1  /* failed: store_error() says why; nothing was changed */
};

/* An open database. Opaque. */
typedef struct store store;

/* Opens (creating it and its missing folders when absent) the database at
 * path, checks it is a healthy conclab database before writing anything,
 * switches it to WAL and applies pending migrations, each in its own
 * transaction. Returns STORE_OK and *out (close it with store_close), or
 * STORE_ERROR with one line "PATH: what is wrong" in err; a file that is not
 * a database, is corrupt or truncated, is read-only or sits in a folder that
 * cannot be written is left exactly as it was, with no -wal, -shm or
 * -journal file created beside it. Blocks up to the busy timeout. */
int store_open(const char *path, store **out, char *err, size_t errlen);

/* Closes the database; NULL is accepted. */
void store_close(store *s);

/* The last failure as "PATH: what is wrong"; valid until the next call. */
const char *store_error(const store *s);

/* The schema version this build writes (PRAGMA user_version). */
int store_schema_version(void);

/* The SQL of migration version (1 .. store_schema_version()), or NULL. The
 * migrations are the one source of the schema; data/schema.sql is their
 * concatenation, which a test checks byte for byte. */
const char *store_schema_migration(int version);

/* ---- transactions (for merging many rows at once, as import does) ------ */

/* Begins a BEGIN IMMEDIATE transaction; the write functions below then join
 * it instead of committing on their own. Nests by counting. */
int store_begin(store *s);

/* Ends the innermost store_begin: commits at the outermost level, unless
 * rollback is set or a write inside failed, in which case everything since
 * the outermost store_begin is undone and STORE_ERROR returned. */
int store_end(store *s, int rollback);

/* ---- learners ----------------------------------------------------------- */

/* Finds the learner called name; when create is set, adds them if absent.
 * Returns STORE_OK with *id, STORE_NONE (not found, create unset), or
 * STORE_ERROR. */
int store_learner(store *s, const char *name, int create, int64_t now, int64_t *id);

/* Calls fn for each learner in name order; stops early when fn returns
 * non-zero. Strings are valid only during the call. */
int store_learner_each(store *s, int (*fn)(void *ud, int64_t id, const char *name), void *ud);

/* ---- cards and the review log ------------------------------------------- */

/* Reads the card of learner on question into *out. Returns STORE_OK,
 * STORE_NONE (never reviewed: *out is a new card) or STORE_ERROR. */
int store_card_get(store *s, int64_t learner, const char *question, fsrs_card *out);

/* Calls fn for each card of learner (0: of every learner), by learner then
 * question; stops when fn returns non-zero. */
int store_card_each(store *s, int64_t learner,
                    int (*fn)(void *ud, int64_t learner, const char *question,
                              const fsrs_card *card),
                    void *ud);

/* Stores the card unless the stored one has a later or equal last_review
 * (so merging the same data twice changes nothing). */
int store_card_merge(store *s, int64_t learner, const char *question, const fsrs_card *card);

/* One line of the review log. Strings are borrowed: the caller's when adding,
 * the store's (valid during the callback) when iterating. */
typedef struct store_review {
    int64_t id;          /* row id, set by store_review_add */
    const char *question;/* question id */
    int64_t time;        /* Unix seconds of the review */
    int grade;           /* 1 Again .. 4 Easy */
    const char *answer;  /* what the learner typed ("" if nothing) */
    int64_t took_ms;     /* time from question to grade */
    const char *feedback;/* the feedback shown, one line */
    int has_before;      /* 1: before holds the card as it was (undo works) */
    fsrs_card before;    /* the card before this review */
} store_review;

/* Appends r to the log and stores after as the question's card, both in one
 * transaction. Sets r->id. When r->has_before, the stored card must still be
 * r->before (same reps and last review), else another session graded it
 * meanwhile and STORE_NONE is returned with nothing written. Returns
 * STORE_OK, STORE_NONE or STORE_ERROR (nothing written). */
int store_review_add(store *s, int64_t learner, store_review *r, const fsrs_card *after);

/* Undoes review id of learner: puts its card back as it was before and
 * deletes the log line, in one transaction. Returns STORE_OK, STORE_NONE (no
 * such review, or one without a before state) or STORE_ERROR. */
int store_review_undo(store *s, int64_t learner, int64_t id);

/* Adds r unless the log already has learner's review of that question at
 * that time. */
int store_review_merge(store *s, int64_t learner, const store_review *r);

/* Calls fn for each review of learner (0: everyone) in time order. */
int store_review_each(store *s, int64_t learner,
                      int (*fn)(void *ud, int64_t learner, const store_review *r), void *ud);

/* Counts the questions whose first review by learner is at or after since. */
int store_review_new_since(store *s, int64_t learner, int64_t since, int *count);

/* ---- reading progress and demo runs -------------------------------------- */

/* How far learner has read section: fraction 0..1 and the last position (a
 * line or paragraph index the reader chooses). STORE_NONE: never opened. */
int store_reading_get(store *s, int64_t learner, const char *section, double *fraction,
                      int *position);

/* Records reading progress (fraction is clamped to 0..1) at time now. */
int store_reading_set(store *s, int64_t learner, const char *section, double fraction,
                      int position, int64_t now);

/* Records reading progress unless a later or equal update is stored. */
int store_reading_merge(store *s, int64_t learner, const char *section, double fraction,
                        int position, int64_t updated);

/* Calls fn for each section learner has read. */
int store_reading_each(store *s, int64_t learner,
                       int (*fn)(void *ud, const char *section, double fraction, int position,
                                 int64_t updated),
                       void *ud);

/* One demo run: which demo, the seed it ran with, its verdict. */
typedef struct store_demo_run {
    const char *demo;    /* demo name */
    uint64_t seed;       /* the seed of the run */
    const char *verdict; /* "ok", "panic", "deadlock", "race" ... */
    int64_t time;        /* Unix seconds */
} store_demo_run;

/* Records a demo run (merging: the same run twice is stored once). */
int store_demo_run_add(store *s, int64_t learner, const store_demo_run *run);

/* Calls fn for each demo run of learner in time order. */
int store_demo_run_each(store *s, int64_t learner,
                        int (*fn)(void *ud, const store_demo_run *run), void *ud);

#endif
