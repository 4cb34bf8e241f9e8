/* session.h: one sitting of the quiz, for the TUI and `conclab quiz`: which
 * card comes next (due cards first, most overdue first; then new ones in
 * document order, up to a number of new cards a day), feedback on the typed
 * answer, the grade recorded and committed at once, and undo. Views draw
 * what it returns and never see SQL. */
#ifndef CONCLAB_SESSION_H
#define CONCLAB_SESSION_H

#include <stdint.h>

#include "content/content.h"
#include "quiz/feedback.h"
#include "quiz/fsrs.h"
#include "store/store.h"

/* New cards introduced per day unless told otherwise. */
#define SESSION_NEW_PER_DAY 20

/* An open session. Opaque. */
typedef struct session session;

/* The card being asked. */
typedef struct session_card {
    const content_question *question; /* the question (owned by the content) */
    fsrs_card card;                   /* its state before this answer */
    int is_new;                       /* 1: never reviewed */
    int asked;                        /* cards graded so far in this session */
    int due_left;                     /* due cards waiting, this one included */
    int new_left;                     /* new cards still allowed today */
} session_card;

/* What a grade did. */
typedef struct session_result {
    int grade;          /* the grade given */
    fsrs_card card;     /* the card after it */
    int64_t wait;       /* seconds until it is due again */
    char when[48];      /* "in 10 minutes", "in 4 days" */
} session_result;

/* Starts a session for learner name (added to the store if new) over the
 * questions of c. limit caps the cards graded (0: no cap); new_per_day caps
 * new cards per local day. Returns the session (free with session_close) or
 * NULL, with the store's one-line error in err. */
session *session_open(store *st, const content *c, const char *learner, int limit,
                      int new_per_day, char *err, size_t errlen);

/* Limits the session to the questions about one section (their "section"; an id or
 * a 1-based number, as content_find_section takes): each is asked once,
 * due ones first (most overdue first), then new ones in document order
 * (the daily cap on new cards does not apply: the learner chose them),
 * then the rest early, soonest due first. Returns 0, or -1 with a one-line
 * message in err (no such section, a section without questions, out of
 * memory). */
int session_focus(session *s, const char *section_id, char *err, size_t errlen);

/* Frees the session; NULL is accepted. What was graded is already saved. */
void session_close(session *s);

/* Picks the next card into *out. Returns STORE_OK, STORE_NONE when the
 * session is over (limit reached or nothing due), or STORE_ERROR. A card
 * whose grade was just undone comes first. Reads the clock (when_clock). */
int session_next(session *s, session_card *out);

/* Feedback on the answer typed to the current card; remembers the answer
 * for the log. */
void session_answer(session *s, const char *typed, feedback *out);

/* Returned by session_grade when another session (the same learner in
 * another conclab) graded the card since it was shown: nothing is saved. */
#define SESSION_STALE 2

/* Grades the current card 1..4: schedules it with FSRS-6 and commits the
 * review and the card before returning. Returns STORE_OK and *out,
 * STORE_NONE (no current card or a bad grade: nothing saved),
 * SESSION_STALE or STORE_ERROR. */
int session_grade(session *s, int grade, session_result *out);

/* Undoes the last grade of this session (repeatable, back to its first):
 * the card is as it was and is asked next. Sets *question to it. Returns
 * STORE_OK, STORE_NONE (nothing to undo) or STORE_ERROR. */
int session_undo(session *s, const content_question **question);

/* When the next card of the learner is due after now (INT64_MAX: none).
 * Returns a store status. */
int session_next_due(session *s, int64_t *when);

/* The store's message after STORE_ERROR. */
const char *session_error(const session *s);

/* The learner's id in the store. */
int64_t session_learner(const session *s);

#endif
