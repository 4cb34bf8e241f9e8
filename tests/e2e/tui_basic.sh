#!/usr/bin/env bash
# tui_basic.sh: the TUI as a new learner meets it, driven in tmux: home,
# reading a section to its end, help, presentation mode, quitting, golden
# captures of stable screens; and the plain fallback when there is no
# terminal or TERM is unusable, with no escape byte written.
. "$(dirname "$0")/../tap.sh"
. "$(dirname "$0")/tmux.lib"
CONTENT=${CONCLAB_CONTENT:-$SRC/content}
DB="$TMP/progress.db"
RUN="$BIN --content $CONTENT --db $DB --user tester"

# --- no terminal: the plain list -----------------------------------------
out=$($RUN </dev/null 2>&1); rc=$?
tap_is "$rc" 0 "stdin and stdout not terminals: exit 0"
tap_like "$out" '^ 1  goroutines +Goroutines' "prints the plain section list"
tap_like "$out" 'conclab read SECTION' "and how to use the plain commands"
tap_is "$(printf '%s' "$out" | tr -d -c '\033' | wc -c)" 0 "no escape byte"

# TERM unusable, with a real terminal: plain too, and nothing else on the pane
for term in dumb unknown nosuchterminal-xyz; do
    E2E_TERM=$term pane_run dumb $RUN
    check_screen "PANE DONE" "TERM=$term: runs to the end"
    tap_like "$(screen)" ' 4  channels +Channels' "TERM=$term: the plain list"
    tap_is "$(cat "$TMP/dumb.rc" 2>/dev/null)" 0 "TERM=$term: exit 0"
done
# the bytes themselves, through a pipe from a terminal's stdin
TERM=dumb script -qec "$RUN" /dev/null </dev/null >"$TMP/dumb.raw" 2>&1
tap_is "$(tr -d -c '\033' <"$TMP/dumb.raw" | wc -c)" 0 "TERM=dumb on a terminal: no escape byte"
tap_like "$(cat "$TMP/dumb.raw")" 'goroutines' "TERM=dumb on a terminal: the list"

# --- home, reader, help, presentation ------------------------------------
pane_run tui $RUN
check_screen "Welcome. Start with 1. Goroutines" "home: a welcome for a new learner"
check_screen "12  Go Runtime/Scheduler" "home: all 12 sections"
sleep 0.1
check_golden home "home"

keys '?'
check_screen "Help: Home" "? opens the help of the screen"
check_screen "present it (slides, for a projector)" "help lists home's keys"
check_screen "redraw the screen" "and the keys that work everywhere"
keys q
check_screen "Enter read" "q leaves help"

keys j j j Enter
check_screen "Channels in GoLang" "Enter opens the 4th section in the reader"
check_screen "1. Channel Basics" "numbered details"
keys G
check_screen "Questions on this section" "G goes to the end, where questions are linked"
check_screen "100% read" "the end of the section counts as read"
keys '?'
check_screen "Help: Reader" "? in the reader shows the reader's keys"
check_screen "next, previous section" "with n and p"
keys Escape
check_screen "100% read" "Esc leaves help"
keys n g
check_screen "5/12  Synchronization Primitives" "n: the next section"
keys p
check_screen "4/12  Channels" "p: the previous one"
sleep 1.1 # the store keeps seconds: leave Channels in a later second than section 5
keys q
check_screen "You left off in 4. Channels (100% read)" "home says where the learner left off"

keys p
check_screen "Presenting 4. Channels" "p on home presents the section"
check_screen "▄▀▀ █ █ ▄▀▄ █▀▄ █▀▄ █▀▀ █   ▄▀▀" "its title in large letters"
keys Space
check_screen "Technical Details" "Space: the first detail"
check_screen "A channel is a conduit through which" "one detail a slide"
tap_ok "$(screen | grep -Fq 'Unbuffered Channels' && echo 1 || echo 0)" "and only that detail"
keys Space
check_screen "Unbuffered Channels: These channels have no capacity" "the next detail"
keys Left
check_screen "A channel is a conduit through which" "Left: back a slide"
keys q
check_screen "Enter read" "q leaves the presentation"
keys q
check_exit tui 0 "q on home quits"

# --- start again: the progress was kept -----------------------------------
pane_run again $RUN
check_screen "You left off in 4. Channels (100% read): Enter resumes." "restart: home remembers where the learner left off"
check_screen "4  Channels                          ██████████ 100%" "restart: the section's bar is full"
keys Enter
check_screen "4/12  Channels" "restart: Enter resumes in that section"
check_screen "Questions on this section" "at the position where reading stopped"
keys q q
check_exit again 0 "restart: quits"

# --- a database that cannot be used: one line, exit 3, terminal untouched --
echo "just some notes" > "$TMP/notes.txt"
pane_run baddb $BIN --content "$CONTENT" --db "$TMP/notes.txt" --user tester
check_exit baddb 3 "a text file as --db"
check_screen "conclab: $TMP/notes.txt" "the error names the file"
tap_is "$(cat "$TMP/notes.txt")" "just some notes" "and the file is unchanged"

# --- conclab present SECTION ---------------------------------------------
pane_run present $BIN --content "$CONTENT" --db "$DB" --user tester present deadlock
check_screen "Presenting 9. Deadlock" "conclab present deadlock opens presentation mode"
sleep 0.1
check_golden present-deadlock "present"
keys End
wait_for " / " 2
last=$(screen | head -1 | grep -oE '[0-9]+ / [0-9]+$')
tap_is "${last% /*}" "${last#*/ }" "End: the last slide ($last)"
keys q q
check_exit present 0 "present: q then q quits"

"$BIN" --content "$CONTENT" --db "$DB" present nosuch </dev/null >/dev/null 2>"$TMP/err"; rc=$?
tap_is "$rc" 1 "present of an unknown section exits 1"
tap_like "$(cat "$TMP/err")" "no section 'nosuch'" "and names it"

tap_done
