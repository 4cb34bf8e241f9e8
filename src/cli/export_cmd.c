/* export_cmd.c: `conclab export`. Not built yet: it says so and exits 1. */
#include "cli/cli.h"

int cli_export(cli_ctx *ctx)
{
    (void)ctx;
    cli_error("'export' is not built yet");
    return EXIT_USAGE;
}
