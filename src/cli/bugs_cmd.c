/* bugs_cmd.c: `conclab bugs`: the bug gallery, kernels of real-world Go
 * concurrency bugs (content/bugs.json and content/bugs/ID/).
 *   conclab bugs [list] [--json]          every entry
 *   conclab bugs NAME [--json]            its story, its code and the question
 *   conclab bugs NAME --fix [--json]      the answer: the schedule that
 *                                         breaks it, how it shows, the fix
 *                                         (as a diff of the two files)
 *   conclab bugs NAME --run [--fixed] [TEST OPTIONS]
 *                                         conclab test on the buggy (or the
 *                                         fixed) file: -v, -run, --race,
 *                                         --explore, --budget, --seed, --schedule
 * NAME is an id or the entry's number. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "cli/cli.h"
#include "cli/line_diff.h"
#include "cli/plain_text.h"

static const char *const bugs_usage =
    "conclab bugs [list] [--json] | NAME [--fix] [--json] | NAME --run [--fixed] [-v] [-run RE] "
    "[--race] [--explore] [--budget D] [--seed N] [--schedule S]";

/* What each timing means, for the learner (content/SCHEMA.md). */
static const char *timing_text(const char *timing)
{
    if (strcmp(timing, "always") == 0)
        return "on every schedule: the program's own order (or its sleeps) makes it happen";
    if (strcmp(timing, "sched") == 0)
        return "by how the goroutines interleave, with no timer involved";
    return "by which of two events due at the same instant goes first (a timeout against "
           "work of the same length): real Go leaves it to jitter, conclab's explorer tries "
           "both orders";
}

static void kinds_text(const content_bug *b, char *out, size_t len)
{
    size_t n = 0;
    out[0] = '\0';
    for (size_t i = 0; i < b->kind_count && n < len; i++)
        n += (size_t)snprintf(out + n, len - n, "%s%s", i ? "," : "", b->kinds[i]);
}

static void print_numbered(const char *code)
{
    int line = 1;
    for (const char *p = code; *p; line++) {
        size_t len = strcspn(p, "\n");
        printf("%4d  %.*s\n", line, (int)len, p);
        p += len;
        if (*p == '\n')
            p++;
    }
}

/* The fields every JSON form of an entry has. */
static cJSON *entry_json(const content *c, const content_bug *b)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "number", (double)(b - c->bugs + 1));
    cJSON_AddStringToObject(o, "id", b->id);
    cJSON_AddStringToObject(o, "title", b->title);
    cJSON_AddStringToObject(o, "class", b->bug_class);
    cJSON_AddStringToObject(o, "modelled_on", b->modelled_on);
    cJSON_AddItemToObject(o, "kinds",
                          cJSON_CreateStringArray((const char *const *)b->kinds, (int)b->kind_count));
    return o;
}

/* Prints the document and frees it. */
static int print_json(cJSON *root)
{
    char *text = cJSON_Print(root);
    cJSON_Delete(root);
    if (!text) {
        cli_error("bugs: out of memory");
        return EXIT_USAGE;
    }
    puts(text);
    free(text);
    return EXIT_OK;
}

static int print_list(const content *c, int json)
{
    if (json) {
        cJSON *root = cJSON_CreateObject(), *arr = cJSON_AddArrayToObject(root, "bugs");
        cJSON_AddStringToObject(root, "question", c->bug_question ? c->bug_question : "");
        for (size_t i = 0; i < c->bug_count; i++)
            cJSON_AddItemToArray(arr, entry_json(c, &c->bugs[i]));
        return print_json(root);
    }
    if (c->bug_count == 0) {
        printf("The content in %s has no bug gallery (bugs.json).\n", c->dir);
        return EXIT_OK;
    }
    for (size_t i = 0; i < c->bug_count; i++) {
        char kinds[96];
        kinds_text(&c->bugs[i], kinds, sizeof kinds);
        printf("%2zu  %-30s %-18s %s\n", i + 1, c->bugs[i].id, kinds, c->bugs[i].title);
    }
    printf("\n%zu bugs. conclab bugs NAME: the story and the code; then: %s\n", c->bug_count,
           c->bug_question);
    return EXIT_OK;
}

static void add_answer_json(cJSON *o, const content_bug *b)
{
    cJSON_AddStringToObject(o, "schedule", b->schedule);
    cJSON_AddStringToObject(o, "shows_as", b->shows_as);
    cJSON_AddStringToObject(o, "timing", b->timing);
    cJSON_AddStringToObject(o, "fix", b->fix);
    cJSON_AddStringToObject(o, "fixed_file", b->fixed_path);
    cJSON_AddStringToObject(o, "fixed_code", b->fixed_code);
}

static int print_entry_json(const content *c, const content_bug *b, int answer)
{
    cJSON *o = entry_json(c, b);
    cJSON_AddStringToObject(o, "story", b->story);
    cJSON_AddStringToObject(o, "question", c->bug_question);
    cJSON_AddStringToObject(o, "file", b->bug_path);
    cJSON_AddStringToObject(o, "code", b->bug_code);
    if (answer)
        add_answer_json(o, b);
    return print_json(o);
}

static void print_title(const content *c, const content_bug *b)
{
    char title[512];
    snprintf(title, sizeof title, "Bug %d of %zu: %s", (int)(b - c->bugs + 1), c->bug_count,
             b->title);
    plain_heading(title, '=');
}

