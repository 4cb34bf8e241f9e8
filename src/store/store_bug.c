/* store_bug.c: writes and reads the bug_step table, the learner's steps
 * through the bug gallery. */
#include "store/store_bug.h"

#include "store/store_int.h"

int store_bug_add(store *s, int64_t learner, const store_bug_step *b)
{
    if (store_begin(s) != STORE_OK)
        return STORE_ERROR;
    /* only a duplicate is skipped: OR IGNORE would skip a failed CHECK too */
    sqlite3_stmt *st = store_prepare(s, "INSERT INTO bug_step (learner, bug, step, outcome, time)"
                                        " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING");
    int rc = STORE_ERROR;
    if (st) {
        sqlite3_bind_int64(st, 1, learner);
        store_bind_text(st, 2, b->bug);
        store_bind_text(st, 3, b->step);
        store_bind_text(st, 4, b->outcome ? b->outcome : "");
        sqlite3_bind_int64(st, 5, b->time);
        rc = store_exec_stmt(s, st, "saving the bug gallery step");
        if (rc == STORE_OK && sqlite3_changes(s->db) == 0)
            rc = STORE_NONE;
    }
    return store_end_write(s, rc);
}

int store_bug_each(store *s, int64_t learner, int (*fn)(void *ud, const store_bug_step *b),
                   void *ud)
{
    sqlite3_stmt *st = store_prepare(s, "SELECT bug, step, outcome, time FROM bug_step"
                                        " WHERE learner = ?1 ORDER BY time, id");
    if (!st)
        return STORE_ERROR;
    sqlite3_bind_int64(st, 1, learner);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        store_bug_step b = {
            .bug = (const char *)sqlite3_column_text(st, 0),
            .step = (const char *)sqlite3_column_text(st, 1),
            .outcome = (const char *)sqlite3_column_text(st, 2),
            .time = sqlite3_column_int64(st, 3),
        };
        if (!b.bug || !b.step || !b.outcome) {
            sqlite3_finalize(st);
            return store_fail(s, "reading the bug gallery steps: out of memory");
        }
        if (fn(ud, &b))
            break;
    }
    return store_finish_read(s, st, rc, "reading the bug gallery steps");
}
