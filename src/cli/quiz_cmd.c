/* quiz_cmd.c: `conclab quiz`. Not built yet: it says so and exits 1. */
#include "cli/cli.h"

int cli_quiz(cli_ctx *ctx)
{
    (void)ctx;
    cli_error("'quiz' is not built yet");
    return EXIT_USAGE;
}
