#!/usr/bin/env bash
# measure_correct.sh: no false reports on correct concurrent code. Every
# program of the conformance corpus (tests/go/run) that uses goroutines,
# channels or package sync and that Go 1.19 runs to exit 0 (each recorded
# with Go: NAME.out, NAME.code) is run under `conclab run --explore --race
# --budget BUDGET` (default 2s). A correct program may print different
# things under different schedules (several of the corpus are probes of
# Go's own run order on one processor), but no schedule may end in a race,
# a deadlock or a panic, and the first outcome (no preemption: Go's order)
# must print what Go printed. A program in which Go's own race detector
# (go run -race, when go is installed) finds a race is not correct: it is
# left out, and counted apart with whether conclab reports it too. Prints
# one line per program that fails, then the totals, with how many have a
# single outcome under every schedule. Usage: measure_correct.sh [BUDGET]
# [BIN]
cd "$(dirname "$0")/../run" || exit 1 # the corpus
budget=${1:-2s}
bin=${2:-../../../build/conclab}
total=0 silent=0 single=0 racy=0 racy_found=0
for f in *.go; do
    name=${f%.go}
    [ "$(cat "$name.code" 2>/dev/null)" = 0 ] || continue
    grep -Eq 'go func|go [a-zA-Z_.]+\(|make\(chan|"sync"' "$f" || continue
    out=$(timeout 120 "$bin" run --explore --race --budget "$budget" "$f" 2>&1)
    if command -v go >/dev/null && ! GOMAXPROCS=1 go run -race "$f" >/dev/null 2>&1; then
        racy=$((racy + 1)) # Go's race detector says it is not correct
        printf '%s\n' "$out" | grep -q '^[0-9]*) race, in ' && racy_found=$((racy_found + 1))
        continue
    fi
    total=$((total + 1))
    bad=$(printf '%s\n' "$out" | grep -E '^[0-9]+\) ' | grep -v '^[0-9]*) ok, in ')
    first=$(printf '%s\n' "$out" | sed -n '/^1) /,/^   replay:/p' | sed -n '/^   output:$/,/^   replay:/p' |
        sed '1d;$d' | sed 's/^     //')
    want=$(if [ -s "$name.out" ]; then cat "$name.out"; else echo '(no output)'; fi)
    if [ -z "$bad" ] && [ "$first" = "$want" ] && printf '%s\n' "$out" | grep -q '^1) ok, in '; then
        silent=$((silent + 1))
        printf '%s\n' "$out" | grep -q '^1 distinct outcome:$' && single=$((single + 1))
    else
        echo "not silent: $f"
        printf '%s\n' "$out" | grep -E '^[0-9]+\) |^Explored|^The search' | head -6 | sed 's/^/    /'
    fi
done
echo "left out as racy by go run -race: $racy (conclab --explore --race reports $racy_found of them)"
echo "correct concurrent programs: $total; no race, deadlock or panic under --explore --race and Go's output in Go's order: $silent of $total; a single outcome under every schedule tried: $single"
