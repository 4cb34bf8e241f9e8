#!/usr/bin/env bash
# predict.sh: `conclab predict` through the real binary: the choices are
# the explorer's outcomes plus outputs no schedule prints; right and wrong
# answers are graded against the explorer (checked here against
# `conclab demo`'s own explorer on the same program shape and against the
# replayed moves), the answer is saved, and bad answers get one line.
. "$(dirname "$0")/../tap.sh"
CONTENT=${CONCLAB_CONTENT:-$SRC/content}
export CONCLAB_DB="$TMP/progress.db" CONCLAB_CONTENT="$CONTENT"
P="$BIN --user ada predict"

out=$($P list); rc=$?
tap_is "$rc" 0 "predict list exits 0"
tap_like "$out" '^data-race +Lose an update' "it names the puzzles"

# The data race: 1 and 2 are possible, 0 and 3 are not.
out=$($P data-race --answer 2,3 2>"$TMP/err"); rc=$?
tap_is "$rc" 0 "the exact answer exits 0"
tap_like "$out" '  1\) 0
  2\) 1
  3\) 2
  4\) 3' "the choices: the explorer's outputs and impossible ones, sorted"
tap_like "$out" 'RIGHT: exactly the 2 outputs the explorer finds' "2,3 is right"
tap_like "$out" 'impossible: two goroutines add 1 once each' "each impossible one says why"
tap_like "$out" 'possible, with 1 preemption: conclab challenge data-race --moves 1,1,1,3,3,2,2,2,2' "each possible one has its fewest preemptions and moves"

# Every possible output's moves replay that very output.
for moves in $(printf '%s\n' "$out" | sed -n 's/.*--moves \([0-9,]*\)$/\1/p'); do
    printed=$("$BIN" --user replay challenge data-race --moves "$moves" | sed -n 's/^  output: //p')
    tap_like "$out" "ok +[0-9]\) $printed
 +possible, with [0-9] preemptions?: conclab challenge data-race --moves $moves" "--moves $moves replays the output $printed"
done

out=$($P data-race --answer 3 2>"$TMP/err"); rc=$?
tap_is "$rc" 4 "a missed output: exit 4"
tap_like "$out" 'NOT QUITE: 1 of 2 possible outputs ticked, 1 missed, 0 impossible ticked' "the grade counts the miss"
tap_like "$out" 'MISSED 2\) 1' "and names it"
out=$($P data-race --answer 1,2,3 2>"$TMP/err"); rc=$?
tap_is "$rc" 4 "an impossible output ticked: exit 4"
tap_like "$out" 'WRONG  1\) 0
 +impossible: wg.Wait returns only after both goroutines stored' "it is marked WRONG with why"

# An unbreakable handoff has one output; the deadlock puzzle has two
# endings; the read answer comes from stdin when --answer is absent.
out=$(printf '3\n' | $P handoff 2>"$TMP/err"); rc=$?
tap_is "$rc" 0 "handoff: 42 only, answered on stdin"
tap_like "$out" 'RIGHT: exactly the 1 output the explorer finds' "one output"
tap_like "$out" 'impossible: main reads msg only after <-done returns' "0 is impossible: the channel orders it"
out=$($P deadlock --answer 2,3); rc=$?
tap_is "$rc" 0 "deadlock: done or the deadlock"
tap_like "$out" '2\) \(nothing\), then deadlock!' "the deadlock is one of the outputs"
out=$($P critical-section --answer 2,4,5,6,7,8); rc=$?
tap_is "$rc" 0 "critical-section: six outputs, two of them with both inside"

# The same outcome set as the explorer of `conclab demo` finds for the same
# shape of program (the data-race demo's first part: 1 or 2).
demo=$("$BIN" demo data-race --explore --part 1 | grep -c '^     [12]$')
tap_is "$demo" 2 "conclab demo data-race --explore also finds exactly 1 and 2"

rows=$(sqlite3 "$TMP/progress.db" "SELECT kind, puzzle, won, moves, ifnull(preemptions, 'null') FROM challenge_attempt WHERE kind = 'predict' ORDER BY id")
tap_like "$rows" '^predict\|data-race\|1\|2,3\|null' "the right answer is saved"
tap_like "$rows" 'predict\|data-race\|0\|1,2,3\|null' "and the wrong one"
text=$("$BIN" --user ada stats)
tap_like "$text" 'data-race +which outputs: +1 of 3 answered exactly' "stats counts the answers"

before=$(sqlite3 "$TMP/progress.db" 'SELECT count(*) FROM challenge_attempt')
for bad in 9 0 x 1,1 ''; do
    $P data-race --answer "$bad" >/dev/null 2>"$TMP/err"; rc=$?
    tap_is "$rc" 1 "--answer '$bad': exit 1"
    tap_is "$(wc -l <"$TMP/err")" 1 "--answer '$bad': one line on stderr"
done
tap_like "$(cat "$TMP/err")" '^conclab: predict data-race: tick at least one output$' "an empty answer says so"
$P data-race --answer 9 >/dev/null 2>"$TMP/err"
tap_is "$(cat "$TMP/err")" "conclab: predict data-race: choice 9 does not exist (1 to 4)" "a choice out of range is named"
$P data-race </dev/null >/dev/null 2>"$TMP/err"; rc=$?
tap_is "$rc" 1 "no answer on stdin: exit 1"
$P nope >/dev/null 2>"$TMP/err"; rc=$?
tap_is "$rc" 1 "an unknown puzzle: exit 1"
tap_is "$(cat "$TMP/err")" "conclab: no puzzle 'nope' (conclab predict list names them)" "one line naming it"
tap_is "$(sqlite3 "$TMP/progress.db" 'SELECT count(*) FROM challenge_attempt')" "$before" "bad answers save nothing"
tap_done
