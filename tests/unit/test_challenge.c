/* test_challenge.c: the challenge module without a screen: the puzzles and
 * their embedded sources, the broken test, the explorer's outcomes (bounded
 * against unbounded), the scheduler game (moves, undo, refusals,
 * preemptions, the moves of every outcome replaying it) and the graded
 * "which outputs" question. */
#include <stdlib.h>
#include <string.h>

#include "challenge/challenge.h"
#include "challenge/game.h"
#include "challenge/predict.h"
#include "../tap.h"

static void test_puzzles(void)
{
    ok(challenge_puzzle_count >= 6, "at least six puzzles");
    for (size_t i = 0; i < challenge_puzzle_count; i++) {
        const challenge_puzzle *pz = challenge_puzzles[i];
        const char *src = challenge_source(pz);
        ok(src != NULL, "%s: its source is embedded", pz->name);
        int n = challenge_program_lines(pz);
        ok(n > 15 && src && strstr(src, "/* ---- the puzzle"), "%s: %d program lines before "
           "the puzzle's description", pz->name, n);
        is_int(challenge_index(pz->name), (int)i, "%s: its index", pz->name);
        ok(challenge_find(pz->name) == pz, "%s: found by name", pz->name);
        ok(pz->goal && pz->broken_why && pz->holds_why && (pz->win_line || pz->win_verdict),
           "%s: a goal, both explanations and a win condition", pz->name);
    }
    ok(challenge_find("nope") == NULL, "no puzzle 'nope'");
    char buf[128];
    is_str(challenge_line_words(&puzzle_data_race, 13, buf, sizeof buf),
           "v := counter // counter++: load", "a line in words: the Go beside the C");
    is_str(challenge_line_words(&puzzle_data_race, 21, buf, sizeof buf), "counter = 0;",
           "a line without Go beside it: the C");
    is_str(challenge_source_line(&puzzle_data_race, 9999, buf, sizeof buf), "",
           "a line past the end is empty");
}

static void test_broken(void)
{
    ok(challenge_is_broken(&puzzle_data_race, "1\n", "ok"), "data race: printing 1 breaks it");
    ok(!challenge_is_broken(&puzzle_data_race, "2\n", "ok"), "printing 2 does not");
    ok(!challenge_is_broken(&puzzle_data_race, "11\n", "ok"), "only a whole line counts");
    ok(challenge_is_broken(&puzzle_deadlock, "", "deadlock"), "deadlock: the verdict breaks it");
    ok(!challenge_is_broken(&puzzle_deadlock, "done\n", "ok"), "finishing does not");
    char buf[64];
    is_str(challenge_output_label("a\nb\n", "ok", buf, sizeof buf), "a | b", "a label joins lines");
    is_str(challenge_output_label("", "deadlock", buf, sizeof buf), "(nothing), then deadlock!",
           "and says how it ended");
}

/* 1 when both analyses have the same outcomes (output and verdict). */
static int same_outcomes(const challenge_analysis *a, const challenge_analysis *b)
{
    if (a->outcome_count != b->outcome_count)
        return 0;
    for (size_t i = 0; i < a->outcome_count; i++) {
        int found = 0;
        for (size_t j = 0; j < b->outcome_count; j++)
            found |= strcmp(a->outcomes[i].output, b->outcomes[j].output) == 0 &&
                     strcmp(a->outcomes[i].verdict, b->outcomes[j].verdict) == 0;
        if (!found)
            return 0;
    }
    return 1;
}

static void test_analysis_bound(void)
{
    const challenge_puzzle *small[] = {&puzzle_data_race, &puzzle_handoff};
    for (size_t i = 0; i < 2; i++) {
        challenge_analysis bounded, all;
        char err[256];
        is_int(challenge_analyze(small[i], CHALLENGE_BOUND, &bounded, err, sizeof err), 0,
               "%s: explored within the bound", small[i]->name);
        is_int(challenge_analyze(small[i], -1, &all, err, sizeof err), 0,
               "%s: explored without a bound", small[i]->name);
        ok(all.schedules > bounded.schedules, "%s: %llu schedules without a bound, %llu within",
           small[i]->name, (unsigned long long)all.schedules,
           (unsigned long long)bounded.schedules);
        ok(same_outcomes(&bounded, &all), "%s: the bound finds every outcome", small[i]->name);
        is_int(bounded.fewest, all.fewest, "%s: and the same fewest preemptions", small[i]->name);
        challenge_analysis_free(&bounded);
        challenge_analysis_free(&all);
    }
}

