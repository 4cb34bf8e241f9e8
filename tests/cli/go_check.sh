#!/usr/bin/env bash
# go_check.sh: `conclab check FILE.go` and `conclab run FILE.go` through
# the real binary. Every tests/go/check/NAME.go prints exactly the errors
# Go 1.19's compiler prints for it (NAME.err, recorded by
# tests/go/record_check.sh with go build), with exit 1, or nothing and
# exit 0 when Go accepts it; the document's examples compile (the one
# written with an unused import gives Go's message); what conclab does not
# support yet says so in one line; hostile files get a clear error and no
# crash; `run` prints the same errors before running anything, and runs a
# valid program (tests/cli/go_run.sh checks what programs print).
. "$(dirname "$0")/../tap.sh"
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN") # the test changes folders

cd "$SRC/tests/go/check" || exit 1
for f in *.go; do
    name=${f%.go}
    "$BIN" check "$f" >"$TMP/out" 2>"$TMP/err"; rc=$?
    want=$(cat "$name.err")
    tap_is "$(cat "$TMP/err")" "$want" "check $name.go prints what go build prints"
    if [ -n "$want" ]; then tap_is "$rc" 1 "check $name.go exits 1"; else tap_is "$rc" 0 "check $name.go exits 0"; fi
    tap_is "$(cat "$TMP/out")" "" "check $name.go writes nothing on stdout"
done

# The document's examples: all compile but the one the document wrote with
# an unused import, and the processes example, whose os/exec conclab lacks.
cd "$SRC/content/examples" || exit 1
for f in *.go; do
    err=$("$BIN" check "$f" 2>&1); rc=$?
    case $f in
    concurrency-patterns.go)
        tap_is "$err" './concurrency-patterns.go:5:5: imported and not used: "sync"' "the document's $f gives Go's compile error"
        tap_is "$rc" 1 "check $f exits 1" ;;
    processes.go)
        tap_is "$err" './processes.go:5:5: conclab does not support package os/exec yet' "$f: one clear line for the missing package"
        tap_is "$rc" 1 "check $f exits 1" ;;
    *)
        tap_is "$err" "" "the document's $f compiles"
        tap_is "$rc" 0 "check $f exits 0" ;;
    esac
done

cd "$SRC/tests/go/unsupported" || exit 1
err=$("$BIN" check generic_fn.go 2>&1); rc=$?
tap_is "$err" "./generic_fn.go:3:6: conclab does not support generic functions yet" "generics: one clear line"
tap_is "$rc" 1 "generics: exit 1"
err=$("$BIN" check bad_import.go 2>&1)
tap_is "$err" "./bad_import.go:3:8: conclab does not support package net/http yet" "a package conclab lacks: one clear line, no follow-on errors"

# Hostile files: an error naming the file, never a crash or a hang.
cd "$TMP" || exit 1
python3 -c "print('package main\nfunc main() { x := ' + '('*5000 + '1' + ')'*5000 + '; _ = x }')" > deep.go
err=$("$BIN" check deep.go 2>&1); rc=$?
tap_like "$err" '^\./deep\.go:2:[0-9]+: conclab does not support nesting deeper than 1000 levels$' "deep nesting: a clear error"
tap_is "$rc" 1 "deep nesting: exit 1"
python3 -c "print('package main\nconst c = 1' + '0'*100000 + '\nfunc main() { _ = c }')" > huge.go
err=$("$BIN" check huge.go 2>&1); rc=$?
tap_is "$err" "./huge.go:2:11: excessively long constant: 1000000000... (100001 chars)" "a huge literal: Go's error"
printf 'package main\nconst c = 1 << 100000\nfunc main() { _ = c }\n' > shift.go
err=$("$BIN" check shift.go 2>&1); rc=$?
tap_is "$rc" 1 "a huge constant shift is an error, not a hang"
# an operand longer than the message buffer (the fuzzer's finding: the
# text was appended past the buffer's end)
python3 -c "print('package main\n\nfunc main() {\n\tvar x int = \\\"' + 'a' * 5000 + '\\\"\n\t_ = x\n}')" > long.go
err=$("$BIN" check long.go 2>&1); rc=$?
tap_is "$rc" 1 "an operand of 5,000 characters: exit 1"
tap_like "$err" '^\./long\.go:4:14: cannot use "aaaa' "with Go's message, at its position"
tap_is "$(printf '%s\n' "$err" | wc -l)" 1 "in one line"
head -c 4096 /dev/urandom > garbage.go
"$BIN" check garbage.go >/dev/null 2>"$TMP/err"; rc=$?
tap_is "$rc" 1 "random bytes: exit 1"
tap_like "$(head -1 "$TMP/err")" '^\./garbage\.go:[0-9]+:[0-9]+: ' "random bytes: errors at FILE:LINE:COL"
: > empty.go
tap_is "$("$BIN" check empty.go 2>&1)" "./empty.go:1:1: syntax error: package statement must be first" "an empty file: Go's error"
err=$("$BIN" check missing.go 2>&1); rc=$?
tap_is "$err" "conclab: missing.go: No such file or directory" "a missing file: one line"
tap_is "$rc" 1 "a missing file: exit 1"
err=$("$BIN" check notgo.txt 2>&1); rc=$?
tap_is "$err" "conclab: check: notgo.txt is not a .go file" "not a .go file: one line"
err=$("$BIN" check 2>&1); rc=$?
tap_is "$err" "conclab: check needs a Go file: conclab check FILE.go" "no file: usage line"
tap_is "$rc" 1 "no file: exit 1"

# run: the same errors, nothing run; a valid program runs.
cd "$SRC/tests/go/check" || exit 1
err=$("$BIN" run unused_var.go 2>&1); rc=$?
tap_is "$err" "$(cat unused_var.err)" "run prints the compile errors"
tap_is "$rc" 1 "run exits 1 on compile errors"
out=$("$BIN" run wg_copy_ok.go --some-program-arg 2>&1); rc=$?
tap_is "$out" "3" "run of a valid program runs it (arguments after the file are the program's)"
tap_is "$rc" 0 "and exits 0"
tap_done
