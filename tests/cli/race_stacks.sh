#!/usr/bin/env bash
# race_stacks.sh: `conclab run --race` on tests/go/race/NAME.go prints the
# frames real Go's race detector prints (NAME.race, recorded by
# tests/go/race/record.sh with Go 1.19): the whole stack of each access,
# innermost first, and of the go statement that created each goroutine
# (compared as a set: which racing goroutine Go reports first varies).
. "$(dirname "$0")/../tap.sh"
cd "$SRC/tests/go/race" || exit 1
for f in *.go; do
    name=${f%.go}
    got=$("$BIN" run --race "$f" 2>&1 | ./frames.sh)
    tap_is "$(printf '%s\n' "$got" | sed -n '/^== created at/q;p')" "$(sed -n '/^== created at/q;p' "$name.race")" \
        "$name: each access's stack, frame by frame, as Go prints it"
    tap_is "$(printf '%s\n' "$got" | sed -n '/^== created at/,$p' | sort)" "$(sed -n '/^== created at/,$p' "$name.race" | sort)" \
        "$name: and each goroutine's creation stack"
done
tap_done
