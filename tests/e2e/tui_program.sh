#!/usr/bin/env bash
# tui_program.sh: a learner's own Go program in the shell, driven in tmux:
# conclab open FILE.go runs it and plays it back step by step (each
# goroutine's line marked in the source, its lane, the output, how it
# ended); e hands the file to $EDITOR (a fake one here, a script that
# breaks the program and then mends it), a compile error is shown at its
# line with Go's message, and the mended program runs again; s runs it on
# a random schedule; a deadlock ends with Go's words and the blocked
# goroutine's line; with no editor set the built-in one edits, saves and
# undoes; a section's e opens its example copied to the workspace; the
# terminal survives a resize and is restored on every way out; x lists
# the explorer's outcomes and replays the one picked; R turns the race
# detector on and the racing line is marked; a program that never ends
# is cut at the step budget.
. "$(dirname "$0")/../tap.sh"
. "$(dirname "$0")/tmux.lib"
CONTENT=$(realpath "${CONCLAB_CONTENT:-$SRC/content}")
RUN="$(realpath "$BIN") --content $CONTENT --db $TMP/progress.db --user tester"
cd "$TMP" || exit 1 # the programs are opened by their bare names

cat > pingpong.go <<'EOF'
package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		for v := range ch {
			fmt.Println("got", v)
		}
		done <- true
	}()
	for i := 0; i < 3; i++ {
		ch <- i
	}
	close(ch)
	<-done
}
EOF
cp pingpong.go work.go
# the fake editor: the first time it adds an unused variable, the second
# time it takes it out again; it logs the file it was given
cat > fake_editor.sh <<EOF
#!/bin/sh
echo "\$1" >> "$TMP/editor.log"
if grep -q 'x := 1' "\$1"; then
    sed -i '/x := 1/d' "\$1"
else
    sed -i 's/^\tclose(ch)\$/\tx := 1\n\tclose(ch)/' "\$1"
fi
EOF
chmod +x fake_editor.sh

pane_run open env EDITOR="$TMP/fake_editor.sh" $RUN open work.go
check_screen "Program work.go" "open FILE.go shows the program"
check_screen "func main() {" "with its Go source"
check_screen "Go's order  step 0/" "run in Go's order, at step 0"
keys Space Space Space Space Space Space Space Space Space Space
check_screen "    g2 │         for v := range ch {" "stepping marks goroutine 2 at its line in the source"
check_screen "    g1 │         ch <- i" "and main at its send"
check_screen "blocked: chan receive :9" "its lane says it is blocked, with the Go line"
check_screen "got 0" "the output so far"
check_screen " ch              unbuffered" "the channel is named by its variable"
keys G
check_screen "the program ended: exit status 0" "G: the end, as go run ends"
check_screen "got 2" "with all its output"
keys b
check_screen "step 33/34" "b steps back from the end"

keys e
check_screen "compile error" "e: the editor's change is compiled on return"
check_screen "  17 > │     x := 1" "the error is marked at its line"
check_screen "./work.go:17:2: x declared but not used" "with Go's message"
tap_is "$(cat editor.log)" "work.go" "the editor was given the file"
keys Space
check_screen "./work.go:17:2: x declared but not used" "a program that does not compile is not stepped"
keys e
check_screen "Go's order  step 0/" "e again: mended, it runs again"
tap_unlike "$(cat work.go)" "x := 1" "the file is the editor's"

keys s
check_screen "seed 1  step 0/" "s: a random schedule, seed 1"
keys G
check_screen "the program ended: exit status 0" "which ends the same way"
check_screen "o: Go's order" "and o goes back to Go's order"

tmx resize-window -t e2e -x 40 -y 12
check_screen "Spc step  r run  e edit  ? help  q back" "a resize to 40x12 redraws it"
tmx resize-window -t e2e -x 100 -y 32
check_screen "Space step  b back  r run/pause" "and back to 100x32"
keys '?'
check_screen "Help: Program" "? shows its keys"
check_screen "edit the file (\$VISUAL, \$EDITOR or the built-in editor), then run it" "e among them"
keys q q q
check_exit open 0 "q back to Home, q quits"

# a deadlock: Go's words and where the goroutine is blocked
cat > stuck.go <<'EOF'
package main

func main() {
	ch := make(chan int)
	ch <- 1
}
EOF
pane_run stuck $RUN open stuck.go
check_screen "Program stuck.go" "a deadlocking program opens"
keys G
check_screen "fatal error: all goroutines are asleep - deadlock!: exit status 2" "it ends with Go's words"
check_screen "goroutine 1 [chan send]:" "and Go's report under the output"
keys C-c
check_exit stuck 130 "Ctrl-C leaves the program screen"

# the explorer's outcomes, each replayable, and the race detector
cat > race.go <<'EOF'
package main

import (
	"fmt"
	"sync"
)

