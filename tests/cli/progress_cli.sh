#!/bin/sh
# progress_cli.sh: `stats` (text and JSON), `export`, `import` (merging,
# idempotent, bad files refused with the database unchanged) and `report`
# (text, CSV, JSON) over two learners.
. "$(dirname "$0")/../tap.sh"
export CONCLAB_CONTENT="$SRC/tests/fixtures/quiz" CONCLAB_NOW=2026-11-29T10:00:00Z TZ=UTC
db="$TMP/class.db"
run() { "$BIN" "$@" --db "$db"; }
dump() { sqlite3 "$1" .dump; }

printf 'channel blocks capacity\n4\nWaitGroup\n3\n\n1\n' | run quiz --plain --user ada >/dev/null
printf 'nothing\n1\nWaitGroup counter\n4\n' | run quiz --plain --user bob >/dev/null
sqlite3 "$db" "INSERT INTO reading SELECT id, 'chan', 0.5, 7, 1795946400 FROM learner WHERE name = 'ada'"

out=$(run stats --user ada)
tap_is "$?" 0 "stats exits 0"
tap_like "$out" "^Progress of ada at 2026-11-29T10:00:00Z: 3 of 24 questions studied, 3 reviews" \
    "stats: the headline"
tap_like "$out" "  1  q01 +1 +0 +8\\.3 d +1\\.00 +100%  in [0-9]+ days" \
    "stats: question 1, Easy: review in days, stability 8.3"
tap_like "$out" "  3  q03 +1 +0 +0\\.2 d +6\\.41 +100%  in 1 minute" "stats: question 3, Again: 1 minute"
tap_like "$out" "  4  q04 +0 +- +- +- +-  new" "stats: an unstudied question"
tap_like "$out" "  1  chan +50% +8 +1 " "stats: reading progress of a section"
tap_like "$out" "Due in the next 7 days: today: 2, Mon 30: 0," "stats: the forecast"
tap_like "$out" "Streak: 1 day \\(3 reviews today\\)" "stats: the streak"

json=$(run stats --user ada --json)
tap_is "$(printf '%s' "$json" | perl -MJSON::PP -e 'my $j = decode_json(join "", <STDIN>);
    print scalar(@{$j->{questions}}), " ", $j->{questions}[0]{state}, " ",
          $j->{sections}[0]{read}, " ", scalar(@{$j->{forecast}}), " ", $j->{streak}')" \
    "24 review 0.5 7 1" "stats --json: questions, state, reading, forecast, streak"

CONCLAB_NOW=2026-12-02T10:00:00Z run stats --user ada >"$TMP/later"
tap_like "$(cat "$TMP/later")" "Streak: 0 days" "three days later the streak is broken"
tap_like "$(cat "$TMP/later")" "  3  q03 .* +[0-9]+%  due \\(since 3 days ago\\)" "and cards are overdue"

run export --user ada >"$TMP/ada.json"
tap_is "$?" 0 "export exits 0"
tap_like "$(cat "$TMP/ada.json")" '"format":	"conclab-progress"' "export: the format"
tap_like "$(cat "$TMP/ada.json")" '"answer":	"channel blocks capacity"' "export: typed answers"
tap_like "$(cat "$TMP/ada.json")" '"section":	"chan"' "export: reading"
run export --user bob >"$TMP/bob.json"
run export --user nobody >/dev/null 2>"$TMP/err"
tap_is "$?" 1 "export of an unknown learner: exit 1"

merged="$TMP/merged.db"
out=$("$BIN" import "$TMP/ada.json" "$TMP/bob.json" --db "$merged")
tap_is "$?" 0 "import of two learners exits 0"
tap_like "$out" "ada.json: merged 3 cards, 3 reviews, 1 reading, 0 demo runs, 0 challenge attempts, 0 bug gallery steps \\(0 already there\\)" \
    "import says what it merged"
"$BIN" export --user ada --db "$merged" | grep -v '"exported"' >"$TMP/ada2.json"
grep -v '"exported"' "$TMP/ada.json" | cmp -s - "$TMP/ada2.json"
tap_ok $? "export, import, export gives the same file"
dump "$merged" >"$TMP/before.sql"
out=$("$BIN" import "$TMP/ada.json" "$TMP/bob.json" --db "$merged")
tap_like "$out" "ada.json: merged 0 cards, 0 reviews, 0 reading, 0 demo runs, 0 challenge attempts, 0 bug gallery steps \\(7 already there\\)" \
    "importing again merges nothing"
dump "$merged" | cmp -s - "$TMP/before.sql"
tap_ok $? "importing twice changes nothing"

