/* diag.h: the Go front end's error list, reported as the Go 1.19 compiler
 * reports it: "FILE:LINE:COL: message" lines sorted by position, one syntax
 * error per line, repeated messages on a line dropped, and after the tenth
 * error "FILE:LINE:COL: too many errors". */
#ifndef CONCLAB_GOLANG_DIAG_H
#define CONCLAB_GOLANG_DIAG_H

#include <stdbool.h>
#include <stdio.h>

#include "golang/arena.h"

/* A source position: file index (into the program's files), 1-based line
 * and 1-based byte column, as Go counts them. line 0: unknown. */
typedef struct gpos {
    int file;
    int line;
    int col;
} gpos;

/* Orders two positions (-1, 0, 1). */
int gpos_cmp(gpos a, gpos b);

/* One error. */
typedef struct gdiag {
    gpos pos;     /* where */
    char *msg;    /* what, in Go's words (owned by the list's arena) */
} gdiag;

/* The errors of one compile. Zero-initialise, then set files and a. */
typedef struct diag_list {
    arena *a;             /* owns the messages */
    const char **files;   /* file names as the user named them */
    gdiag *v;             /* errors in the order reported */
    int n;                /* how many kept */
    int cap;              /* room */
    int counted;          /* errors counted towards the limit of ten */
    bool full;            /* the tenth error was reported: stop */
    gpos last_syntax;     /* line of the last syntax error */
    gpos last_other;      /* line of the last other error */
    const char *last_msg; /* its message */
} diag_list;

/* Reports an error at pos (printf-style message). Returns false once the
 * list is full (ten errors), when a stage should stop. */
bool diag_error(diag_list *d, gpos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Prints the errors as Go does to f, sorted by position. Returns how many
 * were printed. */
int diag_print(diag_list *d, FILE *f);

/* The text diag_print would print, owned by d->a. */
char *diag_text(diag_list *d);

/* The name to print for file i: "./x.go" for a bare "x.go", as go run
 * prints it, else the name as given. */
const char *diag_file_name(const diag_list *d, int file, char *buf, size_t n);

#endif
