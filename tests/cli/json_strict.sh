#!/usr/bin/env bash
# json_strict.sh: every JSON that conclab prints parses with a strict
# parser (perl's JSON::PP) as one document: stats --json, export, report
# --format json, demo --explore --json and --pct --json (one part, and a
# demo of several parts as one array of {part, title, result}), bugs --json.
. "$(dirname "$0")/../tap.sh"
strict() { perl -MJSON::PP -e 'local $/; my $d = JSON::PP->new->decode(<STDIN>); print ref($d)' 2>&1; }
db="$TMP/p.db"
run() { "$BIN" --db "$db" --user ada "$@"; }
run quiz --plain --limit 1 </dev/null >/dev/null 2>&1
tap_is "$(run stats --json | strict)" HASH "stats --json is one JSON object"
tap_is "$(run export | strict)" HASH "export is one JSON object"
tap_is "$(run report --format json | strict)" HASH "report --format json is one JSON object"
tap_is "$("$BIN" demo data-race --explore --json --part 1 | strict)" HASH "demo --explore --json --part 1: one object"
out=$("$BIN" demo data-race --explore --json)
tap_is "$(strict <<<"$out")" ARRAY "a demo of several parts: one array"
tap_is "$(perl -MJSON::PP -e 'local $/; my $d = decode_json(<STDIN>); print join ",", map { $_->{part} } @$d' <<<"$out")" \
    "1,2,3,4" "with every part, numbered"
tap_is "$(perl -MJSON::PP -e 'local $/; my $d = decode_json(<STDIN>); print exists $d->[0]{result}{schedules} ? 1 : 0' <<<"$out")" \
    1 "each holding its explorer result"
tap_is "$("$BIN" demo race-condition --pct 3 --json | strict)" ARRAY "--pct --json of several parts: one array"
tap_is "$("$BIN" bugs --json | strict)" HASH "bugs --json is one JSON object"
tap_is "$("$BIN" bugs 1 --json | strict)" HASH "bugs NAME --json is one JSON object"
tap_is "$("$BIN" bugs 1 --fix --json | strict)" HASH "bugs NAME --fix --json is one JSON object"
tap_done
