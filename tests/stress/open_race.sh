#!/usr/bin/env bash
# open_race.sh: a stress tool (not part of make test) for opening one new
# progress database from several processes at once: each round starts
# NPROC `conclab stats` on a fresh file, optionally beside BUSY busy loops,
# and counts the rounds where one of them failed or wrote to stderr.
# Usage: bash tests/stress/open_race.sh CONCLAB ROUNDS NPROC [BUSY]
# (the regression test is tests/cli/store_concurrent_open.sh).
set -u
bin=${1:?usage: open_race.sh CONCLAB ROUNDS NPROC [BUSY]} rounds=${2:?} nproc=${3:?} busy=${4:-0}
[ -x "$bin" ] || { echo "open_race.sh: $bin: no such program" >&2; exit 1; }
here=$(cd "$(dirname "$0")/../.." && pwd)
export CONCLAB_CONTENT="$here/tests/fixtures/quiz" TZ=UTC CONCLAB_NOW=2026-11-29T10:00:00Z
dir=$(mktemp -d)
loops=""
cleanup() { [ -n "$loops" ] && kill $loops 2>/dev/null; rm -rf "$dir"; }
trap cleanup EXIT
for ((i = 0; i < busy; i++)); do (while :; do :; done) & loops="$loops $!"; done
failures=0
for ((r = 1; r <= rounds; r++)); do
    pids=""
    for ((k = 1; k <= nproc; k++)); do
        "$bin" stats --db "$dir/r$r/p.db" --user "u$k" </dev/null >/dev/null 2>"$dir/err-$k" &
        pids="$pids $!"
    done
    bad=0
    for p in $pids; do wait "$p" || bad=1; done
    if [ $bad = 1 ] || [ -n "$(cat "$dir"/err-*)" ]; then
        failures=$((failures + 1))
        echo "round $r: $(cat "$dir"/err-* | head -1)"
    fi
    rm -rf "$dir/r$r" "$dir"/err-*
done
echo "rounds=$rounds nproc=$nproc busy=$busy failures=$failures"
