#!/usr/bin/env bash
# challenge_export.sh: challenge attempts and the bug gallery's steps travel
# with the learner's progress: `export` writes them, `import` merges them
# into another database (refusing a bad step or outcome, naming the file
# and key), and importing the same file again adds nothing.
. "$(dirname "$0")/../tap.sh"
CONTENT=${CONCLAB_CONTENT:-$SRC/content}
db="$TMP/a.db"
run() { CONCLAB_NOW=2026-11-29T10:00:00Z "$BIN" --content "$CONTENT" --user ada "$@"; }

run --db "$db" challenge data-race --moves 1,1,1,3,3,2,2,2,2 >/dev/null
run --db "$db" predict data-race --answer 2,3 >/dev/null
run --db "$db" export >"$TMP/ada.json"
tap_is "$?" 0 "export exits 0"
tap_like "$(tr -d ' \n\t' <"$TMP/ada.json")" \
    '"challenges":\[\{"kind":"scheduler","puzzle":"data-race","won":true,"moves":"1,1,1,3,3,2,2,2,2","preemptions":1,"fewest":1' \
    "export lists the won game with its moves and preemptions"
tap_like "$(tr -d ' \n\t' <"$TMP/ada.json")" '"kind":"predict","puzzle":"data-race","won":true,"moves":"2,3","preemptions":null' \
    "and the answered prediction"

out=$(run --db "$TMP/b.db" import "$TMP/ada.json")
tap_like "$out" "merged 0 cards, 0 reviews, 0 reading, [0-9]+ demo runs, 2 challenge attempts" "import merges both attempts"
q="SELECT kind, puzzle, won, moves, coalesce(preemptions, 'null'), coalesce(fewest, 'null'), time FROM challenge_attempt ORDER BY id"
tap_is "$(sqlite3 "$TMP/b.db" "$q")" "$(sqlite3 "$db" "$q")" "the imported rows equal the exported ones"
out=$(run --db "$TMP/b.db" import "$TMP/ada.json")
tap_like "$out" "0 challenge attempts, 0 bug gallery steps \\(" "importing again adds nothing"
tap_is "$(sqlite3 "$TMP/b.db" "SELECT count(*) FROM challenge_attempt")" 2 "still two rows"
tap_like "$(run --db "$TMP/b.db" stats)" "data-race +you the scheduler: won 1 of 1" "stats in the other database shows the win"

sed 's/"kind":[[:space:]]*"scheduler"/"kind": "guess"/' "$TMP/ada.json" >"$TMP/bad.json"
err=$(run --db "$TMP/c.db" import "$TMP/bad.json" 2>&1 >/dev/null)
tap_is "$?" 2 "a bad attempt kind is refused"
tap_like "$err" 'bad.json: challenges\[0\]: "kind" must be "scheduler" or "predict"' "naming the file and the key"
sed 's/"won":[[:space:]]*true/"won": 1/' "$TMP/ada.json" >"$TMP/bad2.json"
err=$(run --db "$TMP/c.db" import "$TMP/bad2.json" 2>&1 >/dev/null)
tap_like "$err" 'bad2.json: challenges\[0\]: "won" must be true or false' "won must be a boolean"

# the bug gallery's steps travel the same way (format version 3)
steps='"bugs": [{"bug": "timeout_first_reply", "step": "explore", "outcome": "failed", "time": "2026-12-08T10:00:00Z"}]'
sed "s/\"bugs\":[[:space:]]*\[\]/$steps/" "$TMP/ada.json" >"$TMP/bugs.json"
out=$(run --db "$TMP/d.db" import "$TMP/bugs.json"); rc=$?
tap_is "$rc" 0 "a file with a bug gallery step imports"
tap_like "$out" " 1 bug gallery steps " "and merges it"
tap_is "$(sqlite3 "$TMP/d.db" "SELECT bug || ' ' || step || ' ' || outcome FROM bug_step")" \
    "timeout_first_reply explore failed" "into the bug_step table"
sed 's/"step": "explore"/"step": "peek"/' "$TMP/bugs.json" >"$TMP/bad3.json"
err=$(run --db "$TMP/e.db" import "$TMP/bad3.json" 2>&1 >/dev/null)
tap_is "$?" 2 "an unknown step is refused"
tap_like "$err" 'bad3.json: bugs\[0\]: "step" must be read, run, explore, fix or answer' "naming the file and the key"
sed 's/"outcome": "failed"/"outcome": "maybe"/' "$TMP/bugs.json" >"$TMP/bad4.json"
err=$(run --db "$TMP/e.db" import "$TMP/bad4.json" 2>&1 >/dev/null)
tap_like "$err" 'bad4.json: bugs\[0\]: "outcome" must be "", failed, passed or stopped' "an unknown outcome too"
perl -MJSON::PP -0777 -e '$j = decode_json(<>); delete $j->{bugs}; print encode_json($j)' \
    "$TMP/ada.json" >"$TMP/nobugs.json"
err=$(run --db "$TMP/e.db" import "$TMP/nobugs.json" 2>&1 >/dev/null)
tap_like "$err" 'nobugs.json: missing "bugs"' "a version 3 file must list its bug gallery steps"
tap_ok "$([ ! -s "$TMP/e.db" ] || [ "$(sqlite3 "$TMP/e.db" "SELECT count(*) FROM bug_step")" = 0 ]; echo $?)" "and a refused file writes nothing"
tap_done
