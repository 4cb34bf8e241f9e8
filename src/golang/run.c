/* run.c: a compiled Go file to its run: the checked tree goes to the
 * bytecode compiler, and the program runs on the VM (or under the
 * explorer), as `conclab run` asks. Kept apart from the front end, which
 * does not need the VM (the fuzzer builds the front end alone). */
#include "golang/unit.h"
#include "golang/vm.h"

#include <stdio.h>
#include <string.h>

#include "explore/explore.h"

/* go_unit_run; go_unit_run_kept when keep is set, go_unit_explore when
 * found is. */
static int run_unit(go_unit *u, const go_run_options *o, rt **keep, explore_result *found,
                    FILE *out, FILE *err)
{
    if (setjmp(u->oom)) {
        fprintf(err, "%s: out of memory compiling this file\n", u->files[0]);
        return 1;
    }
    char *msg = NULL;
    vm *v = vm_compile(&u->a, &u->c, u->files, u->entry, &msg);
    if (!v) {
        fprintf(err, "%s\n", msg ? msg : "conclab: cannot compile this program");
        return 1;
    }
    vm_options vo = {0};
    vo.seed = o->seed;
    vo.random = o->random != 0;
    vo.schedule = o->schedule;
    vo.race = o->race != 0;
    vo.trace = o->trace != 0;
    vo.shown_name = o->replay_args ? o->replay_args : u->files[0];
    vo.argc = o->argc;
    vo.argv = o->argv;
    vo.test_mode = o->test_mode != 0;
    vo.budget_ns = o->budget_ns;
    vo.test_verbose = o->test_verbose != 0;
    vo.test_run = o->test_run;
    int64_t elapsed = 0;
    vo.elapsed = &elapsed;
    vo.keep = keep;
    vo.found = found;
    if (found || (o->explore && !keep))
        return vm_explore_program(v, &vo, out, err);
    int code = vm_run_program(v, &vo, out, err);
    if (o->elapsed)
        *o->elapsed = elapsed;
    return code;
}

int go_unit_run(go_unit *u, const go_run_options *o, FILE *out, FILE *err)
{
    return run_unit(u, o, NULL, NULL, out, err);
}

int go_unit_run_kept(go_unit *u, const go_run_options *o, rt **run, FILE *err)
{
    *run = NULL;
    return run_unit(u, o, run, NULL, err, err); /* stdout is the runtime's output */
}

int go_unit_explore(go_unit *u, const go_run_options *o, explore_result *found, FILE *err)
{
    memset(found, 0, sizeof *found);
    return run_unit(u, o, NULL, found, err, err);
}
