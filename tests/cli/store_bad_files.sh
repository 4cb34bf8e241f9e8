#!/bin/sh
# store_bad_files.sh: a database that is not one, is truncated, has a byte
# flipped, is read-only or sits in a folder that cannot be written: every
# command that opens it exits 3 with one line naming the file, and leaves the
# file byte for byte as it was, with nothing created beside it.
. "$(dirname "$0")/../tap.sh"
export CONCLAB_CONTENT="$SRC/tests/fixtures/quiz" CONCLAB_NOW=2026-11-29T10:00:00Z TZ=UTC

flip() { # flip FILE OFFSET: xor one byte with 0xff
    perl -e 'open(F, "+<", $ARGV[0]) or die; binmode F; seek(F, $ARGV[1], 0); read(F, $b, 1);
             seek(F, $ARGV[1], 0); print F chr(ord($b) ^ 0xff); close F' "$1" "$2"
}

sidecars() { ls "$1-wal" "$1-shm" "$1-journal" 2>/dev/null | wc -l | tr -d ' '; }

refused() { # refused FILE NAME PATTERN
    cp -p "$1" "$TMP/pristine"
    for cmd in "quiz --plain" stats report export; do
        # shellcheck disable=SC2086
        printf '1\n3\n' | "$BIN" $cmd --db "$1" --user ada >"$TMP/out" 2>"$TMP/err"
        st=$?
        tap_is "$st" 3 "$2: $cmd exits 3"
        tap_is "$(wc -l <"$TMP/err" | tr -d ' ')" 1 "$2: $cmd says one line"
        tap_like "$(cat "$TMP/err")" "^conclab: $1: .*$3" "$2: $cmd names the file and the problem"
    done
    cmp -s "$1" "$TMP/pristine"
    tap_ok $? "$2: file unchanged"
    tap_is "$(sidecars "$1")" 0 "$2: no -wal, -shm or -journal beside it"
}

good="$TMP/new/folders/good.db"
printf 'a channel\n3\n' | "$BIN" quiz --plain --limit 1 --db "$good" --user ada >/dev/null 2>&1
tap_is "$?" 0 "a database is created in folders that did not exist"
printf 'x\n1\n' | "$BIN" quiz --plain --limit 1 --db "$good" --user bob >/dev/null 2>&1
tap_is "$(sqlite3 "$good" 'PRAGMA journal_mode')" wal "it is in WAL mode"
tap_is "$(sidecars "$good")" 0 "nothing left beside it after a clean exit"
size=$(wc -c <"$good")

printf 'my notes\nnot a database\n' >"$TMP/notes.db"
refused "$TMP/notes.db" "text file" "not a conclab database"

head -c $((size / 2)) "$good" >"$TMP/half.db"
refused "$TMP/half.db" "truncated database" "truncated"
head -c $((size - 1000)) "$good" >"$TMP/ragged.db"
refused "$TMP/ragged.db" "ragged truncation" "truncated"

cp "$good" "$TMP/flip2.db"; flip "$TMP/flip2.db" 4096
refused "$TMP/flip2.db" "byte-flipped page header" "corrupt"
cp "$good" "$TMP/flip16.db"; flip "$TMP/flip16.db" 16
refused "$TMP/flip16.db" "byte-flipped page size" "corrupt"
cp "$good" "$TMP/flipcell.db"; flip "$TMP/flipcell.db" 4099
refused "$TMP/flipcell.db" "byte-flipped cell count" "corrupt"

cp "$good" "$TMP/ro.db"; chmod 444 "$TMP/ro.db"
refused "$TMP/ro.db" "read-only file" "read-only"

mkdir "$TMP/locked"; cp "$good" "$TMP/locked/p.db"; chmod 555 "$TMP/locked"
refused "$TMP/locked/p.db" "unwritable folder" "not writable"
"$BIN" stats --db "$TMP/locked/sub/p.db" --user ada >/dev/null 2>"$TMP/err"
tap_is "$?" 3 "a folder that cannot be created: exit 3"
tap_like "$(cat "$TMP/err")" "cannot create the folder $TMP/locked/sub" "and says which"
chmod 755 "$TMP/locked"

mkdir "$TMP/dir.db"
"$BIN" stats --db "$TMP/dir.db" >/dev/null 2>"$TMP/err"
tap_is "$?" 3 "a folder as the database: exit 3"
tap_like "$(cat "$TMP/err")" "not a regular file" "and says so"

cmp -s "$good" "$good" && sqlite3 "$good" 'PRAGMA integrity_check' >"$TMP/ic"
tap_is "$(cat "$TMP/ic")" ok "the good database is still fine"
tap_done
