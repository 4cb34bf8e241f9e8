/* content_cmd.c: `conclab sections` and `conclab questions`: the lists of
 * the study text, one line per entry (with the learner's reading progress
 * and how well the section's questions are known), for scripts and screen
 * readers. */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"
#include "cli/plain_text.h"
#include "quiz/progress.h"
#include "store/store.h"

/* Loads the learner's progress when the database exists (a listing never
 * creates one). Returns 0 with *loaded set when there was progress to load,
 * or an exit code with the error printed. */
static int load_progress(cli_ctx *ctx, progress *p, int *loaded)
{
    char err[1024];
    store *st = NULL;
    int64_t now, learner;
    struct stat sb;
    *loaded = 0;
    if (stat(ctx->db_path, &sb) != 0)
        return EXIT_OK;
    int status = progress_open(ctx->db_path, &st, &now, err, sizeof err);
    if (status != 0) {
        cli_error("%s", err);
        return status;
    }
    int found = store_learner(st, ctx->user, 0, now, &learner);
    if (found == STORE_OK) {
        if (progress_load(st, ctx->content, learner, now, p, err, sizeof err) != STORE_OK) {
            cli_error("%s", err);
            store_close(st);
            return EXIT_DATABASE;
        }
        *loaded = 1;
    } else if (found == STORE_ERROR) {
        cli_error("%s", store_error(st));
        store_close(st);
        return EXIT_DATABASE;
    }
    store_close(st);
    return EXIT_OK;
}

int cli_sections(cli_ctx *ctx)
{
    if (ctx->argc > 1) {
        cli_error("usage: conclab sections");
        return EXIT_USAGE;
    }
    progress p;
    int loaded;
    int status = load_progress(ctx, &p, &loaded);
    if (status != EXIT_OK)
        return status;
    const content *c = ctx->content;
    for (size_t i = 0; i < c->section_count; i++) {
        double read = loaded ? p.sections[i].read : 0, known = loaded ? p.sections[i].known : 0;
        printf("%2zu  %-28s %-30s read %3d%%  known %3d%%\n", i + 1, c->sections[i].id,
               c->sections[i].title, (int)(read * 100 + 0.5), (int)(known * 100 + 0.5));
    }
    if (loaded)
        progress_free(&p);
    return EXIT_OK;
}

int cli_questions(cli_ctx *ctx)
{
    int answers = 0;
    for (int i = 1; i < ctx->argc; i++) {
        if (strcmp(ctx->argv[i], "--answers") == 0) {
            answers = 1;
        } else {
            cli_error("usage: conclab questions [--answers]");
            return EXIT_USAGE;
        }
    }
    const content *c = ctx->content;
    int width = plain_width();
    for (size_t i = 0; i < c->question_count; i++) {
        const content_question *q = &c->questions[i];
        printf("%2d. %s\n", q->number, q->question);
        if (!answers)
            continue;
        for (size_t j = 0; j < q->answer_count; j++)
            plain_point(&q->answer[j], "- ", 4, width);
        plain_notes(q->notes, q->note_count, width);
        putchar('\n');
    }
    return EXIT_OK;
}
