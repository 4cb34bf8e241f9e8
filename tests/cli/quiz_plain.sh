#!/bin/sh
# quiz_plain.sh: `conclab quiz --plain` line by line: the question, the
# answer, the reference and key-term feedback, the grade saved before the
# next question; undo, a re-asked bad grade, q and end of input, --limit,
# the daily new-card cap, learners kept apart, and bad options.
. "$(dirname "$0")/../tap.sh"
export CONCLAB_CONTENT="$SRC/tests/fixtures/quiz" CONCLAB_NOW=2026-11-29T10:00:00Z TZ=UTC
db="$TMP/p.db"
quiz() { "$BIN" quiz --plain --db "$db" "$@"; }
count() { sqlite3 "$db" "$1"; }

out=$(printf 'a channel blocks when full\n3\n' | quiz --user ada --limit 1)
tap_is "$?" 0 "one card, exit 0"
tap_like "$out" "Card 1: question 1 \\(new" "asks question 1 first"
tap_like "$out" "Q: Question number 1 about channels\\?" "prints the question"
tap_like "$out" "Reference answer: Answer 1:" "prints the reference answer"
tap_like "$out" "  - Point: A reference answer mentioning channel, blocks, capacity\\." "with its points"
tap_like "$out" "Key terms used: channel, blocks" "key terms used"
tap_like "$out" "Key terms missed: capacity" "key terms missed"
tap_like "$out" "Suggested grade: 3 Good \\(2 of 3 key terms\\)" "a suggested grade"
tap_like "$out" "Saved: Good\\. Comes back in 10 minutes\\." "saved, and when it comes back"
tap_like "$out" "No more cards for now: 1 graded" "the limit ends the session"
tap_is "$(count 'SELECT grade, answer FROM review')" "3|a channel blocks when full" \
    "the grade and the typed answer are in the log"
tap_like "$(count 'SELECT feedback FROM review')" "used 2 of 3 key terms" "and the feedback"

out=$(printf '\n7\nx\n2\n' | quiz --user ada --limit 1)
tap_like "$out" "Suggested grade: none \\(nothing typed\\)" "Enter alone: no suggestion"
tap_is "$(printf '%s\n' "$out" | grep -c 'Please type 1, 2, 3 or 4')" 2 "invalid grades are asked again"
tap_like "$out" "Saved: Hard\\. Comes back in 6 minutes\\." "then the grade is taken"

out=$(printf 'mutex\n4\nu\nlock\n1\nq\n' | quiz --user ada)
tap_like "$out" "Card 1: question 3 " "the next new question (1 and 2 are in their steps)"
tap_like "$out" "Undone: question 3 is as it was and comes again\\." "u undoes the last grade"
tap_like "$out" "Card 3: question 3 \\(new" "the undone card is asked again, as new"
tap_like "$out" "Stopped: 1 graded this session, all saved\\." "q stops, saved"
tap_is "$(count "SELECT grade FROM review WHERE question = 'q03'")" 1 "only the redone grade is kept"
tap_is "$(count "SELECT count(*) FROM review")" 3 "three reviews in all"

out=$(printf 'an answer\n' | quiz --user ada)
tap_is "$?" 0 "end of input in the middle: exit 0"
tap_like "$out" "Stopped: 0 graded" "nothing half-saved"
tap_is "$(count "SELECT count(*) FROM review")" 3 "still three reviews"

out=$(printf 'u\n' | quiz --user ada --limit 1 2>&1 </dev/null)
tap_is "$?" 0 "no input at all: exit 0"

# The daily cap: ada has seen 3 new cards today, so 17 more; then nothing.
yes '
3' | head -n 200 | quiz --user ada >"$TMP/cap" 2>&1
tap_is "$(grep -c '^Saved:' "$TMP/cap")" 17 "20 new cards a day in all"
tap_like "$(cat "$TMP/cap")" "The next one is due in [0-9]+ minutes?\\." "then says when the next is due"
CONCLAB_NOW=2026-11-29T10:20:00Z quiz --user ada --limit 2 </dev/null >/dev/null 2>&1
out=$(printf '\n3\n\n3\n' | CONCLAB_NOW=2026-11-29T10:20:00Z quiz --user ada --limit 2)
tap_like "$out" "Card 1: question [0-9]+ \\(learning; [0-9]+ due, 0 new left today\\)" \
    "twenty minutes later the learning cards are due, no new ones"
out=$(printf '\n3\n' | CONCLAB_NOW=2026-11-30T09:00:00Z quiz --user ada --limit 1)
tap_like "$out" "[0-9]+ due, 4 new left today" "the next day the last 4 new cards are allowed"

out=$(printf 'x\n4\n' | quiz --user bob --limit 1)
tap_like "$out" "Card 1: question 1 \\(new" "bob starts at question 1: learners are kept apart"
tap_is "$(count "SELECT count(*) FROM learner")" 2 "two learners"

out=$(printf 'x\n4\n' | quiz --user cy --new 0 2>&1)
tap_like "$out" "No more cards for now: 0 graded" "--new 0: no new cards"

quiz --limit x </dev/null >/dev/null 2>"$TMP/err"
tap_is "$?" 1 "--limit x: usage error"
tap_like "$(cat "$TMP/err")" "^conclab: --limit needs a whole number, not 'x'$" "says so"
quiz --bogus </dev/null >/dev/null 2>"$TMP/err"
tap_is "$?" 1 "unknown option: usage error"
CONCLAB_NOW=tomorrow quiz </dev/null >/dev/null 2>"$TMP/err"
tap_is "$?" 1 "bad CONCLAB_NOW: usage error"
tap_like "$(cat "$TMP/err")" "CONCLAB_NOW: 'tomorrow' is not a UTC time" "names it"
# The real questions: all 16 are available on the first day.
if [ -f "$SRC/content/questions.json" ]; then
    yes '
3' | head -n 100 | "$BIN" quiz --plain --content "$SRC/content" --db "$TMP/real.db" --user ada \
        >"$TMP/real" 2>&1
    tap_is "$(grep -c '^Saved:' "$TMP/real")" 16 "the document's 16 questions on the first day"
    tap_like "$(cat "$TMP/real")" "Card 16: question 16 " "in document order"
fi
tap_is "$(count 'PRAGMA integrity_check')" ok "integrity_check ok"
# the first line is the first card: no blank line before it (issue 17)
out=$(printf "x\n3\n" | quiz --user first --limit 1)
tap_like "$(printf "%s\n" "$out" | head -n 1)" "^Card 1: question 1 " "the output starts with the first card, no blank line"
out=$(printf "x\n3\ny\n3\n" | quiz --user second --limit 2)
tap_is "$(printf "%s\n" "$out" | grep -B1 "^Card 2: " | head -n 1)" "" "a blank line still parts the second card from the first"
tap_done
