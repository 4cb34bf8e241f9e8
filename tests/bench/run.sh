#!/usr/bin/env bash
# run.sh: `make bench`. Runs every runtime workload on conclab's runtime
# (build/rtbench), on Go 1.x at GOMAXPROCS=1 (tests/bench/go, when `go` is
# installed) and on pthreads (tests/bench/pthread.c), each REPEAT times
# (default 3, the best figure kept and the spread shown), and prints a table
# with the ratios. Usage: bash tests/bench/run.sh ABS_BUILD_DIR
set -u
build=${1:?usage: run.sh ABS_BUILD_DIR}
here=$(cd "$(dirname "$0")" && pwd)
repeat=${REPEAT:-3}
rtbench=$build/rtbench
ptbench=$build/ptbench
gobench=$build/gobench

cc -O2 -pthread -o "$ptbench" "$here/pthread.c" || { echo "run.sh: cannot build $ptbench" >&2; exit 1; }
have_go=0
if command -v go >/dev/null 2>&1; then
    (cd "$here/go" && GO111MODULE=off GOCACHE=${GOCACHE:-$build/gocache} go build -o "$gobench" main.go) && have_go=1
else
    echo "run.sh: go is not installed: conclab's and pthreads' figures only"
fi

# figure BIN WORKLOAD N: the last line's number, best of $repeat, and the
# spread "min-max".
figure() {
    local best="" worst="" v
    for ((i = 0; i < repeat; i++)); do
        v=$(GOMAXPROCS=1 "$@" 2>/dev/null | tail -1 | sed 's/.*=//')
        [ -z "$v" ] && { echo "n/a n/a"; return; }
        if [ -z "$best" ] || awk "BEGIN{exit !($v < $best)}"; then best=$v; fi
        if [ -z "$worst" ] || awk "BEGIN{exit !($v > $worst)}"; then worst=$v; fi
    done
    echo "$best $best-$worst"
}

fmt='%-8s %7s %8s %-17s %8s %-17s %6s %9s %7s\n'
printf "$fmt" workload N conclab "(spread)" go "(spread)" "go/c" pthread "pt/c"
for spec in "handoff 2000000 200000" "buffered 5000000 1000000" "select 1000000 0" \
            "yield 2000000 200000" "spawn 1000000 10000" "parked 1000000 2000"; do
    set -- $spec
    w=$1 n=$2 ptn=$3
    read -r c cs < <(figure "$rtbench" "$w" "$n")
    g=n/a gs=""
    [ $have_go = 1 ] && read -r g gs < <(figure "$gobench" "$w" "$n")
    p=n/a
    [ "$ptn" != 0 ] && read -r p _ < <(figure "$ptbench" "$w" "$ptn")
    ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (a+0 > 0 && b+0 > 0) printf "%.1fx", a/b; else printf "n/a" }'; }
    printf "$fmt" "$w" "$(( n / 1000 ))k" "$c" "($cs)" "$g" "($gs)" \
        "$(ratio "$g" "$c")" "$p" "$(ratio "$p" "$c")"
done
echo "units: ns per operation; parked: resident bytes per parked goroutine (pthread: per thread)"
echo "go/c, pt/c: how many times cheaper conclab is; pthread N: handoff/yield 200k, buffered 1M,"
echo "spawn 10k, parked 2k; conclab spawn/parked use 768-byte arena blocks (RTBENCH_STACK)"

# Instructions per operation (callgrind): exact, so a change's effect shows
# even when the wall-clock figures above are noisy.
echo
echo "instructions per operation (tests/bench/instructions.sh, valgrind's callgrind):"
bash "$here/instructions.sh" "$rtbench"

# The terminal interface's start-up and redraw times, measured in tmux.
echo
echo "TUI start-up and key redraw (tests/bench/tui_speed.sh):"
CONCLAB_BIN="$build/conclab" CONCLAB_SRC="$(cd "$(dirname "$0")/../.." && pwd)" \
    bash "$(dirname "$0")/tui_speed.sh" | grep -E '^(ok|not ok|#)' || true
