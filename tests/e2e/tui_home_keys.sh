#!/usr/bin/env bash
# tui_home_keys.sh: the home screen's keys in tmux: every section reachable
# by its number (two digits past 9: "1 2" is section 12, "1 3" with 12
# sections is section 3), the keys shown in the footer and help, and `o`
# opening "which outputs can this program print?".
. "$(dirname "$0")/../tap.sh"
. "$(dirname "$0")/tmux.lib"
CONTENT=${CONCLAB_CONTENT:-$SRC/content}
RUN="$BIN --content $CONTENT --db $TMP/progress.db --user tester"

pane_run home $RUN
check_screen "12  Go Runtime/Scheduler" "home: all 12 sections"
check_screen "1-12 jump" "the footer says how to jump to a section"
check_screen "o predict" "and offers predict"
reads() { # reads KEYS... TITLE NAME: the section the keys select, opened
    local name=${*: -1} title=${*: -2:1}
    keys "${@:1:$#-2}" Enter
    check_screen "$title" "$name"
    keys q
    wait_for "1-12 jump" >/dev/null
}
reads 1 2 "12/12  Go Runtime/Scheduler" "1 2: section 12"
reads 1 0 "10/12  Atomic Operations" "1 0: section 10"
reads 1 1 "11/12  Concurrency Patterns" "1 1: section 11"
reads 4 "4/12  Channels" "4: section 4"
reads 1 3 "3/12  Processes" "1 3 (no section 13): section 3"
reads 7 j 1 "1/12  Goroutines" "a key between the digits starts a new number"
keys '?'
check_screen "1 then 2 is section 12" "help: how to reach sections past 9"
check_screen "predict: which outputs can its program print?" "help: o"
keys q
keys 7 o
check_screen "Which outputs can this program print? data-race" "o on Data Races: its prediction"
keys q
check_screen "1-12 jump" "q: back home"
COLS_=80 ROWS_=24
pane_run narrow $RUN
check_screen "1-12  d demo  c challenge  o predict  z quiz  ? help  q quit" "80 columns: the footer keeps them"
tap_done
