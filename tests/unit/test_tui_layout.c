/* test_tui_layout.c: a section laid out for the reader from the mini
 * fixture: title, heading, numbered details with bullets hung under their
 * markers, the Go example highlighted, notes set apart, the links to the
 * section's demo and questions, wrapping within the width, block lookup. */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../tap.h"
#include "content/content.h"
#include "tui/layout.h"

/* The index of the first line containing needle, or -1. */
static int find(const layout *l, const char *needle)
{
    for (size_t i = 0; i < l->count; i++)
        if (l->lines[i].text.text && strstr(l->lines[i].text.text, needle))
            return (int)i;
    return -1;
}

/* The role of needle's first byte in line i. */
static int role_at(const layout *l, int i, const char *needle)
{
    if (i < 0)
        return -1;
    const char *p = strstr(l->lines[i].text.text, needle);
    return p ? l->lines[i].text.roles[p - l->lines[i].text.text] : -1;
}

/* Lays section 0 out at width; phrases are looked for only when the width
 * keeps them on one line (full). */
static void test_section(const content *c, int width, int full)
{
    layout l;
    layout_init(&l, width, 1);
    layout_section(&l, c, &c->sections[0]);
    ok(l.count > 10, "width %d: the section has lines (%zu)", width, l.count);
    is_str(l.lines[0].text.text, "Alpha", "the first line is the title");
    int n = find(&l, "Accuracy note");
    if (!full)
        goto wrapping;
    is_int(l.lines[0].text.roles[0], ROLE_TITLE, "in the title role");
    int i = find(&l, "Alpha in GoLang");
    is_int(role_at(&l, i, "Alpha"), ROLE_HEADING, "the long heading follows");
    i = find(&l, "with code inside");
    is_int(role_at(&l, i, "code"), ROLE_CODE, "inline code in the introduction is marked");
    i = find(&l, "1. First Item");
    is_int(role_at(&l, i, "First"), ROLE_TERM, "a numbered detail with its term");
    int b = find(&l, "\xe2\x80\xa2 A bullet.");
    ok(b > i && l.lines[b].indent > l.lines[i].indent, "its bullets are indented under it");
    b = find(&l, "Bold: A bold bullet.");
    is_int(role_at(&l, b, "Bold"), ROLE_TERM, "a bullet's term is bold");
    is_int(role_at(&l, b, "A bold"), ROLE_TEXT, "and its text plain");
    i = find(&l, "Be Careful: Always.");
    ok(i > 0 && strstr(l.lines[i].text.text, "\xe2\x80\xa2 ") == l.lines[i].text.text,
       "best practices are bulleted");
    i = find(&l, "package main");
    is_int(role_at(&l, i, "package"), ROLE_KEYWORD, "the Go example is highlighted");
    is_int(role_at(&l, i, "\xe2\x94\x82"), ROLE_DIM, "behind a gutter");
    ok(find(&l, "In this example, nothing happens.") > i, "the explanation follows the code");
    n = find(&l, "Accuracy note: A note");
    is_int(role_at(&l, n, "Accuracy"), ROLE_NOTE_TITLE, "the accuracy note is set apart");
    int nt = find(&l, "The document is imprecise.");
    ok(nt > n && strncmp(l.lines[nt].text.text, "\xe2\x96\x8c ", 4) == 0,
       "its text carries the note's bar");
    is_int(role_at(&l, nt, "The document"), ROLE_NOTE, "in the note role");
    ok(find(&l, "Checked: By hand.") > nt, "and how it was checked");
    i = find(&l, "alpha-demo");
    is_int(role_at(&l, i, "alpha-demo"), ROLE_LINK, "the section's demo is linked");
    ok(find(&l, "1. What is alpha?") > i, "question 1 draws on it");
    ok(find(&l, "2. What is beta?") > i, "question 2 draws on it too");
wrapping:;
    int over = 0;
    for (size_t k = 0; k < l.count; k++)
        if (l.lines[k].indent + rich_columns(l.lines[k].text.text, l.lines[k].text.len) > width)
            over++;
    is_int(over, 0, "width %d: no line is wider", width);
    int back = 0;
    for (size_t k = 1; k < l.count; k++)
        back += l.lines[k].block < l.lines[k - 1].block;
    is_int(back, 0, "blocks only go forward");
    ok(n > 0, "the note is there");
    size_t at = layout_find_block(&l, l.lines[n > 0 ? n : 0].block);
    is_int((int)at, n, "layout_find_block finds a block's first line");
    is_int((int)layout_find_block(&l, 1 << 20), (int)l.count, "a block past the end: count");
    layout_free(&l);
    ok(l.count == 0 && l.lines == NULL, "layout_free empties");
}

