#!/bin/sh
# quiz_kill.sh: kill -9 in the middle of a stream of plain-quiz answers
# loses no answer the quiz acknowledged ("Saved: ..."), and the database
# passes PRAGMA integrity_check afterwards, every time.
. "$(dirname "$0")/../tap.sh"
export CONCLAB_CONTENT="$SRC/tests/fixtures/quiz" CONCLAB_NOW=2026-11-29T10:00:00Z TZ=UTC
db="$TMP/kill.db"

reviews_of() {
    sqlite3 "$db" "SELECT count(*) FROM review JOIN learner ON learner.id = review.learner
                   WHERE learner.name = '$1'"
}

for round in 1 2 3 4 5 6; do
    user="learner$round"
    mkfifo "$TMP/in$round"
    : >"$TMP/out$round" # exists before the polling below starts
    # The writer answers every 40 ms; it dies of SIGPIPE once the quiz is killed.
    (for i in $(seq 1 24); do printf 'a channel blocks %d\n%d\n' "$i" $((i % 4 + 1)); sleep 0.04; done) \
        >"$TMP/in$round" 2>/dev/null &
    writer=$!
    "$BIN" quiz --plain --db "$db" --user "$user" <"$TMP/in$round" >"$TMP/out$round" 2>"$TMP/err$round" &
    quiz=$!
    # Wait for the round-th acknowledgement (up to 10 s), then kill a few ms
    # later, somewhere in the following answer or its commit.
    tries=0
    while [ "$(grep -c '^Saved:' "$TMP/out$round")" -lt "$round" ] && [ $tries -lt 1000 ]; do
        sleep 0.01; tries=$((tries + 1))
    done
    sleep "0.0$((round * 7 % 5))"
    kill -9 "$quiz" 2>/dev/null
    wait "$quiz" 2>/dev/null
    kill "$writer" 2>/dev/null
    wait "$writer" 2>/dev/null
    acked=$(grep -c '^Saved:' "$TMP/out$round")
    stored=$(reviews_of "$user")
    [ "$acked" -gt 0 ] && [ "$acked" -lt 20 ]
    tap_ok $? "round $round: killed mid-stream after $acked acknowledged answers"
    [ "$stored" -ge "$acked" ] && [ "$stored" -le $((acked + 1)) ]
    tap_ok $? "round $round: all $acked acknowledged answers stored ($stored in the log)"
    tap_is "$(sqlite3 "$db" 'PRAGMA integrity_check')" ok "round $round: integrity_check ok"
    cards=$(sqlite3 "$db" "SELECT count(*) FROM card JOIN learner ON learner.id = card.learner
                           WHERE learner.name = '$user'")
    tap_is "$cards" "$stored" "round $round: one card per stored review (grade and card saved together)"
done

# The next session of a killed learner carries on where the log ends.
next=$(($(reviews_of learner1) + 1))
printf '\n3\nq\n' | "$BIN" quiz --plain --db "$db" --user learner1 >"$TMP/after" 2>&1
tap_is "$?" 0 "a killed learner's next session runs"
tap_like "$(cat "$TMP/after")" "Card 1: question $next " "and asks the next new question ($next)"
tap_done
