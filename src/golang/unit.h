/* unit.h: what one compile of a Go file holds (the front end's arena,
 * errors, files and checker), shared by the front end (frontend.c) and the
 * step that compiles the checked tree to bytecode and runs it (run.c). */
#ifndef CONCLAB_GOLANG_UNIT_H
#define CONCLAB_GOLANG_UNIT_H

#include "golang/check.h"
#include "golang/golang.h"

#include <setjmp.h>

struct go_unit {
    arena a;               /* everything of the compile (trees, types, code) */
    jmp_buf oom;           /* where running out of the arena's limit goes */
    diag_list d;           /* the errors */
    const char **files;    /* the files' names as the user gave them */
    gfile **gfiles;        /* their syntax trees */
    int nfiles;
    const char *entry;     /* the function the run starts: "main", or the
                              test main conclab test adds */
    gpkg pkg;              /* package main */
    ptrvec cache;          /* the library packages loaded */
    checker c;             /* the type checker's results */
    bool out_of_memory;    /* the arena's limit was reached */
};

#endif
