/* read_cmd.c: `conclab read SECTION`: a section as plain text, in the
 * document's order, with its accuracy notes, demos and questions after it. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/plain_text.h"

static void print_section(const content *c, const content_section *s, int number, int width)
{
    char title[512];
    snprintf(title, sizeof title, "%d. %s", number, s->title);
    plain_heading(title, '=');
    if (s->heading)
        printf("%s\n\n", s->heading);
    plain_paragraphs(s->intro, s->intro_count, width);
    for (size_t i = 0; i < s->list_count; i++) {
        const content_list *l = &s->lists[i];
        plain_heading(l->title, '-');
        for (size_t j = 0; j < l->item_count; j++) {
            char marker[16];
            snprintf(marker, sizeof marker, l->numbered ? "%zu. " : "- ", j + 1);
            plain_point(&l->items[j], marker, 0, width);
            if (l->numbered)
                putchar('\n');
        }
        if (!l->numbered)
            putchar('\n');
    }
    if (s->example.code) {
        plain_heading(s->example.title, '-');
        plain_paragraphs(s->example.lead, s->example.lead_count, width);
        plain_code(s->example.code);
        putchar('\n');
        plain_paragraphs(s->example.explanation, s->example.explanation_count, width);
    }
    if (s->conclusion_count) {
        plain_heading(s->conclusion_title, '-');
        plain_paragraphs(s->conclusion, s->conclusion_count, width);
    }
    plain_notes(s->notes, s->note_count, width);
    for (size_t i = 0; i < c->demo_count; i++)
        if (strcmp(c->demos[i].section, s->id) == 0)
            printf("Demo: conclab demo %s  (%s)\n", c->demos[i].name, c->demos[i].summary);
    int any = 0;
    for (size_t i = 0; i < c->question_count; i++)
        for (size_t j = 0; j < c->questions[i].section_count; j++)
            if (strcmp(c->questions[i].sections[j], s->id) == 0) {
                printf("%s%d", any ? ", " : "Questions: ", c->questions[i].number);
                any = 1;
            }
    if (any)
        printf("  (conclab quiz)\n");
}

int cli_read(cli_ctx *ctx)
{
    if (ctx->argc != 2) {
        cli_error("usage: conclab read SECTION (a number 1-%zu or an id; see `conclab "
                  "sections`)",
                  ctx->content->section_count);
        return EXIT_USAGE;
    }
    const content_section *s = content_find_section(ctx->content, ctx->argv[1]);
    if (!s) {
        cli_error("no section '%s' (see `conclab sections`)", ctx->argv[1]);
        return EXIT_USAGE;
    }
    print_section(ctx->content, s, (int)(s - ctx->content->sections) + 1, plain_width());
    return EXIT_OK;
}
