#!/usr/bin/env sh
# frames.sh: the stack frames of a race report (stdin), one "FUNC FILE:LINE"
# per line under the heading of its section ("Read at", "Previous write
# at", "Goroutine N ... created at"), goroutine numbers and addresses
# dropped, paths cut to the file's name, and Go's compiler-made wrapper
# of a go statement (main.f.funcN() at the go line, outermost) left out,
# as conclab does not show it.
awk '
    /^(Read|Write|Previous read|Previous write) at / { sub(/ at 0x[0-9a-f]+ by goroutine [0-9]+:$/, ""); print "== " $0; next }
    /^Goroutine [0-9]+ \((running|finished)\) created at:$/ { print "== created at"; next }
    /^  [^ ].*\)$/ { fn = $1; next }
    /^      / && fn != "" { loc = $1; sub(/^.*\//, "", loc); line[++n] = fn " " loc; fn = ""; next }
    /^$/ || /^==================$/ { flush() }
    function flush(  i) {
        # the wrapper: an outermost frame named *.funcN
        if (n > 0 && line[n] ~ /\.func[0-9]+\(\) /) n--
        for (i = 1; i <= n; i++) print line[i]
        n = 0
    }
    END { flush() }'
