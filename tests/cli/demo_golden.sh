#!/usr/bin/env bash
# demo_golden.sh: every demo's whole output for seeds 1, 2 and 42, compared
# byte for byte with tests/golden/demos/NAME.seedN.out (measured "~ " lines
# left out). CONCLAB_REGOLD=1 rewrites the golden files instead: do that only
# on purpose, and read the diff before committing it.
. "$(dirname "$0")/../tap.sh"
export CONCLAB_DB="$TMP/progress.db" CONCLAB_CONTENT=${CONCLAB_CONTENT:-$SRC/content} CONCLAB_DEMO_QUICK=1
GOLDEN=$SRC/tests/golden/demos
for name in $("$BIN" demo list | awk '{print $1}'); do
    for seed in 1 2 42; do
        file=$GOLDEN/$name.seed$seed.out
        "$BIN" demo "$name" --seed "$seed" 2>&1 | grep -v '^~ ' >"$TMP/out"
        if [ -n "$CONCLAB_REGOLD" ]; then
            cp "$TMP/out" "$file"
        fi
        if cmp -s "$TMP/out" "$file"; then
            tap_ok 0 "$name seed $seed matches its golden output"
        else
            tap_ok 1 "$name seed $seed matches its golden output"
            diff "$file" "$TMP/out" | head -20 | sed 's/^/#   /'
        fi
    done
done
tap_done
