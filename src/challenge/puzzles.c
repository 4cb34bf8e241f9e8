/* puzzles.c: the registry of challenge puzzles, their embedded sources, the
 * test for "this run broke the puzzle", and what the explorer says about a
 * puzzle: every outcome under every schedule, each with the fewest
 * preemptions that reach it and the learner's moves that replay it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "challenge/challenge.h"
#include "challenge/game.h"
#include "demos/embedded.h"
#include "explore/explore.h"

const challenge_puzzle *const challenge_puzzles[] = {
    &puzzle_data_race,        &puzzle_check_then_act, &puzzle_deadlock,
    &puzzle_critical_section, &puzzle_handoff,        &puzzle_locked_counter,
};
const size_t challenge_puzzle_count = sizeof challenge_puzzles / sizeof challenge_puzzles[0];

/* Runs of one puzzle never need more choice points than this. */
#define PUZZLE_STEP_BUDGET 100000u

const challenge_puzzle *challenge_find(const char *name)
{
    for (size_t i = 0; name && i < challenge_puzzle_count; i++)
        if (strcmp(challenge_puzzles[i]->name, name) == 0)
            return challenge_puzzles[i];
    return NULL;
}

int challenge_index(const char *name)
{
    const challenge_puzzle *pz = challenge_find(name);
    for (size_t i = 0; pz && i < challenge_puzzle_count; i++)
        if (challenge_puzzles[i] == pz)
            return (int)i;
    return 0;
}

const char *challenge_source(const challenge_puzzle *pz)
{
    for (const embedded_file *f = embedded_files; pz && f->path; f++)
        if (strcmp(f->path, pz->source) == 0)
            return f->text;
    return NULL;
}

/* The marker line that starts a puzzle's own description. */
static const char puzzle_marker[] = "/* ---- the puzzle";

int challenge_program_lines(const challenge_puzzle *pz)
{
    const char *text = challenge_source(pz);
    int n = 0;
    for (const char *p = text; p && *p; n++) {
        if (strncmp(p, puzzle_marker, sizeof puzzle_marker - 1) == 0)
            break;
        const char *nl = strchr(p, '\n');
        p = nl ? nl + 1 : p + strlen(p);
    }
    /* drop blank lines before the marker */
    for (char buf[8]; n > 0 && challenge_source_line(pz, n, buf, sizeof buf)[0] == '\0';)
        n--;
    return n;
}

char *challenge_source_line(const challenge_puzzle *pz, int n, char *buf, size_t len)
{
    const char *p = challenge_source(pz);
    buf[0] = '\0';
    for (int k = 1; p && *p && k < n; k++) {
        p = strchr(p, '\n');
        p = p ? p + 1 : NULL;
    }
    if (!p || n < 1 || len == 0)
        return buf;
    size_t end = strcspn(p, "\n");
    while (end > 0 && p[end - 1] == ' ')
        end--;
    if (end >= len)
        end = len - 1;
    memcpy(buf, p, end);
    buf[end] = '\0';
    return buf;
}

/* Copies text[0, n) into buf with runs of blanks squeezed to one and no
 * blanks at either end. Returns the length. */
static size_t squeeze(const char *text, size_t n, char *buf, size_t len)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < len; i++)
        if (text[i] != ' ' || (k > 0 && buf[k - 1] != ' '))
            buf[k++] = text[i];
    while (k > 0 && buf[k - 1] == ' ')
        k--;
    buf[k] = '\0';
    return k;
}

char *challenge_line_words(const challenge_puzzle *pz, int n, char *buf, size_t len)
{
    char line[512];
    challenge_source_line(pz, n, line, sizeof line);
    const char *open = strstr(line, "/*"), *close = open ? strstr(open, "*/") : NULL;
    /* the Go beside the C, when the line has both */
    if (open && close && close[2] == '\0' && open > line &&
        squeeze(open + 2, (size_t)(close - open - 2), buf, len) > 0)
        return buf;
    squeeze(line, strlen(line), buf, len);
    return buf;
}

