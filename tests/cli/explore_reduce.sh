#!/bin/sh
# explore_reduce.sh: `demo NAME --explore` with and without partial-order
# reduction (--no-reduce): the same outcomes, fewer schedules with it, the
# pruned count in text and JSON, and --no-reduce refused without --explore.
. "$(dirname "$0")/../tap.sh"

# The outcomes of one JSON result as sorted "verdict|output" lines.
outcomes() {
    python3 -c 'import json,sys
o = json.load(sys.stdin)
print("\n".join(sorted(x["verdict"] + "|" + x["output"] for x in o["outcomes"])))
print("schedules", o["schedules"], "pruned", o["pruned"], "reduced", o["reduced"])'
}

red=$("$BIN" demo data-race --part 2 --explore --json 2>&1 | outcomes)
full=$("$BIN" demo data-race --part 2 --explore --json --no-reduce 2>&1 | outcomes)
tap_is "$(printf '%s\n' "$red" | grep -v '^schedules')" "$(printf '%s\n' "$full" | grep -v '^schedules')" \
    "data-race part 2: the same outcomes with and without the reduction"
tap_like "$red" 'reduced True' "the JSON says the reduction was on"
tap_like "$full" 'pruned 0 reduced False' "and off, with nothing pruned"
n_red=$(printf '%s\n' "$red" | sed -n 's/^schedules \([0-9]*\).*/\1/p')
n_full=$(printf '%s\n' "$full" | sed -n 's/^schedules \([0-9]*\).*/\1/p')
[ -n "$n_red" ] && [ -n "$n_full" ] && [ "$n_red" -lt "$n_full" ]
tap_ok $? "fewer schedules with it ($n_red < $n_full)"

text=$("$BIN" demo data-race --part 1 --explore 2>&1)
tap_like "$text" 'Partial-order reduction skipped [0-9]+ branch' "the text says how many branches were skipped"
text=$("$BIN" demo data-race --part 1 --explore --no-reduce 2>&1)
printf '%s' "$text" | grep -q 'Partial-order'
tap_ok $((! $?)) "and --no-reduce does not mention it"

err=$("$BIN" demo data-race --no-reduce 2>&1)
rc=$?
tap_is "$rc" 1 "--no-reduce without --explore is a usage error (exit 1)"
tap_like "$err" '--no-reduce goes with --explore' "with one clear line"
tap_done
