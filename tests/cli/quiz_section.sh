#!/usr/bin/env bash
# quiz_section.sh: `quiz --section ID` (the reader's z) asks each question about
# one section (its "section") once, new ones without the daily cap, then
# again early in a later session; a bad section is a usage error that
# creates no database.
. "$(dirname "$0")/../tap.sh"
CONTENT=${CONCLAB_CONTENT:-$SRC/content}
export CONCLAB_DB="$TMP/progress.db"
answers() { for ((i = 0; i < $1; i++)); do printf 'x\n3\n'; done; }

out=$(answers 8 | CONCLAB_NOW=2026-11-29T10:00:00Z "$BIN" --content "$CONTENT" quiz --plain --section channels --new 1)
tap_is "$?" 0 "quiz --section channels exits 0"
asked=$(printf '%s\n' "$out" | sed -n 's/^Card [0-9]*: question \([0-9]*\) .*/\1/p' | tr '\n' ' ')
tap_is "$asked" "3 4 5 7 12 " "asks the five channel questions in document order, past the --new 1 cap"
tap_like "$out" "No more cards for now: 5 graded this session" "then stops: each once"

out=$(answers 2 | CONCLAB_NOW=2026-11-29T10:01:00Z "$BIN" --content "$CONTENT" quiz --plain --section 5 --limit 2)
asked=$(printf '%s\n' "$out" | sed -n 's/^Card [0-9]*: question \([0-9]*\) .*/\1/p' | tr '\n' ' ')
tap_is "$asked" "6 10 " "a section by number (5: synchronization primitives) asks its own questions"

out=$(answers 1 | CONCLAB_NOW=2026-11-29T10:02:00Z "$BIN" --content "$CONTENT" quiz --plain --section channels --limit 1)
tap_like "$out" "Card 1: question 3 " "a later focused session reviews them early, soonest due first"
n=$(sqlite3 "$CONCLAB_DB" "select count(*) from review")
tap_is "$n" 8 "every grade is in the database (5 + 2 + 1 reviews)"

rm -f "$CONCLAB_DB"
err=$("$BIN" --content "$CONTENT" quiz --plain --section nosuch 2>&1 >/dev/null)
tap_is "$?" 1 "an unknown section is a usage error"
tap_is "$err" "conclab: quiz: no section 'nosuch' (conclab sections lists them)" "one line naming it"
tap_ok "$([ ! -e "$CONCLAB_DB" ]; echo $?)" "and no database is created"
err=$("$BIN" --content "$CONTENT" quiz --plain --section 2>&1 >/dev/null)
tap_is "$?" 1 "--section without a value is a usage error"
tap_done
