/* demo_cmd.c: `conclab demo list` and `conclab demo NAME [options]`: runs a
 * demonstration on the runtime and prints its output, part by part, with the
 * runtime's trace when asked; the exit code says whether it showed its
 * concept. With CONCLAB_DEMO_QUICK set in the environment, the measuring
 * parts make a token run instead of measuring (the tests use it). */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "demos/demos.h"

static const char demo_usage[] =
    "usage: conclab demo list | conclab demo NAME [--seed N] [--trace] [--part K]";

/* Options the command line names but the runtime does not offer yet. */
static const char *const later_options[] = {"--race", "--explore", "--json", "--schedule",
                                            "--pct", NULL};

static int demo_list(const content *c)
{
    for (size_t i = 0; i < demos_count; i++) {
        const demo *d = demos_table[i];
        const content_demo *words = c ? content_find_demo(c, d->name) : NULL;
        printf("%-28s %-28s %s\n", d->name, d->section,
               words ? words->summary : "(no summary in demos.json)");
    }
    return EXIT_OK;
}

/* Parses a whole unsigned decimal number; 0 on success. */
static int parse_u64(const char *s, uint64_t *out)
{
    if (!s || *s < '0' || *s > '9')
        return -1;
    errno = 0;
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end)
        return -1;
    *out = v;
    return 0;
}

/* Takes the value of "--opt N" or "--opt=N" at argv[*i]; 1 when argv[*i] is
 * the option (with *bad set when its value is missing or not a number). */
static int take_number(cli_ctx *ctx, int *i, const char *opt, uint64_t *value, int *bad)
{
    const char *arg = ctx->argv[*i];
    size_t len = strlen(opt);
    if (strncmp(arg, opt, len) != 0 || (arg[len] != '\0' && arg[len] != '='))
        return 0;
    const char *text = arg[len] == '=' ? arg + len + 1
                       : *i + 1 < ctx->argc ? ctx->argv[++*i]
                                            : NULL;
    if (parse_u64(text, value) != 0) {
        cli_error("%s needs a whole number, not '%s'", opt, text ? text : "");
        *bad = 1;
    }
    return 1;
}

static void print_part(const demos_result *r, size_t k, int trace)
{
    const demos_part_result *p = &r->parts[k];
    if (r->demo->part_count > 1)
        printf("== part %zu of %zu: %s\n", k + 1, r->demo->part_count, p->part->title);
    fputs(p->output, stdout);
    if (p->output[0] && p->output[strlen(p->output) - 1] != '\n')
        putchar('\n');
    if (trace && p->trace) {
        printf("-- trace of part %zu --\n", k + 1);
        fputs(p->trace, stdout);
    }
    if (p->failure)
        printf("!! this part did not show its concept: %s\n", p->failure);
    else if (!p->showed)
        printf("!! this part did not show its concept: it ended in %s\n", p->verdict_text);
}

int cli_demo(cli_ctx *ctx)
{
    if (ctx->argc < 2) {
        cli_error("%s", demo_usage);
        return EXIT_USAGE;
    }
    const char *name = ctx->argv[1];
    if (strcmp(name, "list") == 0) {
        if (ctx->argc > 2) {
            cli_error("usage: conclab demo list");
            return EXIT_USAGE;
        }
        return demo_list(ctx->content);
    }
    const demo *d = demos_find(name);
    if (!d) {
        cli_error("no demo '%s' (conclab demo list names them)", name);
        return EXIT_USAGE;
    }

    const char *quick = getenv("CONCLAB_DEMO_QUICK");
    demos_options o = {.seed = 1, .trace = 0, .measure = !(quick && *quick), .only_part = 0};
    for (int i = 2; i < ctx->argc; i++) {
        const char *arg = ctx->argv[i];
        uint64_t v;
        int bad = 0;
        if (strcmp(arg, "--trace") == 0) {
            o.trace = 1;
        } else if (take_number(ctx, &i, "--seed", &o.seed, &bad)) {
            if (bad)
                return EXIT_USAGE;
        } else if (take_number(ctx, &i, "--part", &v, &bad)) {
            if (bad)
                return EXIT_USAGE;
            if (v < 1 || v > d->part_count) {
                cli_error("--part: demo '%s' has parts 1 to %zu", d->name, d->part_count);
                return EXIT_USAGE;
            }
            o.only_part = (int)v;
        } else {
            for (const char *const *later = later_options; *later; later++) {
                size_t len = strlen(*later);
                if (strncmp(arg, *later, len) == 0 && (arg[len] == '\0' || arg[len] == '=')) {
                    cli_error("%s is not available yet", *later);
                    return EXIT_USAGE;
                }
            }
            cli_error("unknown option '%s' for demo (%s)", arg, demo_usage);
            return EXIT_USAGE;
        }
    }

    demos_result r;
    if (demos_run(d, &o, &r) != 0) {
        demos_result_free(&r);
        cli_error("out of memory running demo '%s'", d->name);
        return EXIT_DEMO_FAILED;
    }
    for (size_t k = 0; k < r.part_count; k++)
        print_part(&r, k, o.trace);
    int status = r.showed ? EXIT_OK : EXIT_DEMO_FAILED;
    demos_result_free(&r);
    return status;
}
