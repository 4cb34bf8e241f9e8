#!/usr/bin/env bash
# record_test.sh: records what Go 1.19's go test -v prints for each
# tests/go/test/NAME_test.go (with the non-test .go files of the same
# package, named in NAME.files if any): NAME.out is its stdout and stderr
# through normalize_test.sh, NAME.code its exit code. Needs Debian's
# golang-go; CI and conclab never do.
cd "$(dirname "$0")/test" || exit 1
command -v go >/dev/null || { echo "record_test.sh: needs go (apt-get install golang-go)" >&2; exit 1; }
for f in "${@:-*_test.go}"; do
    for g in $f; do
        name=${g%_test.go}
        extra=$(cat "$name.files" 2>/dev/null)
        # shellcheck disable=SC2086
        GOMAXPROCS=1 GOFLAGS=-count=1 timeout 120 go test -v "$g" $extra >"$name.raw" 2>&1
        echo $? >"$name.code"
        ../normalize_test.sh <"$name.raw" >"$name.out"
        rm -f "$name.raw"
    done
done
