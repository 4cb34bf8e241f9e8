/* layout.h: a section of the study text laid out as styled lines for a
 * width: heading, introduction, numbered details with terms and bullets,
 * the Go example highlighted, explanation, conclusion, accuracy notes set
 * apart, and the section's demos and questions. Pure, so unit tested. */
#ifndef CONCLAB_TUI_LAYOUT_H
#define CONCLAB_TUI_LAYOUT_H

#include <stddef.h>

#include "content/content.h"
#include "tui/rich.h"

/* One screen line. */
typedef struct layout_line {
    rich text;      /* the line's styled text (owned), no newline */
    int indent;     /* columns of blank space before the text */
    int block;      /* index of the block (paragraph, point, code) it is in */
} layout_line;

/* A laid-out document. */
typedef struct layout {
    layout_line *lines;  /* the lines, in order (owned) */
    size_t count;        /* lines used */
    size_t cap;          /* lines allocated */
    int blocks;          /* blocks started so far (one past the last index) */
    int width;           /* the width it was laid out for */
    int utf8;            /* 1: box and bullet glyphs may be UTF-8 */
} layout;

/* Makes l empty for width columns; utf8 chooses the glyphs. */
void layout_init(layout *l, int width, int utf8);

/* Frees l's lines and makes it empty. */
void layout_free(layout *l);

/* Starts a new block: following lines belong to it. Returns its index. */
int layout_block(layout *l);

/* Appends an empty line (in the current block). */
void layout_blank(layout *l);

/* Wraps r into lines: the first line starts at column indent, the others
 * at indent + hang. */
void layout_wrap(layout *l, const rich *r, int indent, int hang);

/* Starts a block and wraps text (with `code` marked) in role into it: the
 * first line at indent, the others at indent + hang. */
void layout_text(layout *l, const char *text, int role, int indent, int hang);

/* Appends a point as "marker term: text" (text with `code` marked),
 * wrapped under itself, then its bullets one level deeper. */
void layout_point(layout *l, const content_point *pt, const char *marker, int indent);

/* Appends source code line by line, highlighted as Go (c = 0) or C (1),
 * each line after a gutter at indent; a line too long is cut at the width
 * with a marker (code is not wrapped). */
void layout_code(layout *l, const char *code, int indent, int c);

/* Lays out the whole section s of c. */
void layout_section(layout *l, const content *c, const content_section *s);

/* Marks every case-insensitive occurrence of term inside a line of l in
 * role (an occurrence split across two lines is not marked). Returns the
 * number of occurrences marked. */
int layout_mark(layout *l, const char *term, int role);

/* The first line whose block is at least block (count when none). */
size_t layout_find_block(const layout *l, int block);

#endif
