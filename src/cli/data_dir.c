/* data_dir.c: conclab's folder for the learner's data, by the contract:
 * $XDG_DATA_HOME/conclab when that is an absolute path, else
 * ~/.local/share/conclab (the progress database and the workspace of
 * Go files live there). */
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "cli/cli.h"

void cli_data_dir(char *out, size_t outlen)
{
    const char *xdg = getenv("XDG_DATA_HOME");
    if (xdg && *xdg == '/') {
        snprintf(out, outlen, "%s/conclab", xdg);
        return;
    }
    const char *home = getenv("HOME");
    if (!home || !*home) {
        struct passwd *pw = getpwuid(getuid());
        home = pw ? pw->pw_dir : ".";
    }
    snprintf(out, outlen, "%s/.local/share/conclab", home);
}
