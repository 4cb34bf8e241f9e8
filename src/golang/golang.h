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
typedef struct rt rt;
typedef struct explore_result explore_result;

/* Compiles the len bytes of src, the Go file named path (as the user
 * named it: errors print "./x.go" for a bare "x.go", as go run does).
 * Never returns NULL but when out of memory; the caller frees the result
 * with go_unit_free. Does not block. */
go_unit *go_compile(const char *path, const char *src, size_t len);

/* Compiles the n files of one package for conclab test (paths, srcs and
 * lens as go_compile's): it adds the test main that runs the TestXxx
 * functions of the _test.go files, in order, through package testing. */
go_unit *go_compile_test(int n, const char *const *paths, const char *const *srcs, const size_t *lens);

/* The number of errors the compile reported (0: the program is valid). */
int go_unit_errors(const go_unit *u);

/* Prints the errors as Go does, one per line ("./x.go:4:2: x declared
 * but not used"), sorted by position, at most ten and then "too many
 * errors". Returns how many lines it printed. */
int go_unit_print_errors(go_unit *u, FILE *f);

void go_unit_free(go_unit *u);

/* How to run a program. */
typedef struct go_run_options {
    unsigned long long seed; /* math/rand and a random schedule */
    int random;              /* a seeded random schedule (else Go's order) */
    const char *schedule;    /* replay this schedule, or NULL */
    int race;                /* the data race detector (exit 66 on a race) */
    int trace;               /* print the runtime's trace after the run */
    int explore;             /* enumerate schedules, print the outcomes */
    int argc;                /* os.Args[1:] */
    char **argv;
    int test_mode;           /* conclab test (go test's output) */
    int test_verbose;        /* conclab test -v */
    const char *test_run;    /* conclab test -run REGEXP, or NULL */
    long long *elapsed;      /* if set, gets the run's virtual time (ns) */
    long long budget_ns;     /* --explore: wall time (run: 0 = 2,000 schedules; test: 0 = 10 s) */
    const char *replay_args; /* --explore's replay line ends with these (the
                                files), or NULL for the first file */
} go_run_options;

/* Compiles the checked program u (no errors) to bytecode and runs it:
 * its output goes to out and err as go run's would. Returns go run's exit
 * code: 0, 2 after a panic or deadlock, os.Exit's code; 1 when the
 * program uses what conclab cannot run yet (the message, FILE:LINE:COL
 * first, goes to err). Blocks for the run. */
int go_unit_run(go_unit *u, const go_run_options *o, FILE *out, FILE *err);

/* Most steps (choice points) of a kept run: one that runs longer, or
 * forever, is cut there (its report: "conclab: step limit reached"). */
#define GO_KEPT_MAX_STEPS 200000u

/* go_unit_run kept for the shell to play back (o->explore is ignored):
 * the run is traced, what the program prints becomes the runtime's output
 * lines (rt_output_line), each said at the line that printed it, and the
 * finished runtime goes to *run (NULL when the program could not start).
 * The caller rt_frees it before go_unit_free: its trace names the unit's
 * files. What went wrong (a panic or a deadlock in Go's words, the race
 * reports) goes to err. Returns go run's exit code. */
int go_unit_run_kept(go_unit *u, const go_run_options *o, rt **run, FILE *err);

/* go_unit_run with --explore, for the shell: the search's outcomes (each
 * with its output, verdict, Go's report and the --schedule that replays
 * it with go_unit_run_kept) go to *found instead of being printed; the
 * caller frees them with explore_result_free. o->budget_ns bounds it (0:
 * 2,000 schedules). Returns 0, or 1 with the reason on err. */
int go_unit_explore(go_unit *u, const go_run_options *o, explore_result *found, FILE *err);

/* Reads a whole file; NULL with errno set on failure. *len gets its
 * size. The caller frees the result. At most max bytes (else EFBIG). */
char *go_read_file(const char *path, size_t max, size_t *len);

#endif
