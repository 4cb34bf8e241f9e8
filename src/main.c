/* main.c: conclab's entry point: parses the global options (which may stand
 * before or after the command), finds the content and the progress database,
 * loads the content and dispatches to a plain command or the TUI. */
#include <errno.h>
#include <limits.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"

#ifndef CONCLAB_VERSION
#define CONCLAB_VERSION "0.0.0"
#endif
#ifndef CONCLAB_DATADIR
#define CONCLAB_DATADIR "/usr/local/share/conclab"
#endif

static const char usage_text[] =
    "usage: conclab [COMMAND] [ARGS] [--db PATH] [--content DIR] [--user NAME]\n"
    "\n"
    "With no command, conclab opens its terminal interface (when run in a terminal).\n"
    "\n"
    "commands:\n"
    "  sections                     the sections, with study progress\n"
    "  read SECTION                 a section as plain text (number or id)\n"
    "  questions [--answers]        the questions, numbered (with reference answers)\n"
    "  demo list                    every demonstration\n"
    "  demo NAME [--part K] [--seed N] [--trace] [--race] [--explore [--json] [--no-reduce] [--budget D]]\n"
    "            [--schedule S] [--pct N]\n"
    "                               run a demonstration (or its part K) on conclab's runtime\n"
    "  present [SECTION]            presentation mode, for a projector\n"
    "  quiz [--plain] [--limit N] [--section ID]\n"
    "                               review the questions that are due (--section: one\n"
    "                               section's questions)\n"
    "  stats [--json]               progress and retention\n"
    "  export                       this learner's progress as JSON\n"
    "  import FILE...               merge learners' exported progress\n"
    "  report [--format text|csv|json]  the class report, for instructors\n"
    "  challenge list | NAME [--plain] [--moves 1,2,2]\n"
    "                               you are the scheduler: break a program\n"
    "  predict list | NAME [--answer 1,3]  which outputs can this program print?\n"
    "  check FILE.go                compile a Go file: Go 1.19's errors, or none\n"
    "  run [--seed N] [--race] [--trace] [--explore [--budget D]] [--schedule S] FILE.go [ARGS...]\n"
    "                               run a Go program on conclab's runtime, as go run would\n"
    "  test [-v] [-run REGEXP] [--race] [--explore] [--budget D] [--seed N] [--schedule S]\n"
    "       FILE_test.go [FILE.go...]\n"
    "                               run a package's tests as go test would; leaks and\n"
    "                               deadlocks fail them; --explore finds the breaking schedule\n"
    "  open [--plain] FILE.go       your Go program (or FILE_test.go) in the shell: run, step,\n"
    "                               explore, edit (e), run again\n"
    "  bugs [list] [--json] | NAME [--fix] [--json]\n"
    "                               the bug gallery: real-world concurrency bugs, their\n"
    "                               story and code; which schedule breaks it? (--fix: the\n"
    "                               answer, and the diff to the fix)\n"
    "  bugs NAME --run [--fixed] [-v] [-run RE] [--race] [--explore] [--budget D] [--seed N]\n"
    "       [--schedule S]           conclab test on the bug (--fixed: on its fix)\n"
    "\n"
    "options:\n"
    "  --db PATH       progress database (env CONCLAB_DB;\n"
    "                  default $XDG_DATA_HOME/conclab/progress.db)\n"
    "  --content DIR   study content folder (env CONCLAB_CONTENT)\n"
    "  --user NAME     learner name (default: the login name)\n"
    "  --help, --version\n"
    "\n"
    "exit codes: 0 ok, 1 usage, 2 content, 3 database, 4 demo did not show its concept\n";

