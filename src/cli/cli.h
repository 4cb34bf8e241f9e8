/* cli.h: the plain, non-interactive commands and what they share: the
 * parsed global options, the loaded content, the exit codes of DESIGN.md. */
#ifndef CONCLAB_CLI_H
#define CONCLAB_CLI_H

#include <stdio.h>

#include "content/content.h"

/* Exit codes, as in the command-line contract. */
enum {
    EXIT_OK = 0,          /* success */
    EXIT_USAGE = 1,       /* usage error */
    EXIT_CONTENT = 2,     /* content error */
    EXIT_DATABASE = 3,    /* database error */
    EXIT_DEMO_FAILED = 4  /* a demo did not show its concept */
};

/* What every command receives: the global options and its own arguments. */
typedef struct cli_ctx {
    const char *db_path;      /* resolved --db / $CONCLAB_DB / XDG default */
    const char *content_dir;  /* resolved --content / $CONCLAB_CONTENT / default */
    const char *user;         /* --user or the login name */
    content *content;         /* loaded content (NULL for commands that need none) */
    int argc;                 /* the command's own arguments (argv[0] is the command) */
    char **argv;
} cli_ctx;

/* Prints "conclab: " and the formatted message on one line to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* A Go duration of one unit ("10s", "500ms", "2m", "1.5s") in
 * nanoseconds; 0 when it is not one (duration.c). */
long long cli_parse_duration(const char *s);

/* conclab's data folder: $XDG_DATA_HOME/conclab, else
 * ~/.local/share/conclab (data_dir.c). */
void cli_data_dir(char *out, size_t outlen);

/* Each command returns an exit code. */
int cli_sections(cli_ctx *ctx);   /* conclab sections */
int cli_read(cli_ctx *ctx);       /* conclab read SECTION */
int cli_questions(cli_ctx *ctx);  /* conclab questions [--answers] */
int cli_demo(cli_ctx *ctx);       /* conclab demo list | NAME [options] */
int cli_quiz(cli_ctx *ctx);       /* conclab quiz [--plain] [--limit N] */
int cli_stats(cli_ctx *ctx);      /* conclab stats [--json] */
int cli_export(cli_ctx *ctx);     /* conclab export */
int cli_import(cli_ctx *ctx);     /* conclab import FILE... */
int cli_report(cli_ctx *ctx);     /* conclab report [--format text|csv|json] */
int cli_tui(cli_ctx *ctx);        /* conclab (no command) and conclab present */
int cli_challenge(cli_ctx *ctx);  /* conclab challenge list | NAME [--plain] [--moves M] */
int cli_predict(cli_ctx *ctx);    /* conclab predict list | NAME [--answer 1,3] */
int cli_go_check(cli_ctx *ctx);   /* conclab check FILE.go */
int cli_go_run(cli_ctx *ctx);     /* conclab run FILE.go [ARGS...] */
int cli_go_test(cli_ctx *ctx);    /* conclab test FILE_test.go [FILE.go...] */
int cli_bugs(cli_ctx *ctx);       /* conclab bugs [list] | NAME [--fix] [--run ...] */

#endif
