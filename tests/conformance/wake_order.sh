#!/usr/bin/env bash
# wake_order.sh: who runs first after a wake-up, conclab against Go. Each
# probe is one small program written twice, in Go (wake_order/go/main.go)
# and in C on rt.h (wake_order/probe.c); Go runs it 20 times at
# GOMAXPROCS=1 (async preemption off: it only adds noise), conclab once
# under FIFO. Prints MATCH or DIFF per probe, with both outputs for a DIFF.
# A development tool, not part of `make test` (CI has no Go). Usage:
#   make && bash tests/conformance/wake_order.sh [BUILD_DIR]
# Known differences (see the runtime's closing notes): timers due at the
# same instant run in the order they were set (the runtime's rule; Go
# readies them together, the last first), timers already due do not
# preempt the run queue, and Gosched puts the caller at the back of the
# one run queue rather than on Go's global queue.
set -u
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../../build}" && pwd)
command -v go >/dev/null 2>&1 || { echo "wake_order.sh: go is not installed"; exit 0; }
[ -f "$build/libconclab.a" ] || { echo "wake_order.sh: no $build/libconclab.a (run make)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
lto=$(grep -q -- '-flto' "$build/.flags" 2>/dev/null && echo -flto=auto)
cc -std=c11 -O1 -I"$here/../../src" -D_GNU_SOURCE $lto "$here/wake_order/probe.c" \
   "$build/libconclab.a" $(pkg-config --libs ncursesw sqlite3 libcjson) -lpthread -lm \
   -o "$tmp/cprobe" || exit 1
(cd "$here/wake_order/go" && go build -o "$tmp/gprobe" .) || exit 1
export GODEBUG=asyncpreemptoff=1
match=0 diff=0
for p in $("$tmp/cprobe"); do
    for _ in $(seq 20); do "$tmp/gprobe" "$p" | tr '\n' '|'; echo; done |
        sort | uniq -c | sort -rn > "$tmp/go.txt"
    c=$("$tmp/cprobe" "$p" | tr '\n' '|')
    g=$(head -1 "$tmp/go.txt" | sed 's/^ *[0-9]* //')
    if [ "$g" = "$c" ]; then
        echo "MATCH $p"; match=$((match + 1))
    else
        echo "DIFF  $p"; diff=$((diff + 1))
        sed 's/^/    go: /' "$tmp/go.txt"
        echo "    conclab: $c"
    fi
done
echo "$match probes match Go, $diff differ"
