#!/usr/bin/env bash
# Times Shiryo on a synthetic report of 50 goals × 10 strategies × 20 indicators (10,000
# indicator rows) in a release build, beside pandoc 2.17 rendering the same content in the
# same run (shiryo-synth writes it in pandoc's JSON AST).
#
# These machines are shared and noisy, so every budget is relative to pandoc measured here
# and now: the budgets below are the ones that hold on an idle machine of this kind, where
# pandoc takes about 5 s for docx + html + plain of both documents, and they stretch by
# pandoc's slowdown when the machine is busy (never shrink). Fails (naming what) if
#   - loading, validating and assembling take a second or more;
#   - the best of three renders of docx or xhtml takes more than 0.5 s, of pptx (the 概要
#     deck alone) more than 0.3 s, of text or json more than 1.5 s;
#   - shiryo lint of the report takes more than 0.5 s at best;
#   - loading and validating take more than pandoc's docx + html + plain time / 70 (issue 12
#     asks for / 87: 0.15 s where pandoc took 13.1 s; measured / 90 to / 115, printed beside it);
#   - Shiryo's whole `render` of every format is less than 11 times as fast as pandoc's
#     docx + html + plain (the best of three rounds, each timing pandoc right before
#     Shiryo), or its peak memory not 6 times below pandoc's docx run (measured 18x to 20x
#     and 8.4x at rest; issue 12's targets of 15x and 5x are printed beside them). The time
#     floor sits well below: Shiryo renders on both cores and pandoc on one, so a program
#     holding one core slows Shiryo alone, and runs like that measured 12.4x to 14x;
#   - a batch of four reports is not 1.2 times faster on every core than on one, or one report's
#     formats side by side not 1.1 times faster than one at a time (--jobs 1); whole renders are
#     the best of three runs, the 10,000 and 100,000-row ones taking turns;
#   - the whole `render` of ten times the report (100,000 rows) takes more than 12 times as long
#     as that of 10,000 rows, or more than 200 MB at its peak (issue 12's targets of 11x and
#     200 MB; measured 10x to 11x and 155 MB).
# `shiryo inquiry merge` of twenty workbooks is timed too (scripts/inquiry-benchmark.sh).
#
#   scripts/benchmark.sh
#   SHIRYO_BUILD_PATH=.build-perf scripts/benchmark.sh   # another scratch path
set -euo pipefail
cd "$(dirname "$0")/.."
build=${SHIRYO_BUILD_PATH:-.build}
swift build -c release --scratch-path "$build" --product shiryo-synth
swift build -c release --scratch-path "$build" --product shiryo >/dev/null
# `shiryo formats` lists one format per line (name, tab, …), its options indented below.
formats=$("$build"/release/shiryo formats | awk -F'\t' '!/^[[:space:]]/ && $1 != "pdf" { print $1 }')

# --- pandoc on the same content, first: it sets the scale of every budget ------------------
command -v pandoc >/dev/null && [ -x /usr/bin/time ] || {
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends pandoc time >/dev/null
}
work=$(mktemp -d "${TMPDIR:-/tmp}/shiryo-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$build"/release/shiryo-synth --goals 50 --strategies 10 --indicators 20 --output "$work/synthetic/report.yaml" \
    --pandoc-json "$work/pandoc"
# measure NAME COMMAND…: wall seconds and peak kilobytes into $work/NAME.
measure() {
    local name=$1; shift
    /usr/bin/time -f "%e %M" -o "$work/$name" "$@" >/dev/null 2>"$work/$name.log" || { cat "$work/$name.log"; exit 1; }
}
# pandoc_round ROUND: pandoc's docx + html + plain of both documents, timed into
# $work/pandoc-TARGET-DOCUMENT-ROUND. Round 0 sets the scale of the budgets; rounds 1 to 3 each
# come right before Shiryo's run of that number, so that each round's ratio comes from two
# programs timed seconds apart.
pandoc_round() {
    for document in summary detail; do
        for target in docx html plain; do
            measure "pandoc-$target-$document-$1" pandoc -f json -t "$target" "$work/pandoc/$document.json" \
                -o "$work/out/$document.$target"
        done
    done
}
mkdir -p "$work/out"
pandoc_round 0
# How much slower than idle this machine is now, by pandoc's own time.
scale=$(python3 - "$work" <<'PY'
import sys
from pathlib import Path
work = Path(sys.argv[1])
seconds = sum(float((work / f"pandoc-{t}-{d}-0").read_text().split()[0])
              for t in ("docx", "html", "plain") for d in ("summary", "detail"))
print(f"{max(1.0, seconds / 5.0):.2f} {seconds:.3f}")
PY
)
read -r scale pandoc_seconds <<<"$scale"
echo "pandoc's docx + html + plain took ${pandoc_seconds} s, $(awk -v s="$scale" 'BEGIN { printf "%.2f", s }')× its idle time here: budgets are stretched by that"
scaled() { awk -v s="$scale" -v b="$1" 'BEGIN { printf "%.3f", s * b }'; }
# Load + validate as a share of pandoc's time: issue 12 asks for 0.15 s where pandoc took 13.1 s
# (1/87); the floor is what holds today with room for noise.
load_floor=70
load_budget=$(awk -v p="$pandoc_seconds" -v r="$load_floor" 'BEGIN { printf "%.3f", p / r }')
echo "load + validate budget: ${load_budget} s, pandoc's time / ${load_floor} (issue target: / 87, $(awk -v p="$pandoc_seconds" 'BEGIN { printf "%.3f", p / 87 }') s)"

# --- each step of Shiryo in one process ------------------------------------------------------
budgets=()
for format in $formats; do
    case $format in
        docx | xhtml) budgets+=("$format=$(scaled 0.5)") ;;
        pptx) budgets+=("$format=$(scaled 0.3)") ;;
        text | json) budgets+=("$format=$(scaled 1.5)") ;;
    esac
