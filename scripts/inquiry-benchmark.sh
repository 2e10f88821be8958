#!/usr/bin/env bash
# Times `shiryo inquiry merge` in a release build: the workbooks of every ministry of the
# 10,000-row synthetic report (50 goals × 10 strategies × 20 indicators), and re-sent copies
# of some to make twenty, merged back: read, checked cell by cell, merged, written as YAML
# and checked again by the loader. Best of 3 runs, judged against the issue's 1 s target.
#
#   scripts/inquiry-benchmark.sh
#   SHIRYO_INQUIRY_STRICT=1 scripts/inquiry-benchmark.sh   # fail when over the target
#   SHIRYO_BUILD_PATH=.build-perf scripts/inquiry-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."
build=${SHIRYO_BUILD_PATH:-.build}
swift build -c release --scratch-path "$build" --product shiryo-synth >/dev/null
swift build -c release --scratch-path "$build" --product shiryo >/dev/null

inquiry=$(mktemp -d "${TMPDIR:-/tmp}/shiryo-inquiry-bench.XXXXXX")
trap 'rm -rf "$inquiry"' EXIT
"$build"/release/shiryo-synth --goals 50 --strategies 10 --indicators 20 --output "$inquiry/report.yaml"
"$build"/release/shiryo inquiry make "$inquiry/report.yaml" --output "$inquiry/made" 2>/dev/null
books=("$inquiry"/made/*.xlsx)
copy=0
while ((${#books[@]} < 20)); do
    source_book=${books[$((copy % ${#books[@]}))]}
    cp "$source_book" "${source_book%.xlsx}.resent$copy.xlsx"
    copy=$((copy + 1))
    books=("$inquiry"/made/*.xlsx)
done
best=""
for run in 1 2 3; do
    start=$(date +%s%N)
    "$build"/release/shiryo inquiry merge "$inquiry/report.yaml" "${books[@]}" --output "$inquiry/merged.yaml" 2>"$inquiry/merge.log" \
        || { echo "FAIL inquiry merge of ${#books[@]} workbooks"; head -5 "$inquiry/merge.log"; exit 1; }
    elapsed=$((($(date +%s%N) - start) / 1000000))
    echo "inquiry merge of ${#books[@]} workbooks (10,000 indicator rows), run $run: ${elapsed} ms"
    if [ -z "$best" ] || ((elapsed < best)); then best=$elapsed; fi
done
# The issue's target is 1 s. It is not met yet (about 1.5 s of CPU: two loads of the
# 10,000-row report, the merged one checked again by the loader, take 0.4 s of it), so by
# default an overrun is reported, not failed; SHIRYO_INQUIRY_STRICT=1 makes it fail.
if ((best >= 1000)); then
    echo "OVER TARGET: inquiry merge took ${best} ms at best; the target is 1000 ms"
    if [ "${SHIRYO_INQUIRY_STRICT:-0}" = 1 ]; then exit 1; fi
else
    echo "inquiry merge: best ${best} ms (target 1000 ms)"
fi
