/* quiz_cmd.c: `conclab quiz [--plain] [--limit N] [--new N]`, the line-based
 * quiz for scripts, screen readers and tests: the question; one line of
 * answer; the reference answer and feedback; one line 1-4 (u undo, q quit).
 * Each grade is committed before the next question is printed, and says so;
 * q or the end of input leaves with everything saved. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/plain_text.h"
#include "quiz/progress.h"
#include "quiz/session.h"
#include "quiz/when.h"

/* Parses a whole non-negative number; -1 when text is not one. */
static int parse_count(const char *text)
{
    char *end;
    long v = strtol(text, &end, 10);
    if (!*text || *end || v < 0 || v > 100000)
        return -1;
    return (int)v;
}

/* Takes "--opt N" or "--opt=N" at argv[*i]; 1 when taken, -1 on a bad
 * value, 0 when argv[*i] is another argument. */
static int take_count(cli_ctx *ctx, int *i, const char *opt, int *out)
{
    size_t len = strlen(opt);
    const char *arg = ctx->argv[*i], *value;
    if (strncmp(arg, opt, len) != 0 || (arg[len] != '\0' && arg[len] != '='))
        return 0;
    if (arg[len] == '=')
        value = arg + len + 1;
    else if (*i + 1 < ctx->argc)
        value = ctx->argv[++*i];
    else
        value = "";
    *out = parse_count(value);
    if (*out < 0) {
        cli_error("%s needs a whole number, not '%s'", opt, value);
        return -1;
    }
    return 1;
}

/* Reads one line without its end; NULL at end of input. When the input is
 * not a terminal the line is echoed, so a transcript reads like a dialogue. */
static char *read_line(char **buf, size_t *cap)
{
    ssize_t n = getline(buf, cap, stdin);
    if (n < 0)
        return NULL;
    while (n > 0 && ((*buf)[n - 1] == '\n' || (*buf)[n - 1] == '\r'))
        (*buf)[--n] = '\0';
    if (!isatty(STDIN_FILENO))
        printf("%s\n", *buf);
    return *buf;
}

static void prompt(const char *text)
{
    fputs(text, stdout);
    fflush(stdout);
}

static void print_card(const session_card *c, int number)
{
    const content_question *q = c->question;
    const char *kind = c->is_new ? "new" : fsrs_state_name(c->card.state);
    /* a blank line parts a card from the one before; the first starts the output */
    printf("%sCard %d: question %d (%s; %d due, %d new left today)\n", number > 1 ? "\n" : "",
           number, q->number, kind, c->due_left, c->new_left);
    plain_wrapped("Q: ", q->question, 3, plain_width());
}

static void print_feedback(const content_question *q, const feedback *fb)
{
    int width = plain_width();
    printf("Reference answer%s%s:\n", q->title ? ": " : "", q->title ? q->title : "");
    for (size_t i = 0; i < q->answer_count; i++)
        plain_point(&q->answer[i], "- ", 2, width);
    for (int pass = 1; pass >= 0; pass--) {
        printf("Key terms %s:", pass ? "used" : "missed");
        int any = 0;
        for (size_t i = 0; i < fb->term_count; i++)
            if (fb->used[i] == pass) {
                printf("%s %s", any ? "," : "", q->key_terms[i]);
                any = 1;
            }
        printf("%s\n", any ? "" : " none");
    }
    if (fb->typed)
        printf("Suggested grade: %d %s (%zu of %zu key terms)\n", fb->suggested,
               fsrs_grade_name(fb->suggested), fb->used_count, fb->term_count);
    else
        printf("Suggested grade: none (nothing typed): compare with the reference yourself\n");
}

enum { ASK_NEXT, ASK_QUIT, ASK_ERROR, ASK_AGAIN };

/* Undoes the last grade: ASK_NEXT (the undone card comes next), ASK_AGAIN
 * (nothing to undo) or ASK_ERROR. */
static int undo(session *s, int *graded)
{
    const content_question *q;
    int rc = session_undo(s, &q);
    if (rc == STORE_ERROR)
        return ASK_ERROR;
    if (rc == STORE_NONE) {
        printf("Nothing to undo in this session.\n");
        return ASK_AGAIN;
    }
    (*graded)--;
    printf("Undone: question %d is as it was and comes again.\n", q->number);
    return ASK_NEXT;
}

/* Asks for the grade of the current card until one is given, undone or
 * the learner leaves. */
