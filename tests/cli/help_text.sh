#!/usr/bin/env bash
# help_text.sh: `conclab --help` names every option of every command the
# README's command table lists, on that command's own lines (quiz
# --section, demo --part were missing).
. "$(dirname "$0")/../tap.sh"
help=$("$BIN" --help)
tap_is "$?" 0 "--help exits 0"
# the help lines of command CMD: its line and the indented ones after it
lines_of() {
    printf '%s\n' "$help" | awk -v cmd="$1" '
        /^  [a-z]/ { on = ($1 == cmd) }
        /^[^ ]/ || /^$/ { on = 0 }
        on { print }'
}
# every `conclab CMD ... --opt` of the README's table
grep '^| `conclab [a-z]' "$SRC/README.md" | grep -o '`conclab [^`]*`' | tr -d '`' |
while read -r _ cmd rest; do
    for opt in $(printf '%s\n' "$rest" | grep -o -- '--[a-z][a-z-]*' | sort -u); do
        echo "$cmd $opt"
    done
done | sort -u >"$TMP/wanted"
tap_ok "$([ -s "$TMP/wanted" ]; echo $?)" "the README lists options ($(wc -l <"$TMP/wanted") of them)"
while read -r cmd opt; do
    tap_like "$(lines_of "$cmd")" "\\$opt([] |=]|$)" "--help: $cmd $opt"
done <"$TMP/wanted"
tap_done