done
arguments=(--goals 50 --strategies 10 --indicators 20 --benchmark --runs 3 --budget "$(scaled 1)" --lint-budget "$(scaled 0.5)"
    --load-budget "$load_budget")
# shellcheck disable=SC2206
arguments+=(--format $formats)
if ((${#budgets[@]})); then arguments+=(--render-budget "${budgets[@]}"); fi
"$build"/release/shiryo-synth "${arguments[@]}"

# --- Shiryo's whole command beside pandoc ---------------------------------------------------
# A batch: four copies of a smaller report, one at a time and then on every core.
for copy in 1 2 3 4; do
    "$build"/release/shiryo-synth --goals 20 --strategies 5 --indicators 20 --seed "$copy" \
        --output "$work/batch/report$copy/report.yaml"
done
measure batch-1 "$build"/release/shiryo render "$work"/batch/report* --format docx text --jobs 1 --output "$work/batch-out-1"
measure batch-n "$build"/release/shiryo render "$work"/batch/report* --format docx text --output "$work/batch-out-n"
# Ten times the report (100,000 rows): the time must grow in proportion and memory stay flat.
"$build"/release/shiryo-synth --goals 500 --strategies 10 --indicators 20 --output "$work/large/report.yaml"
# Best of three runs each: the report as it runs by default, with everything one at a time
# (--jobs 1), which the formats side by side must beat, and ten times the report. The three
# take turns, so that a slow spell of the machine falls on all of them, not on one.
for run in 1 2 3; do
    pandoc_round "$run"
    # shellcheck disable=SC2086
    measure "shiryo-$run" "$build"/release/shiryo render "$work/synthetic" --format $formats --option overflow=continue \
        --output "$work/out"
    # shellcheck disable=SC2086
    measure "shiryo-serial-$run" "$build"/release/shiryo render "$work/synthetic" --format $formats \
        --option overflow=continue --jobs 1 --output "$work/out-serial"
    # shellcheck disable=SC2086
    measure "shiryo-large-$run" "$build"/release/shiryo render "$work/large" --format $formats --option overflow=continue \
        --output "$work/out-large"
done
rm -rf "$work/large" "$work/out-large"
python3 - "$work" <<'PY'
import sys
from pathlib import Path
work = Path(sys.argv[1])
def read(name):
    seconds, kilobytes = (work / name).read_text().split()
    return float(seconds), int(kilobytes) / 1024
runs = [read(f"shiryo-{run}") for run in (1, 2, 3)]
shiryo_seconds, shiryo_mb = min(seconds for seconds, _ in runs), max(mb for _, mb in runs)
# pandoc's three rounds, each measured right before Shiryo's run of the same number.
rounds = [{t: [read(f"pandoc-{t}-{d}-{run}") for d in ("summary", "detail")] for t in ("docx", "html", "plain")}
          for run in (1, 2, 3)]
round_seconds = [sum(s for runs in pandoc.values() for s, _ in runs) for pandoc in rounds]
pandoc_docx_mb = max(mb for pandoc in rounds for _, mb in pandoc["docx"])
print(f"shiryo render, every format, both documents: {shiryo_seconds:6.2f} s  {shiryo_mb:7.1f} MB peak (best of 3, highest peak)")
for target in ("docx", "html", "plain"):
    seconds = min(sum(s for s, _ in pandoc[target]) for pandoc in rounds)
    peak = max(mb for pandoc in rounds for _, mb in pandoc[target])
    print(f"pandoc {target:<5} (概要 + 詳細)             {seconds:6.2f} s  {peak:7.1f} MB peak (best of 3)")
# The ratio of each round, from pandoc's and Shiryo's times measured seconds apart, and the best
# of the three judged, as every time here is the best of three runs. Pairing by round matters:
# Shiryo renders on both cores and pandoc on one, so a program holding one core for a while
# slows Shiryo alone, and the best of each side taken from different rounds set pandoc's
# quiet round against Shiryo's busy one (7.9 s / 0.73 s = 10.8x in a run whose rounds gave
# 9.4x, 12.4x and 16.5x).
round_ratios = [pandoc / max(shiryo, 0.01) for pandoc, (shiryo, _) in zip(round_seconds, runs)]
print("per round (pandoc docx + html + plain / shiryo): "
      + ", ".join(f"{pandoc:.2f} s / {shiryo:.2f} s = {pandoc / max(shiryo, 0.01):.1f}x"
                  for pandoc, (shiryo, _) in zip(round_seconds, runs)))
serial_seconds = min(read(f"shiryo-serial-{run}")[0] for run in (1, 2, 3))
print(f"one report, everything one at a time (--jobs 1): {serial_seconds:.2f} s: side by side {serial_seconds / max(shiryo_seconds, 0.01):.2f}x faster")
batch_1, _ = read("batch-1")
batch_n, _ = read("batch-n")
print(f"a batch of 4 reports: --jobs 1 {batch_1:.2f} s, every core {batch_n:.2f} s: {batch_1 / max(batch_n, 0.01):.2f}x faster")
large = [read(f"shiryo-large-{run}") for run in (1, 2, 3)]
large_seconds, large_mb = min(seconds for seconds, _ in large), max(mb for _, mb in large)
growth = large_seconds / max(shiryo_seconds, 0.01)
print(f"shiryo render of 100,000 rows, every format:  {large_seconds:6.2f} s  {large_mb:7.1f} MB peak (best of 3, highest peak): "
      f"{growth:.1f}x the time of 10,000 rows")
time_ratio = max(round_ratios)
memory_ratio = pandoc_docx_mb / max(shiryo_mb, 0.1)
print(f"time:   pandoc docx + html + plain / shiryo, all formats = {time_ratio:5.1f}x  (best of the 3 rounds, median {sorted(round_ratios)[1]:.1f}x; issue target 15x)")
print(f"memory: pandoc docx peak / shiryo peak                    = {memory_ratio:5.1f}x  (issue target 5x)")
print(f"100,000 rows: {growth:4.1f}x the time of 10,000 (issue target 11x), {large_mb:5.1f} MB peak (issue target 200 MB)")
# The issue's targets are reported, not enforced: they hold on a quiet machine.
missed = [f"time {time_ratio:.2f}x < 15x"] if time_ratio < 15 else []
missed += [f"memory {memory_ratio:.1f}x < 5x"] if memory_ratio < 5 else []
missed += [f"100,000 rows' growth {growth:.1f}x > 11x"] if growth > 11 else []
missed += [f"100,000 rows' peak {large_mb:.1f} MB > 200 MB"] if large_mb > 200 else []
if missed:
    print("below issue 12's targets in this run (not its floors): " + ", ".join(missed))
# Floors that hold today with room for noise; a regression falls below them.
floors = {"time": (time_ratio, 11.0), "memory": (memory_ratio, 6.0)}
# Ceilings for the large report: growth in time beyond 10x means a step that is not linear;
# memory is in megabytes, which do not depend on how busy the machine is.
ceilings = {"100,000 rows' time growth": (growth, 12.0, "x"), "100,000 rows' peak memory": (large_mb, 200.0, " MB")}
import os
if (os.cpu_count() or 1) > 1:
    floors["batch on every core"] = (batch_1 / max(batch_n, 0.01), 1.2)
    floors["one report's outputs on every core"] = (serial_seconds / max(shiryo_seconds, 0.01), 1.1)
failed = [f"{name} ratio {value:.1f}x is below its floor {floor}x" for name, (value, floor) in floors.items() if value < floor]
failed += [f"{name} {value:.1f}{unit} is above its ceiling {ceiling}{unit}"
           for name, (value, ceiling, unit) in ceilings.items() if value > ceiling]
for line in failed:
    print("OVER BUDGET: " + line)
sys.exit(1 if failed else 0)
PY

scripts/inquiry-benchmark.sh
