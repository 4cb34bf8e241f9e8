#!/bin/sh
# store_concurrent_open.sh: several conclabs opening one database that does
# not exist yet, all at once. Each creates or finds the file, checks it,
# switches it to WAL and applies the migrations; none may fail. Two races
# once made one of them fail now and then: the check read user_version and
# sqlite_schema in two snapshots, with another conclab's first migration
# committed in between ("not a conclab database (it holds other tables)");
# and switching the new file to WAL was refused at once while another
# conclab was switching it ("switching to WAL mode: the database is busy").
# A third hit files that already existed: the check read the file without a
# lock while the last conclab closing checkpointed its WAL into it ("truncated
# database (the header says 13 pages, the file holds 1)"). The first two parts
# provoke the second and the third race deterministically, the last part runs
# rounds of fresh opens for all three.
. "$(dirname "$0")/../tap.sh"
export CONCLAB_CONTENT="$SRC/tests/fixtures/quiz" CONCLAB_NOW=2026-11-29T10:00:00Z TZ=UTC
schema=$(grep -c '^-- Migration' "$SRC/data/schema.sql")

diag() { # diag TEXT: each line as a TAP diagnostic, on stdout and on stderr (prove shows that)
    lines=$(printf '%s\n' "$1" | sed 's/^/# /')
    printf '%s\n' "$lines"
    printf '%s\n' "$lines" >&2
}

# wait_for FILE: waits up to 5 s for the lock holder to create FILE.
wait_for() {
    tries=0
    while [ ! -e "$1" ] && [ "$tries" -lt 100 ]; do sleep 0.05; tries=$((tries + 1)); done
}

# open_beside_holder ERRFILE WHAT WHY: opens $db with conclab while $holder
# holds its lock, waits for the holder, and checks the open exited 0 with
# nothing on stderr.
open_beside_holder() {
    "$BIN" stats --db "$db" --user ada >/dev/null 2>"$1"
    st=$?
    wait "$holder"
    tap_is "$st" 0 "$2: exit 0"
    tap_is "$(cat "$1")" "" "... with no error ($3)"
    [ -s "$1" ] && diag "$(cat "$1")"
}

# Another connection holds the write lock of a new, empty file, as a conclab
# does for a moment while it switches that file to WAL: the opener waits for
# it (the busy timeout) instead of failing at once.
db="$TMP/held/p.db"
mkdir -p "$TMP/held"
: >"$db"
printf 'BEGIN IMMEDIATE;\n.shell touch %s\n.shell sleep 1\nROLLBACK;\n' "$TMP/held/locked" |
    sqlite3 "$db" >/dev/null 2>"$TMP/held/holder-err" &
holder=$!
wait_for "$TMP/held/locked"
tap_ok "$([ -e "$TMP/held/locked" ]; echo $?)" "another connection holds the write lock of the empty file"
open_beside_holder "$TMP/held/err" "opening while another switches the new file to WAL" \
    "the refused switch is tried again"
tap_is "$(sqlite3 "$db" 'PRAGMA journal_mode')" wal "... and the file is in WAL mode"
tap_is "$(sqlite3 "$db" 'PRAGMA user_version')" "$schema" "... with the schema applied"

# Another connection holds the exclusive lock of an existing database and has
# written only the first page so far, as a checkpoint does (page 1, whose
# header counts the pages, first): the opener waits for the lock instead of
# reading the half-written file and calling it truncated.
mkdir -p "$TMP/ckpt"
good="$TMP/ckpt/good.db" db="$TMP/ckpt/p.db"
printf 'x\n3\nx\n3\nq\n' | "$BIN" quiz --plain --db "$good" --user ada >/dev/null 2>&1
sqlite3 "$good" 'PRAGMA journal_mode = DELETE' >/dev/null
cp "$good" "$db"
printf 'BEGIN EXCLUSIVE;\n.shell head -c 4096 %s >%s; touch %s; sleep 1; cat %s >%s\nCOMMIT;\n' \
    "$good" "$db" "$TMP/ckpt/locked" "$good" "$db" | sqlite3 "$db" >/dev/null 2>&1 &
holder=$!
wait_for "$TMP/ckpt/locked"
tap_is "$(wc -c <"$db" | tr -d ' ')" 4096 "another connection holds the exclusive lock, one page written"
open_beside_holder "$TMP/ckpt/err" "opening while another writes the file under its lock" \
    "the check waits for the lock"
tap_is "$(sqlite3 "$db" 'SELECT count(*) FROM review')" 2 "... and the reviews are all there"

# Rounds of four conclabs opening a fresh file at once, for about 10 s (fewer
# rounds on a slow machine or under the sanitizers, at least 4).
rounds=0 bad=0
end=$(($(date +%s) + 10))
while [ "$rounds" -lt 4 ] || { [ "$(date +%s)" -lt "$end" ] && [ "$rounds" -lt 80 ]; }; do
    rounds=$((rounds + 1))
    db="$TMP/r$rounds/p.db"
    pids=""
    for name in ada bob cy dee; do
        "$BIN" stats --db "$db" --user "$name" >/dev/null 2>"$TMP/err-$rounds-$name" &
        pids="$pids $!"
    done
    fails=0
    for pid in $pids; do wait "$pid" || fails=$((fails + 1)); done
    errs=$(cat "$TMP"/err-$rounds-*)
    if [ "$fails" -ne 0 ] || [ -n "$errs" ]; then
        bad=$((bad + 1))
        diag "round $rounds: $fails of 4 failed:
$errs"
    elif [ "$rounds" -gt 1 ]; then
        rm -rf "$TMP/r$((rounds - 1))"
    fi
done
tap_is "$bad" 0 "$rounds rounds of four fresh opens at once: none failed"
tap_is "$(sqlite3 "$db" 'PRAGMA integrity_check')" ok "the last round's file passes integrity_check"
tap_is "$(sqlite3 "$db" 'PRAGMA user_version')" "$schema" "... and holds the schema once"
tap_done
