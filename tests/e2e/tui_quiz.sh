#!/usr/bin/env bash
# tui_quiz.sh: the quiz and statistics screens in tmux, as a learner uses
# them: answer the first card (UTF-8, two lines), reveal, see the key terms
# used highlighted, grade, undo, grade again, see when it comes back, check
# the statistics; start again and find the review kept. Monochrome
# (NO_COLOR) on one run, so highlighting must work without colour.
. "$(dirname "$0")/../tap.sh"
. "$(dirname "$0")/tmux.lib"
CONTENT=${CONCLAB_CONTENT:-$SRC/content}
export CONCLAB_NOW=2026-11-29T10:00:00Z
RUN="env CONCLAB_NOW=$CONCLAB_NOW $BIN --content $CONTENT --db $TMP/progress.db --user tester"

pane_run quiz env NO_COLOR=1 $RUN
check_screen "tester · 0 due · 16 new" "home: 16 new cards for a new learner"
keys z
check_screen "What is goroutine and its usecases?" "z: the first card"
check_screen "Question 1  (new card)" "it is new"
keys -l "A lightweight thread, café ☕"
keys C-j
keys -l "managed by the Go runtime?"
check_screen "    A lightweight thread, café ☕" "UTF-8 typed into the answer, '?' too"
check_screen "    managed by the Go runtime?" "Ctrl-J: a second line"
keys BSpace Left Home
keys -l ">"
check_screen "    >managed by the Go runtime" "backspace, Left, Home and typing edit the answer"
keys F1
check_screen "Help: Quiz" "F1: the quiz's help while typing"
check_screen "a new line in the answer" "it documents the new-line key"
keys Escape
check_screen "Your answer" "Esc: back to the card"
keys Enter
check_screen "Goroutine and Its Use Cases" "Enter reveals the reference answer"
check_screen "You used 3 of 6 key terms: Good suggested." "feedback names the key terms used"
line=$(tmx capture-pane -e -p -t e2e | grep 'Key terms:')
tap_like "$line" $'\033\\[[0-9;]*7m[^\033]*lightweight' "a key term used is highlighted (reverse, no colour)"
tap_like "$line" $'\033\\[[0-9;]*2m[^\033]*background' "an unused one is dim"
keys 3
check_screen "Graded Good: it comes back in 10 minutes." "3: Good, and when it comes back"
check_screen "1 graded" "the count goes up"
keys u
check_screen "Grade undone: question 1 is asked again." "u undoes the grade"
check_screen "Question 1  (new card)" "the same card is asked again, new"
keys Enter
check_screen "Nothing typed: grade how well you knew it." "revealing without typing"
keys 4
check_screen "Graded Easy: it comes back in" "4: Easy"
keys Space
check_screen "How to start goroutine?" "any key: the next card"
keys Escape
check_screen "Enter read" "Esc: back home"
check_screen "tester · 0 due · 15 new" "home: one card fewer is new"
keys s
check_screen "Studied 1 of 16 questions" "s: statistics"
check_screen "recall 100% of the studied, known 6% of all" "the headline's figures agree (1 of 16 at 100%)"
check_screen "1 Goroutines                     ░░░░░░░░░░   0%  █████░░░░░  50%  1 of 2 studied" \
    "per section: read, known, studied (the section's own two questions)"
check_screen "2 Threads vs. Goroutines         ░░░░░░░░░░   0%  ░░░░░░░░░░   0%  0 of 0 studied" \
    "question 1 raised known for its one section only"
check_screen "1 What is goroutine and its usecases?            1      0" "per question: reviews, lapses"
keys G
check_screen "Reviews due, next 7 days" "G: the forecast"
check_screen "today" "starting today"
keys q q
check_exit quiz 0 "quiz: quits"

# --- start again: the review was kept ---------------------------------------
pane_run again $RUN
check_screen "tester · 0 due · 15 new" "restart: the graded card is no longer new"
keys s
check_screen "Studied 1 of 16 questions" "restart: the statistics kept the review"
keys q q
check_exit again 0 "restart: quits"
tap_like "$(env CONCLAB_NOW=$CONCLAB_NOW "$BIN" --content "$CONTENT" --db "$TMP/progress.db" --user tester stats)" \
    "goroutine" "the plain stats command sees the same database"

# --- z in the reader: a quiz on that section's questions ---------------------
pane_run focus $RUN
wait_for "Enter read" 10 # keys sent before curses starts arrive as Esc and quit
keys Down Down Down Enter
check_screen "4/12  Channels" "the fourth section opens in the reader"
keys z
check_screen "What is channel and its usecases?" "z in the reader: the section's first question, not question 2"
check_screen "Question 3  (new card)" "question 3 is the first that draws on Channels"
keys Escape Escape q
check_exit focus 0 "focused quiz: quits"

tap_done
