/* import_cmd.c: `conclab import`. Not built yet: it says so and exits 1. */
#include "cli/cli.h"

int cli_import(cli_ctx *ctx)
{
    (void)ctx;
    cli_error("'import' is not built yet");
    return EXIT_USAGE;
}
