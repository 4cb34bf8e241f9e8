/* tui.c: the ncurses shell. Not built yet: until it is, conclab with no
 * command prints the section list and how to use the plain commands. */
#include <stdio.h>

#include "cli/cli.h"

int cli_tui(cli_ctx *ctx)
{
    int status = cli_sections(ctx);
    printf("\nRead a section with `conclab read SECTION`; `conclab --help` lists every command.\n");
    return status;
}