static int ask_grade(session *s, char **line, size_t *cap, int *graded)
{
    for (;;) {
        prompt("Grade: 1 Again, 2 Hard, 3 Good, 4 Easy (u undo, q quit): ");
        const char *in = read_line(line, cap);
        if (!in || strcmp(in, "q") == 0) {
            putchar('\n');
            return ASK_QUIT;
        }
        if (strcmp(in, "u") == 0) {
            int rc = undo(s, graded);
            if (rc != ASK_AGAIN)
                return rc;
            continue;
        }
        int grade = in[0] >= '1' && in[0] <= '4' && in[1] == '\0' ? in[0] - '0' : 0;
        if (!grade) {
            printf("Please type 1, 2, 3 or 4 (or u to undo, q to quit).\n");
            continue;
        }
        session_result res;
        int rc = session_grade(s, grade, &res);
        if (rc == SESSION_STALE) {
            printf("Not saved: this card was graded meanwhile in another conclab session.\n");
            return ASK_NEXT;
        }
        if (rc != STORE_OK)
            return ASK_ERROR;
        (*graded)++;
        printf("Saved: %s. Comes back %s.\n", fsrs_grade_name(grade), res.when);
        fflush(stdout);
        return ASK_NEXT;
    }
}

/* The session loop; returns an exit code. */
static int run(session *s)
{
    char *line = NULL;
    size_t cap = 0;
    int graded = 0, status = EXIT_OK, number = 0;
    for (;;) {
        session_card card;
        int rc = session_next(s, &card);
        if (rc == STORE_ERROR)
            goto db_error;
        if (rc == STORE_NONE) {
            int64_t due;
            char when[48] = "";
            if (session_next_due(s, &due) != STORE_OK)
                goto db_error;
            if (due != INT64_MAX)
                when_describe(due - when_clock(), when, sizeof when);
            printf("\nNo more cards for now: %d graded this session.%s%s%s\n", graded,
                   when[0] ? " The next one is due " : "", when, when[0] ? "." : "");
            break;
        }
        print_card(&card, ++number);
        prompt("Your answer (one line; Enter to just think; u undo, q quit): ");
        const char *typed = read_line(&line, &cap);
        if (!typed || strcmp(typed, "q") == 0) {
            printf("\nStopped: %d graded this session, all saved.\n", graded);
            break;
        }
        if (strcmp(typed, "u") == 0) {
            if (undo(s, &graded) == ASK_ERROR)
                goto db_error;
            continue;
        }
        feedback fb;
        session_answer(s, typed, &fb);
        print_feedback(card.question, &fb);
        rc = ask_grade(s, &line, &cap, &graded);
        if (rc == ASK_ERROR)
            goto db_error;
        if (rc == ASK_QUIT) {
            printf("Stopped: %d graded this session, all saved.\n", graded);
            break;
        }
    }
    free(line);
    return status;
db_error:
    cli_error("%s", session_error(s));
    free(line);
    return EXIT_DATABASE;
}

int cli_quiz(cli_ctx *ctx)
{
    int limit = 0, new_per_day = SESSION_NEW_PER_DAY;
    const char *section = NULL;
    for (int i = 1; i < ctx->argc; i++) {
        int taken;
        if (strcmp(ctx->argv[i], "--plain") == 0)
            continue;
        if (strcmp(ctx->argv[i], "--section") == 0) {
            if (i + 1 >= ctx->argc) {
                cli_error("quiz: --section needs a section id or number (conclab sections lists them)");
                return EXIT_USAGE;
            }
            section = ctx->argv[++i];
            if (!content_find_section(ctx->content, section)) {
                cli_error("quiz: no section '%s' (conclab sections lists them)", section);
                return EXIT_USAGE;
            }
            continue;
        }
        if ((taken = take_count(ctx, &i, "--limit", &limit)) == 0)
            taken = take_count(ctx, &i, "--new", &new_per_day);
        if (taken < 0)
            return EXIT_USAGE;
        if (taken == 0) {
            cli_error("quiz: unknown argument '%s' (quiz [--plain] [--limit N] [--new N] [--section ID])",
                      ctx->argv[i]);
            return EXIT_USAGE;
        }
    }
    int64_t now;
    store *st = NULL;
    char err[1024];
    int status = progress_open(ctx->db_path, &st, &now, err, sizeof err);
    if (status != 0) {
        cli_error("%s", err);
        return status;
    }
    session *s = session_open(st, ctx->content, ctx->user, limit, new_per_day, err, sizeof err);
    status = EXIT_DATABASE;
    if (!s) {
        cli_error("%s", err);
    } else if (section && session_focus(s, section, err, sizeof err) != 0) {
        cli_error("quiz: %s", err);
        status = EXIT_USAGE;
    } else {
        status = run(s);
    }
    session_close(s);
    store_close(st);
    return status;
}
