#!/usr/bin/env bash
# record.sh: records what Go 1.19's race detector prints for each
# tests/go/race/NAME.go (NAME.race: the report's stack frames, as
# frames.sh extracts them), at GOMAXPROCS=1. Needs Debian's golang-go;
# CI and conclab never do.
cd "$(dirname "$0")" || exit 1
command -v go >/dev/null || { echo "record.sh: needs go (apt-get install golang-go)" >&2; exit 1; }
for f in "${@:-*.go}"; do
    for g in $f; do
        GOMAXPROCS=1 go run -race "$g" 2>&1 | ./frames.sh >"${g%.go}.race"
    done
done
