#!/usr/bin/env bash
# challenge.sh: `conclab challenge` through the real binary with piped
# input: the list, moves that lose an update (won, with the story and the
# fewest preemptions), moves that lose nothing, undo, a deadlock reached,
# --moves replaying a game, a puzzle no schedule breaks, the results in a
# real SQLite file and in `stats --json`, and one line on stderr with a
# non-zero exit for every bad input.
. "$(dirname "$0")/../tap.sh"
CONTENT=${CONCLAB_CONTENT:-$SRC/content}
export CONCLAB_DB="$TMP/progress.db" CONCLAB_CONTENT="$CONTENT"
C="$BIN --user ada challenge"

out=$($C list); rc=$?
tap_is "$rc" 0 "challenge list exits 0"
tap_like "$out" '^data-race +Lose an update' "the list names the data race"
tap_like "$out" '^deadlock +Lock-ordering deadlock' "and the lock-ordering deadlock"
tap_like "$out" '^critical-section ' "and the critical section without a mutex"
tap_like "$out" '^handoff ' "and the channel handoff"

# main starts both goroutines and waits; g3 loads, g2 preempts it.
out=$(printf '1\n1\n1\n3\n3\n2\n2\n2\n2\n' | $C data-race 2>"$TMP/err"); rc=$?
tap_is "$rc" 0 "a lost update wins: exit 0"
tap_is "$(cat "$TMP/err")" "" "nothing on stderr"
tap_like "$out" '\* g2 +increment +starts at line 10 +func increment\(\) \{' "each goroutine with its next line"
tap_like "$out" 'next: line 13 +v := counter // counter\+\+: load +\[shared load\]' "the next operation, in Go's words"
tap_like "$out" 'g3 read counter = 0 \(line 13\)' "what a move did"
tap_like "$out" '-- you preempted g3 and ran g2 --' "the story marks the preemption"
tap_like "$out" 'output: 1' "the output as it is printed"
tap_like "$out" 'WON: you broke it in 9 moves with 1 preemption \(the fewest that can: 1\)' "WON with the fewest preemptions"
tap_like "$out" 'the second store overwrote the first' "the win explains the lost update"
tap_like "$out" 'Replay: conclab challenge data-race --moves 1,1,1,3,3,2,2,2,2' "and how to replay it"

# No preemption: nothing lost, then q gives up.
out=$(printf '1\n1\n1\n2\n2\n2\n2\nq\n' | $C data-race 2>"$TMP/err"); rc=$?
tap_is "$rc" 4 "nothing lost and given up: exit 4"
tap_like "$out" 'NOT BROKEN this time' "the run that lost nothing is not a win"
tap_like "$out" 'It can be done with 1 preemption' "and says a win needs a preemption"
tap_like "$out" 'Given up after 7 moves' "q gives up"

# Undo: g3 stores too early; u takes it back and g2 preempts instead.
out=$(printf '1\n1\n1\n3\n3\n3\nu\n2\n2\n2\n2\n' | $C data-race 2>"$TMP/err"); rc=$?
tap_is "$rc" 0 "undo then the winning moves: exit 0"
tap_like "$out" 'took back a move' "u takes a move back"
tap_like "$out" 'WON: you broke it in 9 moves' "the won game has the moves after the undo"

out=$(printf '1\n1\n1\n3\n3\n2\n2\n2\n' | $C deadlock 2>"$TMP/err"); rc=$?
tap_is "$rc" 0 "lock-ordering deadlock reached: exit 0"
tap_like "$out" 'The program ended: deadlock' "the program ends in deadlock"
tap_like "$out" 'fatal error: all goroutines are asleep - deadlock!' "with Go's report"
tap_like "$out" 'g2 blocked \(sync.Mutex.Lock\) \(line 14\)' "the story says where each goroutine waits"

out=$($C critical-section --moves 1,1,1,2,2,3,3,3,2,2,2 2>"$TMP/err"); rc=$?
tap_is "$rc" 0 "--moves: two goroutines in the critical section"
tap_like "$out" '> 3' "--moves echoes each move"
tap_like "$out" 'two goroutines in the critical section!' "the referee sees both inside"
tap_like "$out" 'WON: you broke it in 11 moves with 2 preemptions \(the fewest that can: 2\)' "it needs 2 preemptions"

a=$($C data-race --moves 1,1,1,3,3,2,2,2,2); b=$(printf '1\n1\n1\n3\n3\n2\n2\n2\n2\n' | $C data-race)
tap_is "$a" "$b" "--moves replays byte for byte what the typed moves did"

out=$($C handoff --moves 1,1 2>"$TMP/err"); rc=$?
tap_is "$rc" 4 "the handoff cannot be broken: exit 4"
tap_like "$out" 'NOT BROKEN, and it cannot be: the explorer ran all [0-9]+ schedules' "the explorer proves it"
tap_like "$out" 'the send happens before the receive' "and says why synchronization holds"

