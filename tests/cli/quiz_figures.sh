#!/usr/bin/env bash
# quiz_figures.sh: each question belongs to the one section it is about
# (content/questions.json "section"): Section 1's quiz asks its own two
# questions, not the channels one, and grading a card raises "known" for
# its section only; and the figures of `stats` agree: recall is the mean
# over studied cards (one card at 100% gives 100%), known the mean over all
# questions (1/16 of it), and the sections' known weighed by their
# questions give the overall known.
. "$(dirname "$0")/../tap.sh"
export CONCLAB_NOW=2026-11-29T10:00:00Z TZ=UTC
CONTENT=${CONCLAB_CONTENT:-$SRC/content}
export CONCLAB_DB="$TMP/progress.db"
run() { "$BIN" --content "$CONTENT" --user ada "$@"; }

out=$(for i in 1 2 3 4; do printf 'x\n3\n'; done | run quiz --plain --section 1)
asked=$(printf '%s\n' "$out" | sed -n 's/^Card [0-9]*: question \([0-9]*\) .*/\1/p' | tr '\n' ' ')
tap_is "$asked" "1 2 " "section 1's quiz asks questions 1 and 2, not the channels question (3)"
rm -f "$CONCLAB_DB"

# one card, graded Easy: question 1 draws on goroutines and threads-vs-goroutines
printf 'a lightweight thread managed by the go runtime\n4\n' | run quiz --plain --limit 1 >/dev/null
json=$(run stats --json)
tap_is "$(printf '%s' "$json" | perl -MJSON::PP -e 'my $j = decode_json(join "", <STDIN>);
    print join " ", map { $_->{id} } grep { defined $_->{known} && $_->{known} > 0 } @{$j->{sections}}')" \
    "goroutines" "the graded card raises known for its one section"
tap_is "$(printf '%s' "$json" | perl -MJSON::PP -e 'my $j = decode_json(join "", <STDIN>);
    my @s = grep { $_->{reviews} } @{$j->{questions}};
    printf "%d %.0f%% %.0f%%", scalar(@s), 100 * $s[0]{recall}, 100 * $j->{recall}')" \
    "1 100% 100%" "overall recall is the studied card's: 100% beside 100%"
tap_is "$(printf '%s' "$json" | perl -MJSON::PP -e 'my $j = decode_json(join "", <STDIN>);
    my $n = @{$j->{questions}}; my $sum = 0; $sum += $_->{recall} // 0 for @{$j->{questions}};
    my ($w, $q) = (0, 0);
    for (@{$j->{sections}}) { $w += ($_->{known} // 0) * $_->{questions}; $q += $_->{questions} }
    printf "%s %s %s", abs($j->{known} - $sum / $n) < 1e-9 ? "mean" : "NOT mean",
        abs($j->{known} - $j->{studied} / $n * $j->{recall}) < 1e-9 ? "product" : "NOT product",
        $q == $n && abs($j->{known} - $w / $n) < 1e-9 ? "sections" : "NOT sections"')" \
    "mean product sections" \
    "known is the mean over all questions = studied/questions x recall = the sections' known weighed"
text=$(run stats)
tap_like "$text" "1 of 16 questions studied, 1 reviews, recall 100% of the studied, known 6% of all" \
    "stats text: both figures, each saying what it is of"
tap_like "$text" "known: recall averaged over every question, an unstudied one as 0" "and how they are defined"
tap_like "$text" "  2  threads-vs-goroutines +0% +0 +0 +-" "a section no question is about: known -"
tap_done
