/* challenge_cmd.c: `conclab challenge list` and `conclab challenge NAME
 * [--plain] [--moves M]`: "you are the scheduler" as a line-oriented loop
 * that works with piped input (tests, screen readers): the goroutines with
 * their next line, then one line of input: a goroutine number, u (undo) or
 * q (give up). With --moves the moves come from the list instead. A win or
 * a give-up is saved in the learner's progress. In a terminal, without
 * --plain or --moves, the TUI's challenge screen opens instead. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "challenge/challenge.h"
#include "challenge/game.h"
#include "challenge/record.h"
#include "cli/cli.h"

static const char challenge_usage[] =
    "usage: conclab challenge list | conclab challenge NAME [--plain] [--moves 1,2,2,1]";

/* Where the moves come from. */
typedef struct input {
    const char *moves;  /* --moves: the rest of the list, or NULL: stdin */
    int tty;            /* stdin is a terminal: a bad line is asked again */
    int line;           /* input lines read */
} input;

static int challenge_list(void)
{
    for (size_t i = 0; i < challenge_puzzle_count; i++) {
        const challenge_puzzle *pz = challenge_puzzles[i];
        printf("%-18s %-30s %s\n", pz->name, pz->title, pz->goal);
    }
    return EXIT_OK;
}

/* Prints the program with line numbers. */
static void print_program(const challenge_puzzle *pz)
{
    char line[256];
    int n = challenge_program_lines(pz);
    for (int k = 1; k <= n; k++)
        printf("%4d  %s\n", k, challenge_source_line(pz, k, line, sizeof line));
}

/* Prints where each goroutine stands and who may move. */
static void print_state(const challenge_game *g)
{
    char code[256];
    printf("\n-- step %zu --\n", g->move_count + 1);
    for (size_t i = 0; i < g->g_count; i++) {
        const challenge_g *s = &g->gs[i];
        const char *src = s->line ? challenge_line_words(g->pz, s->line, code, sizeof code) : "";
        printf("  %c g%-2d %-12.12s ", s->candidate ? '*' : ' ', s->id, s->name);
        switch (s->state) {
        case CHALLENGE_G_NEW:
            printf("starts at line %d   %s\n", s->line, src);
            break;
        case CHALLENGE_G_AT:
            printf("next: line %d   %s   [%s]\n", s->line, src, s->what);
            break;
        case CHALLENGE_G_AFTER:
            printf("continues after line %d   %s   [%s]\n", s->line, src, s->what);
            break;
        case CHALLENGE_G_BLOCKED:
            printf("blocked at line %d   %s   [%s]\n", s->line, src, s->what);
            break;
        case CHALLENGE_G_DONE:
            printf("finished\n");
            break;
        }
    }
}

/* Prints the lines of text indented, each after prefix. */
static void print_lines(const char *text, const char *prefix)
{
    for (const char *p = text; p && *p;) {
        size_t n = strcspn(p, "\n");
        printf("%s%.*s\n", prefix, (int)n, p);
        p += n + (p[n] == '\n');
    }
}

/* Prints how the game ended and what it means. */
static void print_end(const challenge_game *g)
{
    char label[256], *moves = challenge_game_moves_text(g);
    printf("\nThe program ended: %s. It printed: %s\n", g->verdict,
           challenge_output_label(g->output, "ok", label, sizeof label));
    if (g->report && *g->report)
        print_lines(g->report, "  | ");
    printf("\nWhat happened, step by step:\n");
    print_lines(g->story, "  ");
    if (g->broken) {
        printf("\nWON: you broke it in %zu moves with %d preemption%s", g->move_count,
               g->preemptions, g->preemptions == 1 ? "" : "s");
        if (g->fewest >= 0)
            printf(" (the fewest that can: %d)", g->fewest);
        printf(".\n%s\n", g->pz->broken_why);
    } else if (g->fewest < 0) {
        printf("\nNOT BROKEN, and it cannot be: the explorer ran all %llu schedules (up to "
               "%d preemptions) and none breaks it.\n%s\n",
               (unsigned long long)g->schedules, CHALLENGE_BOUND, g->pz->holds_why);
    } else {
        printf("\nNOT BROKEN this time. %s\nIt can be done with %d preemption%s. u takes back "
               "a move, q gives up.\n",
               g->pz->holds_why, g->fewest, g->fewest == 1 ? "" : "s");
    }
    printf("Replay: conclab challenge %s --moves %s\n", g->pz->name, moves ? moves : "");
    free(moves);
}

/* Reads the next command into buf: a line of stdin, or the next move of
 * --moves. Returns 0, or -1 at the end of the input. */
static int next_command(input *in, char *buf, size_t len)
{
    in->line++;
    if (in->moves) {
        if (!*in->moves)
            return -1;
        size_t n = strcspn(in->moves, ",");
        snprintf(buf, len, "%.*s", (int)n, in->moves);
        in->moves += n + (in->moves[n] == ',');
        printf("> %s\n", buf);
        return 0;
    }
    fflush(stdout);
    if (!fgets(buf, (int)len, stdin))
        return -1;
    buf[strcspn(buf, "\r\n")] = '\0';
    if (!in->tty)
        printf("> %s\n", buf);
    return 0;
}

