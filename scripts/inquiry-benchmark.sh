#!/usr/bin/env bash
# Times `shiryo inquiry merge` in a release build: the workbooks of every ministry of the
# 10,000-row synthetic report (50 goals × 10 strategies × 20 indicators), and re-sent copies
# of some to make twenty, merged back: read, checked cell by cell, merged and written as YAML.
# Fails unless the best of 3 runs is under the issue's 1 s.
#
# These machines are shared and noisy, so, as in scripts/benchmark.sh, pandoc renders the
# same content (docx + html + plain of both documents, about 5 s on an idle machine of this
# kind) right before each merge run: the 1 s budget of that run stretches by pandoc's
# slowdown then (never shrinks), and the best run, its time over its budget, is judged.
#
#   scripts/inquiry-benchmark.sh
#   SHIRYO_BUILD_PATH=.build-perf scripts/inquiry-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."
build=${SHIRYO_BUILD_PATH:-.build}
swift build -c release --scratch-path "$build" --product shiryo-synth >/dev/null
swift build -c release --scratch-path "$build" --product shiryo >/dev/null
command -v pandoc >/dev/null || {
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends pandoc >/dev/null
}

inquiry=$(mktemp -d "${TMPDIR:-/tmp}/shiryo-inquiry-bench.XXXXXX")
trap 'rm -rf "$inquiry"' EXIT
"$build"/release/shiryo-synth --goals 50 --strategies 10 --indicators 20 --output "$inquiry/report.yaml" \
    --pandoc-json "$inquiry/pandoc" >/dev/null
"$build"/release/shiryo inquiry make "$inquiry/report.yaml" --output "$inquiry/made" 2>/dev/null
books=("$inquiry"/made/*.xlsx)
copy=0
while ((${#books[@]} < 20)); do
    source_book=${books[$((copy % ${#books[@]}))]}
    cp "$source_book" "${source_book%.xlsx}.resent$copy.xlsx"
    copy=$((copy + 1))
    books=("$inquiry"/made/*.xlsx)
done
milliseconds() { echo $(($(date +%s%N) / 1000000)); }
# pandoc's idle time for the reference job, as in scripts/benchmark.sh.
pandoc_idle_ms=5000
best=""
for run in 1 2 3; do
    start=$(milliseconds)
    for document in summary detail; do
        for target in docx html plain; do
            pandoc -f json -t "$target" "$inquiry/pandoc/$document.json" -o "$inquiry/pandoc.$document.$target"
        done
    done
    reference=$(($(milliseconds) - start))
    start=$(milliseconds)
    "$build"/release/shiryo inquiry merge "$inquiry/report.yaml" "${books[@]}" --output "$inquiry/merged.yaml" 2>"$inquiry/merge.log" \
        || { echo "FAIL inquiry merge of ${#books[@]} workbooks"; head -5 "$inquiry/merge.log"; exit 1; }
    elapsed=$(($(milliseconds) - start))
    # The budget in ms: 1000, stretched by pandoc's slowdown (never below 1000).
    budget=$((reference > pandoc_idle_ms ? 1000 * reference / pandoc_idle_ms : 1000))
    echo "inquiry merge of ${#books[@]} workbooks (10,000 indicator rows), run $run: ${elapsed} ms;" \
        "pandoc took ${reference} ms (idle ${pandoc_idle_ms} ms), so the budget is ${budget} ms"
    # Judged by the time over the budget (per mille), the best run counting.
    share=$((1000 * elapsed / budget))
    if [ -z "$best" ] || ((share < best)); then best=$share; best_line="${elapsed} ms of ${budget} ms (run $run)"; fi
done
if ((best >= 1000)); then
    echo "OVER BUDGET: inquiry merge took ${best_line} at best; the target is 1 s on an idle machine"
    exit 1
fi
echo "inquiry merge: best ${best_line}: within the 1 s target stretched by pandoc's slowdown here"
