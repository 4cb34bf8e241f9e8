/* outcomes.c: what a search found, grouped by outcome (the output and the
 * verdict of a run), and the two ways of printing it: for people, and as
 * JSON. */
#include "explore/explore_int.h"

#include <stdlib.h>
#include <stdbool.h>
#include <string.h>

#include <cjson/cJSON.h>

static char *dup_text(const char *t)
{
    size_t n = strlen(t ? t : "") + 1;
    char *copy = malloc(n);
    if (copy)
        memcpy(copy, t ? t : "", n);
    return copy;
}

int outcomes_add(explore_result *res, rt *r, int preemptions, int counted)
{
    const char *output = rt_output_text(r);
    const char *verdict = rt_verdict_name(rt_verdict_of(r));
    for (size_t i = 0; i < res->outcome_count; i++) {
        explore_outcome *o = &res->outcomes[i];
        if (strcmp(o->output, output) == 0 && strcmp(o->verdict, verdict) == 0) {
            res->schedules += counted;
            o->count += counted;
            if (preemptions < o->preemptions) {
                char *schedule = dup_text(rt_schedule(r));
                if (!schedule)
                    return -1;
                free(o->schedule);
                o->schedule = schedule;
                o->preemptions = preemptions;
            }
            return 0;
        }
    }
    explore_outcome *grown =
        realloc(res->outcomes, (res->outcome_count + 1) * sizeof *res->outcomes);
    if (!grown)
        return -1;
    res->outcomes = grown;
    res->schedules++;
    explore_outcome *o = &res->outcomes[res->outcome_count];
    *o = (explore_outcome){dup_text(output), dup_text(verdict), dup_text(rt_report(r)), 1,
                           dup_text(rt_schedule(r)), preemptions};
    res->outcome_count++;
    if (!o->output || !o->verdict || !o->report || !o->schedule)
        return -1;
    return 0;
}

/* --- results ------------------------------------------------------------ */

void explore_result_free(explore_result *r)
{
    for (size_t i = 0; i < r->outcome_count; i++) {
        free(r->outcomes[i].output);
        free(r->outcomes[i].verdict);
        free(r->outcomes[i].report);
        free(r->outcomes[i].schedule);
    }
    free(r->outcomes);
    r->outcomes = NULL;
    r->outcome_count = 0;
}

/* Prints text with every line indented by prefix. */
static void print_indented(FILE *f, const char *prefix, const char *text)
{
    if (!*text) {
        fprintf(f, "%s(no output)\n", prefix);
        return;
    }
    while (*text) {
        size_t len = strcspn(text, "\n");
        fprintf(f, "%s%.*s\n", prefix, (int)len, text);
        text += len + (text[len] == '\n');
    }
}

void explore_print_go_text(FILE *f, const explore_result *r, const char *demo_name,
                           const char *go_file)
{
    if (r->bound < 0 && !r->complete)
        fprintf(f, "Ran %llu randomized schedules.\n", (unsigned long long)r->schedules);
    else if (r->bound < 0)
        fprintf(f, "Explored all %llu schedules.\n", (unsigned long long)r->schedules);
    else
        fprintf(f, "Explored %s%llu schedules with at most %d preemption%s.\n",
                r->complete ? "all " : "the first ", (unsigned long long)r->schedules,
                r->bound, r->bound == 1 ? "" : "s");
    if (r->reduced)
        fprintf(f, "Partial-order reduction skipped %llu branch%s that only reorder "
                   "independent steps of schedules run.\n",
                (unsigned long long)r->pruned, r->pruned == 1 ? "" : "es");
    fprintf(f, "%zu distinct outcome%s:\n", r->outcome_count, r->outcome_count == 1 ? "" : "s");
    for (size_t i = 0; i < r->outcome_count; i++) {
        const explore_outcome *o = &r->outcomes[i];
        fprintf(f, "\n%zu) %s, in %llu schedule%s", i + 1, o->verdict,
                (unsigned long long)o->count, o->count == 1 ? "" : "s");
        if (o->preemptions >= 0)
            fprintf(f, "; needs %d preemption%s", o->preemptions,
                    o->preemptions == 1 ? "" : "s");
        fprintf(f, "\n   output:\n");
        print_indented(f, "     ", o->output);
        if (*o->report && strcmp(o->verdict, "ok") != 0) {
            fprintf(f, "   report:\n");
            print_indented(f, "     ", o->report);
        }
        const char *race = strcmp(o->verdict, "race") == 0 ? " --race" : "";
        if (go_file) /* a Go program: conclab's options go before the file */
            fprintf(f, "   replay: conclab run --schedule '%s'%s %s\n", o->schedule, race, go_file);
        else
            fprintf(f, "   replay: conclab demo %s --schedule '%s'%s\n", demo_name, o->schedule, race);
    }
    if (!r->complete && r->bound >= 0)
        fprintf(f, "\nThe search stopped at its cap: more schedules exist.\n");
}

