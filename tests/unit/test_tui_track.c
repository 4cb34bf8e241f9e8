/* test_tui_track.c: the TUI's view of progress over a real store in a
 * temporary folder: a new learner has nothing read and every card new;
 * reading is saved, never goes down, names where the learner left off, and
 * is there again after reopening; a bad database is refused with exit 3. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../tap.h"
#include "cli/cli.h"
#include "tui/track.h"

int main(void)
{
    char dir[] = "/tmp/conclab-track-XXXXXX", db[256], bad[256], fixture[4096], err[512];
    const char *src = getenv("CONCLAB_SRC");
    snprintf(fixture, sizeof fixture, "%s/tests/fixtures/mini", src ? src : ".");
    if (!mkdtemp(dir))
        return 1;
    snprintf(db, sizeof db, "%s/progress.db", dir);
    snprintf(bad, sizeof bad, "%s/notes.txt", dir);
    content *c = content_load(fixture, err, sizeof err);
    if (!ok(c != NULL, "the mini fixture loads"))
        return tap_done();
    cli_ctx ctx = {.db_path = db, .content_dir = fixture, .user = "ada", .content = c};
    int status = -1;
    track *t = track_open(&ctx, &status, err, sizeof err);
    ok(t != NULL && status == 0, "a new database opens (%s)", t ? "" : err);
    double f = -1;
    int pos = -1;
    is_int(track_reading(t, 0, &f, &pos), 0, "a new learner has not opened section 1");
    ok(f == 0 && pos == 0, "so nothing is read");
    is_int(track_last(t), -1, "and there is nowhere to resume");
    is_int(track_new(t), 2, "both questions are new");
    is_int(track_due(t), 0, "none is due");
    ok(track_known(t, 0) == 0, "nothing is known");
    is_int(track_read(t, 1, 0.5, 7), 0, "reading section 2 is saved");
    is_int(track_last(t), 1, "the learner left off in section 2");
    is_int(track_reading(t, 1, &f, &pos), 1, "section 2 was opened");
    ok(f == 0.5 && pos == 7, "half read, at block 7");
    is_int(track_read(t, 1, 0.25, 3), 0, "scrolling back is saved too");
    track_reading(t, 1, &f, &pos);
    ok(f == 0.5 && pos == 3, "the fraction never goes down, the position follows");
    is_int(track_read(t, 5, 0.5, 0), -1, "a section that does not exist is refused");
    ok(track_progress(t) && track_progress(t)->section_count == 2, "the whole progress is there");
    is_int(track_demo_run(t, "alpha-demo", 42, "ok"), 0, "a demo run is recorded");
    track_close(t);

    t = track_open(&ctx, &status, err, sizeof err);
    ok(t != NULL, "reopened");
    is_int(track_last(t), 1, "reopened: still left off in section 2");
    track_reading(t, 1, &f, &pos);
    ok(f == 0.5 && pos == 3, "reopened: the reading is kept");
    track_close(t);

    cli_ctx other = ctx;
    other.user = "grace";
    t = track_open(&other, &status, err, sizeof err);
    is_int(track_last(t), -1, "another learner in the same file starts afresh");
    track_close(t);

    FILE *fp = fopen(bad, "w");
    fputs("not a database, just notes\n", fp);
    fclose(fp);
    cli_ctx broken = ctx;
    broken.db_path = bad;
    t = track_open(&broken, &status, err, sizeof err);
    ok(t == NULL, "a text file is not opened as a database");
    is_int(status, EXIT_DATABASE, "exit code 3");
    ok(strstr(err, bad) != NULL, "the message names the file (%s)", err);
    track_close(NULL);

    content_free(c);
    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        diag("could not remove %s", dir);
    return tap_done();
}
