/* report_cmd.c: `conclab report`. Not built yet: it says so and exits 1. */
#include "cli/cli.h"

int cli_report(cli_ctx *ctx)
{
    (void)ctx;
    cli_error("'report' is not built yet");
    return EXIT_USAGE;
}
