/* store_challenge.c: writes and reads the challenge_attempt table: one row
 * per "you are the scheduler" game won or given up and per prediction
 * answered. */
#include "store/store_challenge.h"

#include "store/store_int.h"

/* Binds n, or NULL when n is negative. */
static void bind_count(sqlite3_stmt *st, int index, int n)
{
    if (n < 0)
        sqlite3_bind_null(st, index);
    else
        sqlite3_bind_int(st, index, n);
}

/* Inserts c with sql (a plain insert, or one that skips a row already
 * there); STORE_NONE when nothing was inserted. */
static int insert_attempt(store *s, int64_t learner, const store_challenge *c, const char *sql)
{
    if (store_begin(s) != STORE_OK)
        return STORE_ERROR;
    sqlite3_stmt *st = store_prepare(s, sql);
    int rc = STORE_ERROR;
    if (st) {
        sqlite3_bind_int64(st, 1, learner);
        store_bind_text(st, 2, c->kind);
        store_bind_text(st, 3, c->puzzle);
        sqlite3_bind_int(st, 4, c->won != 0);
        store_bind_text(st, 5, c->moves ? c->moves : "");
        bind_count(st, 6, c->preemptions);
        bind_count(st, 7, c->fewest);
        sqlite3_bind_int64(st, 8, c->time);
        rc = store_exec_stmt(s, st, "saving the challenge attempt");
        if (rc == STORE_OK && sqlite3_changes(s->db) == 0)
            rc = STORE_NONE;
    }
    return store_end_write(s, rc);
}

int store_challenge_add(store *s, int64_t learner, const store_challenge *c)
{
    return insert_attempt(s, learner, c,
                          "INSERT INTO challenge_attempt (learner, kind, puzzle, won, moves,"
                          " preemptions, fewest, time) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
}

int store_challenge_merge(store *s, int64_t learner, const store_challenge *c)
{
    return insert_attempt(s, learner, c,
                          "INSERT INTO challenge_attempt (learner, kind, puzzle, won, moves,"
                          " preemptions, fewest, time) SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8"
                          " WHERE NOT EXISTS (SELECT 1 FROM challenge_attempt WHERE learner = ?1"
                          " AND kind = ?2 AND puzzle = ?3 AND won = ?4 AND moves = ?5"
                          " AND time = ?8)");
}

/* A nullable count column: -1 for NULL. */
static int column_count(sqlite3_stmt *st, int col)
{
    return sqlite3_column_type(st, col) == SQLITE_NULL ? -1 : sqlite3_column_int(st, col);
}

int store_challenge_each(store *s, int64_t learner,
                         int (*fn)(void *ud, const store_challenge *c), void *ud)
{
    sqlite3_stmt *st = store_prepare(s, "SELECT kind, puzzle, won, moves, preemptions, fewest,"
                                        " time FROM challenge_attempt WHERE learner = ?1"
                                        " ORDER BY time, id");
    if (!st)
        return STORE_ERROR;
    sqlite3_bind_int64(st, 1, learner);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        store_challenge c = {
            .kind = (const char *)sqlite3_column_text(st, 0),
            .puzzle = (const char *)sqlite3_column_text(st, 1),
            .won = sqlite3_column_int(st, 2),
            .moves = (const char *)sqlite3_column_text(st, 3),
            .preemptions = column_count(st, 4),
            .fewest = column_count(st, 5),
            .time = sqlite3_column_int64(st, 6),
        };
        if (!c.kind || !c.puzzle || !c.moves) {
            sqlite3_finalize(st);
            return store_fail(s, "reading the challenge attempts: out of memory");
        }
        if (fn(ud, &c))
            break;
    }
    return store_finish_read(s, st, rc, "reading the challenge attempts");
}
