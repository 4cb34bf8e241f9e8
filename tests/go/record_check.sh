#!/usr/bin/env bash
# tests/go/record_check.sh: records what Go 1.19's compiler says about
# each tests/go/check/NAME.go into NAME.err (the error lines of `go build`,
# without its "# command-line-arguments" header; empty for a valid
# program). Needs Debian's golang-go; CI and the tests never run it.
#   tests/go/record_check.sh            every file
#   tests/go/record_check.sh NAME...    those only
set -euo pipefail
cd "$(dirname "$0")/check"
command -v go >/dev/null || { echo "record_check.sh: needs go (apt-get install golang-go)" >&2; exit 1; }
case "$(go version)" in *go1.19*) ;; *) echo "record_check.sh: needs Go 1.19, have $(go version)" >&2; exit 1;; esac
names=("$@")
[ ${#names[@]} -gt 0 ] || names=($(ls *.go | sed 's/\.go$//'))
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for n in "${names[@]}"; do
    cp "$n.go" "$tmp/"
    (cd "$tmp" && GOFLAGS= GO111MODULE=off go build -o /dev/null "$n.go" 2>&1 || true) |
        grep -v '^# command-line-arguments$' > "$n.err" || true
    rm -f "$tmp/$n.go"
done
echo "recorded ${#names[@]} file(s)"
