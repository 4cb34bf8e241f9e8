/* rich.c: styled UTF-8 strings and word wrapping by display columns, the
 * text engine under every screen of the TUI. Knows nothing of curses. */
#include "tui/rich.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "tui/xmalloc.h"

void rich_init(rich *r)
{
    memset(r, 0, sizeof *r);
}

void rich_free(rich *r)
{
    free(r->text);
    free(r->roles);
    rich_init(r);
}

void rich_append(rich *r, const char *s, size_t n, int role)
{
    if (r->len + n + 1 > r->cap) {
        size_t cap = r->cap ? r->cap : 64;
        while (cap < r->len + n + 1)
            cap *= 2;
        r->text = xrealloc(r->text, cap);
        r->roles = xrealloc(r->roles, cap);
        r->cap = cap;
    }
    memcpy(r->text + r->len, s, n);
    memset(r->roles + r->len, role, n);
    r->len += n;
    r->text[r->len] = '\0';
    r->roles[r->len] = (unsigned char)role;
}

void rich_append_marked(rich *r, const char *s, int role)
{
    while (*s) {
        const char *tick = strchr(s, '`');
        const char *close = tick ? strchr(tick + 1, '`') : NULL;
        if (!close) {
            rich_append(r, s, strlen(s), role);
            return;
        }
        rich_append(r, s, (size_t)(tick - s), role);
        rich_append(r, tick + 1, (size_t)(close - tick - 1), ROLE_CODE);
        s = close + 1;
    }
}

/* Decodes one character at s (at most n bytes): returns its length in bytes
 * (at least 1) and its columns in *cols. */
static size_t char_at(const char *s, size_t n, int *cols)
{
    unsigned char c = (unsigned char)s[0];
    if (c < 0x80) {
        *cols = c == '\t' ? 4 : (c < 0x20 || c == 0x7f) ? 0 : 1;
        return 1;
    }
    mbstate_t st;
    memset(&st, 0, sizeof st);
    wchar_t wc;
    size_t len = mbrtowc(&wc, s, n, &st);
    if (len == (size_t)-1 || len == (size_t)-2 || len == 0) {
        *cols = 1;
        return 1;
    }
    int w = wcwidth(wc);
    *cols = w < 0 ? 1 : w;
    return len;
}

int rich_columns(const char *s, size_t n)
{
    int total = 0;
    for (size_t i = 0; i < n;) {
        int cols;
        i += char_at(s + i, n - i, &cols);
        total += cols;
    }
    return total;
}

size_t rich_fit(const char *s, size_t n, int cols, int *used)
{
    size_t i = 0;
    int total = 0;
    while (i < n) {
        int w;
        size_t len = char_at(s + i, n - i, &w);
        if (total + w > cols)
            break;
        total += w;
        i += len;
    }
    if (used)
        *used = total;
    return i;
}

size_t rich_break(const char *s, size_t n, int width, size_t *next)
{
    if (width < 1)
        width = 1;
    size_t i = 0, last_space = 0;
    int cols = 0, have_space = 0;
    while (i < n) {
        if (s[i] == '\n') {
            size_t end = i;
            while (end > 0 && s[end - 1] == ' ')
                end--;
            *next = i + 1;
            return end;
        }
        int w;
        size_t len = char_at(s + i, n - i, &w);
        if (s[i] == ' ') {
            last_space = i;
            have_space = 1;
        } else if (cols + w > width) {
            size_t end = i;
            if (have_space) {
                end = last_space;
                i = last_space;
            } else if (end == 0) {
                end = len; /* one character wider than the whole width */
                i = len;
            }
            while (end > 0 && s[end - 1] == ' ')
                end--;
            while (i < n && s[i] == ' ')
                i++;
            *next = i;
            return end;
        }
        cols += w;
        i += len;
    }
    size_t end = n;
    while (end > 0 && s[end - 1] == ' ')
        end--;
    *next = n;
    return end;
}