void cli_error(const char *fmt, ...)
{
    va_list ap;
    fputs("conclab: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

typedef int (*command_fn)(cli_ctx *ctx);

/* Flushes and closes stdout, as coreutils does at exit: returns 0, or the
 * error of a write that failed now or earlier (a full disk, a closed
 * pipe), so that lost output is never reported as success. */
static int finish_stdout(void)
{
    /* errno may still hold the error of the write that failed earlier;
     * only an error a write can give is trusted, else EIO is said */
    int earlier = errno;
    if (earlier != ENOSPC && earlier != EDQUOT && earlier != EFBIG && earlier != EPIPE &&
        earlier != EIO)
        earlier = EIO;
    int err = 0;
    if (fflush(stdout) != 0)
        err = errno ? errno : EIO;
    if (ferror(stdout) && !err)
        err = earlier;
    if (fclose(stdout) != 0 && !err)
        err = errno ? errno : EIO;
    return err;
}

/* The command table: name, handler, whether it needs the content. */
static const struct command {
    const char *name;
    command_fn run;
} commands[] = {
    {"sections", cli_sections}, {"read", cli_read},     {"questions", cli_questions},
    {"demo", cli_demo},         {"present", cli_tui},   {"quiz", cli_quiz},
    {"stats", cli_stats},       {"export", cli_export}, {"import", cli_import},
    {"report", cli_report},     {"challenge", cli_challenge}, {"predict", cli_predict},
    {"check", cli_go_check},    {"run", cli_go_run},        {"test", cli_go_test},
    {"bugs", cli_bugs},         {"open", cli_tui},
};

/* The commands that take a Go file: they need no content, and what
 * follows the .go file belongs to the Go program (os.Args). */
static int is_go_command(const char *name)
{
    return strcmp(name, "check") == 0 || strcmp(name, "run") == 0 || strcmp(name, "test") == 0;
}

static int is_go_file(const char *arg)
{
    size_t n = strlen(arg);
    return n > 3 && strcmp(arg + n - 3, ".go") == 0;
}

static int file_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

/* Finds the default content folder: the source tree's content/ beside the
 * binary's build folder, then the installed copy. Writes it into out. */
static void default_content_dir(char *out, size_t outlen)
{
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            const char *candidates[] = {"/../content", "/../share/conclab/content"};
            for (size_t i = 0; i < sizeof candidates / sizeof candidates[0]; i++) {
                char probe[PATH_MAX + 64];
                snprintf(probe, sizeof probe, "%s%s/sections.json", exe, candidates[i]);
                if (file_exists(probe)) {
                    char plain[PATH_MAX]; /* without the build/.. of the path */
                    snprintf(probe, sizeof probe, "%s%s", exe, candidates[i]);
                    snprintf(out, outlen, "%s", realpath(probe, plain) ? plain : probe);
                    return;
                }
            }
        }
    }
    if (file_exists("content/sections.json"))
        snprintf(out, outlen, "content");
    else
        snprintf(out, outlen, "%s/content", CONCLAB_DATADIR);
}

/* The database path by the contract: progress.db in the data folder. */
static void default_db_path(char *out, size_t outlen)
{
    char dir[PATH_MAX];
    cli_data_dir(dir, sizeof dir);
    snprintf(out, outlen, "%s/progress.db", dir);
}

static const char *default_user(void)
{
    struct passwd *pw = getpwuid(getuid());
    if (pw && pw->pw_name && *pw->pw_name)
        return pw->pw_name;
    const char *user = getenv("USER");
    return user && *user ? user : "learner";
}

/* Takes the value of a global option written as "--opt VALUE" or
 * "--opt=VALUE". Returns the value, or NULL when argv[*i] is not that option;
 * *missing is set when the option is there without its value. */
static const char *take_option(int argc, char **argv, int *i, const char *opt, int *missing)
{
    size_t len = strlen(opt);
    if (strncmp(argv[*i], opt, len) != 0)
        return NULL;
    if (argv[*i][len] == '=')
        return argv[*i] + len + 1;
    if (argv[*i][len] != '\0')
        return NULL;
    if (*i + 1 >= argc) {
        *missing = 1;
        return NULL;
    }
    return argv[++*i];
}

