/* golib.h: the Go library packages' declarations, embedded at build time
 * from src/golang/lib (the Makefile generates golib.c). */
#ifndef CONCLAB_GOLANG_GOLIB_H
#define CONCLAB_GOLANG_GOLIB_H

typedef struct golib_file {
    const char *path;   /* import path: "fmt", "sync/atomic" */
    const char *source; /* the package's Go declarations */
} golib_file;

/* Every package, ended by {NULL, NULL}. */
extern const golib_file golib_files[];

#endif
