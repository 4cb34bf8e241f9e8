#!/usr/bin/env bash
# valgrind.sh: the runtime's tests and a few demos under valgrind's memcheck:
# no invalid access, no use of uninitialised memory, no leak (issue 3). The
# stacks are registered with valgrind (src/rt/stack.c), so switches between
# goroutines are understood. Skipped when valgrind is not installed and in
# sanitizer builds (ASan and valgrind cannot share a process).
. "$(dirname "$0")/../tap.sh"

if ! command -v valgrind >/dev/null 2>&1; then
    echo "1..0 # SKIP valgrind is not installed (apt-get install valgrind)"; exit 0
fi
case "$CONCLAB_BUILD" in
*san*) echo "1..0 # SKIP sanitizer build: valgrind and ASan cannot run together"; exit 0 ;;
esac

vg() {
    valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect \
        --error-exitcode=99 "$@"
}

for t in test_rt_chan test_rt_select test_rt_sync test_rt_time test_rt_sched test_rt_stack test_race_litmus test_race_sync; do
    bin=$CONCLAB_BUILD/tests/$t
    if [ ! -x "$bin" ]; then
        tap_ok 1 "$t is built"; continue
    fi
    out=$(CONCLAB_VALGRIND=1 vg "$bin" 2>&1)
    rc=$?
    fails=$(printf '%s\n' "$out" | grep -c '^not ok')
    tap_is "$rc/$fails" "0/0" "$t passes under memcheck with no error and no leak"
    [ "$rc" = 0 ] || printf '%s\n' "$out" | grep -v '^ok' | head -20 | sed 's/^/# /'
done

for demo in "data-race --seed 2" "data-race --race --seed 2" "deadlock" "channel-states" "select --seed 3"; do
    out=$(vg "$CONCLAB_BIN" --content "$CONCLAB_CONTENT" demo $demo 2>&1)
    rc=$?
    tap_is "$rc" 0 "conclab demo $demo is clean under memcheck"
    [ "$rc" = 0 ] || printf '%s\n' "$out" | tail -20 | sed 's/^/# /'
done
tap_done
