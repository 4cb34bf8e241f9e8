# tap.sh: TAP helpers for the shell tests (sourced). Each check prints
# "ok N - name" or "not ok N - name"; tap_done prints the plan and exits.
tap_n=0
tap_bad=0
BIN=${CONCLAB_BIN:-$(dirname "$0")/../../build/conclab}
SRC=${CONCLAB_SRC:-$(cd "$(dirname "$0")/../.." && pwd)}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
# no test touches the real learner's progress database by accident
export XDG_DATA_HOME="$TMP/xdg-data"

tap_ok() { # tap_ok STATUS NAME: STATUS 0 passes
    tap_n=$((tap_n + 1))
    if [ "$1" -eq 0 ]; then echo "ok $tap_n - $2"; else echo "not ok $tap_n - $2"; tap_bad=$((tap_bad + 1)); fi
}
tap_is() { # tap_is GOT WANT NAME
    if [ "$1" = "$2" ]; then tap_ok 0 "$3"; else tap_ok 1 "$3"; echo "#   got:  $1"; echo "#   want: $2"; fi
}
tap_like() { # tap_like TEXT PATTERN NAME (grep -E)
    if printf '%s' "$1" | grep -Eq -- "$2"; then tap_ok 0 "$3"; else tap_ok 1 "$3"; echo "#   text: $(printf '%s' "$1" | head -c 400)"; echo "#   no match for: $2"; fi
}
tap_unlike() { # tap_unlike TEXT PATTERN NAME: no line matches (grep -E)
    if printf '%s' "$1" | grep -Eq -- "$2"; then tap_ok 1 "$3"; echo "#   matched: $2"; else tap_ok 0 "$3"; fi
}
tap_done() { echo "1..$tap_n"; [ "$tap_bad" -eq 0 ]; exit $?; }
