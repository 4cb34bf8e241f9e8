/* json_file.c: loads a JSON file defensively. The bytes are checked before
 * cJSON sees them (size limit, NUL bytes, well-formed UTF-8, nesting depth),
 * so that every bad file gets one precise line and never a crash or hang. */
#include "content/json_file.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static void *(*alloc_fn)(size_t) = malloc;
static void (*release_fn)(void *) = free;

void json_file_set_allocator(void *(*alloc)(size_t), void (*release)(void *))
{
    alloc_fn = alloc ? alloc : malloc;
    release_fn = release ? release : free;
    cJSON_Hooks hooks = {alloc_fn, release_fn};
    cJSON_InitHooks(&hooks);
}

void *json_file_alloc(size_t size)
{
    return alloc_fn(size ? size : 1);
}

void json_file_release(void *ptr)
{
    if (ptr)
        release_fn(ptr);
}

/* Line and column (1-based, the column counted in characters) of byte
 * offset pos in text. */
static void position_of(const char *text, size_t pos, int *line, int *col)
{
    *line = 1;
    *col = 1;
    for (size_t i = 0; i < pos; i++) {
        unsigned char ch = (unsigned char)text[i];
        if (ch == '\n') {
            (*line)++;
            *col = 1;
        } else if ((ch & 0xC0) != 0x80) {
            (*col)++;
        }
    }
}

void json_file_one_line(char *msg, size_t size)
{
    char copy[1024];
    size_t out = 0;
    snprintf(copy, sizeof copy, "%s", msg);
    for (const unsigned char *p = (const unsigned char *)copy; *p && out + 5 < size; p++) {
        if (*p < 0x20 || *p == 0x7F)
            out += (size_t)snprintf(msg + out, size - out, "\\x%02X", *p);
        else
            msg[out++] = (char)*p;
    }
    if (size)
        msg[out < size ? out : size - 1] = '\0';
}

static void fail_at(char *err, size_t errlen, const char *path, const char *text, size_t pos,
                    const char *fmt, ...) __attribute__((format(printf, 6, 7)));
static void fail_at(char *err, size_t errlen, const char *path, const char *text, size_t pos,
                    const char *fmt, ...)
{
    int line, col;
    position_of(text, pos, &line, &col);
    int n = snprintf(err, errlen, "%s:%d:%d: ", path, line, col);
    if (n < 0 || (size_t)n >= errlen)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err + n, errlen - (size_t)n, fmt, ap);
    va_end(ap);
    json_file_one_line(err, errlen);
}

/* Length of the UTF-8 sequence at s (at most left bytes), or 0 when it is
 * not well formed (overlong forms, surrogates and values past U+10FFFF are
 * rejected). */