/* A global option that takes a value, and where the value goes. */
typedef struct global_option {
    const char *name;
    const char **value;
} global_option;

/* take_option for each of the n global options; *which gets the one
 * found. */
static const char *take_globals(int argc, char **argv, int *i, const global_option *opts, size_t n,
                                const global_option **which, int *missing)
{
    for (size_t k = 0; k < n; k++) {
        const char *v = take_option(argc, argv, i, opts[k].name, missing);
        if (v || *missing) {
            *which = &opts[k];
            return v;
        }
    }
    return NULL;
}

int main(int argc, char **argv)
{
    const char *db = getenv("CONCLAB_DB");
    const char *content_dir = getenv("CONCLAB_CONTENT");
    const char *user = NULL;
    char db_buf[PATH_MAX + 64], content_buf[PATH_MAX + 64];
    char **rest = calloc((size_t)argc + 1, sizeof *rest);
    int rest_count = 0;
    if (!rest) {
        cli_error("out of memory");
        return EXIT_USAGE;
    }

    const global_option globals[] = {{"--db", &db}, {"--content", &content_dir}, {"--user", &user}};
    for (int i = 1; i < argc; i++) {
        int missing = 0;
        const char *value;
        const global_option *target = NULL;
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(usage_text, stdout);
            free(rest);
            return EXIT_OK;
        } else if (strcmp(argv[i], "--version") == 0) {
            if (argc > 2) {
                cli_error("--version takes nothing else ('%s')", argv[i == 1 ? 2 : 1]);
                free(rest);
                return EXIT_USAGE;
            }
            printf("conclab %s\n", CONCLAB_VERSION);
            free(rest);
            return EXIT_OK;
        } else if ((value = take_globals(argc, argv, &i, globals, sizeof globals / sizeof globals[0], &target,
                                           &missing))) {
            if (!*value) {
                cli_error("%s needs a value, not an empty string", target->name);
                free(rest);
                return EXIT_USAGE;
            }
            *target->value = value;
        } else if (missing) {
            cli_error("%s needs a value", argv[i]);
            fputs(usage_text, stderr);
            free(rest);
            return EXIT_USAGE;
        } else {
            rest[rest_count++] = argv[i];
            if (rest_count >= 2 && is_go_command(rest[0]) && is_go_file(argv[i])) {
                while (++i < argc)
                    rest[rest_count++] = argv[i];
            }
        }
    }

    if (!db || !*db) {
        default_db_path(db_buf, sizeof db_buf);
        db = db_buf;
    }
    if (!content_dir || !*content_dir) {
        default_content_dir(content_buf, sizeof content_buf);
        content_dir = content_buf;
    }
    if (!user || !*user)
        user = default_user();

    command_fn run = NULL;
    if (rest_count == 0) {
        run = cli_tui;
    } else {
        for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
            if (strcmp(rest[0], commands[i].name) == 0)
                run = commands[i].run;
        if (!run) {
            cli_error("unknown command '%s'", rest[0]);
            fputs(usage_text, stderr);
            free(rest);
            return EXIT_USAGE;
        }
    }

    char err[1024];
    content *loaded = NULL;
    if (rest_count > 0 && is_go_command(rest[0]))
        goto loaded;
    loaded = content_load(content_dir, err, sizeof err);
    if (!loaded) {
        cli_error("%s", err);
        free(rest);
        return EXIT_CONTENT;
    }

loaded:;
    cli_ctx ctx = {
        .db_path = db,
        .content_dir = content_dir,
        .user = user,
        .content = loaded,
        .argc = rest_count,
        .argv = rest,
    };
    int status = run(&ctx);
    int write_err = finish_stdout();
    if (write_err && write_err != EPIPE) {
        cli_error("write error: %s", strerror(write_err));
        if (status == EXIT_OK)
            status = EXIT_USAGE;
    }
    content_free(loaded);
    free(rest);
    return status;
}
