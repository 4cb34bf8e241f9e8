/* schema.h: typed reading of a parsed JSON document against content/SCHEMA.md.
 * Each getter checks one key's type, copies the value into owned memory and,
 * on any mismatch, writes "FILE: key.path: what is wrong" and fails. */
#ifndef CONCLAB_SCHEMA_H
#define CONCLAB_SCHEMA_H

#include <stddef.h>

#include <cjson/cJSON.h>

#include "content/content.h"

/* Where a schema walk reports to. */
typedef struct schema_ctx {
    const char *file; /* the file's path, for messages */
    char *err;        /* message buffer */
    size_t errlen;    /* its size */
} schema_ctx;

/* Whether a key is required. */
enum { SCHEMA_OPTIONAL = 0, SCHEMA_REQUIRED = 1 };

/* Writes "FILE: path: message" into the context's buffer; returns -1. */
int schema_fail(schema_ctx *sc, const char *path, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Checks a file's top level: an object with "format": 1 and only the
 * allowed keys. Returns 0 or -1. */
int schema_top(schema_ctx *sc, const cJSON *doc, const char *const keys[]);

/* Returns the required array member key of the top level, or NULL after
 * failing. */
const cJSON *schema_top_array(schema_ctx *sc, const cJSON *doc, const char *key);

/* Checks that value is an object whose keys are all in the NULL-terminated
 * list allowed, none twice. Returns 0 or -1. */
int schema_object(schema_ctx *sc, const cJSON *value, const char *path,
                  const char *const allowed[]);

/* Copies a string member into *out (NULL when optional and absent). With
 * nonempty, "" is refused. Returns 0 or -1. */
int schema_string(schema_ctx *sc, const cJSON *obj, const char *key, int required, int nonempty,
                  const char *path, char **out);

/* Like schema_string, and the value must be an id: a-z, 0-9 and '-'. */
int schema_id(schema_ctx *sc, const cJSON *obj, const char *key, const char *path, char **out);

/* Copies an array of strings; at least min entries. Absent and optional
 * gives an empty array. Returns 0 or -1. */
int schema_strings(schema_ctx *sc, const cJSON *obj, const char *key, int required, size_t min,
                   const char *path, char ***out, size_t *count);

/* Reads a boolean member; absent gives 0. Returns 0 or -1. */
int schema_bool(schema_ctx *sc, const cJSON *obj, const char *key, const char *path, int *out);

/* Reads an array of points (strings or {term, text, bullets}); at least min.
 * Returns 0 or -1. */
int schema_points(schema_ctx *sc, const cJSON *obj, const char *key, int required, size_t min,
                  const char *path, content_point **out, size_t *count);

/* Reads an optional array of accuracy notes. Returns 0 or -1. */
int schema_notes(schema_ctx *sc, const cJSON *obj, const char *path, content_note **out,
                 size_t *count);

/* Copies s into memory from the content allocator; NULL on failure. */
char *schema_strdup(const char *s);

/* Allocates n zeroed elements of size bytes each (n may be 0); NULL on
 * failure or overflow. */
void *schema_calloc(size_t n, size_t size);

/* Frees what the getters produced; NULL and counts of 0 are accepted. */
void schema_free_strings(char **strings, size_t count);
void schema_free_points(content_point *points, size_t count);
void schema_free_notes(content_note *notes, size_t count);

#endif
