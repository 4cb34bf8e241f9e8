/* test_cmd.c: `conclab test [-v] [-run REGEXP] [--race] [--explore]
 * [--seed N] [--schedule S] FILE_test.go [FILE.go...]`: compiles the
 * files as one package with a test main, runs its TestXxx functions on
 * conclab's runtime and prints what `go test` (-v) prints for files given
 * on its command line, ending with the go command's "ok"/"FAIL" line for
 * command-line-arguments (times are virtual). Exit 0 when every test
 * passed, 1 when one failed, 2 after a panic or a test that never ends;
 * with --race a race fails the run as go test -race does. --explore runs
 * the tests under schedule after schedule (few preemptions first, then
 * randomized PCT ones) within --budget of wall time (10s), and stops at
 * the first that fails, with its output and the --schedule that replays
 * it (exit 1), or says how many passed (exit 0). */
#include "cli/cli.h"

#include "golang/golang.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GO_MAX_SOURCE ((size_t)64 << 20)
#define TEST_MAX_FILES 64

static const char *const test_usage =
    "conclab test [-v] [-run REGEXP] [--race] [--explore] [--budget DURATION] [--seed N] [--schedule S] "
    "FILE_test.go [FILE.go...]";

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* Reads and compiles the files as one test package; prints the errors. */
static int compile_package(int n, const char **paths, go_unit **out)
{
    char *srcs[TEST_MAX_FILES];
    size_t lens[TEST_MAX_FILES];
    *out = NULL;
    for (int i = 0; i < n; i++) {
        srcs[i] = go_read_file(paths[i], GO_MAX_SOURCE, &lens[i]);
        if (!srcs[i]) {
            cli_error("%s: %s", paths[i], strerror(errno));
            for (int k = 0; k < i; k++)
                free(srcs[k]);
            return EXIT_USAGE;
        }
    }
    go_unit *u = go_compile_test(n, paths, (const char *const *)srcs, lens);
    for (int i = 0; i < n; i++)
        free(srcs[i]);
    if (!u) {
        cli_error("test: out of memory");
        return EXIT_USAGE;
    }
    *out = u;
    if (go_unit_errors(u)) {
        go_unit_print_errors(u, stderr);
        return EXIT_USAGE;
    }
    return EXIT_OK;
}

int cli_go_test(cli_ctx *ctx)
{
    go_run_options o = {0};
    o.test_mode = 1;
    const char *paths[TEST_MAX_FILES];
    int npaths = 0;
    bool has_test_file = false;
    for (int i = 1; i < ctx->argc; i++) {
        const char *a = ctx->argv[i];
        if (ends_with(a, ".go")) {
            if (npaths == TEST_MAX_FILES) {
                cli_error("test: at most %d files", TEST_MAX_FILES);
                return EXIT_USAGE;
            }
            has_test_file = has_test_file || ends_with(a, "_test.go");
            paths[npaths++] = a;
        } else if (strcmp(a, "-v") == 0) {
            o.test_verbose = 1;
        } else if (strcmp(a, "--race") == 0 || strcmp(a, "-race") == 0) {
            o.race = 1;
        } else if (strcmp(a, "--explore") == 0) {
            o.explore = 1;
        } else if (strcmp(a, "-run") == 0 || strcmp(a, "--run") == 0 || strcmp(a, "--seed") == 0 ||
                   strcmp(a, "--schedule") == 0 || strcmp(a, "--budget") == 0) {
            if (i + 1 >= ctx->argc) {
                cli_error("test: %s needs a value (%s)", a, test_usage);
                return EXIT_USAGE;
            }
            const char *v = ctx->argv[++i];
            if (strcmp(a, "--seed") == 0) {
                char *end;
                errno = 0;
                unsigned long long seed = strtoull(v, &end, 10);
                if (!*v || *end || errno || v[0] == '-') {
                    cli_error("test: --seed needs a number from 0 to 18446744073709551615, not '%s'", v);
                    return EXIT_USAGE;
                }
                o.seed = seed;
                o.random = 1;
            } else if (strcmp(a, "--schedule") == 0) {
                o.schedule = v;
            } else if (strcmp(a, "--budget") == 0) {
                o.budget_ns = cli_parse_duration(v);
                if (o.budget_ns <= 0) {
                    cli_error("test: --budget needs a duration such as 10s, 500ms or 2m, not '%s'", v);
                    return EXIT_USAGE;
                }
            } else {
                o.test_run = v;
            }
        } else {
            cli_error("test: unknown option '%s' (%s)", a, test_usage);
            return EXIT_USAGE;
        }
    }
    if (!has_test_file) {
        cli_error("test needs a _test.go file: %s", test_usage);
        return EXIT_USAGE;
    }
    /* what --explore's replay line repeats: -run and the files */
    size_t cap = 64 + (o.test_run ? strlen(o.test_run) : 0);
    for (int i = 0; i < npaths; i++)
        cap += strlen(paths[i]) + 1;
    char *replay = malloc(cap);
    if (!replay) {
        cli_error("test: out of memory");
        return EXIT_USAGE;
    }
    size_t len = 0;
    if (o.race)
        len += (size_t)snprintf(replay + len, cap - len, "--race ");
    if (o.test_run)
        len += (size_t)snprintf(replay + len, cap - len, "-run '%s' ", o.test_run);
    for (int i = 0; i < npaths; i++)
        len += (size_t)snprintf(replay + len, cap - len, "%s%s", i ? " " : "", paths[i]);
    o.replay_args = replay;
    go_unit *u;
    int status = compile_package(npaths, paths, &u);
    if (status == EXIT_OK) {
        long long elapsed = 0;
        o.elapsed = &elapsed;
        fflush(stdout);
        status = go_unit_run(u, &o, stdout, stderr);
        if (!o.explore) {
            /* the go command's line for the package */
            double secs = (double)elapsed / 1e9;
            if (status == 0)
                printf("ok  \tcommand-line-arguments\t%.3fs\n", secs);
            else
                printf("FAIL\tcommand-line-arguments\t%.3fs\nFAIL\n", secs);
            if (status == 2 || status == 66)
                status = 1; /* go test exits 1 when the package failed */
        }
    }
    go_unit_free(u);
    free(replay);
    return status;
}
