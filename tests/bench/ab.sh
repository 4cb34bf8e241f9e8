#!/usr/bin/env bash
# ab.sh: compares two rtbench builds on one workload by alternating them
# ROUNDS times and keeping each one's best figure, so that a change of a
# few percent shows through a noisy machine. Usage:
#   bash tests/bench/ab.sh OLD_RTBENCH NEW_RTBENCH WORKLOAD N [ROUNDS]
# (build the old one from another checkout: git worktree add ../old REV;
# make -C ../old build/rtbench). Prints old, new and old/new.
set -u
old=${1:?usage: ab.sh OLD NEW WORKLOAD N [ROUNDS]} new=${2:?} w=${3:?} n=${4:?} k=${5:-7}
for b in "$old" "$new"; do
    [ -x "$b" ] || { echo "ab.sh: $b: no such program" >&2; exit 1; }
done
best_old="" best_new=""
figure() { "$1" "$w" "$n" | tail -1 | sed 's/.*=//'; }
min() { awk -v a="$1" -v b="$2" 'BEGIN { print (b == "" || a + 0 < b + 0) ? a : b }'; }
for ((i = 0; i < k; i++)); do
    best_old=$(min "$(figure "$old")" "$best_old")
    best_new=$(min "$(figure "$new")" "$best_new")
done
awk -v w="$w" -v a="$best_old" -v b="$best_new" -v k="$k" \
    'BEGIN { printf "%s: old %s, new %s, old/new %.2f (best of %d each, alternated)\n", w, a, b, a / b, k }'
