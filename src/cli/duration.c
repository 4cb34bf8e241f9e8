/* duration.c: a Go duration on the command line (--budget 10s), as
 * conclab test and conclab run --explore take it. */
#include "cli/cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* A Go duration of one unit ("10s", "500ms", "2m", "1.5s") in
 * nanoseconds; 0 when it is not one. */
long long cli_parse_duration(const char *s)
{
    char *end;
    errno = 0;
    double x = strtod(s, &end);
    if (end == s || errno || x <= 0)
        return 0;
    static const struct { const char *unit; double ns; } units[] = {
        {"ns", 1}, {"us", 1e3}, {"µs", 1e3}, {"ms", 1e6}, {"s", 1e9}, {"m", 60e9}, {"h", 3600e9}};
    for (size_t i = 0; i < sizeof units / sizeof *units; i++)
        if (strcmp(end, units[i].unit) == 0)
            return x * units[i].ns > 9e18 ? 0 : (long long)(x * units[i].ns);
    return 0;
}
