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
static int compile_file(cli_ctx *ctx, const char *cmd, go_unit **out)
{
    *out = NULL;
    if (ctx->argc < 2) {
        cli_error("%s needs a Go file: conclab %s FILE.go", cmd, cmd);
        return EXIT_USAGE;
    }
    const char *path = ctx->argv[1];
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
    int status = compile_file(ctx, "check", &u);
    go_unit_free(u);
    return status;
}

int cli_go_run(cli_ctx *ctx)
{
    go_unit *u;
    int status = compile_file(ctx, "run", &u);
    if (status == EXIT_OK) {
        go_run_options o = {0};
        o.argc = ctx->argc - 2;
        o.argv = ctx->argv + 2;
        fflush(stdout);
        status = go_unit_run(u, &o, stdout, stderr);
    }
    go_unit_free(u);
    return status;
}
