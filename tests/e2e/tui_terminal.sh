#!/usr/bin/env bash
# tui_terminal.sh: the TUI never leaves the terminal broken: resize storms
# down to 1x1 redraw and quit cleanly, a too-small terminal gets a notice,
# and Ctrl-C, SIGTERM, SIGHUP and a crash (SIGSEGV, SIGABRT) each restore
# the tty exactly (stty -g before and after) with the right exit status.
. "$(dirname "$0")/../tap.sh"
. "$(dirname "$0")/tmux.lib"
CONTENT=${CONCLAB_CONTENT:-$SRC/content}
RUN="$BIN --content $CONTENT --db $TMP/progress.db --user tester"

# --- resize storm ---------------------------------------------------------
pane_run storm $RUN
check_screen "12  Go Runtime/Scheduler" "storm: home drawn"
keys Enter
check_screen "Goroutines in GoLang" "storm: reader open"
for size in 1x1 2x1 1x2 10x3 39x11 40x12 200x60 17x5 80x24 3x40 120x10 1x1 55x20 250x80 33x7 \
            100x32 64x16 1x1 90x30 41x13; do
    tmx resize-window -t e2e -x "${size%x*}" -y "${size#*x}"
done
tmx resize-window -t e2e -x 30 -y 8
check_screen "terminal too small" "30x8: the too-small notice"
check_screen "need 40x12, have 30x8" "it says what is needed"
tmx resize-window -t e2e -x 1 -y 1
sleep 0.2
tap_is "$(cat "$TMP/storm.rc" 2>/dev/null)" "" "1x1: still running"
tmx resize-window -t e2e -x 100 -y 32
check_screen "1/12  Goroutines" "back at 100x32: the reader is redrawn"
check_screen "j k scroll" "with its status bar at the new bottom"
keys q
check_screen "You left off in 1. Goroutines" "q: back home after the storm"
keys q
check_exit storm 0 "storm"

# q quits even while the terminal is too small
pane_run small $RUN
check_screen "Enter read" "small: started"
tmx resize-window -t e2e -x 20 -y 5
check_screen "too small" "small: notice at 20x5"
keys q
check_exit small 0 "small: q while too small"

# --- signals ---------------------------------------------------------------
pane_run ctrlc $RUN
check_screen "Enter read" "Ctrl-C: started"
keys Enter
check_screen "Goroutines in GoLang" "Ctrl-C: in the reader"
keys C-c
check_exit ctrlc 130 "Ctrl-C"

# each signal with the status a shell reports for it; crashes re-raise
for pair in TERM:143 HUP:129 SEGV:139 ABRT:134; do
    sig=${pair%:*}
    pane_run "sig$sig" $RUN
    check_screen "Enter read" "SIG$sig: started"
    wait_file "$TMP/sig$sig.pid"
    kill -"$sig" "$(cat "$TMP/sig$sig.pid")"
    check_exit "sig$sig" "${pair#*:}" "SIG$sig"
    case $sig in SEGV | ABRT)
        check_screen "the terminal was restored" "SIG$sig (a crash): says so on stderr" ;;
    esac
done

tap_done
