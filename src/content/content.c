/* content.c: loads a content folder (sections.json, questions.json and the
 * optional demos.json and bugs.json) into the structs of content.h, checking every key
 * against content/SCHEMA.md and every cross-reference between the files.
 * On error nothing is returned and nothing leaks. */
#include "content/content.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content/json_file.h"
#include "content/schema.h"

static int read_list(schema_ctx *sc, const cJSON *v, const char *path, content_list *list)
{
    static const char *const keys[] = {"title", "numbered", "items", NULL};
    if (schema_object(sc, v, path, keys) != 0 ||
        schema_string(sc, v, "title", SCHEMA_REQUIRED, 1, path, &list->title) != 0 ||
        schema_bool(sc, v, "numbered", path, &list->numbered) != 0)
        return -1;
    return schema_points(sc, v, "items", SCHEMA_REQUIRED, 1, path, &list->items,
                         &list->item_count);
}

/* Reads the recorded real output beside the example's .go file, if any. */
static char *read_go_output(const char *dir, const char *go_file)
{
    char path[4096];
    size_t len = strlen(go_file);
    if (len < 3 || strcmp(go_file + len - 3, ".go") != 0)
        return NULL;
    snprintf(path, sizeof path, "%s/%.*s.out", dir, (int)(len - 3), go_file);
    char ignored[64]; /* an example may have no recorded output */
    return json_file_read_text(path, CONTENT_MAX_FILE_BYTES, ignored, sizeof ignored);
}

static int read_example(schema_ctx *sc, const cJSON *sec, const char *dir, const char *path,
                        content_example *ex)
{
    static const char *const keys[] = {"title", "lead", "code", "explanation", "go_file", NULL};
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(sec, "example");
    char sub[512];
    if (!v)
        return 0;
    snprintf(sub, sizeof sub, "%s.example", path);
    if (schema_object(sc, v, sub, keys) != 0 ||
        schema_string(sc, v, "title", SCHEMA_REQUIRED, 1, sub, &ex->title) != 0 ||
        schema_strings(sc, v, "lead", SCHEMA_OPTIONAL, 0, sub, &ex->lead, &ex->lead_count) != 0 ||
        schema_string(sc, v, "code", SCHEMA_REQUIRED, 1, sub, &ex->code) != 0 ||
        schema_strings(sc, v, "explanation", SCHEMA_OPTIONAL, 0, sub, &ex->explanation,
                       &ex->explanation_count) != 0 ||
        schema_string(sc, v, "go_file", SCHEMA_OPTIONAL, 1, sub, &ex->go_file) != 0)
        return -1;
    if (ex->go_file)
        ex->go_output = read_go_output(dir, ex->go_file);
    return 0;
}

static int read_conclusion(schema_ctx *sc, const cJSON *sec, const char *path,
                           content_section *s)
{
    static const char *const keys[] = {"title", "paragraphs", NULL};
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(sec, "conclusion");
    char sub[512];
    if (!v)
        return 0;
    snprintf(sub, sizeof sub, "%s.conclusion", path);
    if (schema_object(sc, v, sub, keys) != 0 ||
        schema_string(sc, v, "title", SCHEMA_REQUIRED, 1, sub, &s->conclusion_title) != 0)
        return -1;
    return schema_strings(sc, v, "paragraphs", SCHEMA_REQUIRED, 1, sub, &s->conclusion,
                          &s->conclusion_count);
}

static int read_section(schema_ctx *sc, const cJSON *v, const char *dir, const char *path,
                        content_section *s)
{
    static const char *const keys[] = {"id",      "title",      "heading", "introduction",
                                       "lists",   "example",    "conclusion", "notes",
                                       NULL};
    const cJSON *lists;
    size_t n;
    if (schema_object(sc, v, path, keys) != 0 || schema_id(sc, v, "id", path, &s->id) != 0 ||
        schema_string(sc, v, "title", SCHEMA_REQUIRED, 1, path, &s->title) != 0 ||
        schema_string(sc, v, "heading", SCHEMA_OPTIONAL, 1, path, &s->heading) != 0 ||
        schema_strings(sc, v, "introduction", SCHEMA_REQUIRED, 0, path, &s->intro,
                       &s->intro_count) != 0)
        return -1;
    lists = cJSON_GetObjectItemCaseSensitive(v, "lists");
    if (!lists)
        return schema_fail(sc, path, "missing required key \"lists\"");
    if (!cJSON_IsArray(lists))
        return schema_fail(sc, path, "expected an array for \"lists\"");
    n = (size_t)cJSON_GetArraySize(lists);
    if (!(s->lists = schema_calloc(n, sizeof *s->lists)))
        return schema_fail(sc, path, "out of memory");
    s->list_count = n;
    size_t i = 0;
    for (const cJSON *l = lists->child; l; l = l->next, i++) {
        char sub[512];
        snprintf(sub, sizeof sub, "%s.lists[%zu]", path, i);
        if (read_list(sc, l, sub, &s->lists[i]) != 0)
            return -1;
    }
    if (read_example(sc, v, dir, path, &s->example) != 0 ||
        read_conclusion(sc, v, path, s) != 0)
        return -1;
    return schema_notes(sc, v, path, &s->notes, &s->note_count);
}

