/* registry.c: the table of every demonstration, in the order `conclab demo
 * list` shows them (the document's sections first, then the answers), and the
 * lookups by name and of a demo's embedded source. */
#include <string.h>

#include "demos/demos.h"
#include "demos/embedded.h"

const demo *const demos_table[] = {
    &demo_goroutines,
    &demo_threads_vs_goroutines,
    &demo_processes,
    &demo_channels,
    &demo_synchronization_primitives,
    &demo_concurrency_vs_parallelism,
    &demo_data_race,
    &demo_race_condition,
    &demo_deadlock,
    &demo_atomic_operations,
    &demo_concurrency_patterns,
    &demo_scheduler,
    &demo_channel_states,
    &demo_select,
    &demo_waitgroup,
    &demo_full_channel,
    &demo_worker_pool,
    &demo_pipeline,
    &demo_fan_in,
    &demo_race_detector,
};

const size_t demos_count = sizeof demos_table / sizeof demos_table[0];

const demo *demos_find(const char *name)
{
    for (size_t i = 0; name && i < demos_count; i++)
        if (strcmp(demos_table[i]->name, name) == 0)
            return demos_table[i];
    return NULL;
}

const char *demos_source(const demo *d)
{
    for (const embedded_file *f = embedded_files; d && f->path; f++)
        if (strcmp(f->path, d->source) == 0)
            return f->text;
    return NULL;
}
