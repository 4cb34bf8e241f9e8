/* stats.c: the statistics screen: per section reading and how well its
 * questions are known, per question reviews, lapses, stability, recall now
 * and when it is due, and a 7-day forecast of reviews as a bar chart; all
 * from the quiz's progress module; then the challenges played, as `conclab
 * stats` words them (challenge/record.h). */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "challenge/record.h"
#include "quiz/when.h"
#include "tui/draw.h"
#include "tui/layout.h"
#include "tui/term.h"
#include "tui/tui.h"

static int offset;   /* first line shown */

static void stats_init(tui *t, int arg)
{
    (void)arg;
    offset = 0;
    if (track_refresh(t->track) != 0)
        tui_say(t, "%s", track_error(t->track));
}

/* Appends text in role, cut or padded with spaces to exactly cols columns. */
static void cell(rich *r, const char *text, int cols, int role)
{
    size_t n = strlen(text);
    int used;
    size_t fit = rich_fit(text, n, cols, &used);
    rich_append(r, text, fit, role);
    for (; used < cols; used++)
        rich_append(r, " ", 1, ROLE_TEXT);
}

/* Appends a bar of width columns, fraction filled, then " NN%". */
static void bar(rich *r, int width, double fraction)
{
    int filled = (int)(fraction * width + 0.5);
    const char *full = term_utf8() ? "\xe2\x96\x88" : "#";
    const char *empty = term_utf8() ? "\xe2\x96\x91" : "-";
    for (int i = 0; i < width; i++)
        rich_append(r, i < filled ? full : empty, strlen(i < filled ? full : empty),
                    i < filled ? TERM_FILL : TERM_EMPTY);
    char pct[16];
    snprintf(pct, sizeof pct, " %3d%%  ", (int)(fraction * 100 + 0.5));
    rich_append(r, pct, strlen(pct), ROLE_TEXT);
}

/* Adds r as one line (not wrapped: the table is cut at the width) and
 * empties it. */
static void row(layout *l, rich *r)
{
    layout_block(l);
    size_t first = l->count;
    layout_blank(l);
    l->lines[first].text = *r;
    rich_init(r);
}

static void heading(layout *l, const char *text)
{
    rich r;
    rich_init(&r);
    layout_blank(l);
    rich_append(&r, text, strlen(text), ROLE_HEADING);
    row(l, &r);
}

static void build(layout *l, const progress *p)
{
    rich r;
    rich_init(&r);
    char buf[256];
    snprintf(buf, sizeof buf,
             "Studied %d of %zu questions · recall %d%% of the studied, known %d%% of all · "
             "%d review%s (%d today) · streak %d day%s · %d lapse%s",
             p->studied, p->question_count, (int)(p->recall * 100 + 0.5),
             (int)(p->known * 100 + 0.5), p->reviews,
             p->reviews == 1 ? "" : "s", p->reviews_today, p->streak, p->streak == 1 ? "" : "s", p->lapses,
             p->lapses == 1 ? "" : "s");
    rich_append(&r, buf, strlen(buf), ROLE_TEXT);
    row(l, &r);

    heading(l, "Sections                          Read              Known             Questions");
    for (size_t i = 0; i < p->section_count; i++) {
        const progress_section *s = &p->sections[i];
        snprintf(buf, sizeof buf, "%2zu ", i + 1);
        cell(&r, buf, 3, ROLE_DIM);
        cell(&r, s->section->title, 31, ROLE_TEXT);
        bar(&r, 10, s->read);
        bar(&r, 10, s->known);
        snprintf(buf, sizeof buf, "%d of %d studied", s->studied, s->questions);
        cell(&r, buf, 16, ROLE_TEXT);
        row(l, &r);
    }

    heading(l, "Questions                                   Reviews Lapses Stability Recall  Due");
    int64_t now = p->now;
    for (size_t i = 0; i < p->question_count; i++) {
        const progress_question *q = &p->questions[i];
        snprintf(buf, sizeof buf, "%2d ", q->question->number);
        cell(&r, buf, 3, ROLE_DIM);
        cell(&r, q->question->question, 41, ROLE_TEXT);
        if (!q->studied) {
            cell(&r, "      new", 9, ROLE_DIM);
        } else {
            char due[48], when[48];
            if (q->card.due <= now)
                snprintf(due, sizeof due, "now");
            else {
                when_describe(q->card.due - now, when, sizeof when);
                snprintf(due, sizeof due, "%s", when);
            }
            snprintf(buf, sizeof buf, " %6d %6d %8.1fd %5d%%  %s", q->reviews, q->card.lapses,
                     q->card.stability, (int)(q->recall * 100 + 0.5), due);
            rich_append(&r, buf, strlen(buf), q->recall >= 0.9 ? TERM_GOOD : ROLE_TEXT);
        }
        row(l, &r);
    }

    heading(l, "Reviews due, next 7 days");
    int most = 1;
    for (int d = 0; d < PROGRESS_FORECAST_DAYS; d++)
        if (p->forecast[d] > most)
            most = p->forecast[d];
    for (int d = 0; d < PROGRESS_FORECAST_DAYS; d++) {
        time_t day = (time_t)p->forecast_day[d];
        struct tm tm;
        localtime_r(&day, &tm);
        char label[32];
        if (d == 0)
            snprintf(label, sizeof label, "today     ");
        else
            strftime(label, sizeof label, "%a %d %b ", &tm);
        cell(&r, label, 12, ROLE_TEXT);
        int width = (int)lround(40.0 * p->forecast[d] / most);
        for (int i = 0; i < width; i++)
            rich_append(&r, term_utf8() ? "\xe2\x96\x88" : "#", term_utf8() ? 3 : 1, TERM_FILL);
        snprintf(buf, sizeof buf, "%s%d", width ? " " : "", p->forecast[d]);
        rich_append(&r, buf, strlen(buf), ROLE_TEXT);
        row(l, &r);
    }
}

