/* demo_cmd.c: `conclab demo`. Not built yet: it says so and exits 1. */
#include "cli/cli.h"

int cli_demo(cli_ctx *ctx)
{
    (void)ctx;
    cli_error("'demo' is not built yet");
    return EXIT_USAGE;
}