# The attempts in a real SQLite file and in stats.
rows=$(sqlite3 "$TMP/progress.db" "SELECT kind, puzzle, won, moves, preemptions, ifnull(fewest, 'none') FROM challenge_attempt ORDER BY id")
tap_like "$rows" '^scheduler\|data-race\|1\|1,1,1,3,3,2,2,2,2\|1\|1$' "the win is a row in challenge_attempt"
tap_like "$rows" 'scheduler\|data-race\|0\|1,1,1,2,2,2,2\|0\|1' "the give-up too"
tap_like "$rows" 'scheduler\|handoff\|0\|1,1\|0\|none' "an unbreakable puzzle has no fewest"
tap_is "$(sqlite3 "$TMP/progress.db" 'PRAGMA user_version')" "$(grep -c '^-- Migration' "$SRC/data/schema.sql")" "the database is at the newest schema"
json=$("$BIN" --user ada stats --json); rc=$?
tap_is "$rc" 0 "stats --json exits 0"
tap_like "$(printf '%s' "$json" | tr -d ' \n\t')" '"kind":"scheduler","puzzle":"deadlock","won":true' "stats --json lists the deadlock won"
tap_like "$(printf '%s' "$json" | tr -d ' \n\t')" '"puzzle":"data-race","won":true,"moves":"1,1,1,3,3,2,2,2,2","preemptions":1,"fewest":1' "with moves, preemptions and fewest"
text=$("$BIN" --user ada stats)
tap_like "$text" 'data-race +you the scheduler: won 4 of 5, best 1 preemption \(fewest possible 1\)' "stats sums each puzzle up"
tap_like "$text" 'handoff +you the scheduler: won 0 of 1 \(no schedule breaks it\)' "and says when none can break it"

# Bad input: one line on stderr, non-zero exit, nothing saved.
before=$(sqlite3 "$TMP/progress.db" 'SELECT count(*) FROM challenge_attempt')
printf '1\nx\n' | $C data-race >/dev/null 2>"$TMP/err"; rc=$?
tap_is "$rc" 1 "a line that is not a move: exit 1"
tap_is "$(cat "$TMP/err")" "conclab: challenge data-race: input line 2: 'x' is not a goroutine number, u or q" "one line naming the input line"
printf '1\n1\n1\n1\n' | $C data-race >/dev/null 2>"$TMP/err"; rc=$?
tap_is "$rc" 1 "choosing a blocked goroutine: exit 1"
tap_like "$(cat "$TMP/err")" '^conclab: challenge data-race: input line 4: goroutine 1 is blocked at line 25 \(sync.WaitGroup.Wait\): it cannot run$' "it says why"
$C data-race --moves 1,9 >/dev/null 2>"$TMP/err"; rc=$?
tap_is "$rc" 1 "--moves with a goroutine that does not exist: exit 1"
tap_is "$(cat "$TMP/err")" "conclab: challenge data-race: move 2: there is no goroutine 9" "one line naming the move"
$C data-race --moves 1,x >/dev/null 2>"$TMP/err"; rc=$?
tap_is "$rc" 1 "--moves with a word: exit 1"
tap_is "$(wc -l <"$TMP/err")" 1 "one line"
$C data-race --moves >/dev/null 2>"$TMP/err"; rc=$?
tap_is "$rc" 1 "--moves without a list: exit 1"
$C no-such-puzzle >/dev/null 2>"$TMP/err"; rc=$?
tap_is "$rc" 1 "an unknown puzzle: exit 1"
tap_is "$(cat "$TMP/err")" "conclab: no puzzle 'no-such-puzzle' (conclab challenge list names them)" "one line naming it"
$C data-race --frobnicate >/dev/null 2>"$TMP/err"; rc=$?
tap_is "$rc" 1 "an unknown option: exit 1"
"$BIN" challenge >/dev/null 2>"$TMP/err"; rc=$?
tap_is "$rc" 1 "no puzzle named: exit 1"
tap_is "$(sqlite3 "$TMP/progress.db" 'SELECT count(*) FROM challenge_attempt')" "$before" "bad input saves nothing"

# A file that is not a database is left alone: exit 3.
printf 'not a database at all, not at all\n' >"$TMP/bad.db"
cp "$TMP/bad.db" "$TMP/bad.orig"
$BIN --db "$TMP/bad.db" challenge data-race --moves 1,1,1,3,3,2,2,2,2 >/dev/null 2>"$TMP/err"; rc=$?
tap_is "$rc" 3 "a bad database file: exit 3"
tap_is "$(wc -l <"$TMP/err")" 1 "one line on stderr"
cmp -s "$TMP/bad.db" "$TMP/bad.orig"; tap_ok $? "the bad file is not touched"
tap_done
