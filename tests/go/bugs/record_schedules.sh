#!/usr/bin/env bash
# record_schedules.sh: for each bug kernel that a plain run and --race do
# not catch, runs conclab test --explore --race (BUDGET, default 60s) and
# saves the schedule that breaks it in schedules/NAME.schedule, so that
# tests/cli/go_bugs.sh can replay it: a schedule is replayed exactly,
# whatever the machine's speed, where a search in a time budget is not.
# Usage: record_schedules.sh [BUDGET] [BIN]
cd "$(dirname "$0")/../../../content/bugs" || exit 1 # the kernels
saved=../../tests/go/bugs/schedules
budget=${1:-60s}
bin=${2:-../../build/conclab}
for dir in */; do
    k=${dir%/}
    [ -f "$k/bug_test.go" ] || continue
    rm -f "$saved/$k.schedule"
    "$bin" test "$k/bug_test.go" >/dev/null 2>&1 && "$bin" test --race "$k/bug_test.go" >/dev/null 2>&1 || continue
    line=$("$bin" test --explore --race --budget "$budget" "$k/bug_test.go" 2>/dev/null | grep '^replay: ')
    if [ -n "$line" ]; then
        echo "$line" | sed "s/.*--schedule '\([^']*\)'.*/\1/" >"$saved/$k.schedule"
        echo "$k: $(cat "$saved/$k.schedule")"
    else
        echo "$k: not found in $budget"
    fi
done
