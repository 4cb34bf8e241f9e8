/* workspace.c: the learner's own copies of the document's Go examples, in
 * the workspace folder under the data folder (cli_data_dir()/workspace):
 * a section's example is copied there the first time it is opened, and
 * the copy, with the learner's edits, is what opens after that. */
#include "tui/workspace.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"

/* mkdir of path and of each folder above it that is missing. */
static int make_folders(char *path)
{
    for (char *p = path + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        int rc = mkdir(path, 0700);
        *p = '/';
        if (rc != 0 && errno != EEXIST)
            return -1;
    }
    return mkdir(path, 0700) == 0 || errno == EEXIST ? 0 : -1;
}

int workspace_example(const content_section *s, char *path, size_t len, char *err, size_t errlen)
{
    if (!s->example.code) {
        snprintf(err, errlen, "this section has no Go example");
        return -1;
    }
    char dir[PATH_MAX];
    cli_data_dir(dir, sizeof dir - 16);
    strcat(dir, "/workspace");
    const char *file = s->example.go_file;
    const char *base = file && strrchr(file, '/') ? strrchr(file, '/') + 1 : file;
    if (base && *base)
        snprintf(path, len, "%s/%s", dir, base);
    else
        snprintf(path, len, "%s/%s.go", dir, s->id);
    struct stat st;
    if (stat(path, &st) == 0)
        return 0; /* the learner's copy, edits and all */
    if (make_folders(dir) != 0) {
        snprintf(err, errlen, "cannot make %s: %s", dir, strerror(errno));
        return -1;
    }
    FILE *f = fopen(path, "wx");
    size_t n = strlen(s->example.code);
    int ok = f && fwrite(s->example.code, 1, n, f) == n;
    if (f && fclose(f) != 0)
        ok = 0;
    if (!ok) {
        snprintf(err, errlen, "cannot write %s: %s", path, strerror(errno));
        return -1;
    }
    return 0;
}
