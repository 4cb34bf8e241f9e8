#!/usr/bin/env bash
# tui_demo_sizes.sh: the demo screen at 120x40 and 40x12 (issue 17 item 9):
# the Go example by default and kept from demo to demo, goroutine markers
# and Go lines in it, the unbuffered channel named c drawn as a hand-off,
# the legend, names apart from their bars, the code pane sized to the code,
# the whole last: line; at 40x12 every goroutine's state in its own
# column; and the home screen at 40x12 with ellipses and its footer.
. "$(dirname "$0")/../tap.sh"
. "$(dirname "$0")/tmux.lib"
CONTENT=${CONCLAB_CONTENT:-$SRC/content}
RUN="$BIN --content $CONTENT --db $TMP/progress.db --user tester"

# row N of the screen (1-based)
row() { screen | sed -n "$1p"; }
# 1 when the screen shows fixed string $1, else 0
shows() { screen | grep -Fq -- "$1" && echo 1 || echo 0; }

COLS_=120 ROWS_=40
pane_run big $RUN
check_screen "Enter read" "120x40: home"
keys 1 d
check_screen "Demo goroutines" "d opens the Goroutines demo"
check_screen "step 0/" "at step 0"
tap_is "$(screen | grep -c '│ func printNumbers(c chan int) {')" 1 "the Go example is shown first"
check_screen "  Go" "and the title says Go"
keys Space Space Space Space Space Space
check_screen "step 6/" "six steps"
tap_is "$(screen | grep -c '^ *g2 │         c <- i')" 1 "g2's marker is on c <- i in the Go pane"
check_screen "blocked: chan send :10" "g2's state gives the Go line 10, not a C line"
tap_is "$(shows 'c               unbuffered  g2 waits (chan send)')" 1 "the unbuffered channel is c, no buffer"
tap_is "$(shows '[..] values buffered')" 1 "a legend for the lane shading and [..]"
tap_is "$(shows '  23   │ }')" 1 "the whole Go example fits: its last line shows"
tap_is "$(row 26 | grep -c 'Goroutines at')" 1 "the code pane takes only the rows the code needs"
handed=0 piled=0 golast=0
for i in $(seq 30); do # step on until a receiver waits for a sender
    keys Space; sleep 0.1
    [ "$(shows 'unbuffered: g2 hands ')" = 1 ] && handed=1
    [ "$(screen | grep -Ec '^ (c|chan#[0-9]+) +\[[0-9]+ [0-9]')" != 0 ] && piled=1
    [ "$(screen | grep -Ec '^ last: g2 c <- [0-9] @goroutines\.go:10$')" = 1 ] && golast=1
done
tap_is "$handed" 1 "a value handed from g2 straight to the waiting main"
tap_is "$piled" 0 "values never pile up in c as in a buffer"
tap_is "$(screen | grep -Ec 'print_numbers [█▒░]')" 1 "the goroutine's name stands apart from its bar"
tap_is "$golast" 1 "the last: line is whole, with the Go line of the send"
keys Tab
check_screen "goroutines_main(void *arg)" "Tab: the C source"
keys q
check_screen "Enter read" "back home"
keys 9 d
check_screen "Demo deadlock" "the next demo opens"
check_screen "  C" "and keeps the C choice"
keys Tab
check_screen "  Go" "Tab: Go again"
keys q q
check_exit big 0 "120x40: quits"

COLS_=40 ROWS_=12
pane_run small $RUN
check_screen "q quit" "40x12: the home footer keeps q quit"
tap_is "$(shows '? help')" 1 "and ? help"
tap_is "$(screen | grep -c '…')" 5 "long names end in an ellipsis"
keys 1 d Space Space Space Space Space Space
check_screen "g2   prin" "40x12: the demo, six steps"
sleep 0.3
tap_is "$(screen | grep -c '^ g1 ')" 1 "g1 has its row"
tap_is "$(screen | grep -c '^ g2 ')" 1 "g2 is not hidden"
tap_is "$(screen | grep -c '^ g2 .* chan send :10')" 1 "g2's state is in its own row, not overwritten"
keys q q
check_exit small 0 "40x12: quits"

tap_done