func main() {
	count := 0
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			count++
		}()
	}
	wg.Wait()
	fmt.Println(count)
}
EOF
pane_run race $RUN open race.go
check_screen "Program race.go" "a racy counter opens"
keys x
check_screen "Explored all " "x explores its schedules"
check_screen "2 distinct outcomes: Enter replays one step by step" "and finds both outcomes"
check_screen "> 1) ok, in " "the first selected"
keys j
check_screen "> 2) ok, in " "j selects the second"
check_screen "needs 1 preemption" "which needs a preemption"
keys Enter
check_screen "outcome 2/2  step 0/" "Enter replays it"
keys G
check_screen "x: the other outcomes" "to its end"
tap_like "$(screen | sed -n '/Output/,$p')" " 1$" "where the lost update prints 1"
keys x
check_screen "> 2) ok, in " "x shows the outcomes again, the replayed one selected"
keys q
keys R
check_screen "Go's order  step 0/" "R: the race detector on"
check_screen "  race" "the title says so"
keys G
check_screen "data race: exit status 66" "the race ends the run as go run -race does"
check_screen "  15 > │             count++" "the racing line is marked in the source"
check_screen "Found 1 data race(s)" "with Go's report under the output"
keys v
check_screen "What it printed, then how it ended" "v shows the output and the report whole"
check_screen "WARNING: DATA RACE" "Go's report from its start"
check_screen "Previous write at " "both accesses"
keys v
check_screen "data race: exit status 66" "v goes back to the run"
keys q q
check_exit race 0 "and quits"

# a program that never ends is cut, not waited for
printf 'package main\n\nfunc main() {\n\tx := 0\n\tfor {\n\t\tx++\n\t}\n}\n' > spin.go
pane_run spin $RUN open spin.go
check_screen "Program spin.go" "a program that loops forever opens" 20
keys G
check_screen "cut after 200000 steps: it runs on, maybe forever" "its run is cut at the step budget" 10
keys q q
check_exit spin 0 "and the shell is left as ever"

# the built-in editor, when neither VISUAL nor EDITOR is set
cp pingpong.go own.go
pane_run builtin env -u EDITOR -u VISUAL $RUN open own.go
check_screen "Program own.go" "with no editor set"
keys e
check_screen "Edit own.go" "e opens the built-in editor"
check_screen "Ctrl-S save  Ctrl-Z undo  Esc back" "with its keys"
keys Down Down Down Down End
keys Enter
keys -l 'var unused int'
check_screen "var unused int" "typed text appears"
check_screen "modified" "and the file is marked modified"
keys C-z
tap_unlike "$(sleep 0.3; screen)" "var unused int" "Ctrl-Z undoes the typing at once"
keys -l 'var unused int'
keys C-s
check_screen "saved " "Ctrl-S saves it"
tap_like "$(cat own.go)" "^var unused int$" "to the file"
keys Escape
check_screen "./own.go:6:5: unused declared but not used" "Esc: back, compiled, the error at its line"
keys e
check_screen "Edit own.go" "e again"
keys -l 'zzz'
check_screen "modified" "a change"
keys Escape
check_screen "unsaved changes: Esc again leaves without saving" "Esc with unsaved changes warns first"
keys Escape
check_screen "./own.go:6:5: unused declared but not used" "the second Esc leaves the file as saved"
keys q q
check_exit builtin 0 "and quits"

# a file the editor cannot read is never saved over
head -c 1100000 /dev/zero | tr '\0' 'a' > big.go
pane_run big env -u EDITOR -u VISUAL $RUN open big.go
check_screen "big.go: cannot read it: File too large" "a file over 1 MiB is named, with why"
keys e
check_screen "it will not be saved over" "the built-in editor says it will not write it"
keys x C-s
check_screen "not saved: big.go could not be read" "and Ctrl-S refuses"
tap_is "$(wc -c < big.go)" 1100000 "the file is as it was"
keys Escape Escape q q
check_exit big 0 "and quits"

# a section's e: its example, copied to the workspace
pane_run section env EDITOR="$TMP/fake_editor.sh" XDG_DATA_HOME="$TMP/xdg" $RUN
check_screen "Concurrency" "Home"
keys Enter
check_screen "d demo  e run" "a section offers e"
keys e
check_screen "Program " "e opens the section's example"
ws=$(ls "$TMP"/xdg/conclab/workspace/*.go 2>/dev/null | head -1)
tap_ok $([ -n "$ws" ] && echo 0 || echo 1) "copied to the workspace under \$XDG_DATA_HOME"
check_screen "step 0/" "and runs it"
keys q q q
check_exit section 0 "back and quit"

# a test file: its tests run as conclab test -v runs them, in the same view
cp "$CONTENT/bugs/lock_send_mux_stop/bug_test.go" mux_test.go
pane_run tests $RUN open mux_test.go
check_screen "Program mux_test.go" "a _test.go file opens"
keys G
check_screen "--- FAIL: TestMuxWatcherStop" "its test runs, with go test -v's lines"
check_screen "exit status 1" "and fails as go test does"
check_screen "blocked: chan send :36" "a goroutine left blocked at its line"
keys q q
check_exit tests 0 "and quits"
out=$($RUN open --plain mux_test.go 2>&1)
tap_like "$out" "^=== RUN   TestMuxWatcherStop$" "open --plain on a test file is conclab test -v"

# the plain command line: the run and its trace, and bad input
out=$($RUN open --plain pingpong.go 2>&1); rc=$?
tap_like "$out" "^got 2$" "open --plain prints the program's output"
tap_like "$out" "^-- trace --$" "and the trace of every step"
tap_is "$rc" 0 "exit 0"
err=$($RUN open missing.go 2>&1); rc=$?
tap_like "$err" "^conclab: missing.go: No such file or directory$" "a missing file is named in one line"
tap_is "$rc" 1 "with exit 1"
err=$($RUN open 2>&1); rc=$?
tap_like "$err" "usage: conclab open \[--plain\] FILE.go" "no file: the usage"
tap_is "$rc" 1 "with exit 1"
tap_done
