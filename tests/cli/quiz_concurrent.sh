#!/bin/sh
# quiz_concurrent.sh: several processes answering at the same time on one
# database, each for a different learner, starting on a database that does
# not exist yet: nothing is lost, every session ends cleanly, and the file
# passes PRAGMA integrity_check.
. "$(dirname "$0")/../tap.sh"
export CONCLAB_CONTENT="$SRC/tests/fixtures/quiz" TZ=UTC
db="$TMP/shared/class.db"
learners="ada bob cy dee"

diag() { # diag TEXT: each line as a TAP diagnostic, on stdout and on stderr (prove shows that)
    lines=$(printf '%s\n' "$1" | sed 's/^/# /')
    printf '%s\n' "$lines"
    printf '%s\n' "$lines" >&2
}
sessions() { # sessions "NAMES" "DAYS": how those sessions ended and what they said on stderr
    for n in $1; do
        for d in $2; do
            diag "$n day $d: exit $(cat "$TMP/status-$n-$d" 2>/dev/null), last line: $(grep . "$TMP/out-$n-$d" 2>/dev/null | tail -n 1)
stderr: $(cat "$TMP/err-$n-$d" 2>/dev/null)"
        done
    done
}

for day in 29 30; do
    export CONCLAB_NOW="2026-11-${day}T10:00:00Z"
    pids=""
    for name in $learners; do
        seq 1 40 | while read -r i; do printf 'channel %s %d\n%d\n' "$name" "$i" $((i % 3 + 2)); done \
            >"$TMP/in-$name"
        { "$BIN" quiz --plain --db "$db" --user "$name" <"$TMP/in-$name" >"$TMP/out-$name-$day" \
              2>"$TMP/err-$name-$day"; echo $? >"$TMP/status-$name-$day"; } &
        pids="$pids $!"
    done
    fails=0
    for pid in $pids; do wait "$pid"; done
    for name in $learners; do [ "$(cat "$TMP/status-$name-$day")" = 0 ] || fails=$((fails + 1)); done
    tap_is "$fails" 0 "day $day: four sessions at once all exit 0"
    errs=$(cat "$TMP"/err-*-"$day")
    tap_is "$errs" "" "day $day: no errors (busy waits are absorbed)"
    [ "$fails" -eq 0 ] && [ -z "$errs" ] || sessions "$learners" "$day"
done

for name in $learners; do
    acked=$(cat "$TMP/out-$name-29" "$TMP/out-$name-30" | grep -c '^Saved:')
    stored=$(sqlite3 "$db" "SELECT count(*) FROM review JOIN learner ON learner.id = review.learner
                            WHERE learner.name = '$name'")
    tap_is "$stored" "$acked" "$name: every acknowledged answer stored ($acked)"
    first=$(grep -c '^Saved:' "$TMP/out-$name-29")
    tap_is "$first" 20 "$name: the first day took the 20 new cards a day"
    [ "$stored" = "$acked" ] && [ "$first" = 20 ] || sessions "$name" "29 30"
done
tap_is "$(sqlite3 "$db" 'SELECT count(DISTINCT learner) FROM card')" 4 "four learners, kept apart"
tap_is "$(sqlite3 "$db" 'PRAGMA integrity_check')" ok "integrity_check ok"
tap_is "$(sqlite3 "$db" 'PRAGMA user_version')" "$(grep -c '^-- Migration' "$SRC/data/schema.sql")" "the schema was applied once"
tap_done
