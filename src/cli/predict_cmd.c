/* predict_cmd.c: `conclab predict list` and `conclab predict NAME [--answer
 * 1,3]`: "which outputs can this program print?" on a challenge puzzle. It
 * shows the program and the candidate outputs, reads the ticked choices (one
 * line of stdin, or --answer), and grades them exactly against the
 * explorer's outcomes: each possible output with the moves that replay it,
 * each impossible one with why. The answer is saved in the learner's
 * progress. Exit 0 when the answer is exact, 4 when it is not. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "challenge/challenge.h"
#include "challenge/predict.h"
#include "challenge/record.h"
#include "cli/cli.h"

static const char predict_usage[] =
    "usage: conclab predict list | conclab predict NAME [--answer 1,3]";

static int predict_list(void)
{
    for (size_t i = 0; i < challenge_puzzle_count; i++)
        printf("%-18s %s\n", challenge_puzzles[i]->name, challenge_puzzles[i]->title);
    return EXIT_OK;
}

/* Prints the question: the program and the numbered choices. */
static void print_question(const predict_question *q)
{
    char line[256];
    printf("Which outputs can this program print? (%s)\n\n", q->pz->name);
    int n = challenge_program_lines(q->pz);
    for (int k = 1; k <= n; k++)
        printf("%4d  %s\n", k, challenge_source_line(q->pz, k, line, sizeof line));
    printf("\nTick every output some run can print (choice numbers, e.g. 1,3):\n");
    for (size_t i = 0; i < q->count; i++)
        printf("  %zu) %s\n", i + 1, q->choices[i].label);
}

/* Prints the grade, choice by choice. */
static void print_grade(const predict_question *q, const unsigned char *ticked,
                        predict_grade g)
{
    if (g.exact)
        printf("\nRIGHT: exactly the %zu output%s the explorer finds", q->possible,
               q->possible == 1 ? "" : "s");
    else
        printf("\nNOT QUITE: %zu of %zu possible outputs ticked, %zu missed, %zu impossible "
               "ticked",
               g.hits, q->possible, g.missed, g.wrong);
    printf(" (%llu schedules, up to %d preemptions).\n", (unsigned long long)q->schedules,
           CHALLENGE_BOUND);
    for (size_t i = 0; i < q->count; i++) {
        const predict_choice *c = &q->choices[i];
        const char *mark = c->possible ? (ticked[i] ? "ok    " : "MISSED")
                                       : (ticked[i] ? "WRONG " : "ok    ");
        printf("  %s %zu) %s\n", mark, i + 1, c->label);
        if (c->possible)
            printf("           possible, with %d preemption%s: conclab challenge %s --moves %s\n",
                   c->preemptions, c->preemptions == 1 ? "" : "s", q->pz->name, c->moves);
        else
            printf("           impossible: %s.\n", c->why);
    }
}

int cli_predict(cli_ctx *ctx)
{
    if (ctx->argc < 2) {
        cli_error("%s", predict_usage);
        return EXIT_USAGE;
    }
    if (strcmp(ctx->argv[1], "list") == 0) {
        if (ctx->argc > 2) {
            cli_error("usage: conclab predict list");
            return EXIT_USAGE;
        }
        return predict_list();
    }
    const challenge_puzzle *pz = challenge_find(ctx->argv[1]);
    if (!pz) {
        cli_error("no puzzle '%s' (conclab predict list names them)", ctx->argv[1]);
        return EXIT_USAGE;
    }
    const char *answer = NULL;
    for (int i = 2; i < ctx->argc; i++) {
        const char *arg = ctx->argv[i];
        if (strncmp(arg, "--answer", 8) == 0 && (arg[8] == '=' || arg[8] == '\0')) {
            answer = arg[8] == '=' ? arg + 9 : i + 1 < ctx->argc ? ctx->argv[++i] : NULL;
            if (!answer) {
                cli_error("--answer needs choice numbers, e.g. --answer 1,3");
                return EXIT_USAGE;
            }
        } else {
            cli_error("unknown option '%s' for predict (%s)", arg, predict_usage);
            return EXIT_USAGE;
        }
    }
    predict_question q;
    char err[256], buf[256];
    if (predict_build(pz, &q, err, sizeof err) != 0) {
        cli_error("%s", err);
        return EXIT_DEMO_FAILED;
    }
    print_question(&q);
    int status = EXIT_USAGE;
    if (!answer) {
        printf("> ");
        fflush(stdout);
        if (!fgets(buf, sizeof buf, stdin)) {
            printf("\n");
            cli_error("predict %s: no answer given (end of input)", pz->name);
            goto done;
        }
        buf[strcspn(buf, "\r\n")] = '\0';
        answer = buf;
    } else {
        printf("> %s\n", answer);
    }
    unsigned char ticked[PREDICT_MAX_CHOICES];
    if (predict_parse(answer, q.count, ticked, err, sizeof err) != 0) {
        cli_error("predict %s: %s", pz->name, err);
        goto done;
    }
    predict_grade g = predict_grade_answer(&q, ticked);
    print_grade(&q, ticked, g);

    char moves[PREDICT_MAX_CHOICES * 4 + 1] = "";
    for (size_t i = 0, n = 0; i < q.count; i++)
        if (ticked[i])
            n += (size_t)snprintf(moves + n, sizeof moves - n, "%s%zu", n ? "," : "", i + 1);
    store_challenge c = {.kind = "predict", .puzzle = pz->name, .won = g.exact,
                         .moves = moves, .preemptions = -1, .fewest = -1};
    if (record_attempt(ctx->db_path, ctx->user, &c, err, sizeof err) != 0) {
        cli_error("%s", err);
        status = EXIT_DATABASE;
    } else {
        status = g.exact ? EXIT_OK : EXIT_DEMO_FAILED;
    }
done:
    predict_free(&q);
    return status;
}
