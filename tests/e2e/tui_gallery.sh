#!/usr/bin/env bash
# tui_gallery.sh: the bug gallery in the shell, driven in tmux: b on Home
# lists the kernels; an entry shows its story, its code and the question;
# x explores it and prints the failing schedule with its replay line, a
# shows the answer, f explores the fix and finds nothing; Esc stops a
# running search; a resize to 40x12 and back keeps it drawn; q goes back
# and the terminal is restored; what the learner did is kept in the
# progress database: the list marks the bugs broken, stats sums them up,
# export and import carry them.
. "$(dirname "$0")/../tap.sh"
. "$(dirname "$0")/tmux.lib"
CONTENT=${CONCLAB_CONTENT:-$SRC/content}
RUN="$BIN --content $CONTENT --db $TMP/progress.db --user tester"
n=$(ls -d "$CONTENT"/bugs/*/ | wc -l)

pane_run gallery $RUN
check_screen "b bugs" "Home offers b for the bug gallery"
keys b
check_screen "Bug gallery: real-world concurrency bugs" "b opens the gallery"
check_screen "$n bugs" "with every kernel"
check_screen "Which schedule breaks it?" "and the question it asks"
check_screen "  1   Kubernetes finishRequest: the result nobody waits for" "entries are numbered, with their titles"
keys '?'
check_screen "Help: Bug gallery" "? shows the gallery's keys"
check_screen "explore its schedules for the one that breaks it" "with x"
keys q
keys j j Enter
check_screen "Bug 3/$n  timeout_first_reply" "Enter opens the third entry"
check_screen "The class of \"first reply wins\" fan-out leaks" "its story"
check_screen "bug_test.go" "its code"
check_screen "func queryFirst(replicas []int, timeout time.Duration) (int, bool) {" "in Go"
check_screen "x explore" "the keys to try it"
tap_unlike "$(screen)" "The schedule that breaks it" "the answer is not shown yet"

keys x
check_screen "conclab test --explore --race (5s)  (" "x runs the explorer on it"
check_screen "replay: conclab test --schedule" "and it prints the replay line" 20
check_screen "(failed)" "the search ended with the failing schedule" 20
check_screen "found unexpected goroutines:" "a leak, in goleak's words"
keys a
check_screen "The answer" "a shows the answer"
check_screen "The schedule that breaks it: Every schedule." "the schedule"
check_screen "fixed_test.go (f runs it under the explorer)" "and the fixed code"
keys f
check_screen "conclab: no schedule fails" "f: no schedule breaks the fix" 20
check_screen "on the fix (5s)  (passed)" "and the fix passed"

keys n
check_screen "Bug 4/$n  lock_send_mux_stop" "n: the next entry"
keys f # the fix: the search takes its whole budget
check_screen "(running: Esc stops it)" "f: the search runs while the shell stays live"
keys Escape
check_screen "(stopped)" "Esc stops a running search"
check_screen " stopped" "and says so until the next key"
keys k
check_screen "j k scroll  r run" "then the entry's keys come back"
keys r
check_screen "conclab test  (failed)" "r: one plain run of the test" 10
check_screen "deadlock: " "which fails on this entry"

tmx resize-window -t e2e -x 40 -y 12
sleep 0.3
check_screen "r run  x explore  a answer  q back" "at 40x12 the entry keeps its keys"
tmx resize-window -t e2e -x 100 -y 32
sleep 0.3
check_screen "Bug 4/$n  lock_send_mux_stop" "and back at 100x32 it is drawn again"
keys o
check_screen "Program bug_test.go" "o opens the entry's test in the program view"
check_screen "Go's order  step 0/" "ready to step"
keys q
check_screen "Bug 4/$n  lock_send_mux_stop" "q: back to the entry"
keys q
check_screen "Bug gallery: real-world concurrency bugs" "q: back to the list"
# the progress: entry 3 was explored to its failing schedule, 4 failed a
# plain run: both broken; the list marks them and counts them
check_screen "2 of $n broken" "the list counts the bugs the learner broke"
check_screen "  3 ✓ First reply wins" "and marks each one broken"
keys q
check_screen "b bugs" "q: back home"
keys q
check_exit gallery 0 "q on Home quits"

# kept in the progress database, as the quiz is
out=$($RUN stats)
tap_like "$out" "^Bug gallery: 2 of $n broken \(you saw the test fail\), 1 fix checked, 2 read, 1 answer looked at$" "stats sums the gallery up"
tap_like "$out" "^  timeout_first_reply +broken, fix checked, answer seen$" "and names each bug touched"
tap_like "$out" "^  lock_send_mux_stop +broken$" "each with what was done"
json=$($RUN stats --json | tr -d ' \n\t')
tap_like "$json" '\{"bug":"timeout_first_reply","step":"explore","outcome":"failed","time":"' "stats --json lists the steps"
$RUN export >"$TMP/ada.json"
tap_like "$(tr -d ' \n\t' <"$TMP/ada.json")" '"bugs":\[\{"bug":"' "export carries them"
$RUN --db "$TMP/other.db" import "$TMP/ada.json" >"$TMP/import.out"
tap_like "$(cat "$TMP/import.out")" " [1-9][0-9]* bug gallery steps " "import merges them into another database"
tap_is "$($RUN --db "$TMP/other.db" stats | grep '^Bug gallery')" "$(printf '%s\n' "$out" | grep '^Bug gallery')" "where stats says the same"
$RUN --db "$TMP/other.db" import "$TMP/ada.json" >"$TMP/import2.out"
tap_like "$(cat "$TMP/import2.out")" " 0 bug gallery steps " "importing twice adds nothing"
tap_done
