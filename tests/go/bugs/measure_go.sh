#!/usr/bin/env bash
# measure_go.sh: measures what real Go's `go test` finds in each bug kernel
# under content/bugs/NAME/ (bug_test.go, the buggy version; fixed_test.go,
# the fix). For every kernel it runs
#   (a) go test -count=100 bug_test.go            (timeout 120 s)
#   (b) go test -race -count=100 bug_test.go      (timeout 300 s)
#   (c) go test -race -count=100 fixed_test.go    (timeout 300 s)
# and writes one tab-separated line per kernel to results.tsv:
#   name a_found a_fails a_crash b_found b_fails b_races b_crash fixed_ok
# found = 1 when the run exited non-zero or printed a failure, a panic, a
# race or a deadlock; fails = how many of the 100 runs printed "--- FAIL";
# crash = 1 when a panic or a runtime fatal error ended the test binary
# early (then fails only counts the runs before it, the crashing one
# included); races = "WARNING: DATA RACE" reports (the race detector
# reports each racing pair once per binary). fixed_ok = 1 when (c) passed.
# The counts vary from one measurement to the next.
# Needs Debian's golang-go; conclab and CI never do: without go it skips.
#   tests/go/bugs/measure_go.sh            every kernel
#   tests/go/bugs/measure_go.sh NAME...    those only
# Each kernel directory has no go.mod: the files are passed as arguments,
# so go builds them as the package "command-line-arguments".
cd "$(dirname "$0")/../../../content/bugs" || exit 1 # the kernels
if ! command -v go >/dev/null; then
    echo "measure_go.sh: skipped, no go (apt-get install golang-go)"
    exit 0
fi
out=${OUT:-../../tests/go/bugs/results.tsv}
log=${LOG:-/tmp/measure_go.log}
: >"$log"
if [ $# -eq 0 ]; then
    set -- $(for d in */; do [ -f "$d/bug_test.go" ] && echo "${d%/}"; done)
fi
printf 'name\ta_found\ta_fails\ta_crash\tb_found\tb_fails\tb_races\tb_crash\tfixed_ok\n' >"$out"

# run_one LIMIT FILE ARGS...: runs go test in the current directory, prints
# "found fails races crash" for its output.
run_one() {
    local limit=$1 file=$2 rc tmp
    shift 2
    tmp=$(mktemp)
    timeout "$limit" go test "$@" "$file" >"$tmp" 2>&1
    rc=$?
    local fails races found=0 crash=0
    fails=$(grep -c -- '--- FAIL' "$tmp")
    grep -q -E '^panic:|^fatal error:' "$tmp" && crash=1
    races=$(grep -c 'WARNING: DATA RACE' "$tmp")
    if [ $rc -ne 0 ] || grep -q -E -- '--- FAIL|^panic:|fatal error:|DATA RACE|deadlock' "$tmp"; then
        found=1
    fi
    cat "$tmp" >>"$log"
    rm -f "$tmp"
    echo "$found $fails $races $crash"
}

for name in "$@"; do
    (
        cd "$name" || exit 1
        echo "== $name (a)" >>"$log"
        read -r af afails _ acrash < <(run_one 120 bug_test.go -count=100 -run .)
        echo "== $name (b)" >>"$log"
        read -r bf bfails braces bcrash < <(run_one 300 bug_test.go -race -count=100 -run .)
        echo "== $name (c)" >>"$log"
        read -r cf _ _ _ < <(run_one 300 fixed_test.go -race -count=100 -run .)
        fixed_ok=$((1 - cf))
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$af" "$afails" "$acrash" \
            "$bf" "$bfails" "$braces" "$bcrash" "$fixed_ok"
    ) >>"$out"
    tail -1 "$out"
done

n=$(($(wc -l <"$out") - 1))
a=$(awk -F'\t' 'NR > 1 && $2 == 1' "$out" | wc -l)
b=$(awk -F'\t' 'NR > 1 && $5 == 1' "$out" | wc -l)
f=$(awk -F'\t' 'NR > 1 && $9 == 1' "$out" | wc -l)
echo "$(go version), $(date -u +%Y-%m-%d)"
echo "go test -count=100 finds $a of $n; go test -race -count=100 finds $b of $n; fixed versions passing -race -count=100: $f of $n"