static int load_sections(content *c, const char *file, char *err, size_t errlen)
{
    static const char *const keys[] = {"format", "title", "sections", NULL};
    schema_ctx sc = {file, err, errlen};
    int status = -1;
    cJSON *doc = json_file_parse(file, CONTENT_MAX_FILE_BYTES, 0, err, errlen);
    if (!doc)
        return -1;
    if (schema_top(&sc, doc, keys) != 0 ||
        schema_string(&sc, doc, "title", SCHEMA_OPTIONAL, 1, "(top level)", &c->title) != 0)
        goto done;
    const cJSON *arr = schema_top_array(&sc, doc, "sections");
    if (!arr)
        goto done;
    size_t n = (size_t)cJSON_GetArraySize(arr);
    if (n == 0) {
        schema_fail(&sc, "sections", "needs at least one section");
        goto done;
    }
    if (!(c->sections = schema_calloc(n, sizeof *c->sections))) {
        schema_fail(&sc, "sections", "out of memory");
        goto done;
    }
    c->section_count = n;
    size_t i = 0;
    for (const cJSON *v = arr->child; v; v = v->next, i++) {
        char path[64];
        snprintf(path, sizeof path, "sections[%zu]", i);
        if (read_section(&sc, v, c->dir, path, &c->sections[i]) != 0)
            goto done;
        for (size_t j = 0; j < i; j++)
            if (strcmp(c->sections[j].id, c->sections[i].id) == 0) {
                schema_fail(&sc, path, "duplicate id \"%s\" (also sections[%zu])",
                            c->sections[i].id, j);
                goto done;
            }
    }
    status = 0;
done:
    cJSON_Delete(doc);
    return status;
}

static int read_question(schema_ctx *sc, const content *c, const cJSON *v, const char *path,
                         content_question *q)
{
    static const char *const keys[] = {"id",       "question",  "title", "answer", "section",
                                       "sections", "key_terms", "notes", NULL};
    char *about = NULL;
    if (schema_object(sc, v, path, keys) != 0 || schema_id(sc, v, "id", path, &q->id) != 0 ||
        schema_string(sc, v, "question", SCHEMA_REQUIRED, 1, path, &q->question) != 0 ||
        schema_string(sc, v, "title", SCHEMA_OPTIONAL, 1, path, &q->title) != 0 ||
        schema_points(sc, v, "answer", SCHEMA_REQUIRED, 1, path, &q->answer,
                      &q->answer_count) != 0 ||
        schema_strings(sc, v, "sections", SCHEMA_REQUIRED, 0, path, &q->sections,
                       &q->section_count) != 0 ||
        schema_strings(sc, v, "key_terms", SCHEMA_REQUIRED, 1, path, &q->key_terms,
                       &q->key_term_count) != 0 ||
        schema_notes(sc, v, path, &q->notes, &q->note_count) != 0)
        return -1;
    for (size_t i = 0; i < q->section_count; i++)
        if (content_section_index(c, q->sections[i]) < 0)
            return schema_fail(sc, path, "sections[%zu]: unknown section \"%s\"", i,
                               q->sections[i]);
    if (schema_string(sc, v, "section", SCHEMA_OPTIONAL, 1, path, &about) != 0)
        return -1;
    /* the section it is about: "section", else the first it draws on */
    const char *about_id = about ? about : q->section_count ? q->sections[0] : NULL;
    int about_index = about_id ? content_section_index(c, about_id) : -1;
    if (about_id && about_index < 0) {
        schema_fail(sc, path, "section: unknown section \"%s\"", about_id);
        json_file_release(about);
        return -1;
    }
    json_file_release(about);
    q->section = about_index >= 0 ? c->sections[about_index].id : NULL;
    for (size_t i = 0; i < q->key_term_count; i++)
        if (!*q->key_terms[i])
            return schema_fail(sc, path, "key_terms[%zu]: must not be empty", i);
    return 0;
}

