#!/usr/bin/env bash
# go_test.sh: `conclab test` against real Go. Each tests/go/test/NAME_test.go
# (with the files NAME.files names) prints what go test -v printed for it
# (NAME.out, recorded by tests/go/record_test.sh, compared through
# normalize_test.sh) and exits as it did (NAME.code). Then what conclab
# finds that go test does not: a leaked goroutine, a deadlocked test named
# at once, a race with --race; and -run, and the usage errors.
. "$(dirname "$0")/../tap.sh"
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN") # the test changes folders
NORM="$SRC/tests/go/normalize_test.sh"

cd "$SRC/tests/go/test" || exit 1
for f in *_test.go; do
    name=${f%_test.go}
    # shellcheck disable=SC2046
    "$BIN" test -v "$f" $(cat "$name.files" 2>/dev/null) >"$TMP/out" 2>&1; rc=$?
    tap_is "$("$NORM" <"$TMP/out")" "$(cat "$name.out")" "test -v $f prints what go test -v prints"
    tap_is "$rc" "$(cat "$name.code")" "test -v $f exits $(cat "$name.code")"
done
out=$("$BIN" test basic_test.go 2>&1); rc=$?
tap_like "$out" "^--- FAIL: TestHelperAndCleanup" "without -v only the failures are printed"
tap_like "$out" "^    basic_test.go:19: x too big: 2$" "with their logs under them"
tap_unlike "$out" "=== RUN|TestPass|TestSkip" "and no passing or skipped test"
tap_like "$out" "^        basic_test.go:32: fatal here$" "a subtest's log indented under its result"
tap_is "$rc" 1 "a failed test exits 1"
out=$("$BIN" test -v -run 'Subtests/one' basic_test.go 2>&1)
tap_like "$out" "=== RUN   TestSubtests/one/deep" "-run A/B runs the matching subtests"
tap_unlike "$out" "TestPass|two_words|TestHelperAndCleanup" "and nothing else"
out=$("$BIN" test -run 'Pass$' basic_test.go 2>&1); rc=$?
tap_like "$out" "^ok  "$'\t'"command-line-arguments"$'\t'"[0-9.]+s$" "a passing run ends with go test's ok line"
tap_is "$rc" 0 "and exits 0"

cd "$SRC/tests/go/test_only" || exit 1
out=$("$BIN" test -v leak_test.go 2>&1); rc=$?
tap_like "$out" "--- FAIL: TestFetchTimeout" "a test that leaks a goroutine fails (go test passes it)"
tap_like "$out" "leak_test.go:[0-9]+: found unexpected goroutines:" "with goleak's words at the test"
tap_like "$out" "Goroutine [0-9]+ in state chan send, with command-line-arguments.fetch.func1 on top of the stack" \
    "naming the goroutine, its wait and its function"
tap_like "$out" "leak_test.go:16" "the line it is blocked on"
tap_like "$out" "created by command-line-arguments.fetch" "and where it was started"
tap_like "$out" "--- PASS: TestFetchOK" "the test whose sender is received from passes"
tap_is "$rc" 1 "and the run fails"
out=$("$BIN" test deadlock_test.go 2>&1); rc=$?
tap_like "$out" "panic: test timed out after 10m0s" "a deadlocked test ends at go test's timeout, on virtual time"
tap_like "$out" "conclab: every goroutine was blocked: the test deadlocked" "and conclab says it deadlocked"
tap_like "$out" "^command-line-arguments.TestWaitsForever\(" "naming the blocked test"
tap_like "$out" "command-line-arguments.TestWaitsForever.func1" "and the goroutine it started"
tap_is "$rc" 1 "it fails"
out=$("$BIN" test race_test.go 2>&1); rc=$?
tap_is "$rc" 0 "without --race the racy counter passes"
out=$("$BIN" test --race race_test.go 2>&1); rc=$?
tap_like "$out" "testing.go:1319: race detected during execution of test" "with --race the test fails as go test -race says"
tap_is "$(printf '%s\n' "$out" | grep -c 'race detected during execution of test')" 1 "once, as Go 1.19 says it"
tap_like "$out" "WARNING: DATA RACE" "with the race report"
tap_like "$out" "race_test.go:17" "and the racing line"
tap_is "$rc" 1 "and exits 1"
out=$("$BIN" test --explore panic_goroutine_test.go 2>&1); rc=$?
tap_like "$out" "^panic: close of closed channel$" "--explore: a panicking goroutine is reported in Go's words"
tap_like "$(printf '%s\n' "$out" | grep -A1 '^goroutine [0-9]* \[running\]:$')" \
    "^command-line-arguments\.markDone\(\.\.\.\)$" "from the Go frame that panicked"
tap_like "$out" "panic_goroutine_test.go:22" "with the line of each frame"
tap_unlike "$out" "panic: panic|main\.main\.|:0$" "not the runtime's own names for it"
tap_is "$rc" 1 "and it fails"
for mode in "" --explore; do
    out=$("$BIN" test $mode unlock_unlocked_test.go 2>&1); rc=$?
    tap_like "$out" "^fatal error: sync: unlock of unlocked mutex$" "${mode:-plain}: the runtime's own fatal error in Go's words"
    frame=$(printf '%s\n' "$out" | grep -A2 '^goroutine [0-9]* \[running\]:$')
    tap_like "$frame" "^command-line-arguments\.TestUnlock\(\.\.\.\)$" "from the test's Go frame"
    tap_like "$frame" "/unlock_unlocked_test\.go:24$" "at its line"
    tap_unlike "$out" "main\.testing|main\.main|goroutine 3 " "not the runtime's names and ids"
    tap_is "$rc" 1 "and it fails"
done

# usage
err=$("$BIN" test "$SRC/tests/go/test/counter.go" 2>&1); rc=$?
tap_like "$err" "^conclab: test needs a _test.go file" "a run without a _test.go file is a usage error"
tap_is "$rc" 1 "and exits 1"
err=$("$BIN" test --bogus leak_test.go 2>&1); rc=$?
tap_like "$err" "unknown option '--bogus'" "an unknown option is named"
printf 'package x\nimport "testing"\nfunc TestX(t *testing.T) { y := 1 }\n' >"$TMP/bad_test.go"
err=$("$BIN" test "$TMP/bad_test.go" 2>&1); rc=$?
tap_like "$err" "bad_test.go:3:28: y declared but not used" "a compile error is Go's, with its position"
tap_is "$rc" 1 "and exits 1"
tap_done