/* Saves the attempt. Returns EXIT_OK or EXIT_DATABASE after one line. */
static int save(const cli_ctx *ctx, const challenge_game *g)
{
    char err[512], *moves = challenge_game_moves_text(g);
    store_challenge c = {
        .kind = "scheduler",
        .puzzle = g->pz->name,
        .won = g->broken,
        .moves = moves ? moves : "",
        .preemptions = g->preemptions,
        .fewest = g->ended ? g->fewest : -1,
    };
    int rc = record_attempt(ctx->db_path, ctx->user, &c, err, sizeof err);
    free(moves);
    if (rc != 0) {
        cli_error("%s", err);
        return EXIT_DATABASE;
    }
    return EXIT_OK;
}

/* Prints what the last move did and any new output. */
static void print_progress(const challenge_game *g, size_t *shown)
{
    print_lines(g->last, "    ");
    size_t len = strlen(g->output);
    if (len > *shown)
        print_lines(g->output + *shown, "  output: ");
    *shown = len;
}

/* The game loop. Returns the exit code. */
static int play(const cli_ctx *ctx, challenge_game *g, input *in)
{
    char buf[128], err[256];
    size_t shown = 0;
    print_progress(g, &shown);
    for (;;) {
        if (g->broken || (g->ended && g->fewest < 0)) {
            print_end(g);
            int rc = save(ctx, g);
            return rc != EXIT_OK ? rc : g->broken ? EXIT_OK : EXIT_DEMO_FAILED;
        }
        if (g->ended)
            print_end(g);
        else
            print_state(g);
        printf("%s (a goroutine number, u undo, q give up): ",
               g->ended ? "Take a move back?" : "Which goroutine takes the next step?");
        if (in->tty)
            fflush(stdout);
        else
            printf("\n");
        if (next_command(in, buf, sizeof buf) != 0 || strcmp(buf, "q") == 0) {
            printf("\nGiven up after %zu moves.\n", g->move_count);
            int rc = save(ctx, g);
            return rc != EXIT_OK ? rc : EXIT_DEMO_FAILED;
        }
        int rc = 0;
        char *end;
        long id = strtol(buf, &end, 10);
        if (strcmp(buf, "u") == 0) {
            rc = challenge_game_undo(g, err, sizeof err);
            shown = strlen(g->output);
            if (rc == 0)
                printf("  (took back a move)\n");
        } else if (buf[0] && !*end && id > 0 && id < 1000000) {
            rc = challenge_game_move(g, (int)id, err, sizeof err);
            if (rc == 0)
                print_progress(g, &shown);
        } else if (buf[0] || !in->tty) {
            snprintf(err, sizeof err, "'%s' is not a goroutine number, u or q", buf);
            rc = -1;
        }
        if (rc != 0 && !in->tty) {
            cli_error("challenge %s: %s %d: %s", g->pz->name, in->moves ? "move" : "input line",
                      in->line, err);
            return EXIT_USAGE;
        }
        if (rc != 0)
            printf("  %s\n", err);
    }
}

int cli_challenge(cli_ctx *ctx)
{
    if (ctx->argc < 2) {
        cli_error("%s", challenge_usage);
        return EXIT_USAGE;
    }
    if (strcmp(ctx->argv[1], "list") == 0) {
        if (ctx->argc > 2) {
            cli_error("usage: conclab challenge list");
            return EXIT_USAGE;
        }
        return challenge_list();
    }
    const challenge_puzzle *pz = challenge_find(ctx->argv[1]);
    if (!pz) {
        cli_error("no puzzle '%s' (conclab challenge list names them)", ctx->argv[1]);
        return EXIT_USAGE;
    }
    int plain = 0;
    input in = {NULL, 0, 0};
    for (int i = 2; i < ctx->argc; i++) {
        const char *arg = ctx->argv[i];
        if (strcmp(arg, "--plain") == 0) {
            plain = 1;
        } else if (strncmp(arg, "--moves", 7) == 0 && (arg[7] == '=' || arg[7] == '\0')) {
            in.moves = arg[7] == '=' ? arg + 8 : i + 1 < ctx->argc ? ctx->argv[++i] : NULL;
            if (!in.moves || !*in.moves) {
                cli_error("--moves needs a list of goroutine numbers, e.g. --moves 1,2,2,1");
                return EXIT_USAGE;
            }
        } else {
            cli_error("unknown option '%s' for challenge (%s)", arg, challenge_usage);
            return EXIT_USAGE;
        }
    }
    if (!plain && !in.moves && isatty(0) && isatty(1))
        return cli_tui(ctx);
    in.tty = !in.moves && isatty(0);

    challenge_game g;
    char err[256];
    if (challenge_game_start(&g, pz, err, sizeof err) != 0) {
        challenge_game_free(&g);
        cli_error("%s", err);
        return EXIT_DEMO_FAILED;
    }
    printf("Challenge %s: %s\nGoal: %s\nYou are the scheduler: at each step, choose which "
           "goroutine runs until its next choice point (* marks those that can run).\n\n",
           pz->name, pz->title, pz->goal);
    print_program(pz);
    int status = play(ctx, &g, &in);
    challenge_game_free(&g);
    return status;
}
