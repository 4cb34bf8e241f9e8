/* schema.c: the typed getters the content loader is built from. Every value
 * copied out of cJSON goes through here, so every type error in a content
 * file is reported the same way: the file, the key path, what was expected. */
#include "content/schema.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "content/json_file.h"

/* Deepest nesting of bullets under bullets. */
#define SCHEMA_MAX_POINT_DEPTH 4

int schema_fail(schema_ctx *sc, const char *path, const char *fmt, ...)
{
    int n = snprintf(sc->err, sc->errlen, "%s: %s: ", sc->file, path);
    if (n >= 0 && (size_t)n < sc->errlen) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(sc->err + n, sc->errlen - (size_t)n, fmt, ap);
        va_end(ap);
    }
    json_file_one_line(sc->err, sc->errlen);
    return -1;
}

char *schema_strdup(const char *s)
{
    size_t len = strlen(s) + 1;
    char *copy = json_file_alloc(len);
    if (copy)
        memcpy(copy, s, len);
    return copy;
}

void *schema_calloc(size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size)
        return NULL;
    size_t bytes = n * size;
    void *p = json_file_alloc(bytes);
    if (p && bytes)
        memset(p, 0, bytes);
    return p;
}

static const char *type_name(const cJSON *v)
{
    if (cJSON_IsString(v))
        return "a string";
    if (cJSON_IsNumber(v))
        return "a number";
    if (cJSON_IsBool(v))
        return "a boolean";
    if (cJSON_IsNull(v))
        return "null";
    if (cJSON_IsArray(v))
        return "an array";
    if (cJSON_IsObject(v))
        return "an object";
    return "an unknown value";
}

int schema_object(schema_ctx *sc, const cJSON *value, const char *path,
                  const char *const allowed[])
{
    if (!cJSON_IsObject(value))
        return schema_fail(sc, path, "expected an object, found %s", type_name(value));
    for (const cJSON *m = value->child; m; m = m->next) {
        int known = 0;
        for (size_t i = 0; allowed[i]; i++)
            known |= strcmp(m->string, allowed[i]) == 0;
        if (!known)
            return schema_fail(sc, path, "unknown key \"%s\"", m->string);
        for (const cJSON *o = value->child; o != m; o = o->next)
            if (strcmp(o->string, m->string) == 0)
                return schema_fail(sc, path, "duplicate key \"%s\"", m->string);
    }
    return 0;
}

/* Finds key in obj, or reports it missing when required. Sets *found. */
static int member(schema_ctx *sc, const cJSON *obj, const char *key, int required,
                  const char *path, const cJSON **found)
{
    *found = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!*found && required)
        return schema_fail(sc, path, "missing required key \"%s\"", key);
    return 0;
}

int schema_string(schema_ctx *sc, const cJSON *obj, const char *key, int required, int nonempty,
                  const char *path, char **out)
{
    const cJSON *v;
    *out = NULL;
    if (member(sc, obj, key, required, path, &v) != 0)
        return -1;
    if (!v)
        return 0;
    if (!cJSON_IsString(v))
        return schema_fail(sc, path, "expected a string for \"%s\", found %s", key, type_name(v));
    if (nonempty && !*v->valuestring)
        return schema_fail(sc, path, "\"%s\" must not be empty", key);
    if (!(*out = schema_strdup(v->valuestring)))
        return schema_fail(sc, path, "out of memory");
    return 0;
}

