#!/usr/bin/env bash
# install.sh: `make install` into a DESTDIR puts the binary, the content and
# the man page in place, and the installed binary finds its content.
. "$(dirname "$0")/../tap.sh"
BUILD=${CONCLAB_BUILD:-$SRC/build}
make -s -C "$SRC" install BUILD="$BUILD" DESTDIR="$TMP/root" PREFIX=/opt/cl >"$TMP/log" 2>&1
tap_is "$?" 0 "make install DESTDIR=... PREFIX=/opt/cl"
tap_ok "$([ -x "$TMP/root/opt/cl/bin/conclab" ]; echo $?)" "binary installed"
tap_ok "$([ -f "$TMP/root/opt/cl/share/conclab/content/sections.json" ]; echo $?)" "content installed"
tap_ok "$([ -f "$TMP/root/opt/cl/share/man/man1/conclab.1" ]; echo $?)" "man page installed"
out=$(cd / && env -u CONCLAB_CONTENT "$TMP/root/opt/cl/bin/conclab" sections 2>&1)
tap_is "$(printf '%s\n' "$out" | wc -l | tr -d ' ')" 12 "the installed binary finds the installed content"
tap_done
