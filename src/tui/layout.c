/* layout.c: turns a content_section into wrapped, styled lines, once per
 * width; the reader and presentation screens only scroll and draw them. */
#include "tui/layout.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "tui/gosyntax.h"
#include "tui/xmalloc.h"

void layout_init(layout *l, int width, int utf8)
{
    memset(l, 0, sizeof *l);
    l->width = width < 8 ? 8 : width;
    l->utf8 = utf8;
}

void layout_free(layout *l)
{
    for (size_t i = 0; i < l->count; i++)
        rich_free(&l->lines[i].text);
    free(l->lines);
    l->lines = NULL;
    l->count = l->cap = 0;
    l->blocks = 0;
}

int layout_block(layout *l)
{
    return l->blocks++;
}

/* Appends a line and returns it, empty, at indent. */
static layout_line *push_line(layout *l, int indent)
{
    if (l->count == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 64;
        l->lines = xrealloc(l->lines, l->cap * sizeof *l->lines);
    }
    layout_line *line = &l->lines[l->count++];
    rich_init(&line->text);
    line->indent = indent;
    line->block = l->blocks > 0 ? l->blocks - 1 : 0;
    return line;
}

void layout_blank(layout *l)
{
    push_line(l, 0);
}

/* Appends bytes [from, from + len) of src to dst with their roles. */
static void append_runs(rich *dst, const rich *src, size_t from, size_t len)
{
    for (size_t i = 0; i < len;) {
        size_t run = 1;
        while (i + run < len && src->roles[from + i + run] == src->roles[from + i])
            run++;
        rich_append(dst, src->text + from + i, run, src->roles[from + i]);
        i += run;
    }
}

void layout_wrap(layout *l, const rich *r, int indent, int hang)
{
    size_t at = 0;
    int first = 1;
    do {
        int in = first ? indent : indent + hang;
        if (in > l->width - 4)
            in = l->width > 4 ? l->width - 4 : 0;
        size_t next;
        size_t len = rich_break(r->text + at, r->len - at, l->width - in, &next);
        layout_line *line = push_line(l, in);
        append_runs(&line->text, r, at, len);
        at += next;
        first = 0;
    } while (at < r->len);
}

void layout_text(layout *l, const char *text, int role, int indent, int hang)
{
    rich r;
    rich_init(&r);
    rich_append_marked(&r, text, role);
    layout_block(l);
    layout_wrap(l, &r, indent, hang);
    rich_free(&r);
}

/* One plain paragraph, then a blank line. */
static void paragraph(layout *l, const char *text, int role, int indent)
{
    layout_text(l, text, role, indent, 0);
    layout_blank(l);
}

void layout_point(layout *l, const content_point *pt, const char *marker, int indent)
{
    rich r;
    rich_init(&r);
    rich_append(&r, marker, strlen(marker), ROLE_DIM);
    if (pt->term) {
        rich_append_marked(&r, pt->term, ROLE_TERM);
        if (pt->text[0])
            rich_append(&r, ": ", 2, ROLE_TERM);
    }
    rich_append_marked(&r, pt->text, ROLE_TEXT);
    layout_block(l);
    layout_wrap(l, &r, indent, rich_columns(marker, strlen(marker)));
    rich_free(&r);
    const char *bullet = l->utf8 ? "\xe2\x80\xa2 " : "- ";
    for (size_t i = 0; i < pt->bullet_count; i++)
        layout_point(l, &pt->bullets[i], bullet, indent + rich_columns(marker, strlen(marker)));
}

/* Appends r as one line at indent, cut at the width with a marker when
 * too long: code is never wrapped, so a cut comment cannot look like code. */
static void cut_line(layout *l, const rich *r, int indent)
{
    int room = l->width - indent, used;
    layout_line *line = push_line(l, indent);
    if (rich_columns(r->text, r->len) <= room) {
        append_runs(&line->text, r, 0, r->len);
        return;
    }
    append_runs(&line->text, r, 0, rich_fit(r->text, r->len, room - 1, &used));
    const char *more = l->utf8 ? "\xe2\x80\xba" : ">"; /* the line goes on */
    rich_append(&line->text, more, strlen(more), ROLE_DIM);
}

void layout_code(layout *l, const char *code, int indent, int c)
{
    size_t n = strlen(code);
    unsigned char *roles = xcalloc(n + 1);
    if (c)
        gosyntax_mark_c(code, n, roles);
    else
        gosyntax_mark(code, n, roles);
    const char *gutter = l->utf8 ? "\xe2\x94\x82 " : "| ";
    for (size_t at = 0; at < n || at == 0;) {
        layout_block(l); /* a block a line, so reading resumes on the line */
        size_t eol = at;
        while (eol < n && code[eol] != '\n')
            eol++;
        rich r;
        rich_init(&r);
        rich_append(&r, gutter, strlen(gutter), ROLE_DIM);
        for (size_t i = at; i < eol; i++)
            rich_append(&r, code[i] == '\t' ? "    " : code + i, code[i] == '\t' ? 4 : 1,
                        roles[i]);
        cut_line(l, &r, indent);
        rich_free(&r);
        if (eol >= n)
            break;
        at = eol + 1;
    }
    free(roles);
}

/* A heading line in role, then a blank line. */
static void heading(layout *l, const char *text, int role)
{
    layout_text(l, text, role, 0, 2);
    layout_blank(l);
}

