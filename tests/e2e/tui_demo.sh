#!/usr/bin/env bash
# tui_demo.sh: the demo screen in tmux: open the Deadlock section's demo,
# step through its trace, play the real deadlock to Go's banner with every
# goroutine's state, step back, toggle to the C source, change the seed; and
# presentation mode ending in the section's demo, run live.
. "$(dirname "$0")/../tap.sh"
. "$(dirname "$0")/tmux.lib"
CONTENT=${CONCLAB_CONTENT:-$SRC/content}
RUN="$BIN --content $CONTENT --db $TMP/progress.db --user tester"

pane_run demo $RUN
check_screen "Enter read" "home"
keys 9 d
check_screen "Demo deadlock  part 1/4" "d on Deadlock opens its demo"
check_screen "step 0/" "at step 0"
check_screen "package main" "the document's Go example first"
keys Space Space Space
check_screen "step 3/" "Space: one step at a time"
check_screen "g1   main" "a lane for main"
keys b
check_screen "step 2/" "b: one step back"
keys n
check_screen "part 2/4: a real deadlock" "n: the next part"
keys + + + + + + r
check_screen "fatal error: all goroutines are asleep - deadlock!" "r plays it to Go's deadlock banner"
check_screen "blocked: chan send" "main's lane says why it is blocked"
check_screen "goroutine 1 [chan send]:" "Go's report names each goroutine's state"
check_screen "Every goroutine is blocked and none can wake another" "the banner explains it"
keys b
sleep 0.2
tap_ok "$(screen | grep -Fq 'Every goroutine is blocked' && echo 1 || echo 0)" "b: before the end the banner is gone"
keys Tab
check_screen "static void real_deadlock_main(void *arg)" "Tab: the demo's C source"
check_screen "  C" "the title says C"
keys Tab s
check_screen "seed 2" "s: a new seed"
keys n
check_screen "part 3/4: a lock-ordering deadlock" "the lock-ordering part"
keys G
check_screen "blocked: sync.Mutex.Lock" "G: the end: goroutines blocked on Lock"
check_screen "held by g" "each mutex with its holder"
keys '?'
check_screen "Help: Demo" "? shows the demo's keys"
check_screen "run or pause, at the chosen pace" "with r"
keys q
check_screen "Space step  b back" "q leaves help, back in the demo"
keys q
check_screen "Enter read" "q: back home"
keys 7 d n s G
check_screen "Demo data-race  part 2/4" "the data race demo, step by step"
check_screen "one update lost" "seed 2: both goroutines load 0"
check_screen "lost update" "and the banner says an update was lost"
keys s G
check_screen "seed 3" "seed 3"
check_screen "data = 2" "another schedule loses nothing"
keys ']'
check_screen "Demo race-condition" "]: the next demo"
keys q
keys q
check_exit demo 0 "demo: quits"

pane_run present $BIN --content "$CONTENT" --db "$TMP/progress.db" --user tester present deadlock
check_screen "Presenting 9. Deadlock" "present deadlock"
keys End
check_screen "█▀▄ █▀▀ █▄█ ▄▀▄" "the last slide is the section's demo, in large letters"
check_screen "Press Enter to run it live" "it offers to run it"
keys Enter
check_screen "Demo deadlock  part 1/4" "Enter runs it live"
check_screen "step 10/10" "it plays by itself to the end"
check_screen "the run is over" "where a banner says so"
keys q q q
check_exit present 0 "present: quits"

tap_done