static int load_questions(content *c, const char *file, char *err, size_t errlen)
{
    static const char *const keys[] = {"format", "questions", NULL};
    schema_ctx sc = {file, err, errlen};
    int status = -1;
    cJSON *doc = json_file_parse(file, CONTENT_MAX_FILE_BYTES, 0, err, errlen);
    if (!doc)
        return -1;
    if (schema_top(&sc, doc, keys) != 0)
        goto done;
    const cJSON *arr = schema_top_array(&sc, doc, "questions");
    if (!arr)
        goto done;
    size_t n = (size_t)cJSON_GetArraySize(arr);
    if (n == 0) {
        schema_fail(&sc, "questions", "the list is empty: there must be at least one question");
        goto done;
    }
    if (!(c->questions = schema_calloc(n, sizeof *c->questions))) {
        schema_fail(&sc, "questions", "out of memory");
        goto done;
    }
    c->question_count = n;
    size_t i = 0;
    for (const cJSON *v = arr->child; v; v = v->next, i++) {
        char path[64];
        snprintf(path, sizeof path, "questions[%zu]", i);
        c->questions[i].number = (int)i + 1;
        if (read_question(&sc, c, v, path, &c->questions[i]) != 0)
            goto done;
        for (size_t j = 0; j < i; j++)
            if (strcmp(c->questions[j].id, c->questions[i].id) == 0) {
                schema_fail(&sc, path, "duplicate id \"%s\" (also questions[%zu])",
                            c->questions[i].id, j);
                goto done;
            }
    }
    status = 0;
done:
    cJSON_Delete(doc);
    return status;
}

static int read_demo(schema_ctx *sc, const content *c, const cJSON *v, const char *path,
                     content_demo *d)
{
    static const char *const keys[] = {"name", "section", "questions", "summary", "notice",
                                       NULL};
    if (schema_object(sc, v, path, keys) != 0 || schema_id(sc, v, "name", path, &d->name) != 0 ||
        schema_string(sc, v, "section", SCHEMA_REQUIRED, 1, path, &d->section) != 0 ||
        schema_string(sc, v, "summary", SCHEMA_REQUIRED, 1, path, &d->summary) != 0 ||
        schema_string(sc, v, "notice", SCHEMA_REQUIRED, 1, path, &d->notice) != 0)
        return -1;
    if (content_section_index(c, d->section) < 0)
        return schema_fail(sc, path, "unknown section \"%s\"", d->section);
    const cJSON *qs = cJSON_GetObjectItemCaseSensitive(v, "questions");
    if (!qs)
        return 0;
    if (!cJSON_IsArray(qs))
        return schema_fail(sc, path, "expected an array of numbers for \"questions\"");
    size_t n = (size_t)cJSON_GetArraySize(qs);
    if (!(d->questions = schema_calloc(n, sizeof *d->questions)))
        return schema_fail(sc, path, "out of memory");
    size_t i = 0;
    for (const cJSON *q = qs->child; q; q = q->next, i++) {
        if (!cJSON_IsNumber(q) || q->valuedouble != (double)q->valueint || q->valueint < 1 ||
            (size_t)q->valueint > c->question_count)
            return schema_fail(sc, path, "questions[%zu]: expected a question number 1-%zu",
                               i, c->question_count);
        d->questions[i] = q->valueint;
        d->question_count = i + 1;
    }
    return 0;
}

static int load_demos(content *c, const char *file, char *err, size_t errlen)
{
    static const char *const keys[] = {"format", "demos", NULL};
    schema_ctx sc = {file, err, errlen};
    int status = -1;
    cJSON *doc = json_file_parse(file, CONTENT_MAX_FILE_BYTES, 1, err, errlen);
    if (!doc)
        return err[0] ? -1 : 0; /* an absent demos.json is fine */
    if (schema_top(&sc, doc, keys) != 0)
        goto done;
    const cJSON *arr = schema_top_array(&sc, doc, "demos");
    if (!arr)
        goto done;
    size_t n = (size_t)cJSON_GetArraySize(arr);
    if (!(c->demos = schema_calloc(n, sizeof *c->demos))) {
        schema_fail(&sc, "demos", "out of memory");
        goto done;
    }
    c->demo_count = n;
    size_t i = 0;
    for (const cJSON *v = arr->child; v; v = v->next, i++) {
        char path[64];
        snprintf(path, sizeof path, "demos[%zu]", i);
        if (read_demo(&sc, c, v, path, &c->demos[i]) != 0)
            goto done;
        for (size_t j = 0; j < i; j++)
            if (strcmp(c->demos[j].name, c->demos[i].name) == 0) {
                schema_fail(&sc, path, "duplicate name \"%s\" (also demos[%zu])",
                            c->demos[i].name, j);
                goto done;
            }
    }
    status = 0;
done:
    cJSON_Delete(doc);
    return status;
}

