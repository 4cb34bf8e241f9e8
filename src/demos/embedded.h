/* embedded.h: the C sources of the demos, compiled into the binary by the
 * Makefile so the TUI shows exactly the code that runs. */
#ifndef CONCLAB_EMBEDDED_H
#define CONCLAB_EMBEDDED_H

/* One embedded file: its path in the source tree and its whole text. */
typedef struct embedded_file {
    const char *path; /* "src/demos/data_race.c" */
    const char *text; /* the file's bytes, NUL-terminated */
} embedded_file;

/* All embedded files, ended by an entry whose path is NULL. */
extern const embedded_file embedded_files[];

#endif
