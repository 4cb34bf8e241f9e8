/* json_file.h: reads one JSON file with the checks cJSON does not make
 * (size, NUL bytes, UTF-8, nesting depth) and turns any syntax error into
 * "FILE:LINE:COL: what is wrong". Also the allocator the content module
 * uses, which tests can replace to make allocations fail. */
#ifndef CONCLAB_JSON_FILE_H
#define CONCLAB_JSON_FILE_H

#include <stddef.h>

#include <cjson/cJSON.h>

/* Deepest nesting of arrays and objects a content file may have. */
#define JSON_FILE_MAX_DEPTH 64

/* Replaces the allocator used by the content module and by cJSON. Passing
 * NULLs restores malloc and free. Not thread-safe; meant for tests. */
void json_file_set_allocator(void *(*alloc)(size_t), void (*release)(void *));

/* Allocates with the content allocator; NULL on failure. */
void *json_file_alloc(size_t size);

/* Frees memory from json_file_alloc; NULL is accepted. */
void json_file_release(void *ptr);

/* Makes msg (a NUL-terminated message of at most size bytes) one printable
 * line: control characters become "\\xNN", cut short if it must be. */
void json_file_one_line(char *msg, size_t size);

/* Parses the file at path (at most max_bytes long). Returns the document,
 * owned by the caller (cJSON_Delete), or NULL with a one-line message in err
 * naming the file, and the line and column where the text is at fault. When
 * the file does not exist and optional is set, returns NULL with err[0] = 0. */
cJSON *json_file_parse(const char *path, size_t max_bytes, int optional, char *err,
                       size_t errlen);

/* Reads a whole regular file of at most max_bytes into memory from the
 * content allocator, NUL-terminated (json_file_release frees it). NULL,
 * with a one-line message naming the file in err, when it cannot. */
char *json_file_read_text(const char *path, size_t max_bytes, char *err, size_t errlen);

#endif
