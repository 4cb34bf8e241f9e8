#!/usr/bin/env bash
# go_run.sh: `conclab run` against real Go. Each tests/go/run/NAME.go
# prints exactly the stdout Go 1.19 printed for it (NAME.out), exits with
# the program's exit code (NAME.code) and prints the same panic or
# deadlock report (NAME.err), both compared through tests/go/normalize.sh
# (tests/go/record_run.sh recorded them with go run at GOMAXPROCS=1). The
# document's examples print their .out (or, where real Go's order varies,
# the same lines), the same seed prints the same bytes, and what the VM
# cannot run yet says so in one line with its position.
. "$(dirname "$0")/../tap.sh"
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN") # the test changes folders
NORM="$SRC/tests/go/normalize.sh"

cd "$SRC/tests/go/run" || exit 1
for f in *.go; do
    name=${f%.go}
    "$BIN" run "$f" >"$TMP/out" 2>"$TMP/err"; rc=$?
    tap_is "$(cat "$TMP/out")" "$(cat "$name.out")" "run $name.go prints what go run prints"
    tap_is "$rc" "$(cat "$name.code")" "run $name.go exits $(cat "$name.code")"
    tap_is "$("$NORM" <"$TMP/err")" "$("$NORM" <"$name.err")" "run $name.go reports on stderr what Go does"
done

# the same program twice, and with a seed: byte-identical
a=$("$BIN" run pipeline.go 2>&1); b=$("$BIN" run pipeline.go 2>&1)
tap_is "$a" "$b" "two runs print the same bytes"
cd "$SRC/content/examples" || exit 1
a=$("$BIN" run --seed 7 concurrency-vs-parallelism.go 2>&1); b=$("$BIN" run --seed 7 concurrency-vs-parallelism.go 2>&1)
tap_is "$a" "$b" "--seed 7 twice: the same random schedule, the same bytes"
tap_is "$(printf '%s\n' "$a" | sort)" "$(sort concurrency-vs-parallelism.out)" "and the lines real Go prints"
seen=""
for s in 1 2 3 4 5 6; do seen="$seen$("$BIN" run --seed $s concurrency-vs-parallelism.go | head -1)|"; done
tap_like "$seen" "Task [12]: 0" "other seeds schedule the goroutines in other orders"
# programs whose output Go fixes print it on every seed
for s in 1 2 3; do
    out=$("$BIN" run --seed $s "$SRC/tests/go/run/pipeline.go")
    tap_is "$out" "$(cat "$SRC/tests/go/run/pipeline.out")" "pipeline.go prints Go's output with --seed $s"
done
err=$("$BIN" run --seed x goroutines.go 2>&1); rc=$?
tap_like "$err" "^conclab: run: --seed needs a number" "a bad --seed is a usage error"
tap_is "$rc" 1 "and exits 1"
out=$("$BIN" run --trace goroutines.go 2>"$TMP/trace"); rc=$?
tap_is "$out" "$(cat goroutines.out)" "--trace: the program's output is its own"
trace=$(cat "$TMP/trace")
tap_like "$trace" "^-- trace --$" "and the trace follows on stderr"
tap_like "$trace" "g1 spawn main\.[a-zA-Z0-9_.]+ -> g2 @.*goroutines\.go:[0-9]+$" "each go statement with its Go line"
tap_like "$trace" "g[0-9]+ block \[chan (send|receive)\] @.*goroutines\.go:[0-9]+$" "each block with its wait and line"
tap_is "$rc" 0 "and exits as the program does"
trace=$("$BIN" run --trace "$SRC/tests/go/run/chan_names.go" 2>&1 >/dev/null)
tap_like "$trace" " send b .*chan_names\.go:14$" "--trace: a channel made by b := make(...) is named b"
tap_like "$trace" " send c 1 @.*chan_names\.go:15$" "one made by var c = make(...) is c"
tap_like "$trace" " send m\.incoming 1 @.*chan_names\.go:16$" "one assigned to a field is m.incoming"
tap_unlike "$trace" "chan#" "none is left nameless"
out=$("$BIN" run --explore --budget 2s data-race.go 2>&1); rc=$?
tap_like "$out" "^Explored all [0-9]+ schedules" "--explore --budget 2s: the search in a time budget"
err=$("$BIN" run --explore --budget never data-race.go 2>&1); rc=$?
tap_like "$err" "--budget needs a duration such as 10s" "a bad --budget is a usage error"
err=$("$BIN" run --trace --explore goroutines.go 2>&1); rc=$?
tap_like "$err" "--explore runs many schedules: --trace and --schedule do not apply" "--trace with --explore is a usage error"
tap_is "$rc" 1 "and exits 1"

