#!/usr/bin/env bash
# content_cli.sh: the plain content commands on the real content, and every
# kind of bad content file through the real binary: exit 2, one line on
# stderr naming the file and where, no sanitizer report.
. "$(dirname "$0")/../tap.sh"
CONTENT=${CONCLAB_CONTENT:-$SRC/content}
export CONCLAB_DB="$TMP/progress.db"

out=$("$BIN" --content "$CONTENT" sections); rc=$?
tap_is "$rc" 0 "sections exits 0"
tap_is "$(printf '%s\n' "$out" | wc -l)" 12 "sections prints 12 lines"
tap_like "$(printf '%s\n' "$out" | head -1)" '^ 1  goroutines +Goroutines +read   0%  known   0%$' "first section is goroutines, nothing read yet"
tap_like "$(printf '%s\n' "$out" | tail -1)" '^12  scheduler ' "last section is the scheduler"

tap_ok "$([ ! -e "$CONCLAB_DB" ]; echo $?)" "listing sections creates no database"
printf 'a lightweight thread managed by the Go runtime\n4\n' |
    CONCLAB_NOW=2026-11-29T10:00:00Z "$BIN" --content "$CONTENT" quiz --plain --limit 1 >/dev/null 2>&1
out=$(CONCLAB_NOW=2026-11-29T10:05:00Z "$BIN" --content "$CONTENT" sections)
tap_like "$(printf '%s\n' "$out" | head -1)" '^ 1  goroutines .* known +[1-9][0-9]*%$' "after a quiz card, sections shows it known"
printf 'not a database at all, just text\n' > "$TMP/text.db"
"$BIN" --content "$CONTENT" --db "$TMP/text.db" sections >/dev/null 2>"$TMP/err"; rc=$?
tap_is "$rc" 3 "sections with a broken database: exit 3"
tap_like "$(cat "$TMP/err")" "text\.db" "and names the file"

out=$("$BIN" questions --content "$CONTENT"); rc=$?
tap_is "$rc" 0 "questions exits 0 (options after the command)"
tap_is "$(printf '%s\n' "$out" | wc -l)" 16 "questions prints 16 lines"
tap_like "$out" '^ 1\. What is goroutine and its usecases\?' "question 1 in the document's words"

out=$("$BIN" --content "$CONTENT" read channels); rc=$?
tap_is "$rc" 0 "read channels exits 0"
for phrase in 'Channels in GoLang' 'A channel is a conduit through which you can send and receive values' \
    'Unbuffered Channels: These channels have no capacity' 'Best Practices' \
    'messages <- "ping"' 'In this example, a goroutine sends a "ping" message' \
    'making your Go code more readable, maintainable, and robust.'; do
    tap_like "$out" "$(printf '%s' "$phrase" | sed 's/[][\.*^$?+(){}|]/\\&/g')" "read channels has: $phrase"
done
tap_is "$("$BIN" --content "$CONTENT" read 4)" "$out" "read 4 is read channels"

"$BIN" --content "$CONTENT" read nosuch 2>"$TMP/err" >/dev/null; rc=$?
tap_is "$rc" 1 "read of an unknown section exits 1"
tap_like "$(cat "$TMP/err")" "no section 'nosuch'" "and says which"

"$BIN" frobnicate 2>"$TMP/err" >/dev/null; rc=$?
tap_is "$rc" 1 "unknown command exits 1"
tap_like "$(head -1 "$TMP/err")" "unknown command 'frobnicate'" "names the command"
tap_like "$(cat "$TMP/err")" "usage: conclab" "usage on stderr"

tap_like "$("$BIN" --version)" '^conclab [0-9]+\.[0-9]+\.[0-9]+$' "--version"
tap_like "$("$BIN" --help)" 'quiz \[--plain\]' "--help lists the commands"
"$BIN" sections --db 2>"$TMP/err" >/dev/null; rc=$?
tap_is "$rc" 1 "--db without a value is a usage error"

# Bad content: each case a copy of the real content with one file damaged.
bad() { # bad NAME FILE PRINTF-BYTES PATTERN
    local dir="$TMP/c-$tap_n"
    rm -rf "$dir"; cp -R "$CONTENT" "$dir"
    printf "$3" > "$dir/$2"
    "$BIN" --content "$dir" sections >"$TMP/out" 2>"$TMP/err"; local rc=$?
    tap_is "$rc" 2 "$1: exit 2"
    tap_is "$(wc -l < "$TMP/err" | tr -d ' ')" 1 "$1: one line on stderr"
    tap_like "$(cat "$TMP/err")" "$4" "$1: names the fault"
    tap_is "$(wc -c < "$TMP/out" | tr -d ' ')" 0 "$1: nothing on stdout"
}
bad "empty file" sections.json '' '^conclab: .*/sections\.json:1:1: the file is empty$'
bad "truncated" questions.json '{"format": 1, "questions": [{"id": "x"' 'questions\.json:1:[0-9]+: unexpected end of file'
bad "trailing comma" sections.json '{"format": 1, "sections": [],}' 'sections\.json:1:29: trailing comma before .\}.'
bad "garbage bytes" sections.json '\x01\x02garbage' 'sections\.json:1:1: control character 0x01'
bad "NUL byte" sections.json '{"format"\0: 1}' 'sections\.json:1:10: NUL byte'
bad "invalid UTF-8" questions.json '{\n  "x": "\xff"\n}' 'questions\.json:2:9: invalid UTF-8'
bad "deep nesting" sections.json "$(printf '%.0s[' $(seq 1 3000))" 'nested deeper than 64 levels'
bad "top-level scalar" sections.json '"hello"' 'sections\.json: \(top level\): expected an object'
bad "missing key" sections.json '{"format": 1}' 'sections\.json: sections: missing required key "sections"'
bad "wrong type" sections.json '{"format": 1, "sections": [{"id": "a", "title": 5, "introduction": [], "lists": []}]}' 'sections\[0\]: expected a string for "title", found a number'
bad "duplicate id" sections.json '{"format": 1, "sections": [{"id": "a", "title": "A", "introduction": [], "lists": []}, {"id": "a", "title": "B", "introduction": [], "lists": []}]}' 'sections\[1\]: duplicate id "a"'
bad "unknown section" questions.json '{"format": 1, "questions": [{"id": "q", "question": "Q?", "answer": ["A."], "sections": ["nowhere"], "key_terms": ["a"]}]}' 'questions\[0\]: sections\[0\]: unknown section "nowhere"'
dir="$TMP/huge"; cp -R "$CONTENT" "$dir"; head -c 5000000 /dev/zero | tr '\0' ' ' > "$dir/questions.json"
"$BIN" --content "$dir" sections >/dev/null 2>"$TMP/err"; rc=$?
tap_is "$rc" 2 "file over the size limit: exit 2"
tap_like "$(cat "$TMP/err")" 'questions\.json: file is 5000000 bytes, more than the limit' "file over the size limit: says so"
"$BIN" --content "$TMP/nowhere" sections >/dev/null 2>"$TMP/err"; rc=$?
tap_is "$rc" 2 "missing content folder: exit 2"
tap_like "$(cat "$TMP/err")" 'nowhere/sections\.json: cannot open: No such file' "missing content folder: names the file"
tap_done
