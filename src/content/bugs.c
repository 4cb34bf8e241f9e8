/* bugs.c: loads the bug gallery: the optional bugs.json of a content
 * folder (content/SCHEMA.md), each entry checked key by key, and the
 * buggy and fixed Go test files of each kernel, bugs/ID/bug_test.go and
 * bugs/ID/fixed_test.go, read into memory. */
#include <stdio.h>
#include <string.h>

#include "content/content.h"
#include "content/json_file.h"
#include "content/schema.h"

/* A kernel's Go file is small; this bounds a hostile one. */
#define BUG_MAX_FILE_BYTES (256u * 1024u)

static const char *const bug_kinds[] = {"fail", "panic", "crash", "deadlock", "leak", "race", NULL};
static const char *const bug_timings[] = {"always", "sched", "tie", NULL};

static int one_of(const char *s, const char *const list[])
{
    for (size_t i = 0; list[i]; i++)
        if (strcmp(s, list[i]) == 0)
            return 1;
    return 0;
}

/* An id names a folder: a-z, 0-9 and '_', starting with a letter. */
static int check_bug_id(schema_ctx *sc, const char *id, const char *path)
{
    int ok = id[0] >= 'a' && id[0] <= 'z';
    for (const char *p = id; ok && *p; p++)
        ok = (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_';
    if (!ok)
        return schema_fail(sc, path,
                           "\"id\" must start with a-z and use only a-z, 0-9 and '_' (found \"%s\")",
                           id);
    return 0;
}

static int read_kinds(schema_ctx *sc, const cJSON *v, const char *path, content_bug *b)
{
    if (schema_strings(sc, v, "kinds", SCHEMA_REQUIRED, 1, path, &b->kinds, &b->kind_count) != 0)
        return -1;
    for (size_t i = 0; i < b->kind_count; i++) {
        if (!one_of(b->kinds[i], bug_kinds))
            return schema_fail(sc, path,
                               "kinds[%zu]: \"%s\" is not one of fail, panic, crash, deadlock, "
                               "leak, race",
                               i, b->kinds[i]);
        for (size_t j = 0; j < i; j++)
            if (strcmp(b->kinds[i], b->kinds[j]) == 0)
                return schema_fail(sc, path, "kinds[%zu]: \"%s\" twice", i, b->kinds[i]);
    }
    return 0;
}

/* Reads DIR/bugs/ID/NAME into *code, and its path into *file. */
static int read_kernel(schema_ctx *sc, const char *dir, const content_bug *b, const char *name,
                       const char *path, char **file, char **code)
{
    char full[4096];
    int n = snprintf(full, sizeof full, "%s/bugs/%s/%s", dir, b->id, name);
    if (n < 0 || (size_t)n >= sizeof full)
        return schema_fail(sc, path, "the path of bugs/%s/%s is too long", b->id, name);
    if (!(*file = schema_strdup(full)))
        return schema_fail(sc, path, "out of memory");
    char why[4200];
    if (!(*code = json_file_read_text(full, BUG_MAX_FILE_BYTES, why, sizeof why)))
        return schema_fail(sc, path, "its kernel: %s", why);
    return 0;
}

static int read_bug(schema_ctx *sc, const char *dir, const cJSON *v, const char *path,
                    content_bug *b)
{
    static const char *const keys[] = {"id",       "title", "class",  "modelled_on", "story",
                                       "schedule", "shows_as", "kinds", "timing",   "fix",
                                       NULL};
    if (schema_object(sc, v, path, keys) != 0 ||
        schema_string(sc, v, "id", SCHEMA_REQUIRED, 1, path, &b->id) != 0 ||
        check_bug_id(sc, b->id, path) != 0 ||
        schema_string(sc, v, "title", SCHEMA_REQUIRED, 1, path, &b->title) != 0 ||
        schema_string(sc, v, "class", SCHEMA_REQUIRED, 1, path, &b->bug_class) != 0 ||
        schema_string(sc, v, "modelled_on", SCHEMA_REQUIRED, 1, path, &b->modelled_on) != 0 ||
        schema_string(sc, v, "story", SCHEMA_REQUIRED, 1, path, &b->story) != 0 ||
        schema_string(sc, v, "schedule", SCHEMA_REQUIRED, 1, path, &b->schedule) != 0 ||
        schema_string(sc, v, "shows_as", SCHEMA_REQUIRED, 1, path, &b->shows_as) != 0 ||
        read_kinds(sc, v, path, b) != 0 ||
        schema_string(sc, v, "timing", SCHEMA_REQUIRED, 1, path, &b->timing) != 0 ||
        schema_string(sc, v, "fix", SCHEMA_REQUIRED, 1, path, &b->fix) != 0)
        return -1;
    if (!one_of(b->timing, bug_timings))
        return schema_fail(sc, path, "\"timing\" must be always, sched or tie (found \"%s\")",
                           b->timing);
    if (read_kernel(sc, dir, b, "bug_test.go", path, &b->bug_path, &b->bug_code) != 0 ||
        read_kernel(sc, dir, b, "fixed_test.go", path, &b->fixed_path, &b->fixed_code) != 0)
        return -1;
    return 0;
}

int content_load_bugs(content *c, char *err, size_t errlen)
{
    static const char *const keys[] = {"format", "question", "bugs", NULL};
    char file[4096];
    snprintf(file, sizeof file, "%s/bugs.json", c->dir);
    schema_ctx sc = {file, err, errlen};
    int status = -1;
    cJSON *doc = json_file_parse(file, CONTENT_MAX_FILE_BYTES, 1, err, errlen);
    if (!doc)
        return err[0] ? -1 : 0; /* an absent bugs.json is fine: no gallery */
    if (schema_top(&sc, doc, keys) != 0 ||
        schema_string(&sc, doc, "question", SCHEMA_REQUIRED, 1, "(top level)",
                      &c->bug_question) != 0)
        goto done;
    const cJSON *arr = schema_top_array(&sc, doc, "bugs");
    if (!arr)
        goto done;
    size_t n = (size_t)cJSON_GetArraySize(arr);
    if (!(c->bugs = schema_calloc(n, sizeof *c->bugs))) {
        schema_fail(&sc, "bugs", "out of memory");
        goto done;
    }
    c->bug_count = n;
    size_t i = 0;
    for (const cJSON *v = arr->child; v; v = v->next, i++) {
        char path[64];
        snprintf(path, sizeof path, "bugs[%zu]", i);
        if (read_bug(&sc, c->dir, v, path, &c->bugs[i]) != 0)
            goto done;
        for (size_t j = 0; j < i; j++)
            if (strcmp(c->bugs[j].id, c->bugs[i].id) == 0) {
                schema_fail(&sc, path, "duplicate id \"%s\" (also bugs[%zu])", c->bugs[i].id, j);
                goto done;
            }
    }
    status = 0;
done:
    cJSON_Delete(doc);
    return status;
}

void content_free_bugs(content *c)
{
    for (size_t i = 0; c->bugs && i < c->bug_count; i++) {
        content_bug *b = &c->bugs[i];
        char *strings[] = {b->id,     b->title,      b->bug_class, b->modelled_on,
                           b->story,  b->schedule,   b->shows_as,  b->timing,
                           b->fix,    b->bug_path,   b->fixed_path, b->bug_code,
                           b->fixed_code};
        for (size_t k = 0; k < sizeof strings / sizeof strings[0]; k++)
            json_file_release(strings[k]);
        schema_free_strings(b->kinds, b->kind_count);
    }
    json_file_release(c->bugs);
    json_file_release(c->bug_question);
}
