/* stats_cmd.c: `conclab stats`. Not built yet: it says so and exits 1. */
#include "cli/cli.h"

int cli_stats(cli_ctx *ctx)
{
    (void)ctx;
    cli_error("'stats' is not built yet");
    return EXIT_USAGE;
}
