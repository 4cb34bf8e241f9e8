#!/usr/bin/env bash
# normalize.sh: reads a Go program's stderr on stdin and writes it with
# what differs between machines and runs taken out, so that conclab's and
# Go 1.19's panics and deadlock reports compare: absolute paths become the
# file's name, code offsets (+0x1d) and pc values go, a function's
# argument words become (...) (as Go prints for inlined calls), and the
# frames inside Go's own library (sync.runtime_Semacquire, sema.go:62)
# go (and runtime's panic frame), since conclab's library is its own
# (C, or Go of its own: lib/*.go) and its lines are not Go's.
sed -e 's#\t/[^ ]*/\([^/ ]*\.go\):#\t\1:#' \
    -e 's# +0x[0-9a-f]*$##' \
    -e 's#^\([a-zA-Z0-9_.()*-]*\)(\([^)][^)]*\))$#\1(...)#' \
    -e 's#pc=0x[0-9a-f]*#pc=0x0#' |
    awk '((/^[a-z][a-zA-Z0-9_]*\.[^ ]*\(.*\)$/ && !/^main\./ && !/^command-line-arguments\./) || /^panic\(/) { skip = 1; next }
         skip && /^\t/ { skip = 0; next }
         { skip = 0; print }'
