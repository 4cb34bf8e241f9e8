#!/usr/bin/env bash
# bugs.sh: `conclab bugs`, the bug gallery, on the real content: the list
# holds every kernel of content/bugs, an entry shows its story, its code
# and the question but not the answer, --fix gives the answer with a diff
# that turns the bug into the fix, --run is conclab test on the kernel
# (and its --explore replay line replays), and bad input is a usage or
# content error in one line.
. "$(dirname "$0")/../tap.sh"
CONTENT=${CONCLAB_CONTENT:-$SRC/content}
export CONCLAB_DB="$TMP/progress.db"
bugs() { "$BIN" --content "$CONTENT" bugs "$@"; }

out=$(bugs); rc=$?
tap_is "$rc" 0 "bugs exits 0"
kernels=$(cd "$CONTENT/bugs" && ls -d */ | tr -d / | sort)
listed=$(printf '%s\n' "$out" | sed -n 's/^ *[0-9][0-9]*  \([a-z0-9_]*\) .*/\1/p' | sort)
tap_is "$listed" "$kernels" "the list names every kernel folder of content/bugs, once"
n=$(printf '%s\n' "$kernels" | wc -l)
tap_ok "$([ "$n" -ge 40 ]; echo $?)" "at least 40 kernels ($n)"
tap_like "$out" "^$n bugs\. conclab bugs NAME: the story and the code; then: Which schedule breaks it\?$" \
    "and says how many, and the question"
tap_like "$out" '^ 1  timeout_finish_request +leak +Kubernetes finishRequest' "each with its number, kinds and title"
tap_is "$(bugs list)" "$out" "bugs list is the same"
tap_ok "$([ ! -e "$CONCLAB_DB" ]; echo $?)" "the gallery creates no database"

# an entry: story, code, question; not the answer
k=cond_activation_error
out=$(bugs $k); rc=$?
tap_is "$rc" 0 "bugs $k exits 0"
tap_like "$out" "^Bug [0-9]+ of $n: Moby plugins: waiting for an activation that failed$" "its title, numbered"
tap_like "$out" '^Modelled on: moby#30408$' "what it is modelled on"
tap_like "$out" "^moby#30408 \(pkg/plugins\)\. When a plugin's activation failed" "its story"
first_code=$(sed -n 1p "$CONTENT/bugs/$k/bug_test.go")
tap_like "$out" "^   1  $(printf '%s' "$first_code" | sed 's/[][\.*^$()+?{}|/]/\\&/g')$" "its code, with line numbers"
lines=$(wc -l <"$CONTENT/bugs/$k/bug_test.go")
tap_like "$out" "^ *$lines  " "every line of it"
tap_like "$out" '^Which schedule breaks it\?$' "the question"
tap_like "$out" "^  the answer:   conclab bugs $k --fix$" "and where the answer is"
schedule=$(perl -MJSON::PP -e 'local $/; my $d = decode_json(<STDIN>); print((grep { $_->{id} eq $ARGV[0] } @{$d->{bugs}})[0]{schedule})' \
    "$k" <"$CONTENT/bugs.json")
tap_unlike "$out" "The schedule that breaks it" "but not the answer"
tap_is "$(bugs 1 | head -1)" "$(bugs timeout_finish_request | head -1)" "an entry by number or by id"

# the answer: the schedule, how it shows, the fix as a diff
out=$(bugs $k --fix); rc=$?
tap_is "$rc" 0 "bugs $k --fix exits 0"
tap_like "$(printf '%s\n' "$out" | tr '\n' ' ' | tr -s ' ')" "The schedule that breaks it: $(printf '%s' "${schedule:0:40}" | sed 's/[][\.*^$()+?{}|/]/\\&/g')" \
    "the schedule that breaks it, from bugs.json"