/* A failing outcome of a test run: it panicked, deadlocked, raced or ran
 * out of steps, or a test failed (go test's FAIL line). */
int explore_test_failed(const explore_outcome *o, void *arg)
{
    (void)arg;
    return strcmp(o->verdict, "ok") != 0 || strstr(o->output, "\nFAIL\n") ||
           strncmp(o->output, "FAIL\n", 5) == 0;
}

static const explore_outcome *first_failure(const explore_result *r)
{
    for (size_t i = 0; r && i < r->outcome_count; i++)
        if (explore_test_failed(&r->outcomes[i], NULL))
            return &r->outcomes[i];
    return NULL;
}

int explore_print_test_text(FILE *f, const explore_result *r, const explore_result *pct,
                            const char *files)
{
    const explore_outcome *bad = first_failure(r);
    const explore_result *in = r;
    if (!bad && (bad = first_failure(pct)))
        in = pct;
    if (!bad) {
        fprintf(f, "conclab: no schedule fails: %s %llu schedule%s with at most %d preemption%s passed",
                r->complete ? "every" : "the first", (unsigned long long)r->schedules,
                r->schedules == 1 ? "" : "s", r->bound, r->bound == 1 ? "" : "s");
        fprintf(f, r->complete ? " (the whole space within that bound)" : " (not the whole space)");
        if (pct)
            fprintf(f, ", and %llu randomized (PCT) schedule%s", (unsigned long long)pct->schedules,
                    pct->schedules == 1 ? "" : "s");
        fprintf(f, ".\n");
        return 0;
    }
    fputs(bad->output, f);
    if (*bad->report && strcmp(bad->verdict, "ok") != 0 && !strstr(bad->report, "os.Exit"))
        fprintf(f, "%s%s", bad->report, bad->report[strlen(bad->report) - 1] == '\n' ? "" : "\n");
    /* a failed test ends the run with os.Exit(1): say so, not "panic" */
    bool test_fail = strstr(bad->output, "\nFAIL\n") || strncmp(bad->output, "FAIL\n", 5) == 0;
    fprintf(f, "conclab: a failing schedule (%s), in %llu of %llu %sschedules run", 
            test_fail ? "a test failed" : bad->verdict, (unsigned long long)bad->count,
            (unsigned long long)(r->schedules + (in == pct ? pct->schedules : 0)),
            in == pct ? "systematic and randomized (PCT) " : "");
    if (bad->preemptions >= 0)
        fprintf(f, "; it needs %d preemption%s", bad->preemptions, bad->preemptions == 1 ? "" : "s");
    fprintf(f, ".\nreplay: conclab test --schedule '%s' %s\n", bad->schedule, files);
    return 1;
}

int explore_print_json(FILE *f, const explore_result *r)
{
    cJSON *root = cJSON_CreateObject(), *list = NULL;
    if (!root || !cJSON_AddNumberToObject(root, "schedules", (double)r->schedules) ||
        !cJSON_AddBoolToObject(root, "complete", r->complete) ||
        !cJSON_AddNumberToObject(root, "preemption_bound", r->bound) ||
        !cJSON_AddNumberToObject(root, "pruned", (double)r->pruned) ||
        !cJSON_AddBoolToObject(root, "reduced", r->reduced) ||
        !(list = cJSON_AddArrayToObject(root, "outcomes")))
        goto fail;
    for (size_t i = 0; i < r->outcome_count; i++) {
        const explore_outcome *o = &r->outcomes[i];
        cJSON *item = cJSON_CreateObject();
        if (!item || !cJSON_AddItemToArray(list, item) ||
            !cJSON_AddStringToObject(item, "output", o->output) ||
            !cJSON_AddStringToObject(item, "verdict", o->verdict) ||
            !cJSON_AddNumberToObject(item, "count", (double)o->count) ||
            !cJSON_AddStringToObject(item, "schedule", o->schedule) ||
            !cJSON_AddNumberToObject(item, "preemptions", o->preemptions))
            goto fail;
    }
    char *text = cJSON_Print(root);
    if (!text)
        goto fail;
    fprintf(f, "%s\n", text);
    cJSON_free(text);
    cJSON_Delete(root);
    return 0;
fail:
    cJSON_Delete(root);
    return -1;
}

void explore_print_text(FILE *f, const explore_result *r, const char *demo_name)
{
    explore_print_go_text(f, r, demo_name, NULL);
}