content *content_load(const char *dir, char *err, size_t errlen)
{
    char file[4096];
    content *c = schema_calloc(1, sizeof *c);
    if (!c || !(c->dir = schema_strdup(dir))) {
        snprintf(err, errlen, "%s: out of memory", dir);
        goto fail;
    }
    snprintf(file, sizeof file, "%s/sections.json", dir);
    if (load_sections(c, file, err, errlen) != 0)
        goto fail;
    snprintf(file, sizeof file, "%s/questions.json", dir);
    if (load_questions(c, file, err, errlen) != 0)
        goto fail;
    snprintf(file, sizeof file, "%s/demos.json", dir);
    if (load_demos(c, file, err, errlen) != 0)
        goto fail;
    if (content_load_bugs(c, err, errlen) != 0)
        goto fail;
    return c;
fail:
    content_free(c);
    return NULL;
}

static void free_section(content_section *s)
{
    json_file_release(s->id);
    json_file_release(s->title);
    json_file_release(s->heading);
    schema_free_strings(s->intro, s->intro_count);
    for (size_t i = 0; s->lists && i < s->list_count; i++) {
        json_file_release(s->lists[i].title);
        schema_free_points(s->lists[i].items, s->lists[i].item_count);
    }
    json_file_release(s->lists);
    json_file_release(s->example.title);
    schema_free_strings(s->example.lead, s->example.lead_count);
    json_file_release(s->example.code);
    schema_free_strings(s->example.explanation, s->example.explanation_count);
    json_file_release(s->example.go_file);
    json_file_release(s->example.go_output);
    schema_free_strings(s->conclusion, s->conclusion_count);
    json_file_release(s->conclusion_title);
    schema_free_notes(s->notes, s->note_count);
}

void content_free(content *c)
{
    if (!c)
        return;
    for (size_t i = 0; c->sections && i < c->section_count; i++)
        free_section(&c->sections[i]);
    json_file_release(c->sections);
    for (size_t i = 0; c->questions && i < c->question_count; i++) {
        content_question *q = &c->questions[i];
        json_file_release(q->id);
        json_file_release(q->question);
        json_file_release(q->title);
        schema_free_points(q->answer, q->answer_count);
        schema_free_strings(q->sections, q->section_count);
        schema_free_strings(q->key_terms, q->key_term_count);
        schema_free_notes(q->notes, q->note_count);
    }
    json_file_release(c->questions);
    for (size_t i = 0; c->demos && i < c->demo_count; i++) {
        json_file_release(c->demos[i].name);
        json_file_release(c->demos[i].section);
        json_file_release(c->demos[i].questions);
        json_file_release(c->demos[i].summary);
        json_file_release(c->demos[i].notice);
    }
    json_file_release(c->demos);
    content_free_bugs(c);
    json_file_release(c->title);
    json_file_release(c->dir);
    json_file_release(c);
}

/* Parses a 1-based number written as text; 0 when key is not one. */
static size_t number_key(const char *key)
{
    char *end;
    if (!*key || *key < '0' || *key > '9')
        return 0;
    unsigned long n = strtoul(key, &end, 10);
    return *end ? 0 : (size_t)n;
}

const content_section *content_find_section(const content *c, const char *key)
{
    size_t n = number_key(key);
    if (n)
        return n <= c->section_count ? &c->sections[n - 1] : NULL;
    int i = content_section_index(c, key);
    return i < 0 ? NULL : &c->sections[i];
}

const content_question *content_find_question(const content *c, const char *key)
{
    size_t n = number_key(key);
    if (n)
        return n <= c->question_count ? &c->questions[n - 1] : NULL;
    for (size_t i = 0; i < c->question_count; i++)
        if (c->questions[i].id && strcmp(c->questions[i].id, key) == 0)
            return &c->questions[i];
    return NULL;
}

int content_section_index(const content *c, const char *id)
{
    for (size_t i = 0; i < c->section_count; i++)
        if (c->sections[i].id && strcmp(c->sections[i].id, id) == 0)
            return (int)i;
    return -1;
}

const content_demo *content_find_demo(const content *c, const char *name)
{
    for (size_t i = 0; i < c->demo_count; i++)
        if (strcmp(c->demos[i].name, name) == 0)
            return &c->demos[i];
    return NULL;
}

const content_bug *content_find_bug(const content *c, const char *key)
{
    size_t n = number_key(key);
    if (n)
        return n <= c->bug_count ? &c->bugs[n - 1] : NULL;
    for (size_t i = 0; i < c->bug_count; i++)
        if (strcmp(c->bugs[i].id, key) == 0)
            return &c->bugs[i];
    return NULL;
}
