#!/usr/bin/env bash
# report_challenges.sh: challenge attempts in the instructor's class report
# (text, CSV, JSON), and through export/import between two real SQLite
# files: export writes format version 3 with the attempts, the report of
# the merged database equals the original's, and a version 1 file (written
# before the attempts travelled) still imports.
. "$(dirname "$0")/../tap.sh"
export CONCLAB_NOW=2026-11-29T10:00:00Z TZ=UTC
CONTENT=${CONCLAB_CONTENT:-$SRC/content}
a="$TMP/a.db" b="$TMP/b.db"
run() { "$BIN" --content "$CONTENT" "$@"; }

run --db "$a" --user ada challenge data-race --moves 1,1,1,3,3,2,2,2,2 >/dev/null
run --db "$a" --user ada predict data-race --answer 2,3 >/dev/null
run --db "$a" --user bob predict data-race --answer 2 >/dev/null
run --db "$a" --user bob challenge data-race --moves 1,2 >/dev/null

out=$(run --db "$a" report)
tap_is "$?" 0 "report exits 0"
tap_like "$out" "data-race +you the scheduler tried +2/2 +won +1/2 +attempts 1/2" \
    "report: the scheduler game, tried by both, won by one"
tap_like "$out" "data-race +which outputs +tried +2/2 +won +1/2 +attempts 1/2" \
    "report: the prediction, answered exactly by one"
tap_like "$out" "ada +0/16 .* never +1/1 +1/1" "report: ada won her game and her prediction"
tap_like "$out" "bob +0/16 .* never +0/1 +0/1" "report: bob won neither"
csv=$(run --db "$a" report --format csv)
tap_like "$(printf '%s\n' "$csv" | head -n 1)" ",games_tried,games_won,predictions_tried,predictions_won,winners$" \
    "report csv: the challenge columns"
tap_like "$csv" 'scheduler,,"data-race",2,,,,,,,2,1,,,1' "report csv: a row per puzzle and kind"
tap_like "$csv" 'learner,,"ada",0,.*,1,1,1,1,' "report csv: a learner's attempts"
tap_is "$(run --db "$a" report --format json | perl -MJSON::PP -e 'my $j = decode_json(join "", <STDIN>);
    my $c = $j->{challenges}[0]; my $l = $j->{learners}[0];
    print "$c->{puzzle} $c->{kind} $c->{learners} $c->{winners} $c->{attempts}{tried} ",
          "$l->{name} $l->{games}{won}/$l->{games}{tried} $l->{predictions}{won}/$l->{predictions}{tried}"')" \
    "data-race scheduler 2 1 2 ada 1/1 1/1" "report json: challenges and each learner's attempts"

run --db "$a" --user ada export >"$TMP/ada.json"
run --db "$a" --user bob export >"$TMP/bob.json"
tap_like "$(tr -d ' \n\t' <"$TMP/ada.json")" '"format":"conclab-progress","version":3,' \
    "export writes format version 3"
out=$(run --db "$b" import "$TMP/ada.json" "$TMP/bob.json")
tap_is "$?" 0 "import of both into a new database exits 0"
tap_like "$out" "bob.json: merged .* 2 challenge attempts" "import: bob's two attempts"
q="SELECT l.name, kind, puzzle, won, moves, coalesce(preemptions, 'null'), coalesce(fewest, 'null'), time
   FROM challenge_attempt c JOIN learner l ON l.id = c.learner ORDER BY l.name, time, kind"
tap_is "$(sqlite3 "$b" "$q")" "$(sqlite3 "$a" "$q")" "the merged database holds the same attempts"
tap_is "$(run --db "$b" report)" "$(run --db "$a" report)" "and its class report is the same"

# A version 1 file, as conclab wrote it before challenges were exported.
cat >"$TMP/old.json" <<'JSON'
{"format": "conclab-progress", "version": 1, "learner": "cy", "exported": "2026-11-28T10:00:00Z",
 "cards": [{"question": "goroutine-use-cases", "state": "review", "step": 0, "stability": 8.2956,
            "difficulty": 1, "due": "2026-12-07T10:00:00Z", "last_review": "2026-11-28T09:00:00Z",
            "reps": 1, "lapses": 0}],
 "reviews": [], "reading": [], "demo_runs": []}
JSON
out=$(run --db "$b" import "$TMP/old.json")
tap_is "$?" 0 "a version 1 file without challenges still imports"
tap_like "$out" "old.json: merged 1 cards, 0 reviews, 0 reading, 0 demo runs, 0 challenge attempts" \
    "with its card"
tap_like "$(run --db "$b" report)" "cy +1/16 .* +0/0 +0/0" "cy is in the report, with no attempts"
sed 's/"version": 1/"version": 2/' "$TMP/old.json" >"$TMP/v2.json"
err=$(run --db "$b" import "$TMP/v2.json" 2>&1 >/dev/null)
tap_is "$?" 2 "a version 2 file must list its challenges"
tap_like "$err" 'v2.json: missing "challenges"' "naming the missing key"
sed 's/"version": 1/"version": 4/' "$TMP/old.json" >"$TMP/v3.json"
err=$(run --db "$b" import "$TMP/v3.json" 2>&1 >/dev/null)
tap_like "$err" 'v3.json: version: 4 is newer than this conclab reads \(3\)' "a newer version is refused"
tap_done
