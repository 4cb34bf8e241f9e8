#!/usr/bin/env bash
# run.sh: `make fuzz`: builds each fuzz target with libFuzzer (clang),
# ASan and UBSan, and fuzzes it from its seed corpus for SECONDS (default
# 60) or, with FUZZ_RUNS=N, for N executions; then prints the executions
# and any findings (crash-* files). FUZZ_TIMEOUT (seconds, default 5) is
# the time one input may take. The targets: content (the content
# loader) and golang (the Go front end: scanner, parser, type checker).
#   tests/fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(content golang)
if ! command -v clang >/dev/null; then
    echo "fuzz: clang is needed: apt-get install -y clang libclang-rt-dev" >&2
    exit 1
fi
out=build-fuzz
limit=(-max_total_time="$seconds")
[ -z "${FUZZ_RUNS:-}" ] || limit=(-runs="$FUZZ_RUNS")
flags=(-std=c11 -g -O1 -D_GNU_SOURCE -Isrc -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all)
status=0
for target in "${targets[@]}"; do
    corpus=$out/corpus-$target findings=$out/findings-$target
    mkdir -p "$corpus" "$findings"
    case $target in
    content)
        cp tests/fuzz/corpus/* "$corpus/" 2>/dev/null || true
        # Seed the corpus with the real files, each tagged with its target byte.
        for pair in 0:sections.json 1:questions.json 2:demos.json; do
            tag=${pair%%:*}; file=${pair#*:}
            for dir in content tests/fixtures/mini; do
                [ -f "$dir/$file" ] || continue
                { printf "\\x0$tag"; cat "$dir/$file"; } > "$corpus/seed-${dir//\//_}-$file"
            done
        done
        clang "${flags[@]}" $(pkg-config --cflags libcjson) tests/fuzz/fuzz_content.c src/content/*.c \
            $(pkg-config --libs libcjson) -o "$out/fuzz_content" ;;
    golang)
        # Seed: the compile-error probes, the document's examples, the
        # unsupported cases.
        for f in tests/go/check/*.go content/examples/*.go tests/go/unsupported/*.go; do
            cp "$f" "$corpus/seed-$(echo "$f" | tr / _)"
        done
        make -s build/gen/golib.c
        # the front end alone: not the bytecode compiler, the VM or run.c
        clang "${flags[@]}" tests/fuzz/fuzz_golang.c \
            $(ls src/golang/*.c | grep -Ev '/(compile[a-z_]*|vm_[a-z_]*|run)\.c$') build/gen/golib.c -lm \
            -o "$out/fuzz_golang" ;;
    *) echo "fuzz: unknown target $target" >&2; exit 1 ;;
    esac
    "$out/fuzz_$target" "${limit[@]}" -max_len=65536 -timeout="${FUZZ_TIMEOUT:-5}" -rss_limit_mb=4096 \
        -artifact_prefix="$findings/" "$corpus" 2>&1 | tee "$out/fuzz-$target.log" |
        grep -E '^#[0-9]+.*(DONE|pulse)|ERROR|Done' || true
    execs=$(grep -Eo 'Done [0-9]+ runs in [0-9]+ second' "$out/fuzz-$target.log" | tail -1)
    found=$(ls "$findings" | wc -l)
    echo "fuzz $target: $execs; findings: $found (in $findings)"
    [ "$found" -eq 0 ] || status=1
done
exit $status
