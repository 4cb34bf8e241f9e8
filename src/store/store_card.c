/* store_card.c: the quiz's persistence: each learner's card per question and
 * the review log, written together in one transaction so a grade is never
 * half recorded, and undone together too. */
#include <string.h>

#include "store/store_int.h"

#define CARD_COLUMNS "state, step, stability, difficulty, due, last_review, reps, lapses"

int store_card_get(store *s, int64_t learner, const char *question, fsrs_card *out)
{
    sqlite3_stmt *st = store_prepare(
        s, "SELECT " CARD_COLUMNS " FROM card WHERE learner = ?1 AND question = ?2");
    *out = fsrs_card_new();
    if (!st)
        return STORE_ERROR;
    sqlite3_bind_int64(st, 1, learner);
    store_bind_text(st, 2, question);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        store_column_card(st, 0, out);
    if (store_finish_read(s, st, rc, "reading a card") != STORE_OK)
        return STORE_ERROR;
    return rc == SQLITE_ROW ? STORE_OK : STORE_NONE;
}

int store_card_each(store *s, int64_t learner,
                    int (*fn)(void *ud, int64_t learner, const char *question,
                              const fsrs_card *card),
                    void *ud)
{
    sqlite3_stmt *st = store_prepare(s, "SELECT learner, question, " CARD_COLUMNS
                                        " FROM card WHERE ?1 = 0 OR learner = ?1"
                                        " ORDER BY learner, question");
    if (!st)
        return STORE_ERROR;
    sqlite3_bind_int64(st, 1, learner);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        fsrs_card c;
        const char *q = (const char *)sqlite3_column_text(st, 1);
        store_column_card(st, 2, &c);
        if (!q) {
            rc = SQLITE_NOMEM;
            break;
        }
        if (fn(ud, sqlite3_column_int64(st, 0), q, &c))
            break;
    }
    if (rc == SQLITE_NOMEM) {
        sqlite3_finalize(st);
        return store_fail(s, "reading the cards: out of memory");
    }
    return store_finish_read(s, st, rc, "reading the cards");
}

/* Writes the card row (insert or replace). */
static int put_card(store *s, int64_t learner, const char *question, const fsrs_card *c)
{
    sqlite3_stmt *st = store_prepare(s, "INSERT OR REPLACE INTO card (learner, question, " CARD_COLUMNS
                                        ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!st)
        return STORE_ERROR;
    sqlite3_bind_int64(st, 1, learner);
    store_bind_text(st, 2, question);
    store_bind_card(st, 3, c);
    return store_exec_stmt(s, st, "saving a card");
}

int store_card_merge(store *s, int64_t learner, const char *question, const fsrs_card *card)
{
    fsrs_card have;
    if (store_begin(s) != STORE_OK)
        return STORE_ERROR;
    int rc = store_card_get(s, learner, question, &have);
    if (rc == STORE_NONE || (rc == STORE_OK && have.last_review < card->last_review))
        rc = put_card(s, learner, question, card);
    else if (rc == STORE_OK)
        rc = STORE_NONE;
    return store_end_write(s, rc);
}

#define REVIEW_INSERT(verb)                                                                      \
    verb " INTO review (learner, question, time, grade, answer, took_ms, feedback, "            \
         "before_state, before_step, before_stability, before_difficulty, before_due, "        \
         "before_last_review, before_reps, before_lapses) "                                    \
         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"

/* Inserts r; or_ignore keeps an existing review of that question at that
 * time. Sets *id to the new row, 0 when none was added. */
static int insert_review(store *s, int64_t learner, const store_review *r, int or_ignore,
                         int64_t *id)
{
    sqlite3_stmt *st = store_prepare(s, or_ignore ? REVIEW_INSERT("INSERT OR IGNORE")
                                                  : REVIEW_INSERT("INSERT"));
    if (!st)
        return STORE_ERROR;
    sqlite3_bind_int64(st, 1, learner);
    store_bind_text(st, 2, r->question);
    sqlite3_bind_int64(st, 3, r->time);
    sqlite3_bind_int(st, 4, r->grade);
    store_bind_text(st, 5, r->answer);
    sqlite3_bind_int64(st, 6, r->took_ms);
    store_bind_text(st, 7, r->feedback);
    if (r->has_before)
        store_bind_card(st, 8, &r->before);
    if (store_exec_stmt(s, st, "saving the review") != STORE_OK)
        return STORE_ERROR;
    *id = sqlite3_changes(s->db) > 0 ? sqlite3_last_insert_rowid(s->db) : 0;
    return STORE_OK;
}

/* STORE_OK when the stored card is still the one the review started from
 * (same reps and last review; absent counts as new), else STORE_NONE. */
static int still_before(store *s, int64_t learner, const store_review *r)
{
    fsrs_card now;
    int rc = store_card_get(s, learner, r->question, &now);
    if (rc == STORE_ERROR || !r->has_before)
        return rc == STORE_ERROR ? STORE_ERROR : STORE_OK;
    return now.reps == r->before.reps && now.last_review == r->before.last_review ? STORE_OK
                                                                                 : STORE_NONE;
}

