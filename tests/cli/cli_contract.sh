#!/usr/bin/env bash
# cli_contract.sh: the command-line contract's edges that a new user hit
# (issue 17, items 3-5): output lost to a full disk is an error, not a
# success; a schedule that is malformed or does not fit is a usage error;
# empty global option values and --version with arguments are refused;
# an empty question list is named as such.
. "$(dirname "$0")/../tap.sh"
export CONCLAB_DB="$TMP/progress.db" CONCLAB_CONTENT=${CONCLAB_CONTENT:-$SRC/content} CONCLAB_DEMO_QUICK=1

# 3. write errors
if [ -w /dev/full ]; then
    for cmd in "stats --json" "demo data-race --seed 1" "sections" "questions --answers"; do
        $BIN $cmd >/dev/full 2>"$TMP/err"; rc=$?
        tap_is "$rc" 1 "$cmd >/dev/full exits 1"
        tap_like "$(cat "$TMP/err")" '^conclab: write error: ' "$cmd >/dev/full says write error"
        tap_is "$(wc -l < "$TMP/err")" 1 "$cmd >/dev/full: one line"
    done
    "$BIN" sections >"$TMP/ok"; tap_is "$?" 0 "a normal write still exits 0"
else
    tap_ok 0 "# SKIP /dev/full is not writable here"
fi

# 4. schedules and empty options
"$BIN" demo data-race --schedule abc >"$TMP/out" 2>"$TMP/err"; rc=$?
tap_is "$rc" 1 "a schedule that does not fit the part: exit 1 (usage)"
tap_like "$(cat "$TMP/err")" "^conclab: --schedule 'abc': schedule does not fit the program: " "and says why, in one line"
tap_is "$(cat "$TMP/out")" "" "and prints nothing on stdout"
"$BIN" demo data-race --schedule '#$' >/dev/null 2>"$TMP/err"; rc=$?
tap_is "$rc" 1 "a malformed schedule: exit 1"
tap_is "$(cat "$TMP/err")" "conclab: --schedule '#\$' is not a schedule string (as --explore prints)" "a malformed schedule: one line"
"$BIN" demo data-race --schedule 0 >/dev/null; tap_is "$?" 0 "a schedule that fits still runs (exit 0)"
for opt in "--db" "--content" "--user"; do
    "$BIN" "$opt" '' sections >/dev/null 2>"$TMP/err"; rc=$?
    tap_is "$rc" 1 "$opt '' is refused (exit 1)"
    tap_is "$(cat "$TMP/err")" "conclab: $opt needs a value, not an empty string" "$opt '': one line"
    "$BIN" "$opt=" sections >/dev/null 2>&1; tap_is "$?" 1 "$opt= is refused too"
done
"$BIN" --version extra >"$TMP/out" 2>"$TMP/err"; rc=$?
tap_is "$rc" 1 "--version extra is refused"
tap_is "$(cat "$TMP/err")" "conclab: --version takes nothing else ('extra')" "--version extra: one line"
tap_is "$("$BIN" --version)" "conclab 0.1.0" "--version alone prints the version"

# 5. an empty question list
cp -r "$CONCLAB_CONTENT" "$TMP/content"
python3 - "$TMP/content/questions.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1])); d["questions"] = []; json.dump(d, open(sys.argv[1], "w"))
PY
"$BIN" --content "$TMP/content" sections >/dev/null 2>"$TMP/err"; rc=$?
tap_is "$rc" 2 "an empty question list is a content error (exit 2)"
tap_is "$(cat "$TMP/err")" "conclab: $TMP/content/questions.json: questions: the list is empty: there must be at least one question" "and says the list is empty"
tap_done
