/* go_cmd.c: the commands that take a learner's Go file. `conclab check
 * FILE.go` compiles it as Go 1.19 does and prints Go's errors (exit 1)
 * or nothing (exit 0); `conclab run FILE.go` compiles it to bytecode and
 * runs it on conclab's runtime, with go run's output and exit codes. */
#include "cli/cli.h"

#include "golang/golang.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* Go source files larger than this are refused (Go has no such limit,
 * but no learner's file comes near it). */
#define GO_MAX_SOURCE ((size_t)64 << 20)

/* Reads and compiles argv's .go file; prints the errors. Returns the exit
 * code: 0 when it compiled, 1 for a usage or compile error. */
static int compile_file(cli_ctx *ctx, const char *cmd, int at, go_unit **out)
{
    *out = NULL;
    if (ctx->argc <= at) {
        cli_error("%s needs a Go file: conclab %s FILE.go", cmd, cmd);
        return EXIT_USAGE;
    }
    const char *path = ctx->argv[at];
    size_t n = strlen(path);
    if (n < 4 || strcmp(path + n - 3, ".go") != 0) {
        cli_error("%s: %s is not a .go file", cmd, path);
        return EXIT_USAGE;
    }
    size_t len;
    char *src = go_read_file(path, GO_MAX_SOURCE, &len);
    if (!src) {
        cli_error("%s: %s", path, strerror(errno));
        return EXIT_USAGE;
    }
    go_unit *u = go_compile(path, src, len);
    free(src);
    if (!u) {
        cli_error("%s: out of memory", path);
        return EXIT_USAGE;
    }
    *out = u;
    if (go_unit_errors(u)) {
        go_unit_print_errors(u, stderr);
        return EXIT_USAGE;
    }
    return EXIT_OK;
}

int cli_go_check(cli_ctx *ctx)
{
    if (ctx->argc > 2) {
        cli_error("check takes one Go file, not '%s'", ctx->argv[2]);
        return EXIT_USAGE;
    }
    go_unit *u;
    int status = compile_file(ctx, "check", 1, &u);
    go_unit_free(u);
    return status;
}

/* conclab run [--seed N] [--race] [--trace] [--explore] [--schedule S] FILE.go [ARGS...]: the options
 * before the file are conclab's, the words after it the program's. */
int cli_go_run(cli_ctx *ctx)
{
    go_run_options o = {0};
    int i = 1;
    for (; i < ctx->argc; i++) {
        const char *a = ctx->argv[i];
        size_t n = strlen(a);
        if (n > 3 && strcmp(a + n - 3, ".go") == 0)
            break;
        if (strcmp(a, "--budget") == 0) {
            long long ns = i + 1 < ctx->argc ? cli_parse_duration(ctx->argv[i + 1]) : 0;
            if (ns <= 0) {
                cli_error("run: --budget needs a duration such as 10s, 500ms or 2m");
                return EXIT_USAGE;
            }
            o.budget_ns = ns;
            i++;
        } else if (strcmp(a, "--seed") == 0 || strcmp(a, "--schedule") == 0) {
            if (i + 1 >= ctx->argc) {
                cli_error("run: %s needs a value", a);
                return EXIT_USAGE;
            }
            const char *v = ctx->argv[++i];
            if (a[2] == 's' && a[3] == 'e') {
                char *end;
                errno = 0;
                unsigned long long seed = strtoull(v, &end, 10);
                if (!*v || *end || errno || v[0] == '-') {
                    cli_error("run: --seed needs a number from 0 to 18446744073709551615, not '%s'", v);
                    return EXIT_USAGE;
                }
                o.seed = seed;
                o.random = 1; /* a seeded random schedule */
            } else {
                o.schedule = v;
            }
        } else if (strcmp(a, "--race") == 0) {
            o.race = 1;
        } else if (strcmp(a, "--explore") == 0) {
            o.explore = 1;
        } else if (strcmp(a, "--trace") == 0) {
            o.trace = 1;
        } else if (strcmp(a, "--pct") == 0) {
            cli_error("run: %s is not supported on Go programs yet (it works on the demos: "
                      "conclab demo NAME %s)", a, a);
            return EXIT_USAGE;
        } else {
            cli_error("run: unknown option '%s' (conclab run [--seed N] [--race] [--trace] [--explore] [--budget D] [--schedule S] FILE.go [ARGS...])",
                      a);
            return EXIT_USAGE;
        }
    }
    if (o.explore && (o.trace || o.schedule)) {
        cli_error("run: --explore runs many schedules: --trace and --schedule do not apply");
        return EXIT_USAGE;
    }
    go_unit *u;
    int status = compile_file(ctx, "run", i, &u);
    if (status == EXIT_OK) {
        o.argc = ctx->argc - i - 1;
        o.argv = ctx->argv + i + 1;
        fflush(stdout);
        status = go_unit_run(u, &o, stdout, stderr);
    }
    go_unit_free(u);
    return status;
}
