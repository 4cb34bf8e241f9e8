/* golang.h: the Go interpreter's public interface. A front end compile of
 * one Go source file: scanning, parsing, branch checks and type checking
 * as Go 1.19's compiler does them, with its error messages. The result
 * (the checked syntax tree with its types) is what the bytecode compiler
 * takes. */
#ifndef CONCLAB_GOLANG_GOLANG_H
#define CONCLAB_GOLANG_GOLANG_H

#include <stddef.h>
#include <stdio.h>

typedef struct go_unit go_unit;

/* Compiles the len bytes of src, the Go file named path (as the user
 * named it: errors print "./x.go" for a bare "x.go", as go run does).
 * Never returns NULL but when out of memory; the caller frees the result
 * with go_unit_free. Does not block. */
go_unit *go_compile(const char *path, const char *src, size_t len);

/* The number of errors the compile reported (0: the program is valid). */
int go_unit_errors(const go_unit *u);

/* Prints the errors as Go does, one per line ("./x.go:4:2: x declared
 * but not used"), sorted by position, at most ten and then "too many
 * errors". Returns how many lines it printed. */
int go_unit_print_errors(go_unit *u, FILE *f);

void go_unit_free(go_unit *u);

/* Reads a whole file; NULL with errno set on failure. *len gets its
 * size. The caller frees the result. At most max bytes (else EFBIG). */
char *go_read_file(const char *path, size_t max, size_t *len);

#endif
