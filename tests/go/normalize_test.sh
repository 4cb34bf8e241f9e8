#!/usr/bin/env bash
# normalize_test.sh: reads go test's (or conclab test's) output on stdin
# and writes it with what differs between machines and runs taken out:
# the times, goroutine numbers, and everything normalize.sh takes out of
# a stack (paths, offsets, the frames of Go's own library and the lines
# that say which library function created a goroutine).
sed -e 's#(\([0-9]*\.[0-9]*\)s)$#(T)#' \
    -e 's#^\(ok  \|FAIL\)\(\tcommand-line-arguments\t\)[0-9.]*s$#\1\2T#' \
    -e 's#^goroutine [0-9]* \[#goroutine N [#' |
    "$(dirname "$0")/normalize.sh" |
    awk '/^created by / && !/^created by (main|command-line-arguments)\./ { skip = 1; next }
         skip && /^\t/ { skip = 0; next }
         { skip = 0; print }'