static void test_ascii(const content *c)
{
    layout l;
    layout_init(&l, 30, 0);
    layout_section(&l, c, &c->sections[0]);
    ok(find(&l, "- A bullet.") >= 0, "without UTF-8 bullets are dashes");
    ok(find(&l, "| package main") >= 0, "and the gutter is a bar");
    int high = 0;
    for (size_t k = 0; k < l.count; k++)
        for (size_t j = 0; j < l.lines[k].text.len; j++)
            high += (unsigned char)l.lines[k].text.text[j] >= 0x80;
    is_int(high, 0, "no byte beyond ASCII from the layout itself");
    layout_free(&l);
}

static void test_empty_section(const content *c)
{
    layout l;
    layout_init(&l, 20, 1);
    layout_section(&l, c, &c->sections[1]);
    is_str(l.lines[0].text.text, "Beta", "a section with no lists still has its title");
    ok(find(&l, "2. What is beta?") > 0, "and its question");
    layout_free(&l);
}

static void test_mark(void)
{
    layout l;
    layout_init(&l, 40, 1);
    rich r;
    rich_init(&r);
    rich_append(&r, "A Goroutine is cheap; goroutines are many.", 42, ROLE_TEXT);
    layout_wrap(&l, &r, 0, 0);
    rich_free(&r);
    is_int(layout_mark(&l, "goroutine", ROLE_MARK), 2, "mark: both occurrences, any case");
    const rich *line = &l.lines[0].text;
    ok(line->roles[2] == ROLE_MARK && line->roles[10] == ROLE_MARK && line->roles[11] == ROLE_TEXT,
       "mark: exactly the term's bytes");
    is_int(layout_mark(&l, "channel", ROLE_MARK), 0, "mark: an absent term marks nothing");
    is_int(layout_mark(&l, "", ROLE_MARK), 0, "mark: an empty term marks nothing");
    layout_free(&l);
}

/* Code is cut at the width with a marker, never wrapped: a long comment
 * must not continue on a line of its own that reads as code. */
static void test_code_cut(void)
{
    layout l;
    layout_init(&l, 30, 1);
    layout_code(&l, "x := 1 // a comment that goes on and on\ny := 2", 2, 0);
    is_int((int)l.count, 2, "two lines of code, two lines laid out");
    ok(strstr(l.lines[0].text.text, "and on") == NULL, "the long line is cut");
    const char *t = l.lines[0].text.text;
    size_t n = strlen(t);
    ok(n >= 3 && strcmp(t + n - 3, "\xe2\x80\xba") == 0, "with a marker at its end");
    is_int(rich_columns(t, n), 28, "filling the width after the indent");
    ok(strstr(l.lines[1].text.text, "y := 2") != NULL, "the next line is the next code line");
    layout_free(&l);
}

int main(void)
{
    if (!setlocale(LC_ALL, "C.UTF-8"))
        setlocale(LC_ALL, "en_US.UTF-8");
    char dir[4096], err[512];
    const char *src = getenv("CONCLAB_SRC");
    snprintf(dir, sizeof dir, "%s/tests/fixtures/mini", src ? src : ".");
    content *c = content_load(dir, err, sizeof err);
    if (!ok(c != NULL, "the mini fixture loads (%s)", c ? "" : err))
        return tap_done();
    test_section(c, 60, 1);
    test_section(c, 24, 0);
    test_ascii(c);
    test_code_cut();
    test_empty_section(c);
    test_mark();
    content_free(c);
    return tap_done();
}
