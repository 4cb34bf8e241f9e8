/* test_quiz.c: the quiz above the scheduler: key-term feedback and the grade
 * it suggests, the clock and its words, and sessions on a real database:
 * due cards first, new ones in document order within the daily allowance,
 * the limit, grades committed at once, undo, and learners kept apart. */
#include "test_store_util.h"

#include <stdlib.h>

#include "../tap.h"
#include "quiz/feedback.h"
#include "quiz/progress.h"
#include "quiz/session.h"
#include "quiz/when.h"

static void test_feedback(void)
{
    ok(feedback_uses("Use a WaitGroup here", "wait group"), "joined words match a spaced term");
    ok(feedback_uses("a wait group counts", "WaitGroup"), "spaced words match a joined term");
    ok(feedback_uses("unbuffered Channels block", "channel"), "plural and case forgiven");
    ok(feedback_uses("two mutexes", "mutex"), "-es plural forgiven");
    ok(feedback_uses("one goroutine", "goroutines"), "a plural term matches the singular");
    ok(feedback_uses("use `sync.Mutex`", "sync.Mutex"), "punctuation inside a term");
    ok(!feedback_uses("channelling", "channel"), "whole words only");
    ok(feedback_uses("go routines", "goroutine"), "go routines reads as goroutine");
    ok(!feedback_uses("the program", "go"), "no match inside another word");
    ok(feedback_uses("CRITICAL   section!", "critical section"), "spacing and case");
    ok(!feedback_uses("", "x") && !feedback_uses("text", ""), "empty answer or term");

    char t1[] = "channel", t2[] = "blocks", t3[] = "capacity", t4[] = "buffer", id[] = "q";
    char *terms[] = {t1, t2, t3, t4};
    content_question q = {.number = 1, .id = id, .question = id, .key_terms = terms,
                          .key_term_count = 4};
    feedback fb;
    feedback_check(&q, "  ", &fb);
    ok(!fb.typed && fb.suggested == 0, "blank answer: nothing typed, no suggestion");
    feedback_check(&q, "no idea", &fb);
    is_int(fb.suggested, 1, "no key term: Again");
    feedback_check(&q, "a channel", &fb);
    is_int(fb.suggested, 2, "one of four: Hard");
    feedback_check(&q, "a channel blocks", &fb);
    is_int(fb.suggested, 3, "two of four: Good");
    feedback_check(&q, "a channel with a buffer of some capacity blocks", &fb);
    is_int(fb.suggested, 4, "all four: Easy");
    feedback_check(&q, "a channel blocks", &fb);
    ok(fb.used[0] && fb.used[1] && !fb.used[2] && !fb.used[3] && fb.used_count == 2,
       "which terms were used");
    is_str(fb.line, "used 2 of 4 key terms (channel, blocks); missed: capacity, buffer; "
                    "suggested Good", "the log line");
}

static void test_when(void)
{
    int64_t t;
    is_int(when_parse_iso("2026-11-29T10:00:00Z", &t), 0, "parses an ISO time");
    is_int(t, 1795946400, "to Unix seconds");
    char iso[WHEN_ISO_LEN];
    when_format_iso(t, iso);
    is_str(iso, "2026-11-29T10:00:00Z", "formats it back");
    is_int(when_parse_iso("2024-02-29T00:00Z", &t), 0, "leap day, no seconds");
    is_int(when_parse_iso("2026-02-29T00:00:00Z", &t), -1, "no 29 February in 2026");
    is_int(when_parse_iso("2026-11-29T10:00:00", &t), -1, "UTC only: the Z is required");
    is_int(when_parse_iso("yesterday", &t), -1, "words refused");
    setenv("CONCLAB_NOW", "2026-11-29T10:00:00Z", 1);
    is_int(when_clock(), 1795946400, "CONCLAB_NOW sets the clock");
    setenv("CONCLAB_NOW", "soon", 1);
    is_int(when_now(&t), -1, "a bad CONCLAB_NOW is reported");
    setenv("CONCLAB_NOW", "2026-11-29T10:00:00Z", 1);
    is_int(when_day_start(1795946400), 1795910400, "the day starts at midnight (TZ=UTC)");
    const struct {
        int64_t s;
        const char *words;
    } cases[] = {{10, "now"},          {60, "in 1 minute"},      {330, "in 6 minutes"},
                 {600, "in 10 minutes"}, {7200, "in 2 hours"},   {86400, "tomorrow"},
                 {4 * 86400, "in 4 days"}, {90 * 86400, "in 3 months"},
                 {548 * 86400, "in 1.5 years"}, {-3 * 86400, "3 days ago"}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char buf[48];
        when_describe(cases[i].s, buf, sizeof buf);
        ok(strcmp(buf, cases[i].words) == 0, "%lld seconds read \"%s\"", (long long)cases[i].s,
           buf);
    }
}

/* A content of n questions, q01.., over one section, made by hand. */
static content *make_content(size_t n)
{
    static char alpha[] = "alpha", sid[] = "s", title[] = "S";
    static char *terms[] = {alpha};
    static char *secs[] = {sid};
    static content_section section = {.id = sid, .title = title};
    content *c = calloc(1, sizeof *c);
    c->questions = calloc(n, sizeof *c->questions);
    c->question_count = n;
    c->sections = &section;
    c->section_count = 1;
    for (size_t i = 0; i < n; i++) {
        content_question *q = &c->questions[i];
        q->number = (int)i + 1;
        q->id = malloc(8);
        snprintf(q->id, 8, "q%02zu", i + 1);
        q->question = q->id;
        q->key_terms = terms;
        q->key_term_count = 1;
        q->sections = secs;
        q->section_count = 1;
        q->section = sid;
    }
    return c;
}