int store_review_add(store *s, int64_t learner, store_review *r, const fsrs_card *after)
{
    int64_t id = 0;
    if (r->grade < 1 || r->grade > 4)
        return store_fail(s, "saving the review: grade %d is not 1 to 4", r->grade);
    if (store_begin(s) != STORE_OK)
        return STORE_ERROR;
    int rc = still_before(s, learner, r);
    if (rc == STORE_OK)
        rc = insert_review(s, learner, r, 0, &id);
    if (rc == STORE_OK)
        rc = put_card(s, learner, r->question, after);
    rc = store_end_write(s, rc);
    if (rc == STORE_OK)
        r->id = id;
    return rc;
}

int store_review_merge(store *s, int64_t learner, const store_review *r)
{
    int64_t id = 0;
    if (store_begin(s) != STORE_OK)
        return STORE_ERROR;
    int rc = insert_review(s, learner, r, 1, &id);
    if (rc == STORE_OK && id == 0)
        rc = STORE_NONE;
    return store_end_write(s, rc);
}

#define BEFORE_COLUMNS                                                                          \
    "before_state, before_step, before_stability, before_difficulty, before_due, "             \
    "before_last_review, before_reps, before_lapses"

/* Restores the card of review id from its before columns, then deletes it. */
static int undo_in_tx(store *s, int64_t learner, int64_t id)
{
    sqlite3_stmt *st = store_prepare(s, "SELECT question, " BEFORE_COLUMNS
                                        " FROM review WHERE id = ?1 AND learner = ?2"
                                        " AND before_state IS NOT NULL");
    if (!st)
        return STORE_ERROR;
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int64(st, 2, learner);
    int rc = sqlite3_step(st);
    if (rc != SQLITE_ROW) {
        int status = store_finish_read(s, st, rc, "reading the review to undo");
        return status == STORE_OK ? STORE_NONE : status;
    }
    fsrs_card before;
    store_column_card(st, 1, &before);
    const char *q = (const char *)sqlite3_column_text(st, 0);
    int status = STORE_ERROR;
    if (!q) {
        store_fail(s, "undoing: out of memory");
    } else if (before.state == FSRS_NEW) {
        /* The first review: the card goes back to never reviewed. */
        sqlite3_stmt *del =
            store_prepare(s, "DELETE FROM card WHERE learner = ?1 AND question = ?2");
        if (del) {
            sqlite3_bind_int64(del, 1, learner);
            store_bind_text(del, 2, q);
            status = store_exec_stmt(s, del, "undoing");
        }
    } else {
        status = put_card(s, learner, q, &before);
    }
    sqlite3_finalize(st);
    if (status != STORE_OK)
        return status;
    sqlite3_stmt *del = store_prepare(s, "DELETE FROM review WHERE id = ?1");
    if (!del)
        return STORE_ERROR;
    sqlite3_bind_int64(del, 1, id);
    return store_exec_stmt(s, del, "undoing");
}

int store_review_undo(store *s, int64_t learner, int64_t id)
{
    if (store_begin(s) != STORE_OK)
        return STORE_ERROR;
    return store_end_write(s, undo_in_tx(s, learner, id));
}

int store_review_each(store *s, int64_t learner,
                      int (*fn)(void *ud, int64_t learner, const store_review *r), void *ud)
{
    sqlite3_stmt *st = store_prepare(s, "SELECT learner, id, question, time, grade, answer, "
                                        "took_ms, feedback, before_state IS NOT NULL, " BEFORE_COLUMNS
                                        " FROM review WHERE ?1 = 0 OR learner = ?1"
                                        " ORDER BY time, id");
    if (!st)
        return STORE_ERROR;
    sqlite3_bind_int64(st, 1, learner);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        store_review r;
        memset(&r, 0, sizeof r);
        r.id = sqlite3_column_int64(st, 1);
        r.question = (const char *)sqlite3_column_text(st, 2);
        r.time = sqlite3_column_int64(st, 3);
        r.grade = sqlite3_column_int(st, 4);
        r.answer = (const char *)sqlite3_column_text(st, 5);
        r.took_ms = sqlite3_column_int64(st, 6);
        r.feedback = (const char *)sqlite3_column_text(st, 7);
        r.has_before = sqlite3_column_int(st, 8);
        if (r.has_before)
            store_column_card(st, 9, &r.before);
        if (!r.question || !r.answer || !r.feedback) {
            sqlite3_finalize(st);
            return store_fail(s, "reading the reviews: out of memory");
        }
        if (fn(ud, sqlite3_column_int64(st, 0), &r))
            break;
    }
    return store_finish_read(s, st, rc, "reading the reviews");
}

int store_review_new_since(store *s, int64_t learner, int64_t since, int *count)
{
    sqlite3_stmt *st = store_prepare(s, "SELECT count(*) FROM (SELECT min(time) AS first FROM review"
                                        " WHERE learner = ?1 GROUP BY question) WHERE first >= ?2");
    if (!st)
        return STORE_ERROR;
    sqlite3_bind_int64(st, 1, learner);
    sqlite3_bind_int64(st, 2, since);
    int rc = sqlite3_step(st);
    *count = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
    return store_finish_read(s, st, rc, "counting new cards");
}
