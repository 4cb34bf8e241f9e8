#!/usr/bin/env bash
# measure_correct.sh: no false reports on correct concurrent code. Every
# program of the conformance corpus (tests/go/run) that uses goroutines,
# channels or package sync and that Go 1.19 runs to exit 0 with its output
# fixed (each was written so, and recorded with Go: NAME.out, NAME.code) is
# run under `conclab run --explore --race --budget BUDGET` (default 2s).
# A correct program must end one way only: exit 0, with Go's output, no
# race, no deadlock, no panic, whatever the schedule. Prints one line per
# program that does not, then the totals. Usage: measure_correct.sh
# [BUDGET] [BIN]
cd "$(dirname "$0")/../run" || exit 1 # the corpus
budget=${1:-2s}
bin=${2:-../../../build/conclab}
total=0 silent=0
for f in *.go; do
    name=${f%.go}
    [ "$(cat "$name.code" 2>/dev/null)" = 0 ] || continue
    grep -Eq 'go func|go [a-zA-Z_.]+\(|make\(chan|"sync"' "$f" || continue
    total=$((total + 1))
    out=$(timeout 120 "$bin" run --explore --race --budget "$budget" "$f" 2>&1)
    # one outcome, ok, printing Go's output
    if printf '%s\n' "$out" | grep -q '^1 distinct outcome:$' &&
        printf '%s\n' "$out" | grep -q '^1) ok, in ' &&
        [ "$(printf '%s\n' "$out" | sed -n '/^   output:$/,/^   replay:/p' | sed '1d;$d' |
            sed 's/^     //')" = "$(if [ -s "$name.out" ]; then cat "$name.out"; else echo '(no output)'; fi)" ]; then
        silent=$((silent + 1))
    else
        echo "not silent: $f"
        printf '%s\n' "$out" | head -12 | sed 's/^/    /'
    fi
done
echo "correct concurrent programs: $total; silent under --explore --race (one outcome, exit 0, Go's output): $silent of $total"