/* 1 when text holds line as one whole line. */
static int has_line(const char *text, const char *line)
{
    size_t n = strlen(line);
    for (const char *p = text; p && *p;) {
        size_t len = strcspn(p, "\n");
        if (len == n && strncmp(p, line, n) == 0)
            return 1;
        p += len + (p[len] == '\n');
    }
    return 0;
}

int challenge_is_broken(const challenge_puzzle *pz, const char *output, const char *verdict)
{
    if (pz->win_verdict && strcmp(pz->win_verdict, verdict ? verdict : "") != 0)
        return 0;
    if (pz->win_line && !has_line(output, pz->win_line))
        return 0;
    return pz->win_verdict || pz->win_line;
}

char *challenge_output_label(const char *output, const char *verdict, char *buf, size_t len)
{
    size_t used = 0;
    buf[0] = '\0';
    for (const char *p = output; p && *p && used + 1 < len;) {
        size_t n = strcspn(p, "\n");
        used += (size_t)snprintf(buf + used, len - used, "%s%.*s", used ? " | " : "", (int)n, p);
        p += n + (p[n] == '\n');
    }
    if (used >= len)
        used = len - 1;
    if (!buf[0])
        used = (size_t)snprintf(buf, len, "(nothing)");
    if (used < len && verdict && strcmp(verdict, "ok") != 0)
        snprintf(buf + used, len - used, ", then %s%s", verdict,
                 strcmp(verdict, "deadlock") == 0 ? "!" : "");
    return buf;
}

int challenge_analyze(const challenge_puzzle *pz, int bound, challenge_analysis *out, char *err,
                      size_t errlen)
{
    explore_options opt = explore_defaults();
    opt.preemption_bound = bound;
    opt.max_steps = PUZZLE_STEP_BUDGET;
    opt.reduce = 0; /* "fewest possible" must be exact: a reduced search may
                       keep only an equivalent schedule with more preemptions */
    explore_result r;
    memset(out, 0, sizeof *out);
    out->fewest = -1;
    if (explore_run(pz->main, NULL, &opt, &r, err, errlen) != 0)
        return -1;
    if (!r.complete) {
        snprintf(err, errlen, "puzzle %s: too many schedules to explore them all", pz->name);
        explore_result_free(&r);
        return -1;
    }
    out->schedules = r.schedules;
    out->outcomes = calloc(r.outcome_count ? r.outcome_count : 1, sizeof *out->outcomes);
    if (!out->outcomes)
        goto oom;
    for (size_t i = 0; i < r.outcome_count; i++) {
        const explore_outcome *o = &r.outcomes[i];
        challenge_outcome *c = &out->outcomes[out->outcome_count++];
        c->output = strdup(o->output);
        c->verdict = strdup(o->verdict);
        c->moves = challenge_moves_of_schedule(pz, o->schedule);
        c->preemptions = o->preemptions;
        c->count = o->count;
        c->broken = challenge_is_broken(pz, o->output, o->verdict);
        if (!c->output || !c->verdict || !c->moves)
            goto oom;
        if (c->broken && (out->fewest < 0 || c->preemptions < out->fewest))
            out->fewest = c->preemptions;
    }
    explore_result_free(&r);
    return 0;
oom:
    explore_result_free(&r);
    challenge_analysis_free(out);
    snprintf(err, errlen, "out of memory exploring puzzle %s", pz->name);
    return -1;
}

void challenge_analysis_free(challenge_analysis *a)
{
    for (size_t i = 0; a->outcomes && i < a->outcome_count; i++) {
        free(a->outcomes[i].output);
        free(a->outcomes[i].verdict);
        free(a->outcomes[i].moves);
    }
    free(a->outcomes);
    memset(a, 0, sizeof *a);
    a->fewest = -1;
}
