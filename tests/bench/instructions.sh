#!/usr/bin/env bash
# instructions.sh: instructions per operation of each runtime workload,
# counted by valgrind's callgrind (exact and repeatable, unlike wall-clock
# time on a shared machine). Usage: bash tests/bench/instructions.sh
# RTBENCH [N]; prints one line per workload. Needs valgrind.
set -u
rtbench=${1:?usage: instructions.sh RTBENCH [N]}
n=${2:-200000}
[ -x "$rtbench" ] || { echo "instructions.sh: $rtbench: no such program (make build/rtbench)" >&2; exit 1; }
command -v valgrind >/dev/null 2>&1 || { echo "instructions.sh: valgrind is not installed"; exit 0; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for w in handoff buffered select yield spawn; do
    refs=$(valgrind --tool=callgrind --callgrind-out-file="$out" "$rtbench" "$w" "$n" 2>&1 |
           sed -n 's/.*Collected : *//p' | tr -d ',')
    if [ -z "$refs" ]; then
        echo "$w: valgrind could not run $rtbench (see: valgrind --tool=callgrind $rtbench $w $n)"
        continue
    fi
    ops=$n
    [ "$w" = yield ] && ops=$((2 * n)) # two goroutines yield n times each
    awk -v w="$w" -v r="$refs" -v o="$ops" \
        'BEGIN { printf "%-8s %8.0f instructions per op (%s ops, whole run)\n", w, r / o, o }'
done