static int print_story(const content *c, const content_bug *b)
{
    int width = plain_width();
    print_title(c, b);
    plain_wrapped("Modelled on: ", b->modelled_on, 4, width);
    plain_wrapped("Class: ", b->bug_class, 4, width);
    putchar('\n');
    plain_wrapped("", b->story, 0, width);
    printf("\n%s:\n", b->bug_path);
    print_numbered(b->bug_code);
    printf("\n%s\n", c->bug_question);
    printf("  run it:       conclab bugs %s --run [--race]\n", b->id);
    printf("  search it:    conclab bugs %s --run --explore --race\n", b->id);
    printf("  the answer:   conclab bugs %s --fix\n", b->id);
    return EXIT_OK;
}

static int print_fix(const content *c, const content_bug *b)
{
    int width = plain_width();
    print_title(c, b);
    plain_wrapped("The schedule that breaks it: ", b->schedule, 4, width);
    putchar('\n');
    plain_wrapped("How it shows: ", b->shows_as, 4, width);
    putchar('\n');
    plain_wrapped("It is decided ", timing_text(b->timing), 4, width);
    putchar('\n');
    plain_wrapped("The fix: ", b->fix, 4, width);
    printf("\n--- %s\n+++ %s\n", b->bug_path, b->fixed_path);
    fflush(stdout);
    if (line_diff_print(stdout, b->bug_code, b->fixed_code, 3) < 0) {
        cli_error("bugs: out of memory comparing the two files");
        return EXIT_USAGE;
    }
    printf("\nCheck it: conclab bugs %s --run --fixed --explore --race\n", b->id);
    return EXIT_OK;
}

/* conclab bugs NAME --run ...: conclab test on the kernel's file, with
 * the test options given (argv holds them, the file is added). */
static int run_kernel(cli_ctx *ctx, const content_bug *b, int fixed, char **opts, int nopts)
{
    char resolved[PATH_MAX];
    const char *path = fixed ? b->fixed_path : b->bug_path;
    if (realpath(path, resolved)) /* the replay line names it plainly */
        path = resolved;
    char **argv = malloc(sizeof *argv * (size_t)(nopts + 3));
    if (!argv) {
        cli_error("bugs: out of memory");
        return EXIT_USAGE;
    }
    int argc = 0;
    static char test_word[] = "test";
    argv[argc++] = test_word;
    for (int i = 0; i < nopts; i++)
        argv[argc++] = opts[i];
    argv[argc++] = (char *)path;
    argv[argc] = NULL;
    cli_ctx sub = *ctx;
    sub.argc = argc;
    sub.argv = argv;
    int rc = cli_go_test(&sub);
    free(argv);
    return rc;
}

int cli_bugs(cli_ctx *ctx)
{
    const content *c = ctx->content;
    const char *name = NULL;
    int json = 0, fix = 0, run = 0, fixed = 0;
    char **opts = malloc(sizeof *opts * (size_t)(ctx->argc + 1));
    int nopts = 0, rc = EXIT_USAGE;
    if (!opts) {
        cli_error("bugs: out of memory");
        return EXIT_USAGE;
    }
    for (int i = 1; i < ctx->argc; i++) {
        const char *a = ctx->argv[i];
        if (strcmp(a, "--json") == 0)
            json = 1;
        else if (strcmp(a, "--fix") == 0)
            fix = 1;
        else if (strcmp(a, "--run") == 0)
            run = 1;
        else if (strcmp(a, "--fixed") == 0)
            fixed = 1;
        else if (strcmp(a, "-v") == 0 || strcmp(a, "--race") == 0 || strcmp(a, "--explore") == 0)
            opts[nopts++] = ctx->argv[i];
        else if (strcmp(a, "-run") == 0 || strcmp(a, "--budget") == 0 ||
                 strcmp(a, "--seed") == 0 || strcmp(a, "--schedule") == 0) {
            if (i + 1 >= ctx->argc) {
                cli_error("bugs: %s needs a value (%s)", a, bugs_usage);
                goto done;
            }
            opts[nopts++] = ctx->argv[i];
            opts[nopts++] = ctx->argv[++i];
        } else if (a[0] == '-') {
            cli_error("bugs: unknown option '%s' (%s)", a, bugs_usage);
            goto done;
        } else if (name) {
            cli_error("bugs: one entry at a time, not '%s' and '%s' (%s)", name, a, bugs_usage);
            goto done;
        } else
            name = a;
    }
    if (!name || strcmp(name, "list") == 0) {
        if (fix || run || fixed || nopts) {
            cli_error("bugs: --fix, --run and the test options need an entry (%s)", bugs_usage);
            goto done;
        }
        rc = print_list(c, json);
        goto done;
    }
    const content_bug *b = content_find_bug(c, name);
    if (!b) {
        if (c->bug_count)
            cli_error("bugs: no entry '%s': give an id or a number 1-%zu (see `conclab bugs`)",
                      name, c->bug_count);
        else
            cli_error("bugs: no entry '%s': the content in %s has no bugs.json", name, c->dir);
        goto done;
    }
    if (!run && (fixed || nopts)) {
        cli_error("bugs: --fixed and the test options go with --run (%s)", bugs_usage);
        goto done;
    }
    if (run && (fix || json)) {
        cli_error("bugs: --run prints what conclab test prints; --fix and --json go without it");
        goto done;
    }
    if (run)
        rc = run_kernel(ctx, b, fixed, opts, nopts);
    else if (json)
        rc = print_entry_json(c, b, fix);
    else
        rc = fix ? print_fix(c, b) : print_story(c, b);
done:
    free(opts);
    return rc;
}