/* Accuracy notes, each set apart behind a bar. */
static void notes(layout *l, const content_note *n, size_t count)
{
    const char *bar = l->utf8 ? "\xe2\x96\x8c " : "! ";
    for (size_t i = 0; i < count; i++) {
        rich r;
        rich_init(&r);
        rich_append(&r, bar, strlen(bar), ROLE_NOTE_TITLE);
        rich_append(&r, "Accuracy note: ", 15, ROLE_NOTE_TITLE);
        rich_append_marked(&r, n[i].title, ROLE_NOTE_TITLE);
        layout_block(l);
        layout_wrap(l, &r, 0, 2);
        rich_free(&r);
        const char *parts[2] = {n[i].text, n[i].checked};
        for (int p = 0; p < 2; p++) {
            if (!parts[p] || !parts[p][0])
                continue;
            rich_init(&r);
            if (p == 1)
                rich_append(&r, "Checked: ", 9, ROLE_DIM);
            rich_append_marked(&r, parts[p], p ? ROLE_DIM : ROLE_NOTE);
            size_t first = l->count;
            layout_wrap(l, &r, 2, 0);
            for (size_t j = first; j < l->count; j++) {
                rich bar_line;
                rich_init(&bar_line);
                rich_append(&bar_line, bar, strlen(bar), ROLE_NOTE_TITLE);
                rich_append(&bar_line, l->lines[j].text.text, l->lines[j].text.len, ROLE_TEXT);
                memcpy(bar_line.roles + strlen(bar), l->lines[j].text.roles,
                       l->lines[j].text.len);
                rich_free(&l->lines[j].text);
                l->lines[j].text = bar_line;
                l->lines[j].indent = 0;
            }
            rich_free(&r);
        }
        layout_blank(l);
    }
}

/* The section's demos and questions, so the reader can jump to them. */
static void links(layout *l, const content *c, const content_section *s)
{
    rich r;
    rich_init(&r);
    for (size_t i = 0; i < c->demo_count; i++) {
        if (strcmp(c->demos[i].section, s->id) != 0)
            continue;
        rich_append(&r, r.len ? ", " : "", r.len ? 2 : 0, ROLE_TEXT);
        rich_append(&r, c->demos[i].name, strlen(c->demos[i].name), ROLE_LINK);
    }
    if (r.len) {
        heading(l, "Demonstrations (press d)", ROLE_HEADING);
        layout_block(l);
        layout_wrap(l, &r, 2, 0);
        layout_blank(l);
    }
    rich_free(&r);
    rich_init(&r);
    int headed = 0;
    for (size_t i = 0; i < c->question_count; i++) {
        const content_question *q = &c->questions[i];
        for (size_t j = 0; j < q->section_count; j++) {
            if (strcmp(q->sections[j], s->id) != 0)
                continue;
            if (!headed++)
                heading(l, "Questions on this section (press z to quiz)", ROLE_HEADING);
            char num[16];
            int len = snprintf(num, sizeof num, "%d. ", q->number);
            rich_append(&r, num, (size_t)len, ROLE_LINK);
            rich_append_marked(&r, q->question, ROLE_TEXT);
            layout_block(l);
            layout_wrap(l, &r, 2, len);
            rich_free(&r);
            break;
        }
    }
}

void layout_section(layout *l, const content *c, const content_section *s)
{
    heading(l, s->title, ROLE_TITLE);
    if (s->heading)
        heading(l, s->heading, ROLE_HEADING);
    for (size_t i = 0; i < s->intro_count; i++)
        paragraph(l, s->intro[i], ROLE_TEXT, 0);
    for (size_t i = 0; i < s->list_count; i++) {
        const content_list *list = &s->lists[i];
        heading(l, list->title, ROLE_HEADING);
        for (size_t j = 0; j < list->item_count; j++) {
            char marker[32];
            if (list->numbered)
                snprintf(marker, sizeof marker, "%zu. ", j + 1);
            else
                snprintf(marker, sizeof marker, "%s", l->utf8 ? "\xe2\x80\xa2 " : "- ");
            layout_point(l, &list->items[j], marker, 2);
            layout_blank(l);
        }
    }
    const content_example *ex = &s->example;
    if (ex->code) {
        heading(l, ex->title, ROLE_HEADING);
        for (size_t i = 0; i < ex->lead_count; i++)
            paragraph(l, ex->lead[i], ROLE_TEXT, 0);
        layout_code(l, ex->code, 2, 0);
        layout_blank(l);
        for (size_t i = 0; i < ex->explanation_count; i++)
            paragraph(l, ex->explanation[i], ROLE_TEXT, 0);
    }
    if (s->conclusion_count) {
        heading(l, s->conclusion_title ? s->conclusion_title : "Conclusion", ROLE_HEADING);
        for (size_t i = 0; i < s->conclusion_count; i++)
            paragraph(l, s->conclusion[i], ROLE_TEXT, 0);
    }
    notes(l, s->notes, s->note_count);
    size_t before = l->count;
    links(l, c, s);
    if (l->count > before)
        layout_blank(l);
}

int layout_mark(layout *l, const char *term, int role)
{
    size_t n = strlen(term);
    int marked = 0;
    if (n == 0)
        return 0;
    for (size_t i = 0; i < l->count; i++) {
        rich *r = &l->lines[i].text;
        for (size_t at = 0; at + n <= r->len; at++) {
            if (strncasecmp(r->text + at, term, n) != 0)
                continue;
            memset(r->roles + at, role, n);
            marked++;
            at += n - 1;
        }
    }
    return marked;
}

size_t layout_find_block(const layout *l, int block)
{
    for (size_t i = 0; i < l->count; i++)
        if (l->lines[i].block >= block)
            return i;
    return l->count;
}