static void free_content(content *c)
{
    for (size_t i = 0; i < c->question_count; i++)
        free(c->questions[i].id);
    free(c->questions);
    free(c);
}

/* Grades every card the session offers with grade; returns how many. */
static int grade_all(session *s, int grade, char *order, size_t len)
{
    session_card card;
    session_result res;
    int n = 0;
    order[0] = '\0';
    while (session_next(s, &card) == STORE_OK) {
        size_t used = strlen(order);
        snprintf(order + used, len - used, "%s%d", n ? "," : "", card.question->number);
        if (session_grade(s, grade, &res) != STORE_OK)
            return -1;
        n++;
    }
    return n;
}

static void set_now(const char *iso)
{
    setenv("CONCLAB_NOW", iso, 1);
}

static void test_sessions(void)
{
    char path[512], err[512], order[512];
    tsu_path(path, sizeof path, "quiz.db");
    store *st = NULL;
    store_open(path, &st, err, sizeof err);
    content *c = make_content(24);

    set_now("2026-11-29T10:00:00Z");
    session *s = session_open(st, c, "ada", 0, SESSION_NEW_PER_DAY, err, sizeof err);
    ok(s != NULL, "session opens");
    is_int(grade_all(s, FSRS_GOOD, order, sizeof order), 20, "20 new cards a day");
    is_str(order, "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20", "in document order");
    session_close(s);

    set_now("2026-11-29T10:30:00Z");
    s = session_open(st, c, "ada", 5, SESSION_NEW_PER_DAY, err, sizeof err);
    is_int(grade_all(s, FSRS_GOOD, order, sizeof order), 5, "--limit caps the session");
    is_str(order, "1,2,3,4,5", "due cards (learning steps) come first, oldest due first");
    session_close(s);

    set_now("2026-11-30T10:30:00Z");
    s = session_open(st, c, "ada", 0, SESSION_NEW_PER_DAY, err, sizeof err);
    session_card card;
    is_int(session_next(s, &card), STORE_OK, "next day: a card");
    ok(!card.is_new, "due cards before the remaining new ones");
    int due_before = card.due_left;
    is_int(card.new_left, 4, "the last 4 new cards are allowed today");
    feedback fb;
    session_answer(s, "alpha", &fb);
    is_int(fb.suggested, 4, "feedback through the session");
    session_result res;
    is_int(session_grade(s, FSRS_AGAIN, &res), STORE_OK, "graded Again");
    ok(res.wait == 60 || res.wait == 600, "Again comes back in minutes (%s)", res.when);
    const content_question *undone = NULL;
    is_int(session_undo(s, &undone), STORE_OK, "undo");
    ok(undone == card.question, "the undone card is named");
    session_card again;
    session_next(s, &again);
    ok(again.question == card.question, "the undone card is asked next");
    ok(again.card.reps == card.card.reps && again.card.due == card.card.due,
       "its state is as before the grade");
    is_int(again.due_left, due_before, "as many due as before");
    is_int(session_undo(s, &undone), STORE_NONE, "nothing more to undo");
    is_int(session_grade(s, 9, &res), STORE_NONE, "grade 9 refused");
    session_close(s);

    /* The same learner in two sessions: the second grade of one card loses. */
    session *a = session_open(st, c, "ada", 0, SESSION_NEW_PER_DAY, err, sizeof err);
    session *b = session_open(st, c, "ada", 0, SESSION_NEW_PER_DAY, err, sizeof err);
    session_card ca, cb;
    session_next(a, &ca);
    session_next(b, &cb);
    ok(ca.question == cb.question, "two sessions of one learner show the same card");
    is_int(session_grade(b, FSRS_GOOD, &res), STORE_OK, "one grades it");
    is_int(session_grade(a, FSRS_HARD, &res), SESSION_STALE, "the other's grade is refused");
    fsrs_card stored;
    store_card_get(st, session_learner(a), ca.question->id, &stored);
    is_int(stored.reps, cb.card.reps + 1, "the card holds the first grade only");
    session_close(a);
    session_close(b);

    s = session_open(st, c, "bob", 0, 3, err, sizeof err);
    is_int(grade_all(s, FSRS_EASY, order, sizeof order), 3, "bob: his own 3 new cards");
    is_str(order, "1,2,3", "bob starts at the beginning");
    int64_t when;
    session_next_due(s, &when);
    ok(when > when_clock() + 86400, "bob's next card is days away");
    session_close(s);

    int64_t ada;
    store_learner(st, "ada", 0, 0, &ada);
    progress p;
    is_int(progress_load(st, c, ada, when_clock(), &p, err, sizeof err), STORE_OK,
           "progress loads");
    is_int(p.studied, 20, "ada studied 20");
    is_int(p.reviews, 26, "26 reviews (one undone, one refused)");
    is_int(p.reviews_today, 1, "one today");
    is_int(p.streak, 2, "streak: two days");
    int sum = 0;
    for (int i = 0; i < PROGRESS_FORECAST_DAYS; i++)
        sum += p.forecast[i];
    ok(sum >= 5, "the forecast counts due cards (%d)", sum);
    ok(p.questions[0].recall > 0 && p.questions[0].recall <= 1, "recall in (0, 1]");
    is_int(p.questions[23].studied, 0, "question 24 not studied");
    is_int(p.sections[0].questions, 24, "all 24 questions are about the section");
    progress_free(&p);

    store_close(st);
    free_content(c);
}

int main(void)
{
    setenv("TZ", "UTC", 1);
    tsu_tmpdir();
    test_feedback();
    test_when();
    test_sessions();
    return tap_done();
}
