#!/usr/bin/env bash
# tui_challenge.sh: the challenge screen in tmux: c on Home opens "you are
# the scheduler" on the data race; number keys give goroutines the next
# step, a blocked goroutine is refused, u takes a move back, and the moves
# that lose an update win with the story and the fewest preemptions; the
# win is saved in the learner's progress. Then o asks which outputs the
# program can print and grades the answer; and `conclab challenge NAME` in
# a terminal opens the screen directly, where a deadlock is won.
. "$(dirname "$0")/../tap.sh"
. "$(dirname "$0")/tmux.lib"
CONTENT=${CONCLAB_CONTENT:-$SRC/content}
RUN="$BIN --content $CONTENT --db $TMP/progress.db --user tester"

pane_run challenge $RUN
check_screen "c challenge" "Home offers c for the challenge"
keys c
check_screen "Challenge 1/6 data-race: Lose an update" "c opens the challenge on the data race"
check_screen "Goal: Make the program print 1" "the goal is shown"
check_screen "go(increment, NULL);" "the puzzle's source is shown"
check_screen "[1] g1 main" "main may take the next step"
check_screen "[2] g2 increment  starts" "g2 is about to start"
keys 1 1 1
check_screen "g1 main       blocked 25: sync.WaitGroup.Wait" "main blocks in wg.Wait"
keys 1
check_screen "goroutine 1 is blocked at line 25" "a blocked goroutine cannot be chosen"
keys 3 3
check_screen "g3 read counter = 0 (line 13)" "the last step says what g3 did"
keys 3
check_screen "g3 wrote counter = 1 (line 14)" "g3 stores before g2 loads"
keys u
check_screen "move 5  0 preemptions" "u takes that move back"
keys 2
check_screen "move 6  1 preemption" "choosing g2 preempts g3"
keys 2 2 2
check_screen "WON: you broke it in 9 moves with 1 preemption (the fewest that can: 1)" "the lost update wins"
check_screen "-- you preempted g3 and ran g2 --" "the story marks the preemption"
check_screen "both stored 0 + 1" "the win explains the lost update"
check_golden challenge-won "the won data race"
tap_is "$(sqlite3 "$TMP/progress.db" "SELECT kind, puzzle, won, moves, preemptions, fewest FROM challenge_attempt")" \
    "scheduler|data-race|1|1,1,1,3,3,2,2,2,2|1|1" "the win is saved in the progress database"
keys o
check_screen "Which outputs can this program print? data-race" "o: which outputs can it print"
keys 2 3 Enter
check_screen "RIGHT: 2 of 2 possible, 0 wrong" "1 and 2 are exactly the possible outputs"
keys q
check_screen "Challenge 1/6 data-race" "q: back to the challenge"
keys q
wait_for "Enter read" 10
keys s G
check_screen "Challenges" "the statistics screen lists the challenges played"
check_screen "data-race          you the scheduler: won 1 of 1, best 1 preemption (fewest possible 1)" \
    "with the win and its preemptions"
check_screen "data-race          which outputs:     1 of 1 answered exactly" "and the answered question"
keys q q
check_exit challenge 0 "challenge: quits"

pane_run direct $RUN challenge deadlock
check_screen "Challenge 3/6 deadlock: Lock-ordering deadlock" "conclab challenge deadlock opens the screen in a terminal"
keys 1 1 1 3 3 2 2 2
check_screen "WON: you broke it in 8 moves" "each goroutine takes its first lock: deadlock"
check_screen "fatal error: all goroutines are asleep" "with Go's report"
keys q q
check_exit direct 0 "challenge NAME: quits"
tap_done
