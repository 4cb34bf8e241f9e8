/* feedback.c: matching a typed answer against a question's key terms and
 * suggesting a grade. Words are runs of letters and digits (any byte of a
 * UTF-8 sequence counts as a letter), compared in lower case with a final
 * plural s/es ignored; a term of several words also matches them written
 * together ("WaitGroup" for "wait group") and the reverse. */
#include "quiz/feedback.h"

#include "quiz/fsrs.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#define WORD_MAX 160

static int is_word_byte(unsigned char c)
{
    return isalnum(c) || c >= 0x80;
}

/* Skips to the next word at or after *p; returns its length (0 at end). */
static size_t next_word(const char **p)
{
    const char *s = *p;
    while (*s && !is_word_byte((unsigned char)*s))
        s++;
    *p = s;
    size_t n = 0;
    while (s[n] && is_word_byte((unsigned char)s[n]))
        n++;
    return n;
}

/* Drops a plural ending: -es after s, x, z, h; else -s (not -ss); longer
 * words only. */
static size_t stem(const char *w, size_t n)
{
    if (n > 4 && w[n - 1] == 's' && w[n - 2] == 'e' && strchr("sxzh", w[n - 3]))
        return n - 2;
    if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's')
        return n - 1;
    return n;
}

/* Appends n bytes of w, lower-cased, to buf holding *len bytes. Returns 0
 * when they do not fit. */
static int append_lower(char *buf, size_t *len, const char *w, size_t n)
{
    if (*len + n >= WORD_MAX)
        return 0;
    for (size_t i = 0; i < n; i++)
        buf[(*len)++] = (char)tolower((unsigned char)w[i]);
    buf[*len] = '\0';
    return 1;
}

int feedback_uses(const char *text, const char *term)
{
    char want[WORD_MAX], have[WORD_MAX];
    size_t want_len = 0, n;
    const char *t = term;
    while ((n = next_word(&t)) > 0) {
        if (!append_lower(want, &want_len, t, n))
            break;
        t += n;
    }
    if (want_len == 0 || !text)
        return 0;
    size_t want_stem = stem(want, want_len);
    const char *start = text;
    while ((n = next_word(&start)) > 0) {
        size_t have_len = 0;
        const char *w = start;
        size_t m = n;
        /* Join this word with the following ones while they could match. */
        while (m > 0 && append_lower(have, &have_len, w, m)) {
            size_t s = stem(have, have_len);
            if (s == want_stem && memcmp(have, want, s) == 0)
                return 1;
            if (have_len >= want_len + 2)
                break;
            w += m;
            m = next_word(&w);
        }
        start += n;
    }
    return 0;
}

/* Appends ", term" (or the first term) to buf. */
static void add_term(char *buf, size_t len, int *first, const char *term)
{
    size_t used = strlen(buf);
    if (used + 1 >= len)
        return;
    snprintf(buf + used, len - used, "%s%s", *first ? "" : ", ", term);
    *first = 0;
}

void feedback_check(const content_question *q, const char *typed, feedback *out)
{
    memset(out, 0, sizeof *out);
    const char *p = typed ? typed : "";
    out->typed = next_word(&p) > 0;
    out->term_count = q->key_term_count < FEEDBACK_MAX_TERMS ? q->key_term_count
                                                             : FEEDBACK_MAX_TERMS;
    char used[320] = "", missed[320] = "";
    int first_used = 1, first_missed = 1;
    for (size_t i = 0; i < out->term_count; i++) {
        out->used[i] = out->typed && feedback_uses(typed, q->key_terms[i]);
        out->used_count += out->used[i];
        if (out->used[i])
            add_term(used, sizeof used, &first_used, q->key_terms[i]);
        else
            add_term(missed, sizeof missed, &first_missed, q->key_terms[i]);
    }
    if (!out->typed) {
        snprintf(out->line, sizeof out->line, "nothing typed; key terms: %s", missed);
        return;
    }
    if (out->term_count == 0 || out->used_count == out->term_count)
        out->suggested = 4;
    else if (out->used_count == 0)
        out->suggested = 1;
    else if (out->used_count * 2 < out->term_count)
        out->suggested = 2;
    else
        out->suggested = 3;
    snprintf(out->line, sizeof out->line, "used %zu of %zu key terms (%s); missed: %s; suggested %s",
             out->used_count, out->term_count, used[0] ? used : "none",
             missed[0] ? missed : "none", fsrs_grade_name(out->suggested));
}
