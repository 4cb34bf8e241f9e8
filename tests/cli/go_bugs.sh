#!/usr/bin/env bash
# go_bugs.sh: conclab test on the bug corpus (content/bugs: kernels of
# real concurrency bugs, each with its fix; tests/go/bugs tells their story). Every fixed version passes a
# plain run and --race, and a short --explore --race finds nothing in it;
# every buggy one fails: on a plain run, under --race, or on the schedule
# the explorer found for it (tests/go/bugs/schedules/NAME.schedule,
# replayed exactly).
. "$(dirname "$0")/../tap.sh"
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
cd "$SRC/content/bugs" || exit 1
schedules=$SRC/tests/go/bugs/schedules
for dir in */; do
    k=${dir%/}
    [ -f "$k/bug_test.go" ] || continue
    "$BIN" test --race "$k/fixed_test.go" >"$TMP/out" 2>&1
    tap_is "$?" 0 "$k: the fixed version passes, with --race"
    "$BIN" test --explore --race --budget 300ms "$k/fixed_test.go" >"$TMP/out" 2>&1
    tap_is "$?" 0 "$k: and no schedule the explorer tries breaks it"
    if ! "$BIN" test "$k/bug_test.go" >"$TMP/out" 2>&1; then
        tap_ok 0 "$k: the bug fails a plain run"
    elif ! "$BIN" test --race "$k/bug_test.go" >"$TMP/out" 2>&1; then
        tap_ok 0 "$k: the bug fails under --race"
    elif [ -f "$schedules/$k.schedule" ]; then
        "$BIN" test --race --schedule "$(cat "$schedules/$k.schedule")" "$k/bug_test.go" >"$TMP/out" 2>&1
        tap_is "$?" 1 "$k: the bug fails on the schedule --explore found"
    else
        tap_ok 1 "$k: the bug is found (no mode found it)"
    fi
done
# a replay that panics in a goroutine that was preempted just before it
# closed the channel: the report names that goroutine and its Go frames
out=$("$BIN" test --race --schedule "$(cat "$schedules/double_close_select_guard.schedule")" \
    double_close_select_guard/bug_test.go 2>&1)
tap_like "$(printf '%s\n' "$out" | grep -A1 '^goroutine [0-9]* \[running\]:$')" \
    "^command-line-arguments\.markDone\(\.\.\.\)$" "a preempted close that panics: the report shows its goroutine's frames"
# the explorer's own report, on one kernel it finds at once
out=$("$BIN" test --explore --race cond_activation_error/bug_test.go 2>&1); rc=$?
tap_like "$out" "^conclab: a failing schedule \(a test failed\), in [0-9]+ of [0-9]+ schedules run" \
    "--explore says how many schedules it ran to the first failure"
tap_like "$out" "^replay: conclab test --schedule '[^']+' --race cond_activation_error/bug_test.go$" \
    "and the line that replays it"
tap_is "$rc" 1 "and exits 1"
S=$(printf '%s\n' "$out" | sed -n "s/^replay: conclab test --schedule '\([^']*\)'.*/\1/p")
"$BIN" test --race --schedule "$S" cond_activation_error/bug_test.go >"$TMP/out" 2>&1
tap_is "$?" 1 "the replay fails the same way"
out=$("$BIN" test --explore --budget 200ms cond_activation_error/fixed_test.go 2>&1); rc=$?
tap_like "$out" "^conclab: no schedule fails: " "on the fixed version it says no schedule fails"
tap_is "$rc" 0 "and exits 0"
err=$("$BIN" test --explore --budget soon cond_activation_error/fixed_test.go 2>&1); rc=$?
tap_like "$err" "--budget needs a duration such as 10s" "a bad --budget is a usage error"
tap_is "$rc" 1 "exit 1"
tap_done
