#!/usr/bin/env bash
# Builds the libFuzzer harnesses (Sources/ShiryoFuzzing) with -sanitize=fuzzer,address into
# .build-fuzz and runs them:
#   loader: bytes as a report file through ReportLoader; an accepted report must render
#   render: bytes drive a generator of Documents; every XML part written must be well-formed
#
#   scripts/fuzz.sh                         # each harness for 60 s
#   scripts/fuzz.sh --seconds 900 --harness loader
#
# Seeds: the samples, the schema test files and the bad-input corpus (loader), the saved
# regressions (both). The corpus grows in .build-fuzz/corpus; a crash or hang leaves its
# input in .build-fuzz/artifacts: copy it into Tests/ShiryoFuzzingTests/Regressions/HARNESS/
# and fix the cause. Prints, per harness, the runs made and the seconds taken.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=60
harnesses=(loader render)
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds=$2; shift 2 ;;
        --harness) harnesses=("$2"); shift 2 ;;
        *) echo "usage: scripts/fuzz.sh [--seconds N] [--harness loader|render]" >&2; exit 2 ;;
    esac
done

scratch=.build-fuzz
# -sanitize=fuzzer would link libFuzzer's main into the build's plugin tools as well, so the
# code is instrumented for coverage and address errors, and libFuzzer is linked without its
# main (the harness's main calls LLVMFuzzerRunDriver).
toolchain_lib=$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")/lib
libfuzzer=$(ls "$toolchain_lib"/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a 2>/dev/null | head -n 1)
[ -n "$libfuzzer" ] || { echo "fuzz: libclang_rt.fuzzer_no_main not found in the Swift toolchain" >&2; exit 1; }
mkdir -p "$scratch"
for harness in "${harnesses[@]}"; do
    swift build -c release --scratch-path "$scratch" --product "shiryo-fuzz-$harness" \
        -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp \
        -Xswiftc -DSHIRYO_FUZZING -Xcc -fsanitize=address -Xcc -fsanitize-coverage=inline-8bit-counters,pc-table,trace-cmp \
        -Xlinker "$libfuzzer" -Xlinker -lstdc++ >"$scratch/build.log" 2>&1 \
        || { tail -n 40 "$scratch/build.log"; exit 1; }
done

status=0
for harness in "${harnesses[@]}"; do
    corpus="$scratch/corpus/$harness"
    artifacts="$scratch/artifacts"
    mkdir -p "$corpus" "$artifacts"
    seeds=(Tests/ShiryoFuzzingTests/Regressions/"$harness")
    # The render harness's bytes are choices, not text: start long rather than grow from 1 byte.
    lengths=(-max_len=65536)
    [ "$harness" = render ] && lengths=(-max_len=4096 -len_control=0)
    if [ "$harness" = loader ]; then
        seeds+=(Tests/corpus/bad Tests/schema/valid Tests/schema/invalid)
        for sample in samples/*/report.*; do cp "$sample" "$corpus/sample-$(basename "$(dirname "$sample")").yaml"; done
    fi
    log="$scratch/fuzz-$harness.log"
    echo "==> fuzzing $harness for $seconds s (log: $log)"
    started=$(date +%s)
    if ! "$scratch/release/shiryo-fuzz-$harness" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
        "${lengths[@]}" -print_final_stats=1 -artifact_prefix="$artifacts/$harness-" \
        "$corpus" "${seeds[@]}" >"$log" 2>&1; then
        echo "FAILED: $harness found a crash or hang; see $log and $artifacts"
        tail -n 30 "$log"
        status=1
    fi
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    echo "$harness: $runs runs in $(($(date +%s) - started)) s"
done
exit $status
