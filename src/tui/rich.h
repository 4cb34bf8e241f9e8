/* rich.h: styled UTF-8 text for the TUI, without curses: a string with a
 * role (heading, term, code, keyword ...) for each byte, its width in
 * terminal columns, and word wrapping to a width. Pure, so unit tested. */
#ifndef CONCLAB_TUI_RICH_H
#define CONCLAB_TUI_RICH_H

#include <stddef.h>

/* What a run of text is; the curses module maps each role to attributes. */
enum rich_role {
    ROLE_TEXT = 0,    /* body text */
    ROLE_TITLE,       /* a section's title */
    ROLE_HEADING,     /* a list's or block's heading */
    ROLE_TERM,        /* the bold term of a point */
    ROLE_CODE,        /* inline `code` and code that is not Go */
    ROLE_KEYWORD,     /* Go keyword */
    ROLE_TYPE,        /* Go predeclared type or function */
    ROLE_STRING,      /* Go string or rune literal */
    ROLE_COMMENT,     /* Go comment */
    ROLE_NUMBER,      /* Go number */
    ROLE_NOTE,        /* accuracy note text */
    ROLE_NOTE_TITLE,  /* accuracy note title */
    ROLE_DIM,         /* gutters, markers, hints */
    ROLE_LINK,        /* a demo or question the reader links to */
    ROLE_MARK,        /* highlighted: a key term the learner used */
    ROLE_COUNT
};

/* A growable styled string. The text is NUL-terminated; roles[i] is the
 * role of text[i]. */
typedef struct rich {
    char *text;           /* the bytes (owned), NUL-terminated */
    unsigned char *roles; /* one role per byte (owned) */
    size_t len;           /* bytes used, without the NUL */
    size_t cap;           /* bytes allocated in each array */
} rich;

/* Makes r empty (no allocation yet). */
void rich_init(rich *r);

/* Frees r's arrays and makes it empty. */
void rich_free(rich *r);

/* Appends n bytes of s, all with role. Aborts when out of memory (UI layer). */
void rich_append(rich *r, const char *s, size_t n, int role);

/* Appends the NUL-terminated s in role, but text between `backticks` in
 * ROLE_CODE with the backticks dropped (the content's one markup). */
void rich_append_marked(rich *r, const char *s, int role);

/* Display columns of the first n bytes of UTF-8 s: wide characters count
 * 2, combining ones 0, an invalid byte 1, a tab 4. */
int rich_columns(const char *s, size_t n);

/* Length in bytes of the longest prefix of s (n bytes) that fits in cols
 * columns, never splitting a character; *used (may be NULL) gets its
 * columns. */
size_t rich_fit(const char *s, size_t n, int cols, int *used);

/* Finds the first line of s (n bytes) wrapped to width columns: breaks at
 * the last space that fits, or at '\n', or inside a word longer than the
 * width. Returns the line's length in bytes (trailing spaces not counted)
 * and sets *next to where the following line starts (spaces skipped);
 * *next == n when s is used up. width < 1 is taken as 1. */
size_t rich_break(const char *s, size_t n, int width, size_t *next);

#endif