bad() { # bad NAME JSON PATTERN EXIT
    printf '%s' "$2" >"$TMP/bad.json"
    "$BIN" import "$TMP/ada.json" "$TMP/bad.json" --db "$merged" >/dev/null 2>"$TMP/err"
    st=$?
    tap_is "$st" "$4" "import $1: exit $4"
    tap_like "$(cat "$TMP/err")" "^conclab: $TMP/bad\\.json:( )?$3" "import $1: names the file and key"
    tap_is "$(wc -l <"$TMP/err" | tr -d ' ')" 1 "import $1: one line"
    dump "$merged" | cmp -s - "$TMP/before.sql"
    tap_ok $? "import $1: database unchanged"
}
bad "not JSON" '{"format": ' '1:[0-9]+: ' 2
bad "another format" '{"format": "anki", "version": 1, "learner": "x"}' 'format: not a conclab progress file' 2
bad "newer version" '{"format": "conclab-progress", "version": 4, "learner": "x"}' 'version: 4 is newer' 2
bad "no learner" '{"format": "conclab-progress", "version": 1}' 'missing "learner"' 2
bad "unknown key" '{"format": "conclab-progress", "version": 1, "learner": "x", "cardz": []}' \
    'unknown key "cardz"' 2
bad "bad grade" '{"format": "conclab-progress", "version": 1, "learner": "eve", "reviews": [{"question": "q01", "time": "2026-11-29T10:00:00Z", "grade": 5, "answer": "", "took_ms": 0, "feedback": "", "before": null}]}' \
    'reviews\[0\]: "grade" must be a whole number from 1 to 4' 2
bad "bad time" '{"format": "conclab-progress", "version": 1, "learner": "eve", "reading": [{"section": "chan", "fraction": 0.5, "position": 1, "updated": "noon"}]}' \
    'reading\[0\]: "updated" must be a UTC time' 2
bad "bad state" '{"format": "conclab-progress", "version": 1, "learner": "eve", "cards": [{"question": "q01", "state": "asleep", "step": 0, "stability": 1, "difficulty": 5, "due": "2026-11-29T10:00:00Z", "last_review": "2026-11-29T10:00:00Z", "reps": 1, "lapses": 0}]}' \
    'cards\[0\]: "state" must be new, learning' 2
"$BIN" import "$TMP/nowhere.json" --db "$merged" >/dev/null 2>"$TMP/err"
tap_is "$?" 2 "import of a missing file: exit 2"
"$BIN" import "$TMP/ada.json" --db "$TMP/notes.txt" >/dev/null 2>&1
printf 'notes\n' >"$TMP/notes.txt"
"$BIN" import "$TMP/ada.json" --db "$TMP/notes.txt" >/dev/null 2>"$TMP/err"
tap_is "$?" 3 "import into a text file: exit 3"
"$BIN" import --db "$merged" >/dev/null 2>&1
tap_is "$?" 1 "import with no file: usage error"

out=$(run report)
tap_is "$?" 0 "report exits 0"
tap_like "$out" "^Class report at 2026-11-29T10:00:00Z: 2 learners, 24 questions" "report: the headline"
tap_like "$out" "  1  q01 +2/2 +100% +2 +0%" "report: question 1 studied by both"
tap_like "$out" "  3  q03 +1/2 +100% +1 +0%" "report: question 3 by one"
tap_like "$out" "  4  q04 +0/2 +- +0 +0%" "report: question 4 by none"
tap_like "$out" "Hardest questions: [0-9]+ q0[123] \\([0-9]+%\\), " "report: the hardest questions"
tap_like "$out" "ada +3/24 +[0-9]+% +3 +0 +1  2026-11-29T10:00:00Z" "report: ada's standing"
tap_like "$out" "bob +2/24 +[0-9]+% +2 +0 +1  2026-11-29T10:00:00Z" "report: bob's standing"
csv=$(run report --format csv)
tap_is "$(printf '%s\n' "$csv" | head -n 1)" "kind,number,id,studied,recall,reviews,lapses,lapse_rate,streak,last_review,games_tried,games_won,predictions_tried,predictions_won,winners" \
    "report csv: the header"
tap_is "$(printf '%s\n' "$csv" | grep -c '^question,')" 24 "report csv: a row per question"
tap_like "$csv" 'learner,,"bob",2,' "report csv: a row per learner"
tap_is "$(run report --format json | perl -MJSON::PP -e 'my $j = decode_json(join "", <STDIN>);
    print scalar(@{$j->{questions}}), " ", scalar(@{$j->{learners}}), " ", $j->{learners}[1]{name}')" \
    "24 2 bob" "report json: questions and learners"
run report --format xml >/dev/null 2>"$TMP/err"
tap_is "$?" 1 "report --format xml: usage error"
tap_done
