/* bug_record.c: the bug gallery in the learner's progress: a row per step
 * through the store, folded into what was done with each bug, and the
 * summary `conclab stats` prints. */
#include "challenge/bug_record.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "quiz/when.h"

int bug_record_in(store *st, const char *user, const store_bug_step *b, char *err,
                  size_t errlen)
{
    int64_t learner, now = b->time ? b->time : (int64_t)time(NULL);
    store_bug_step row = *b;
    row.time = now;
    if (store_learner(st, user, 1, now, &learner) != STORE_OK ||
        store_bug_add(st, learner, &row) == STORE_ERROR) {
        snprintf(err, errlen, "%s", store_error(st));
        return -1;
    }
    return 0;
}

/* The flag a step sets. */
static int flag_of(const store_bug_step *b)
{
    if (strcmp(b->step, "read") == 0)
        return BUG_READ;
    if (strcmp(b->step, "answer") == 0)
        return BUG_ANSWERED;
    if (strcmp(b->step, "fix") == 0)
        return strcmp(b->outcome, "passed") == 0 ? BUG_FIXED : 0;
    return strcmp(b->outcome, "failed") == 0 ? BUG_BROKEN : 0; /* run, explore */
}

typedef struct folding {
    const content *c;
    int *flags;
} folding;

static int fold_step(void *ud, const store_bug_step *b)
{
    folding *f = ud;
    for (size_t i = 0; i < f->c->bug_count; i++)
        if (strcmp(f->c->bugs[i].id, b->bug) == 0)
            f->flags[i] |= flag_of(b);
    return 0;
}

int bug_record_flags(store *st, int64_t learner, const content *c, int *flags)
{
    memset(flags, 0, sizeof *flags * c->bug_count);
    folding f = {c, flags};
    return store_bug_each(st, learner, fold_step, &f);
}

int bug_record_print_text(FILE *f, store *st, int64_t learner, const content *c)
{
    if (!c->bug_count)
        return STORE_OK;
    int *flags = calloc(c->bug_count, sizeof *flags);
    if (!flags || bug_record_flags(st, learner, c, flags) != STORE_OK) {
        free(flags);
        return STORE_ERROR;
    }
    int count[4] = {0}, any = 0;
    for (size_t i = 0; i < c->bug_count; i++) {
        for (int k = 0; k < 4; k++)
            count[k] += (flags[i] >> k) & 1;
        any |= flags[i];
    }
    if (any) {
        fprintf(f, "\nBug gallery: %d of %zu broken (you saw the test fail), %d fix%s checked, "
                   "%d read, %d answer%s looked at\n",
                count[1], c->bug_count, count[2], count[2] == 1 ? "" : "es", count[0], count[3],
                count[3] == 1 ? "" : "s");
        for (size_t i = 0; i < c->bug_count; i++)
            if (flags[i])
                fprintf(f, "  %-28s %s%s%s%s\n", c->bugs[i].id,
                        flags[i] & BUG_BROKEN ? "broken" : "not broken yet",
                        flags[i] & BUG_FIXED ? ", fix checked" : "",
                        flags[i] & BUG_ANSWERED ? ", answer seen" : "",
                        flags[i] & BUG_READ ? "" : " (not read)");
    }
    free(flags);
    return STORE_OK;
}

static int json_step(void *ud, const store_bug_step *b)
{
    cJSON *o = cJSON_CreateObject();
    char iso[WHEN_ISO_LEN];
    when_format_iso(b->time, iso);
    cJSON_AddStringToObject(o, "bug", b->bug);
    cJSON_AddStringToObject(o, "step", b->step);
    cJSON_AddStringToObject(o, "outcome", b->outcome);
    cJSON_AddStringToObject(o, "time", iso);
    cJSON_AddItemToArray(ud, o);
    return 0;
}

int bug_record_add_json(cJSON *root, store *st, int64_t learner)
{
    cJSON *list = cJSON_AddArrayToObject(root, "bugs");
    return store_bug_each(st, learner, json_step, list);
}
