#!/usr/bin/env bash
# go_vm.sh: the Go interpreter's speed, side by side in one run: recursive
# fib(30) and a sieve-and-map loop against CPython 3 running the same
# programs (tests/bench/go_vm/*.py), an unbuffered ping-pong of a million
# messages against the same Go program compiled by Go at GOMAXPROCS=1
# (when go is installed), and the start-up of `conclab run hello.go`.
# Wall time, best of REPEAT (default 3). Usage: go_vm.sh ABS_BUILD_DIR
set -u
build=${1:?usage: go_vm.sh ABS_BUILD_DIR}
here=$(cd "$(dirname "$0")/go_vm" && pwd)
repeat=${REPEAT:-3}
conclab=$build/conclab

# best_ms CMD...: the best wall time of REPEAT runs, in milliseconds.
best_ms() {
    local best=""
    for ((i = 0; i < repeat; i++)); do
        local t0 t1 ms
        t0=$(date +%s%N)
        "$@" >/dev/null 2>&1 || { echo "n/a"; return; }
        t1=$(date +%s%N)
        ms=$(( (t1 - t0) / 1000 ))
        if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
    done
    awk "BEGIN{printf \"%.1f\", $best / 1000}"
}

ratio() { # ratio OTHER CONCLAB: how many times faster conclab is
    if [ "$1" = n/a ] || [ "$2" = n/a ]; then echo "n/a"; else awk "BEGIN{printf \"%.2fx\", $1 / $2}"; fi
}

printf '%-34s %12s %12s %10s\n' "Go interpreter workload" "conclab ms" "other ms" "speed-up"
for p in fib sieve; do
    c=$(best_ms "$conclab" run "$here/$p.go")
    if command -v python3 >/dev/null; then o=$(best_ms python3 "$here/$p.py"); else o=n/a; fi
    printf '%-34s %12s %12s %10s\n' "$p vs CPython 3" "$c" "$o" "$(ratio "$o" "$c")"
done
c=$(best_ms "$conclab" run "$here/pingpong.go")
o=n/a
if command -v go >/dev/null; then
    gobin=$build/go_pingpong
    (cd "$here" && GO111MODULE=off GOCACHE=${GOCACHE:-$build/gocache} go build -o "$gobin" pingpong.go) &&
        o=$(GOMAXPROCS=1 best_ms "$gobin")
fi
printf '%-34s %12s %12s %10s\n' "1e6 ping-pong vs Go GOMAXPROCS=1" "$c" "$o" "$(ratio "$o" "$c")"
c=$(best_ms "$conclab" run "$here/hello.go")
printf '%-34s %12s\n' "conclab run hello.go (start-up)" "$c"
