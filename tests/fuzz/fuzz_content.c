/* fuzz_content.c: libFuzzer harness for the content loader. The first byte
 * of the input picks which of the three files it replaces (sections,
 * questions or demos); the rest is written there and the folder loaded.
 * Any crash, hang, leak or sanitizer report is a finding. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "content/content.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char dir[64];

/* Writes len bytes to dir/name; returns 0 on success. */
static int put(const char *name, const void *bytes, size_t len)
{
    char path[128];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    size_t n = fwrite(bytes, 1, len, f);
    return fclose(f) == 0 && n == len ? 0 : -1;
}

static const char good_sections[] =
    "{\"format\": 1, \"sections\": [{\"id\": \"a\", \"title\": \"A\", \"introduction\": [],"
    " \"lists\": []}]}";
static const char good_questions[] =
    "{\"format\": 1, \"questions\": [{\"id\": \"q\", \"question\": \"Q?\", \"answer\": [\"A.\"],"
    " \"sections\": [\"a\"], \"key_terms\": [\"a\"]}]}";
static const char good_demos[] = "{\"format\": 1, \"demos\": []}";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const names[] = {"sections.json", "questions.json", "demos.json"};
    if (!dir[0]) {
        snprintf(dir, sizeof dir, "/tmp/conclab-fuzz-%ld", (long)getpid());
        char cmd[128];
        snprintf(cmd, sizeof cmd, "mkdir -p %s", dir);
        if (system(cmd) != 0)
            abort();
    }
    if (size < 1)
        return 0;
    if (put(names[0], good_sections, sizeof good_sections - 1) ||
        put(names[1], good_questions, sizeof good_questions - 1) ||
        put(names[2], good_demos, sizeof good_demos - 1) ||
        put(names[data[0] % 3], data + 1, size - 1))
        abort();
    char err[1024];
    content *c = content_load(dir, err, sizeof err);
    if (!c && (!err[0] || strchr(err, '\n')))
        abort(); /* every refusal must be one non-empty line */
    content_free(c);
    return 0;
}
