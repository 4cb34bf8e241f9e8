#!/usr/bin/env bash
# run.sh: `make fuzz`: builds the content loader with libFuzzer (clang) and
# fuzzes it for SECONDS (default 60) from the seed corpus, then prints the
# number of executions and any findings (crash-* files).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
if ! command -v clang >/dev/null; then
    echo "fuzz: clang is needed: apt-get install -y clang libclang-rt-dev" >&2
    exit 1
fi
out=build-fuzz
mkdir -p "$out/corpus" "$out/findings"
cp tests/fuzz/corpus/* "$out/corpus/" 2>/dev/null || true
# Seed the corpus with the real files, each tagged with its target byte.
for pair in 0:sections.json 1:questions.json 2:demos.json; do
    tag=${pair%%:*}; file=${pair#*:}
    for dir in content tests/fixtures/mini; do
        [ -f "$dir/$file" ] || continue
        { printf "\\x0$tag"; cat "$dir/$file"; } > "$out/corpus/seed-${dir//\//_}-$file"
    done
done
clang -std=c11 -g -O1 -D_GNU_SOURCE -Isrc $(pkg-config --cflags libcjson) \
    -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
    tests/fuzz/fuzz_content.c src/content/*.c $(pkg-config --libs libcjson) \
    -o "$out/fuzz_content"
"$out/fuzz_content" -max_total_time="$seconds" -max_len=65536 -timeout=5 \
    -artifact_prefix="$out/findings/" "$out/corpus" 2>&1 | tee "$out/fuzz.log" | grep -E '^#[0-9]+.*(DONE|pulse)|ERROR|Done' || true
execs=$(grep -Eo 'Done [0-9]+ runs' "$out/fuzz.log" | tail -1)
found=$(ls "$out/findings" | wc -l)
echo "fuzz: $execs in ${seconds}s; findings: $found (in $out/findings)"
[ "$found" -eq 0 ]
