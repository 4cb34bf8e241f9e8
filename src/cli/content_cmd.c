/* content_cmd.c: `conclab sections` and `conclab questions`: the lists of
 * the study text, one line per entry, for scripts and screen readers. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/plain_text.h"

int cli_sections(cli_ctx *ctx)
{
    if (ctx->argc > 1) {
        cli_error("usage: conclab sections");
        return EXIT_USAGE;
    }
    const content *c = ctx->content;
    for (size_t i = 0; i < c->section_count; i++)
        printf("%2zu  %-28s %s\n", i + 1, c->sections[i].id, c->sections[i].title);
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