# --race: Go's race detector's verdicts. data-race.go races on data
# (lines 14 and 19, exit 66); of the Go-recorded programs exactly the one
# Go's own detector flags (go run -race, checked by hand: the loop variable
# captured by goroutines) races, and no other reports anything.
out=$("$BIN" run --race data-race.go 2>"$TMP/race"); rc=$?
tap_is "$rc" 66 "run --race data-race.go exits 66, as Go does"
tap_is "$out" "2" "and prints the program's output"
race=$(cat "$TMP/race")
tap_like "$race" "WARNING: DATA RACE" "it prints Go's WARNING: DATA RACE"
tap_like "$race" "Read at 0x[0-9a-f]+ by goroutine [0-9]+:" "with the read's address and goroutine"
tap_like "$race" "data-race\.go:14" "the read's line"
tap_like "$race" "data-race\.go:19" "the earlier write's line"
tap_like "$race" "main\.main\.func1\(\)" "the goroutines' functions as Go names them"
tap_like "$race" "Found 1 data race\(s\)" "and the count"
tap_like "$race" "exit status 66" "and go run's exit status line"
# a plain read racing an atomic write is a race (Go's detector says so too);
# two atomic accesses are not
cat >"$TMP/atomic_race.go" <<'GO'
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		atomic.AddInt64(&n, 1)
	}()
	fmt.Println(n >= 0)
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n))
}
GO
"$BIN" run --race "$TMP/atomic_race.go" >/dev/null 2>"$TMP/race"; rc=$?
tap_is "$rc" 66 "run --race: a plain read racing an atomic add is a race (exit 66)"
tap_like "$(cat "$TMP/race")" "atomic_race\.go:15" "naming the atomic add's line"
tap_like "$(cat "$TMP/race")" "atomic_race\.go:17" "and the plain read's"
tap_is "$(grep -c 'WARNING: DATA RACE' "$TMP/race")" 1 "and only that one: the atomic load after Wait is ordered"
# --explore: the schedules that break data-race.go, each replayable
out=$("$BIN" run --explore data-race.go 2>&1); rc=$?
tap_is "$rc" 0 "run --explore data-race.go exits 0"
tap_like "$out" "^Explored all [0-9]+ schedules" "it explores the whole space within its bound"
tap_like "$out" "2 distinct outcomes" "and finds both outcomes"
tap_like "$out" "output:
     1
" "the lost update (1) among them"
sched=$(printf '%s\n' "$out" | grep -B4 "replay:" | grep -A4 "^     1$" | sed -n "s/.*--schedule '\([^']*\)'.*/\1/p" | head -1)
tap_like "$sched" "." "that outcome has a replay schedule"
tap_is "$("$BIN" run --schedule "$sched" data-race.go 2>&1)" "1" "--schedule replays it: 1"
out=$("$BIN" run --explore --race data-race.go 2>&1)
tap_like "$out" "race, in [0-9]+ schedule" "--explore --race reports the race as an outcome"
out=$("$BIN" run --explore "$SRC/tests/go/run/chan_pingpong.go" 2>&1)
tap_like "$out" "^Explored all [0-9]+ schedules.*
1 distinct outcome:" "a program whose output Go fixes has one outcome under every schedule"
out=$("$BIN" run --explore "$SRC/tests/go/run/deadlock_recv.go" 2>&1)
tap_like "$out" "deadlock, in 1 schedule" "and a deadlock is an outcome"
cd "$SRC/tests/go/run" || exit 1
for f in *.go; do
    n=$("$BIN" run --race "$f" 2>&1 >/dev/null | grep -c "WARNING: DATA RACE")
    if [ "$f" = loopvar_capture.go ]; then
        tap_is "$n" 1 "run --race $f reports the race Go reports"
    else
        tap_is "$n" 0 "run --race $f reports no race (nor does Go's detector)"
    fi
done

# the document's examples
cd "$SRC/content/examples" || exit 1
for name in atomic-operations channels check-channel-states check-preemption \
            check-race-condition concurrency-patterns-fixed data-race deadlock goroutines \
            race-condition synchronization-primitives; do
    out=$("$BIN" run "$name.go" 2>/dev/null)
    tap_is "$out" "$(cat "$name.out")" "example $name.go prints its .out"
done
# real Go's order varies here (several goroutines print after the same
# sleep): the same lines, in an order Go could print them
for name in concurrency-vs-parallelism threads-vs-goroutines; do
    out=$("$BIN" run "$name.go" 2>/dev/null | sort)
    tap_is "$out" "$(sort "$name.out")" "example $name.go prints the lines of its .out"
done
# scheduler.go: GOMAXPROCS is the machine's (conclab has one processor)
out=$("$BIN" run scheduler.go 2>/dev/null | tail -n +2)
tap_is "$out" "$(tail -n +2 scheduler.out)" "example scheduler.go prints its .out after the GOMAXPROCS line"
# the deadlock example: Go's report (stdout and stderr together in .out)
out=$("$BIN" run check-deadlock.go 2>&1 | "$NORM"); rc=$?
tap_is "$out" "$("$NORM" <check-deadlock.out)" "example check-deadlock.go gives Go's deadlock report"
"$BIN" run check-deadlock.go >/dev/null 2>&1; tap_is "$?" 2 "and exits 2"
# the compile-error example: Go's message, exit 1
err=$("$BIN" run concurrency-patterns.go 2>&1 >/dev/null); rc=$?
tap_is "$err" "$(grep -v '^#' concurrency-patterns.out | sed 's#^\./##; s#^#./#' | head -1 | sed 's#^\./\./#./#')" "example concurrency-patterns.go gives Go's compile error"
tap_is "$rc" 1 "and exits 1"

# beyond the VM's subset: one line with the position, exit 1, no crash
cat >"$TMP/unsupported.go" <<'GO'
package main

import "fmt"

func main() {
	fmt.Println("start")
	fmt.Println(os.Getenv("HOME"))
}
GO
sed -i 's/import "fmt"/import (\n\t"fmt"\n\t"os"\n)/' "$TMP/unsupported.go"
err=$("$BIN" run "$TMP/unsupported.go" 2>&1); rc=$?
tap_like "$err" "unsupported\.go:[0-9]+:[0-9]+: conclab does not support os\.Getenv yet$" "what the VM cannot run yet names its position, before anything runs"
tap_is "$rc" 1 "and exits 1"
tap_done