static size_t utf8_sequence(const unsigned char *s, size_t left)
{
    if (s[0] < 0x80)
        return 1;
    size_t len;
    unsigned cp;
    if ((s[0] & 0xE0) == 0xC0) {
        len = 2;
        cp = s[0] & 0x1F;
    } else if ((s[0] & 0xF0) == 0xE0) {
        len = 3;
        cp = s[0] & 0x0F;
    } else if ((s[0] & 0xF8) == 0xF0) {
        len = 4;
        cp = s[0] & 0x07;
    } else {
        return 0;
    }
    if (len > left)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    static const unsigned min_for_len[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < min_for_len[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

/* Checks the raw bytes: no NUL or other control character, valid UTF-8, no
 * trailing comma, nesting no deeper than the limit (brackets and commas
 * inside strings do not count). Returns 0 or -1 with err. */
static int check_bytes(const char *path, const char *text, size_t len, char *err, size_t errlen)
{
    int depth = 0, in_string = 0, escaped = 0;
    for (size_t i = 0; i < len;) {
        unsigned char ch = (unsigned char)text[i];
        if (ch == 0) {
            fail_at(err, errlen, path, text, i, "NUL byte in the file");
            return -1;
        }
        size_t step = utf8_sequence((const unsigned char *)text + i, len - i);
        if (step == 0) {
            fail_at(err, errlen, path, text, i, "invalid UTF-8 (byte 0x%02X)", ch);
            return -1;
        }
        if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') {
            fail_at(err, errlen, path, text, i, "control character 0x%02X in the file", ch);
            return -1;
        }
        if (in_string) {
            if (escaped)
                escaped = 0;
            else if (ch == '\\')
                escaped = 1;
            else if (ch == '"')
                in_string = 0;
        } else if (ch == '"') {
            in_string = 1;
        } else if (ch == '[' || ch == '{') {
            if (++depth > JSON_FILE_MAX_DEPTH) {
                fail_at(err, errlen, path, text, i, "nested deeper than %d levels",
                        JSON_FILE_MAX_DEPTH);
                return -1;
            }
        } else if (ch == ']' || ch == '}') {
            depth--;
        } else if (ch == ',') {
            size_t next = i + 1 + strspn(text + i + 1, " \t\r\n");
            if (next < len && (text[next] == ']' || text[next] == '}')) {
                fail_at(err, errlen, path, text, i, "trailing comma before '%c'", text[next]);
                return -1;
            }
        }
        i += step;
    }
    return 0;
}

/* Reads the whole file into a NUL-terminated buffer. Returns it (release
 * with json_file_release) or NULL with err; *missing set when it does not
 * exist. */
static char *read_all(const char *path, size_t max_bytes, size_t *len_out, int *missing,
                      char *err, size_t errlen)
{
    *missing = 0;
    FILE *f = fopen(path, "rb");
    if (!f) {
        *missing = errno == ENOENT;
        snprintf(err, errlen, "%s: cannot open: %s", path, strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
        snprintf(err, errlen, "%s: not a regular file", path);
        fclose(f);
        return NULL;
    }
    if ((unsigned long long)st.st_size > max_bytes) {
        snprintf(err, errlen, "%s: file is %lld bytes, more than the limit of %zu", path,
                 (long long)st.st_size, max_bytes);
        fclose(f);
        return NULL;
    }
    char *buf = json_file_alloc((size_t)st.st_size + 1);
    if (!buf) {
        snprintf(err, errlen, "%s: out of memory", path);
        fclose(f);
        return NULL;
    }
    size_t len = fread(buf, 1, (size_t)st.st_size, f);
    int read_error = ferror(f);
    fclose(f);
    if (read_error) {
        snprintf(err, errlen, "%s: read error", path);
        json_file_release(buf);
        return NULL;
    }
    buf[len] = '\0';
    *len_out = len;
    return buf;
}

char *json_file_read_text(const char *path, size_t max_bytes, char *err, size_t errlen)
{
    size_t len;
    int missing;
    return read_all(path, max_bytes, &len, &missing, err, errlen);
}

cJSON *json_file_parse(const char *path, size_t max_bytes, int optional, char *err,
                       size_t errlen)
{
    size_t len = 0;
    int missing;
    err[0] = '\0';
    char *text = read_all(path, max_bytes, &len, &missing, err, errlen);
    if (!text) {
        if (missing && optional)
            err[0] = '\0';
        return NULL;
    }
    cJSON *doc = NULL;
    size_t start = 0;
    while (start < len && strchr(" \t\r\n", text[start]))
        start++;
    if (start == len) {
        snprintf(err, errlen, "%s:1:1: the file is empty", path);
        goto done;
    }
    if (check_bytes(path, text, len, err, errlen) != 0)
        goto done;
    const char *end = NULL;
    doc = cJSON_ParseWithLengthOpts(text, len + 1, &end, 1); /* the NUL ends it */
    if (!doc) {
        size_t pos = end && end >= text && end <= text + len ? (size_t)(end - text) : len;
        if (pos >= len) {
            fail_at(err, errlen, path, text, len, "unexpected end of file (truncated JSON?)");
        } else {
            int shown = (int)strcspn(text + pos, "\r\n\t");
            fail_at(err, errlen, path, text, pos, "syntax error near '%.*s'",
                    shown > 12 ? 12 : shown, text + pos);
        }
    }
done:
    json_file_release(text);
    return doc;
}
