#!/usr/bin/env bash
# record_run.sh: records what Go 1.19 prints for each tests/go/run/NAME.go
# (NAME.out: stdout, NAME.err: stderr through normalize.sh, NAME.code: the
# program's exit code, from go run's "exit status N"), at GOMAXPROCS=1 as conclab's one-processor
# scheduler runs. Needs Debian's golang-go; CI and conclab never do. The
# programs are written so that Go fixes their output (channels in order,
# locks, WaitGroups); run it twice and compare to check that.
cd "$(dirname "$0")/run" || exit 1
command -v go >/dev/null || { echo "record_run.sh: needs go (apt-get install golang-go)" >&2; exit 1; }
for f in "${@:-*.go}"; do
    for g in $f; do
        name=${g%.go}
        GOMAXPROCS=1 go run "$g" >"$name.out" 2>"$name.raw"
        # the program's own exit code: go run says "exit status N"
        code=$(sed -n 's/^exit status \([0-9]*\)$/\1/p' "$name.raw" | tail -1)
        echo "${code:-0}" >"$name.code"
        ../normalize.sh <"$name.raw" >"$name.err"
        rm -f "$name.raw"
    done
done
