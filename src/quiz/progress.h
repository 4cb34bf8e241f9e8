/* progress.h: how a learner stands, computed from the store for `stats`,
 * `report` and the TUI's stats screen: per question its reviews, lapses,
 * memory state and recall probability now; per section reading progress
 * and how well its questions are known; a 7-day forecast; the streak. */
#ifndef CONCLAB_PROGRESS_H
#define CONCLAB_PROGRESS_H

#include <stddef.h>
#include <stdint.h>

#include <cjson/cJSON.h>

#include "content/content.h"
#include "quiz/fsrs.h"
#include "store/store.h"

/* The file `conclab export` writes and `conclab import` reads: a JSON
 * object {"format": PROGRESS_FILE_FORMAT, "version": PROGRESS_FILE_VERSION,
 * "learner", "exported", "cards", "reviews", "reading", "demo_runs",
 * "challenges", "bugs"}. Version 2 added "challenges" (required from 2
 * on), version 3 "bugs", the bug gallery's steps (required from 3 on); an
 * older file, which lacks them or may have them, still imports. */
#define PROGRESS_FILE_FORMAT "conclab-progress"
#define PROGRESS_FILE_VERSION 3
/* The first version whose files must list the challenge attempts. */
#define PROGRESS_FILE_CHALLENGES_VERSION 2
/* The first version whose files must list the bug gallery's steps. */
#define PROGRESS_FILE_BUGS_VERSION 3

/* Days in the due forecast. */
#define PROGRESS_FORECAST_DAYS 7

/* One question of one learner. */
typedef struct progress_question {
    const content_question *question; /* from the content (borrowed) */
    int studied;                      /* 1: reviewed at least once */
    fsrs_card card;                   /* its card (new when not studied) */
    int reviews;                      /* grades in the log */
    double recall;                    /* retrievability now, 0..1 (0: not studied) */
} progress_question;

/* One section of one learner. */
typedef struct progress_section {
    const content_section *section;   /* from the content (borrowed) */
    double read;                      /* fraction read, 0..1 */
    int position;                     /* last reading position */
    int questions;                    /* questions about the section (their "section") */
    int studied;                      /* of which studied */
    double known;                     /* mean recall over them, an unstudied
                                         one counting 0 (as progress.known) */
} progress_section;

/* Everything about one learner at one time. */
typedef struct progress {
    int64_t now;                      /* the time it was computed for */
    progress_question *questions;     /* one per content question */
    size_t question_count;
    progress_section *sections;       /* one per content section */
    size_t section_count;
    int forecast[PROGRESS_FORECAST_DAYS]; /* cards due each local day from
                                             today (today includes overdue) */
    int64_t forecast_day[PROGRESS_FORECAST_DAYS]; /* start of each of those days */
    int streak;                       /* days in a row with reviews, up to today
                                         (or yesterday, when none yet today) */
    int reviews;                      /* grades in the log */
    int reviews_today;                /* of which today */
    int64_t last_review;              /* time of the last one, 0: never */
    double recall;                    /* mean recall now over the studied
                                         questions (0: none studied) */
    double known;                     /* mean recall over all questions, an
                                         unstudied one counting 0: equal to
                                         studied / question_count * recall, and
                                         to the sections' known weighed by
                                         their questions */
    int studied;                      /* questions studied */
    int lapses;                       /* lapses over all cards */
} progress;

/* Computes learner's progress over the content at time now into *out
 * (free with progress_free). Returns STORE_OK, or STORE_ERROR with the
 * store's message (or "out of memory") in err. */
int progress_load(store *st, const content *c, int64_t learner, int64_t now, progress *out,
                  char *err, size_t errlen);

/* Frees what progress_load allocated; the struct itself is the caller's. */
void progress_free(progress *p);

/* What the progress commands do first: reads the clock (CONCLAB_NOW or the
 * system's) into *now and opens the database at db_path into *st. Returns
 * 0; or 1 (usage: CONCLAB_NOW is not an ISO time) or 3 (the database cannot
 * be used), the exit codes of the command-line contract, with a one-line
 * message in err and *st NULL. */
int progress_open(const char *db_path, store **st, int64_t *now, char *err, size_t errlen);

/* Prints root as indented JSON on stdout and deletes it. Returns 0, or -1
 * when out of memory (nothing printed). */
int progress_print_json(cJSON *root);

#endif