int schema_id(schema_ctx *sc, const cJSON *obj, const char *key, const char *path, char **out)
{
    if (schema_string(sc, obj, key, SCHEMA_REQUIRED, 1, path, out) != 0)
        return -1;
    for (const char *p = *out; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-'))
            return schema_fail(sc, path,
                               "\"%s\" must use only a-z, 0-9 and '-' (found \"%s\")", key,
                               *out);
    return 0;
}

int schema_bool(schema_ctx *sc, const cJSON *obj, const char *key, const char *path, int *out)
{
    const cJSON *v;
    *out = 0;
    if (member(sc, obj, key, SCHEMA_OPTIONAL, path, &v) != 0 || !v)
        return 0;
    if (!cJSON_IsBool(v))
        return schema_fail(sc, path, "expected true or false for \"%s\", found %s", key,
                           type_name(v));
    *out = cJSON_IsTrue(v);
    return 0;
}

/* Checks that member key is an array of at least min values; *arr is NULL
 * when it is optional and absent. */
static int array_member(schema_ctx *sc, const cJSON *obj, const char *key, int required,
                        size_t min, const char *path, const cJSON **arr, size_t *count)
{
    *count = 0;
    if (member(sc, obj, key, required, path, arr) != 0)
        return -1;
    if (!*arr)
        return 0;
    if (!cJSON_IsArray(*arr))
        return schema_fail(sc, path, "expected an array for \"%s\", found %s", key,
                           type_name(*arr));
    *count = (size_t)cJSON_GetArraySize(*arr);
    if (*count < min)
        return schema_fail(sc, path, "\"%s\" needs at least %zu entr%s", key, min,
                           min == 1 ? "y" : "ies");
    return 0;
}

int schema_strings(schema_ctx *sc, const cJSON *obj, const char *key, int required, size_t min,
                   const char *path, char ***out, size_t *count)
{
    const cJSON *arr;
    size_t n;
    *out = NULL;
    *count = 0;
    if (array_member(sc, obj, key, required, min, path, &arr, &n) != 0)
        return -1;
    if (!(*out = schema_calloc(n, sizeof **out)))
        return schema_fail(sc, path, "out of memory");
    size_t i = 0;
    for (const cJSON *v = arr ? arr->child : NULL; v; v = v->next, i++) {
        if (!cJSON_IsString(v))
            return schema_fail(sc, path, "%s[%zu]: expected a string, found %s", key, i,
                               type_name(v));
        if (!((*out)[i] = schema_strdup(v->valuestring)))
            return schema_fail(sc, path, "out of memory");
        *count = i + 1;
    }
    return 0;
}

static int read_points(schema_ctx *sc, const cJSON *obj, const char *key, int required,
                       size_t min, const char *path, int depth, content_point **out,
                       size_t *count);

/* Reads one point: a string, or an object {term, text, bullets}. */
static int read_point(schema_ctx *sc, const cJSON *v, const char *path, int depth,
                      content_point *p)
{
    static const char *const keys[] = {"term", "text", "bullets", NULL};
    if (cJSON_IsString(v)) {
        if (!(p->text = schema_strdup(v->valuestring)))
            return schema_fail(sc, path, "out of memory");
        return 0;
    }
    if (schema_object(sc, v, path, keys) != 0 ||
        schema_string(sc, v, "term", SCHEMA_OPTIONAL, 1, path, &p->term) != 0 ||
        schema_string(sc, v, "text", SCHEMA_REQUIRED, 0, path, &p->text) != 0)
        return -1;
    if (depth >= SCHEMA_MAX_POINT_DEPTH && cJSON_GetObjectItemCaseSensitive(v, "bullets"))
        return schema_fail(sc, path, "bullets nested deeper than %d levels",
                           SCHEMA_MAX_POINT_DEPTH);
    return read_points(sc, v, "bullets", SCHEMA_OPTIONAL, 0, path, depth + 1, &p->bullets,
                       &p->bullet_count);
}

static int read_points(schema_ctx *sc, const cJSON *obj, const char *key, int required,
                       size_t min, const char *path, int depth, content_point **out,
                       size_t *count)
{
    const cJSON *arr;
    size_t n;
    *out = NULL;
    *count = 0;
    if (array_member(sc, obj, key, required, min, path, &arr, &n) != 0)
        return -1;
    if (!arr)
        return 0;
    if (!(*out = schema_calloc(n, sizeof **out)))
        return schema_fail(sc, path, "out of memory");
    *count = n; /* zeroed entries are safe to free if a later one fails */
    size_t i = 0;
    for (const cJSON *v = arr->child; v; v = v->next, i++) {
        char sub[512];
        snprintf(sub, sizeof sub, "%s.%s[%zu]", path, key, i);
        if (read_point(sc, v, sub, depth, &(*out)[i]) != 0)
            return -1;
    }
    return 0;
}

int schema_points(schema_ctx *sc, const cJSON *obj, const char *key, int required, size_t min,
                  const char *path, content_point **out, size_t *count)
{
    return read_points(sc, obj, key, required, min, path, 0, out, count);
}

int schema_notes(schema_ctx *sc, const cJSON *obj, const char *path, content_note **out,
                 size_t *count)
{
    static const char *const keys[] = {"title", "text", "checked", NULL};
    const cJSON *arr;
    size_t n;
    *out = NULL;
    *count = 0;
    if (array_member(sc, obj, "notes", SCHEMA_OPTIONAL, 0, path, &arr, &n) != 0)
        return -1;
    if (!arr)
        return 0;
    if (!(*out = schema_calloc(n, sizeof **out)))
        return schema_fail(sc, path, "out of memory");
    *count = n;
    size_t i = 0;
    for (const cJSON *v = arr->child; v; v = v->next, i++) {
        char sub[512];
        content_note *note = &(*out)[i];
        snprintf(sub, sizeof sub, "%s.notes[%zu]", path, i);
        if (schema_object(sc, v, sub, keys) != 0 ||
            schema_string(sc, v, "title", SCHEMA_REQUIRED, 1, sub, &note->title) != 0 ||
            schema_string(sc, v, "text", SCHEMA_REQUIRED, 1, sub, &note->text) != 0 ||
            schema_string(sc, v, "checked", SCHEMA_REQUIRED, 1, sub, &note->checked) != 0)
            return -1;
    }
    return 0;
}

void schema_free_strings(char **strings, size_t count)
{
    if (!strings)
        return;
    for (size_t i = 0; i < count; i++)
        json_file_release(strings[i]);
    json_file_release(strings);
}

void schema_free_points(content_point *points, size_t count)
{
    if (!points)
        return;
    for (size_t i = 0; i < count; i++) {
        json_file_release(points[i].term);
        json_file_release(points[i].text);
        schema_free_points(points[i].bullets, points[i].bullet_count);
    }
    json_file_release(points);
}

void schema_free_notes(content_note *notes, size_t count)
{
    if (!notes)
        return;
    for (size_t i = 0; i < count; i++) {
        json_file_release(notes[i].title);
        json_file_release(notes[i].text);
        json_file_release(notes[i].checked);
    }
    json_file_release(notes);
}

/* The one format version this loader reads. */
#define CONTENT_FORMAT 1

int schema_top(schema_ctx *sc, const cJSON *doc, const char *const keys[])
{
    if (!cJSON_IsObject(doc))
        return schema_fail(sc, "(top level)", "expected an object");
    if (schema_object(sc, doc, "(top level)", keys) != 0)
        return -1;
    const cJSON *format = cJSON_GetObjectItemCaseSensitive(doc, "format");
    if (!format)
        return schema_fail(sc, "format", "missing required key \"format\"");
    if (!cJSON_IsNumber(format) || format->valuedouble != CONTENT_FORMAT)
        return schema_fail(sc, "format", "this conclab reads format %d", CONTENT_FORMAT);
    return 0;
}

const cJSON *schema_top_array(schema_ctx *sc, const cJSON *doc, const char *key)
{
    const cJSON *arr = cJSON_GetObjectItemCaseSensitive(doc, key);
    if (!arr) {
        schema_fail(sc, key, "missing required key \"%s\"", key);
        return NULL;
    }
    if (!cJSON_IsArray(arr)) {
        schema_fail(sc, key, "expected an array");
        return NULL;
    }
    return arr;
}