/* The challenges played (record_print_text's lines), after a heading; no
 * lines when none was played or the store cannot say. */
static void add_challenges(layout *l, tui *t)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    if (!f)
        return;
    int rc = record_print_text(f, track_store(t->track), track_learner(t->track));
    if (fclose(f) != 0 || rc != STORE_OK || !text) {
        free(text);
        return;
    }
    rich r;
    rich_init(&r);
    for (char *line = text, *end; *line; line = end + (*end != '\0')) {
        end = line + strcspn(line, "\n");
        if (end == line)
            continue;
        if (strncmp(line, "Challenges:", 11) == 0) {
            heading(l, "Challenges");
            continue;
        }
        rich_append(&r, line, (size_t)(end - line), ROLE_TEXT);
        row(l, &r);
    }
    free(text);
}

static void stats_draw(tui *t)
{
    const progress *p = track_progress(t->track);
    char right[96];
    snprintf(right, sizeof right, "%s", t->ctx->user);
    draw_title("Statistics", right);
    if (!p) {
        draw_center(LINES / 2, track_error(t->track), TERM_BAD);
        draw_status("q back");
        return;
    }
    layout l;
    layout_init(&l, 100, term_utf8());
    build(&l, p);
    add_challenges(&l, t);
    int page = LINES - 2;
    if (offset > (int)l.count - page)
        offset = (int)l.count - page;
    if (offset < 0)
        offset = 0;
    for (int i = 0; i < page && offset + i < (int)l.count; i++)
        draw_rich(1 + i, 1, COLS - 2, &l.lines[offset + i].text);
    layout_free(&l);
    draw_status("j k scroll  Space PgDn  g G  z quiz  q back  ? help");
}

static void stats_key(tui *t, int key)
{
    if (tui_key_down(key))
        offset++;
    else if (tui_key_up(key))
        offset--;
    else if (key == ' ' || key == TUI_FN(KEY_NPAGE))
        offset += LINES - 3;
    else if (key == 'b' || key == TUI_FN(KEY_PPAGE))
        offset -= LINES - 3;
    else if (key == 'g' || key == TUI_FN(KEY_HOME))
        offset = 0;
    else if (key == 'G' || key == TUI_FN(KEY_END))
        offset = 1 << 20;
    else if (key == 'z') {
        tui_pop(t);
        tui_push(t, &quiz_screen, 0);
    } else if (tui_key_back(key))
        tui_pop(t);
}

static const tui_help stats_help[] = {
    {"j k, Up Down", "scroll"},
    {"Space b, PgDn PgUp", "a page"},
    {"g G", "top, bottom"},
    {"z", "quiz now"},
    {"q, Esc", "back"},
    {NULL, NULL},
};

const screen stats_screen = {
    .name = "Statistics",
    .init = stats_init,
    .draw = stats_draw,
    .key = stats_key,
    .leave = NULL,
    .help = stats_help,
};