/* Every outcome's moves replay it: same output, verdict, broken flag and
 * preemptions. */
static void test_outcomes_replay(void)
{
    for (size_t i = 0; i < challenge_puzzle_count; i++) {
        const challenge_puzzle *pz = challenge_puzzles[i];
        challenge_analysis a;
        char err[256];
        if (!ok(challenge_analyze(pz, CHALLENGE_BOUND, &a, err, sizeof err) == 0,
                "%s: explored (%s)", pz->name, err))
            continue;
        int breakable = 0;
        for (size_t k = 0; k < a.outcome_count; k++) {
            const challenge_outcome *o = &a.outcomes[k];
            challenge_game g;
            challenge_game_start(&g, pz, err, sizeof err);
            int rc = challenge_game_play(&g, o->moves, err, sizeof err);
            ok(rc == 0 && g.ended && strcmp(g.output, o->output) == 0 &&
                   strcmp(g.verdict, o->verdict) == 0 && g.broken == o->broken &&
                   g.preemptions == o->preemptions,
               "%s: moves %s replay outcome %zu (%s, %d preemptions)", pz->name, o->moves, k + 1,
               o->verdict, o->preemptions);
            breakable |= o->broken;
            challenge_game_free(&g);
        }
        int want = pz != &puzzle_handoff && pz != &puzzle_locked_counter;
        is_int(breakable, want, "%s: %s", pz->name, want ? "some schedule breaks it"
                                                        : "no schedule breaks it");
        is_int(a.fewest >= 0, want, "%s: fewest preemptions %d", pz->name, a.fewest);
        challenge_analysis_free(&a);
    }
}

static void test_game(void)
{
    challenge_game g;
    char err[256];
    is_int(challenge_game_start(&g, &puzzle_data_race, err, sizeof err), 0, "a game starts");
    is_int(g.current, 1, "main is at the first choice point");
    ok(challenge_game_g(&g, 1)->candidate && challenge_game_g(&g, 2)->candidate,
       "main and g2 may run");
    is_int(challenge_game_g(&g, 2)->state, CHALLENGE_G_NEW, "g2 has not started");
    is_int(challenge_game_g(&g, 2)->line, 10, "it starts at its function's line");
    is_int(challenge_game_move(&g, 7, err, sizeof err), -1, "no goroutine 7");
    is_str(err, "there is no goroutine 7", "and says so");
    is_int(challenge_game_play(&g, "1,1,1", err, sizeof err), 0, "main starts both and waits");
    const challenge_g *m = challenge_game_g(&g, 1);
    ok(m->state == CHALLENGE_G_BLOCKED && m->line == 25 && !m->candidate &&
           strcmp(m->what, "sync.WaitGroup.Wait") == 0,
       "main is blocked at line 25 in wg.Wait");
    is_int(challenge_game_move(&g, 1, err, sizeof err), -1, "a blocked goroutine is refused");
    is_int((int)g.move_count, 3, "and nothing changed");
    is_int(challenge_game_play(&g, "3,3", err, sizeof err), 0, "g3 loads");
    const challenge_g *g3 = challenge_game_g(&g, 3);
    ok(g3->state == CHALLENGE_G_AT && g3->line == 14 && strcmp(g3->what, "shared store") == 0,
       "g3 stands before its store at line 14");
    ok(strstr(g.last, "g3 read counter = 0 (line 13)") != NULL, "the last move read 0");
    char *before = strdup(g.last);
    is_int(challenge_game_move(&g, 2, err, sizeof err), 0, "g2 preempts g3");
    is_int(g.preemptions, 1, "one preemption");
    is_int(challenge_game_undo(&g, err, sizeof err), 0, "undo");
    is_int(g.preemptions, 0, "the preemption is taken back");
    is_str(g.last, before, "the state is as before the move");
    free(before);
    is_int(challenge_game_play(&g, "2,2,2,2", err, sizeof err), 0, "g2 runs its increment");
    ok(g.ended && g.broken && strcmp(g.output, "1\n") == 0, "the update is lost: won");
    is_int(g.fewest, 1, "the fewest preemptions: 1");
    ok(strstr(g.story, "-- you preempted g3 and ran g2 --") != NULL, "the story tells it");
    is_int(challenge_game_move(&g, 1, err, sizeof err), -1, "no move after the end");
    char *text = challenge_game_moves_text(&g);
    is_str(text, "1,1,1,3,3,2,2,2,2", "the moves as text");
    free(text);
    challenge_game_free(&g);

    challenge_game_start(&g, &puzzle_data_race, err, sizeof err);
    is_int(challenge_game_undo(&g, err, sizeof err), -1, "nothing to undo at the start");
    is_int(challenge_game_play(&g, "1,x", err, sizeof err), -1, "a word is not a move");
    is_str(err, "move 2: 'x' is not a goroutine number", "the bad move is named");
    is_int((int)g.move_count, 1, "the moves before it stay made");
    challenge_game_free(&g);

    char *moves = challenge_moves_of_schedule(&puzzle_data_race, "0*5.1000");
    is_str(moves, "1,1,1,3,3,2,2,2,2", "a schedule string turns into moves");
    free(moves);
    ok(challenge_moves_of_schedule(&puzzle_data_race, "9") == NULL,
       "a schedule that does not fit gives none");
}

