#!/usr/bin/env bash
# race_cli.sh: `conclab demo NAME --race` through the real binary: the data
# race is reported in Go's format on stdout after the part's output, with
# both lines and where each goroutine was created; the program's own output
# is the same as without --race; same seed, same bytes; correct parts and
# demos stay silent; the race-detector demo shows its race without --race;
# the explorer names racy runs "race" and their replay needs --race.
. "$(dirname "$0")/../tap.sh"
export CONCLAB_DB="$TMP/progress.db" CONCLAB_CONTENT=${CONCLAB_CONTENT:-$SRC/content} CONCLAB_DEMO_QUICK=1

# tap_multi TEXT PCRE NAME: the pattern may span lines (\n).
tap_multi() {
    if printf '%s' "$1" | grep -Pzq -- "$2"; then tap_ok 0 "$3"; else tap_ok 1 "$3"; echo "#   no match for: $2"; fi
}
# The report without the race blocks and the count line: the program's output.
strip_races() { awk '/^==================$/ {inside = !inside; next} !inside && !/^Found [0-9]+ data race\(s\)$/'; }

"$BIN" demo data-race --race --seed 1 >"$TMP/race" 2>"$TMP/err"; rc=$?
tap_is "$rc" 0 "demo data-race --race exits 0: the race it is about is reported"
tap_is "$(cat "$TMP/err")" "" "demo data-race --race writes nothing on stderr"
out=$(cat "$TMP/race")
tap_multi "$out" '==================\nWARNING: DATA RACE\n(Read|Write) at data by goroutine [23]:\n  main\.func[12]\(\)\n      src/demos/data_race\.c:(17|24)\n\nPrevious (read|write) at data by goroutine [23]:\n  main\.func[12]\(\)\n      src/demos/data_race\.c:(17|24)\n' \
    "the race is reported in Go's words, with the variable's name and demo line"
tap_multi "$out" 'Goroutine [23] \((running|finished)\) created at:\n  main\.main\(\)\n      src/demos/data_race\.c:3[45]\n\nGoroutine [23] \((running|finished)\) created at:\n  main\.main\(\)\n      src/demos/data_race\.c:3[45]\n' \
    "where each goroutine was created (the go statement's line)"
tap_like "$out" 'Nothing orders these accesses: .*go\.dev/ref/mem\)\.' "one sentence says why the accesses are unordered"
tap_is "$(grep -c '^WARNING: DATA RACE$' "$TMP/race")" 2 "two racy parts, one report each (once per variable)"
tap_is "$(grep -c '^Found 1 data race(s)$' "$TMP/race")" 2 "each racy part ends with Found 1 data race(s)"
tap_is "$(sed -n '/part 3 of 4/,$p' "$TMP/race" | grep -c 'DATA RACE')" 0 "the Mutex and atomic parts report nothing"

"$BIN" demo data-race --seed 1 >"$TMP/plain"
strip_races <"$TMP/race" >"$TMP/stripped"
cmp -s "$TMP/plain" "$TMP/stripped"; tap_ok $? "--race changes nothing but the reports: the same output as without"
"$BIN" demo data-race --race --seed 1 >"$TMP/again"
cmp -s "$TMP/race" "$TMP/again"; tap_ok $? "same seed, same report, byte for byte"
"$BIN" demo data-race --race --seed 2 --part 1 >"$TMP/seed2"
tap_like "$(cat "$TMP/seed2")" 'Found 1 data race\(s\)' "another seed reports the race too"

"$BIN" demo race-detector --seed 1 >"$TMP/detector" 2>"$TMP/err"; rc=$?
tap_is "$rc" 0 "demo race-detector exits 0: part 1's race is reported"
tap_like "$(sed -n '/part 1 of 3/,/part 2 of 3/p' "$TMP/detector")" 'WARNING: DATA RACE' "race-detector part 1: the data race is reported without --race"
tap_is "$(sed -n '/part 2 of 3/,$p' "$TMP/detector" | grep -c 'DATA RACE')" 0 "race-detector parts 2 and 3: the detector is silent"
tap_like "$(cat "$TMP/detector")" 'fatal error: all goroutines are asleep - deadlock!' "race-detector part 3: the runtime reports the deadlock"
tap_is "$(grep -c 'not built yet' "$TMP/detector")" 0 "no part says the detector is missing"

for name in channels worker-pool synchronization-primitives race-condition atomic-operations; do
    "$BIN" demo "$name" --race --seed 3 >"$TMP/clean"; rc=$?
    tap_is "$rc.$(grep -c 'DATA RACE' "$TMP/clean")" "0.0" "demo $name --race: exits 0, no race reported"
done

"$BIN" demo threads-vs-goroutines --race --part 4 >"$TMP/measured"; rc=$?
tap_is "$rc" 0 "a measuring part with --race exits 0"
tap_like "$(cat "$TMP/measured")" '^\(a measuring part: it runs without the race detector' "and says it runs without the detector"

"$BIN" demo data-race --race --explore --part 1 >"$TMP/explore"; rc=$?
tap_is "$rc" 0 "demo data-race --race --explore exits 0"
tap_like "$(cat "$TMP/explore")" '^1\) race, in [0-9]+ schedules' "the explorer's verdict for the racy runs is race"
tap_is "$(grep -Ec '^[0-9]+\) ok,' "$TMP/explore")" 0 "no schedule of the racy part escapes the detector"
sched=$(grep -o "schedule '[^']*' --race" "$TMP/explore" | head -1 | cut -d"'" -f2)
tap_like "$sched" '.' "a racy outcome's replay line carries --race"
"$BIN" demo data-race --schedule "$sched" --race >"$TMP/replay"
tap_like "$(cat "$TMP/replay")" 'WARNING: DATA RACE' "--schedule S --race replays the race"
"$BIN" demo data-race --race --explore --json --part 1 | grep -q '"verdict":[[:space:]]*"race"'
tap_ok $? "--explore --json names the verdict race"
tap_done