tap_like "$out" '^How it shows: ' "how it shows"
tap_like "$out" '^The fix: ' "the fix"
tap_like "$out" "^--- .*/bugs/$k/bug_test.go$" "a diff from the bug"
tap_like "$out" "^\+\+\+ .*/bugs/$k/fixed_test.go$" "to the fix"
# every hunk matches both files where it says, and the changes cover all
# the differences: applying the hunks to the bug gives the fix, for every
# kernel
wrong=""
for b in $kernels; do
bugs "$b" --fix | sed -n '/^--- /,/^$/p' | sed '1,2d;$d' >"$TMP/diff"
applied=$(perl -e '
    open my $f, "<", $ARGV[0] or die; my @a = <$f>; chomp @a;
    open my $d, "<", $ARGV[1] or die; my @out; my $pos = 0; my $bad = 0;
    while (my $h = <$d>) {
        my ($as, $an) = $h =~ /^@@ -(\d+),(\d+) \+\d+,\d+ @@$/ or do { $bad++; next };
        my $start = $an ? $as - 1 : $as; # -N,0: after line N
        push @out, @a[$pos .. $start - 1] if $start > $pos; $pos = $start;
        while (defined(my $l = <$d>)) {
            if ($l =~ /^@@/) { seek $d, -length($l), 1; last }
            chomp $l; my ($op, $text) = (substr($l, 0, 1), substr($l, 1));
            if ($op eq " " || $op eq "-") { $bad++ if $a[$pos] ne $text; $pos++ }
            push @out, $text if $op eq " " || $op eq "+";
        }
    }
    push @out, @a[$pos .. $#a];
    print "BAD $bad\n" if $bad; print "$_\n" for @out;' "$CONTENT/bugs/$b/bug_test.go" "$TMP/diff")
    [ "$applied" = "$(cat "$CONTENT/bugs/$b/fixed_test.go")" ] || wrong="$wrong $b"
done
tap_is "$wrong" "" "for every kernel, the diff turns bug_test.go into fixed_test.go"

# --run: conclab test on the kernel
out=$(bugs $k --run --fixed 2>&1); rc=$?
tap_is "$rc" 0 "--run --fixed: the fix passes"
tap_like "$out" '^ok  	command-line-arguments	' "with go test's ok line"
out=$(bugs lock_send_mux_stop --run 2>&1); rc=$?
tap_is "$rc" 1 "--run: a bug that a plain run catches fails"
tap_like "$out" '^--- FAIL: ' "with go test's FAIL line"
out=$(bugs $k --run -v 2>&1)
tap_like "$out" '^=== RUN   ' "-v goes to conclab test"
out=$(bugs $k --run --explore --race 2>&1); rc=$?
tap_is "$rc" 1 "--run --explore --race finds the schedule that breaks it"
tap_like "$out" "^replay: conclab test --schedule '[^']+' --race /.*/bugs/$k/bug_test.go$" \
    "and prints the replay line, with the kernel's path"
replay=$(printf '%s\n' "$out" | sed -n "s/^replay: conclab test --schedule '\([^']*\)'.*/\1/p")
bugs $k --run --race --schedule "$replay" >/dev/null 2>&1
tap_is "$?" 1 "bugs --run --schedule replays it"
"$BIN" test --race --schedule "$replay" "$CONTENT/bugs/$k/bug_test.go" >/dev/null 2>&1
tap_is "$?" 1 "and so does the replay line's own command"

# JSON
out=$(bugs --json)
tap_is "$(perl -MJSON::PP -e 'local $/; my $d = decode_json(<STDIN>); print scalar @{$d->{bugs}}' <<<"$out")" "$n" \
    "bugs --json: one document, every entry"
out=$(bugs $k --json)
tap_is "$(perl -MJSON::PP -e 'local $/; my $d = decode_json(<STDIN>); print join ",", $d->{id}, exists $d->{schedule} ? "answer" : "question", length($d->{code}) > 100 ? "code" : "none"' <<<"$out")" \
    "$k,question,code" "bugs NAME --json: the entry and its code, not the answer"
out=$(bugs $k --fix --json)
tap_is "$(perl -MJSON::PP -e 'local $/; my $d = decode_json(<STDIN>); print $d->{schedule} eq $ARGV[0] ? "same" : "differs"' "$schedule" <<<"$out")" \
    same "bugs NAME --fix --json: with the answer"

# bad input: one line, usage error
check_usage() { # check_usage PATTERN NAME ARGS...
    local pattern=$1 name=$2
    shift 2
    bugs "$@" >"$TMP/out" 2>"$TMP/err"
    local rc=$?
    tap_is "$rc" 1 "$name: exit 1"
    tap_like "$(cat "$TMP/err")" "$pattern" "$name: says so"
    tap_is "$(wc -l <"$TMP/err")" 1 "$name: in one line"
}
check_usage "^conclab: bugs: no entry 'nope': give an id or a number 1-$n" "an unknown entry" nope
check_usage "^conclab: bugs: no entry '0'" "entry 0" 0
check_usage "^conclab: bugs: no entry '$((n + 1))'" "an entry past the end" $((n + 1))
check_usage "^conclab: bugs: unknown option '--frobnicate'" "an unknown option" $k --frobnicate
check_usage "^conclab: bugs: --fixed and the test options go with --run" "--race without --run" $k --race
check_usage "^conclab: bugs: --run prints what conclab test prints" "--run with --fix" $k --run --fix
check_usage "^conclab: bugs: --budget needs a value" "--budget without a value" $k --run --explore --budget
check_usage "^conclab: bugs: one entry at a time" "two entries" $k timeout_watch_cache
check_usage "^conclab: bugs: --fix, --run and the test options need an entry" "--fix alone" --fix
check_usage "^conclab: test: --budget needs a duration" "a bad --budget, as conclab test says" $k --run --explore --budget soon

# a content folder without a gallery, and one with a broken one
mkdir -p "$TMP/c"
cp "$CONTENT/sections.json" "$CONTENT/questions.json" "$TMP/c/"
out=$("$BIN" --content "$TMP/c" bugs); rc=$?
tap_is "$rc" 0 "content without bugs.json: bugs exits 0"
tap_like "$out" "has no bug gallery \(bugs.json\)" "and says there is no gallery"
cp "$CONTENT/bugs.json" "$TMP/c/"
"$BIN" --content "$TMP/c" bugs >/dev/null 2>"$TMP/err"; rc=$?
tap_is "$rc" 2 "bugs.json without its kernels: a content error, exit 2"
tap_like "$(cat "$TMP/err")" "bugs\.json: bugs\[0\]: its kernel: .*bugs/timeout_finish_request/bug_test\.go: cannot open" \
    "naming the entry and the missing file"
tap_is "$(wc -l <"$TMP/err")" 1 "in one line"
tap_done
