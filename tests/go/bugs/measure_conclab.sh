#!/usr/bin/env bash
# measure_conclab.sh: how many of the bug kernels each mode of conclab
# test finds, and that it is silent on every fixed version. For each
# content/bugs/NAME: bug_test.go under a plain run, --race, and
# --explore --race (BUDGET per file, default 10s), with the wall time the
# explorer took to its first failing schedule; fixed_test.go under
# --explore --race must pass. Writes conclab_results.tsv beside this
# script and prints the totals. Usage: measure_conclab.sh [BUDGET] [BIN]
cd "$(dirname "$0")/../../../content/bugs" || exit 1 # the kernels
budget=${1:-10s}
bin=${2:-../../build/conclab}
out=../../tests/go/bugs/conclab_results.tsv
printf 'kernel\tplain\trace\texplore\texplore_seconds\tfixed_silent\n' >"$out"
for dir in */; do
    k=${dir%/}
    [ -f "$k/bug_test.go" ] || continue
    timeout 60 "$bin" test "$k/bug_test.go" >/dev/null 2>&1; plain=$(( $? != 0 ))
    timeout 60 "$bin" test --race "$k/bug_test.go" >/dev/null 2>&1; race=$(( $? != 0 ))
    start=$(date +%s.%N)
    timeout 120 "$bin" test --explore --race --budget "$budget" "$k/bug_test.go" >/dev/null 2>&1; explore=$(( $? != 0 ))
    secs=$(echo "$(date +%s.%N) - $start" | bc)
    timeout 120 "$bin" test --explore --race --budget "$budget" "$k/fixed_test.go" >/dev/null 2>&1; silent=$(( $? == 0 ))
    printf '%s\t%d\t%d\t%d\t%.2f\t%d\n' "$k" "$plain" "$race" "$explore" "$secs" "$silent" >>"$out"
done
awk -F'\t' 'NR > 1 { n++; p += $2; r += $3; e += $4; s += $6; if ($4) t[++m] = $5 }
    END {
        # the median time to the first failing schedule, over the kernels found
        for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (t[j] < t[i]) { x = t[i]; t[i] = t[j]; t[j] = x }
        med = m ? (m % 2 ? t[(m + 1) / 2] : (t[m / 2] + t[m / 2 + 1]) / 2) : 0
        printf "kernels %d: plain run finds %d, --race %d, --explore --race %d; fixed versions silent under --explore --race: %d of %d; median wall time of --explore to the first failing schedule: %.2fs\n", n, p, r, e, s, n, med
    }' "$out"
