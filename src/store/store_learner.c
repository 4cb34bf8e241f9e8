/* store_learner.c: learners, and what they do besides the quiz: reading
 * progress per section and demo runs. */
#include "store/store_int.h"

int store_learner(store *s, const char *name, int create, int64_t now, int64_t *id)
{
    if (!name || !*name)
        return store_fail(s, "a learner needs a name");
    int began = 0;
    if (create) {
        if (store_begin(s) != STORE_OK)
            return STORE_ERROR;
        began = 1;
    }
    int rc = STORE_ERROR;
    sqlite3_stmt *st = store_prepare(s, "SELECT id FROM learner WHERE name = ?1");
    if (st) {
        store_bind_text(st, 1, name);
        int step = sqlite3_step(st);
        if (step == SQLITE_ROW)
            *id = sqlite3_column_int64(st, 0);
        rc = store_finish_read(s, st, step, "finding the learner");
        if (rc == STORE_OK && step != SQLITE_ROW)
            rc = STORE_NONE;
    }
    if (rc == STORE_NONE && create) {
        st = store_prepare(s, "INSERT INTO learner (name, created) VALUES (?1, ?2)");
        rc = STORE_ERROR;
        if (st) {
            store_bind_text(st, 1, name);
            sqlite3_bind_int64(st, 2, now);
            rc = store_exec_stmt(s, st, "adding the learner");
            if (rc == STORE_OK)
                *id = sqlite3_last_insert_rowid(s->db);
        }
    }
    return began ? store_end_write(s, rc) : rc;
}

int store_learner_each(store *s, int (*fn)(void *ud, int64_t id, const char *name), void *ud)
{
    sqlite3_stmt *st = store_prepare(s, "SELECT id, name FROM learner ORDER BY name");
    if (!st)
        return STORE_ERROR;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *name = (const char *)sqlite3_column_text(st, 1);
        if (!name) {
            sqlite3_finalize(st);
            return store_fail(s, "reading the learners: out of memory");
        }
        if (fn(ud, sqlite3_column_int64(st, 0), name))
            break;
    }
    return store_finish_read(s, st, rc, "reading the learners");
}

int store_reading_get(store *s, int64_t learner, const char *section, double *fraction,
                      int *position)
{
    sqlite3_stmt *st = store_prepare(
        s, "SELECT fraction, position FROM reading WHERE learner = ?1 AND section = ?2");
    *fraction = 0;
    *position = 0;
    if (!st)
        return STORE_ERROR;
    sqlite3_bind_int64(st, 1, learner);
    store_bind_text(st, 2, section);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *fraction = sqlite3_column_double(st, 0);
        *position = sqlite3_column_int(st, 1);
    }
    if (store_finish_read(s, st, rc, "reading the reading progress") != STORE_OK)
        return STORE_ERROR;
    return rc == SQLITE_ROW ? STORE_OK : STORE_NONE;
}

/* Upserts the reading row; only_newer keeps a stored row updated later. */
static int put_reading(store *s, int64_t learner, const char *section, double fraction,
                       int position, int64_t updated, int only_newer)
{
    fraction = fraction < 0 ? 0 : fraction > 1 ? 1 : fraction;
    if (store_begin(s) != STORE_OK)
        return STORE_ERROR;
    sqlite3_stmt *st = store_prepare(
        s, "INSERT INTO reading (learner, section, fraction, position, updated)"
           " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (learner, section) DO UPDATE SET"
           " fraction = excluded.fraction, position = excluded.position,"
           " updated = excluded.updated WHERE ?6 = 0 OR excluded.updated > reading.updated");
    int rc = STORE_ERROR;
    if (st) {
        sqlite3_bind_int64(st, 1, learner);
        store_bind_text(st, 2, section);
        sqlite3_bind_double(st, 3, fraction);
        sqlite3_bind_int(st, 4, position);
        sqlite3_bind_int64(st, 5, updated);
        sqlite3_bind_int(st, 6, only_newer);
        rc = store_exec_stmt(s, st, "saving the reading progress");
        if (rc == STORE_OK && sqlite3_changes(s->db) == 0)
            rc = STORE_NONE;
    }
    return store_end_write(s, rc);
}

int store_reading_set(store *s, int64_t learner, const char *section, double fraction,
                      int position, int64_t now)
{
    int rc = put_reading(s, learner, section, fraction, position, now, 0);
    return rc == STORE_NONE ? STORE_OK : rc;
}

int store_reading_merge(store *s, int64_t learner, const char *section, double fraction,
                        int position, int64_t updated)
{
    return put_reading(s, learner, section, fraction, position, updated, 1);
}

int store_reading_each(store *s, int64_t learner,
                       int (*fn)(void *ud, const char *section, double fraction, int position,
                                 int64_t updated),
                       void *ud)
{
    sqlite3_stmt *st = store_prepare(s, "SELECT section, fraction, position, updated FROM reading"
                                        " WHERE learner = ?1 ORDER BY section");
    if (!st)
        return STORE_ERROR;
    sqlite3_bind_int64(st, 1, learner);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *section = (const char *)sqlite3_column_text(st, 0);
        if (!section) {
            sqlite3_finalize(st);
            return store_fail(s, "reading the reading progress: out of memory");
        }
        if (fn(ud, section, sqlite3_column_double(st, 1), sqlite3_column_int(st, 2),
               sqlite3_column_int64(st, 3)))
            break;
    }
    return store_finish_read(s, st, rc, "reading the reading progress");
}

int store_demo_run_add(store *s, int64_t learner, const store_demo_run *run)
{
    if (store_begin(s) != STORE_OK)
        return STORE_ERROR;
    sqlite3_stmt *st = store_prepare(s, "INSERT OR IGNORE INTO demo_run (learner, demo, seed,"
                                        " verdict, time) VALUES (?1, ?2, ?3, ?4, ?5)");
    int rc = STORE_ERROR;
    if (st) {
        sqlite3_bind_int64(st, 1, learner);
        store_bind_text(st, 2, run->demo);
        sqlite3_bind_int64(st, 3, (int64_t)run->seed);
        store_bind_text(st, 4, run->verdict);
        sqlite3_bind_int64(st, 5, run->time);
        rc = store_exec_stmt(s, st, "saving the demo run");
        if (rc == STORE_OK && sqlite3_changes(s->db) == 0)
            rc = STORE_NONE;
    }
    return store_end_write(s, rc);
}

int store_demo_run_each(store *s, int64_t learner,
                        int (*fn)(void *ud, const store_demo_run *run), void *ud)
{
    sqlite3_stmt *st = store_prepare(s, "SELECT demo, seed, verdict, time FROM demo_run"
                                        " WHERE learner = ?1 ORDER BY time, id");
    if (!st)
        return STORE_ERROR;
    sqlite3_bind_int64(st, 1, learner);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        store_demo_run run = {
            .demo = (const char *)sqlite3_column_text(st, 0),
            .seed = (uint64_t)sqlite3_column_int64(st, 1),
            .verdict = (const char *)sqlite3_column_text(st, 2),
            .time = sqlite3_column_int64(st, 3),
        };
        if (!run.demo || !run.verdict) {
            sqlite3_finalize(st);
            return store_fail(s, "reading the demo runs: out of memory");
        }
        if (fn(ud, &run))
            break;
    }
    return store_finish_read(s, st, rc, "reading the demo runs");
}