static void test_predict(void)
{
    predict_question q;
    char err[256];
    unsigned char ticked[PREDICT_MAX_CHOICES];
    is_int(predict_build(&puzzle_data_race, &q, err, sizeof err), 0, "the data race question");
    is_int((int)q.count, 4, "four choices");
    is_int((int)q.possible, 2, "two possible");
    for (size_t i = 1; i < q.count; i++)
        ok(strcmp(q.choices[i - 1].label, q.choices[i].label) < 0, "sorted: %s before %s",
           q.choices[i - 1].label, q.choices[i].label);
    ok(q.choices[1].possible && q.choices[2].possible && !q.choices[0].possible &&
           !q.choices[3].possible, "1 and 2 possible, 0 and 3 not");
    predict_parse("2,3", q.count, ticked, err, sizeof err);
    predict_grade g = predict_grade_answer(&q, ticked);
    ok(g.exact && g.hits == 2 && g.missed == 0 && g.wrong == 0, "2,3 is exact");
    predict_parse("3 1", q.count, ticked, err, sizeof err);
    g = predict_grade_answer(&q, ticked);
    ok(!g.exact && g.hits == 1 && g.missed == 1 && g.wrong == 1, "3 1: one hit, one miss, one wrong");
    is_int(predict_parse("5", q.count, ticked, err, sizeof err), -1, "5 is out of range");
    is_str(err, "choice 5 does not exist (1 to 4)", "and named");
    is_int(predict_parse("2,2", q.count, ticked, err, sizeof err), -1, "a choice twice");
    is_int(predict_parse("2;3", q.count, ticked, err, sizeof err), -1, "a bad separator");
    is_int(predict_parse("", q.count, ticked, err, sizeof err), -1, "nothing ticked");
    predict_free(&q);

    is_int(predict_build(&puzzle_critical_section, &q, err, sizeof err), 0,
           "the critical section question");
    is_int((int)q.possible, 6, "six possible outputs");
    is_int((int)q.count, PREDICT_MAX_CHOICES, "filled up to the most choices");
    predict_free(&q);
}

int main(void)
{
    test_puzzles();
    test_broken();
    test_analysis_bound();
    test_outcomes_replay();
    test_game();
    test_predict();
    return tap_done();
}
