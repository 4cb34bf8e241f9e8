#!/usr/bin/env bash
# explore_budget.sh: `demo NAME --explore` within a wall-time budget
# (--budget, 10s by default): a part whose space is too large for it ends
# when the budget does and says so, one that fits says it was exhausted,
# each part's output is flushed as it ends, a terminal sees a progress
# line, and --budget is checked.
. "$(dirname "$0")/../tap.sh"
start=$(date +%s)
out=$(timeout 60 "$BIN" demo race-condition --explore --budget 1s 2>"$TMP/err"); rc=$?
secs=$(( $(date +%s) - start ))
tap_is "$rc" 0 "demo race-condition --explore --budget 1s ends (it ran for minutes before)"
tap_ok $(( secs > 20 )) "within about a second per part (took ${secs}s)"
tap_like "$out" "^The budget \(1\.0s\) ended the search after [0-9]+ schedules: the space within the bound is not exhausted\.$" \
    "a part too large for the budget says the budget ended it"
tap_like "$out" "^The space within the bound is exhausted: [0-9]+ schedules in [0-9.]+s\.$" \
    "a part that fits says it was exhausted"
tap_is "$(grep -c '^== part' <<<"$out")" 3 "every part is explored"
# the first part's header reaches a pipe before its search ends
timeout 60 "$BIN" demo race-condition --explore --budget 3s --part 1 >"$TMP/pipe" 2>/dev/null &
sleep 1
tap_like "$(cat "$TMP/pipe")" "^== part 1 of 3" "a part's header is flushed before its search"
wait
if command -v script >/dev/null; then
    script -qec "$BIN demo race-condition --explore --budget 1s --part 1 >/dev/null" /dev/null >"$TMP/tty" 2>&1
    tap_like "$(tr '\r' '\n' <"$TMP/tty")" "explored [0-9]+ schedules, [0-9]+ distinct outcomes?, [0-9]+/s" \
        "on a terminal, a progress line on stderr"
fi
err=$("$BIN" demo race-condition --budget 1s 2>&1); rc=$?
tap_like "$err" "--budget goes with --explore or --pct" "--budget alone is a usage error"
tap_is "$rc" 1 "exit 1"
err=$("$BIN" demo race-condition --explore --budget forever 2>&1); rc=$?
tap_like "$err" "--budget needs a duration such as 10s" "a bad --budget is named"
tap_is "$rc" 1 "exit 1"
tap_done
