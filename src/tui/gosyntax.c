/* gosyntax.c: a small lexer that colours Go (and the demos' C) source by
 * byte: identifiers are looked up in keyword tables, literals and comments
 * are scanned with their escapes. One pass, no allocation. */
#include "tui/gosyntax.h"

#include <string.h>

#include "tui/rich.h"

static const char *const go_keywords[] = {
    "break", "case", "chan", "const", "continue", "default", "defer", "else",
    "fallthrough", "for", "func", "go", "goto", "if", "import", "interface",
    "map", "package", "range", "return", "select", "struct", "switch", "type",
    "var", NULL};

static const char *const go_types[] = {
    "bool", "byte", "complex64", "complex128", "error", "float32", "float64",
    "int", "int8", "int16", "int32", "int64", "rune", "string", "uint", "uint8",
    "uint16", "uint32", "uint64", "uintptr", "any", "true", "false", "nil",
    "iota", "append", "cap", "close", "copy", "delete", "len", "make", "new",
    "panic", "print", "println", "recover", "max", "min", "clear", NULL};

static const char *const c_keywords[] = {
    "break", "case", "const", "continue", "default", "do", "else", "enum",
    "extern", "for", "goto", "if", "return", "sizeof", "static", "struct",
    "switch", "typedef", "union", "volatile", "while", "go", "chan_send",
    "chan_recv", "chan_close", "chan_make", "select", "sleep_for", "yield",
    NULL};

static const char *const c_types[] = {
    "void", "int", "char", "long", "short", "unsigned", "signed", "double",
    "float", "size_t", "int64_t", "uint64_t", "int32_t", "uint32_t", "bool",
    "chan", "NULL", "true", "false", NULL};

static int in_list(const char *const *list, const char *word, size_t len)
{
    for (; *list; list++)
        if (strlen(*list) == len && memcmp(*list, word, len) == 0)
            return 1;
    return 0;
}

static int is_ident_start(unsigned char c)
{
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static int is_ident(unsigned char c)
{
    return is_ident_start(c) || (c >= '0' && c <= '9');
}

/* Scans a quoted literal starting at src[i] (the opening quote) with
 * backslash escapes; stops at the closing quote or the end of the line.
 * Returns the index after it. */
static size_t scan_quoted(const char *src, size_t n, size_t i)
{
    char quote = src[i++];
    while (i < n && src[i] != quote && src[i] != '\n')
        i += (src[i] == '\\' && i + 1 < n) ? 2 : 1;
    return i < n && src[i] == quote ? i + 1 : i;
}

/* The shared lexer; c selects the C tables, '#' lines and no raw strings. */
static void mark(const char *src, size_t n, unsigned char *roles, int c)
{
    const char *const *keywords = c ? c_keywords : go_keywords;
    const char *const *types = c ? c_types : go_types;
    size_t i = 0;
    int line_start = 1;
    while (i < n) {
        unsigned char ch = (unsigned char)src[i];
        size_t end = i + 1;
        int role = ROLE_TEXT;
        if (ch == '/' && i + 1 < n && src[i + 1] == '/') {
            end = i;
            while (end < n && src[end] != '\n')
                end++;
            role = ROLE_COMMENT;
        } else if (ch == '/' && i + 1 < n && src[i + 1] == '*') {
            const char *close = NULL;
            for (size_t j = i + 2; j + 1 < n; j++)
                if (src[j] == '*' && src[j + 1] == '/') {
                    close = src + j;
                    break;
                }
            end = close ? (size_t)(close - src) + 2 : n;
            role = ROLE_COMMENT;
        } else if (c && ch == '#' && line_start) {
            end = i;
            while (end < n && src[end] != '\n')
                end++;
            role = ROLE_KEYWORD;
        } else if (ch == '"' || ch == '\'') {
            end = scan_quoted(src, n, i);
            role = ROLE_STRING;
        } else if (!c && ch == '`') {
            end = i + 1;
            while (end < n && src[end] != '`')
                end++;
            end = end < n ? end + 1 : n;
            role = ROLE_STRING;
        } else if (ch >= '0' && ch <= '9') {
            while (end < n && (is_ident((unsigned char)src[end]) || src[end] == '.'))
                end++;
            role = ROLE_NUMBER;
        } else if (is_ident_start(ch)) {
            while (end < n && is_ident((unsigned char)src[end]))
                end++;
            if (in_list(keywords, src + i, end - i))
                role = ROLE_KEYWORD;
            else if (in_list(types, src + i, end - i))
                role = ROLE_TYPE;
        }
        memset(roles + i, role, end - i);
        for (size_t j = i; j < end; j++)
            if (src[j] == '\n')
                line_start = 1;
            else if (src[j] != ' ' && src[j] != '\t')
                line_start = 0;
        i = end;
    }
}

void gosyntax_mark(const char *src, size_t n, unsigned char *roles)
{
    mark(src, n, roles, 0);
}

void gosyntax_mark_c(const char *src, size_t n, unsigned char *roles)
{
    mark(src, n, roles, 1);
}
