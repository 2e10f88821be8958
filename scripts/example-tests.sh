#!/usr/bin/env bash
# Checks Examples/MarkdownFormat, the worked example of adding an output format from outside
# the package: it builds against Shiryo's public products without warnings, its own tests
# pass, and its shiryo-markdown tool writes Markdown that pandoc's gfm reader reads back
# with every sentence, heading, table and footnote of the model and nothing the model does
# not have, even from data written to look like Markdown. Prints "N passed, M failed" and
# exits 1 on any failure.
#
# The example builds Shiryo again in its own .build folder: the first run takes a while.
set -uo pipefail
cd "$(dirname "$0")/.."
example=Examples/MarkdownFormat
checker="$example/scripts/check_markdown.py"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shellcheck source=scripts/checks.sh
source scripts/checks.sh

# pandoc is the independent reader the output is judged by.
if ! command -v pandoc >/dev/null; then
    echo "installing pandoc"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
        pandoc >/dev/null
fi
command -v pandoc >/dev/null || { echo "FAIL: pandoc is not available"; echo "0 passed, 1 failed"; exit 1; }

# --- The package -------------------------------------------------------------------------
swift build --package-path "$example" >"$work/build.log" 2>&1
status=$?
check "swift build --package-path $example" test $status -eq 0
if [ $status -ne 0 ]; then
    tail -20 "$work/build.log"
    echo "$passed passed, $failed failed"
    exit 1
fi
tool="$(swift build --package-path "$example" --show-bin-path)/shiryo-markdown"

swift test --package-path "$example" >"$work/test.log" 2>&1
status=$?
check "swift test --package-path $example" test $status -eq 0
[ $status -ne 0 ] && grep -E "✘|error:" "$work/test.log" | head -20
# (Only what was compiled in this run shows up: a fresh .build checks everything.)
check "the example's own code and tests build without warnings" \
    bash -c "! grep -hE '^$(pwd)/$example/.*: warning:' '$work/build.log' '$work/test.log'"

# --- The samples -------------------------------------------------------------------------
# Both documents of both samples, with the model JSON the Markdown is judged against.
"$tool" render samples/* --format markdown json --output "$work/out" 2>"$work/render.err"
check "shiryo-markdown render samples/* --format markdown json exits 0" test $? -eq 0
check "four Markdown files are written" test "$(find "$work/out" -name '*.md' | wc -l)" -eq 4

# Markdown files end lines with LF, have no trailing spaces (two would be a line break) and
# end with one newline.
well_formed() {
    [ -s "$1" ] && ! grep -q $'\r' "$1" && ! grep -qE '[[:space:]]$' "$1" \
        && [ "$(tail -c 1 "$1" | od -An -c | tr -d ' ')" = '\n' ] && [ "$(tail -c 2 "$1" | od -An -c | tr -d ' ')" != '\n\n' ]
}

judge() { # folder, name: the Markdown of both documents against their model
    local folder=$1 name=$2 document
    for document in summary detail; do
        local markdown="$folder/$name.$document.md" model="$folder/$name.$document.json"
        check "$name.$document.md: LF line ends, no trailing spaces, one final newline" well_formed "$markdown"
        check "$name.$document.md: pandoc's text holds every sentence of the model" \
            python3 "$checker" text "$model" "$markdown"
        check "$name.$document.md: pandoc finds the model's headings, tables, footnotes, links and bold, and nothing else" \
            python3 "$checker" structure "$model" "$markdown"
        check "$name.$document.md: every table row has the header's number of cells" \
            python3 "$checker" rows "$markdown"
    done
}
judge "$work/out" kansensho-kihon-senryaku
judge "$work/out" amr-action-plan

# The same input gives the same bytes, whatever the time zone and locale.
TZ=Asia/Tokyo LANG=ja_JP.UTF-8 "$tool" render samples/* --format markdown --output "$work/a" 2>/dev/null
TZ=America/Los_Angeles LANG=C "$tool" render samples/* --format markdown --output "$work/b" 2>/dev/null
check "rendering twice gives identical bytes" diff -r "$work/a" "$work/b"
check "... and the same bytes as the first rendering" \
    bash -c "for f in '$work'/a/*.md; do cmp -s \"\$f\" '$work/out/'\"\$(basename \"\$f\")\" || exit 1; done"

# --- The format among the others -------------------------------------------------------
"$tool" formats >"$work/formats.txt"
check "formats lists markdown" grep -q $'^markdown\t.md\t' "$work/formats.txt"
check "formats lists markdown's option" grep -q -- "--option heading-offset=N" "$work/formats.txt"
for format in json xhtml pdf docx text; do
    check "formats lists the built-in $format" grep -q "^$format"$'\t' "$work/formats.txt"
done
"$tool" render samples/amr-action-plan --format text --output "$work/text" 2>/dev/null
check "a built-in format renders through shiryo-markdown" test -s "$work/text/amr-action-plan.summary.txt"

# --- The option --------------------------------------------------------------------------
"$tool" render samples/amr-action-plan --document detail --format markdown --option heading-offset=2 \
    --output - >"$work/offset.md" 2>/dev/null
check "heading-offset=2 moves every heading two levels down" python3 -c "
import json, subprocess, sys
def levels(path):
    tree = json.loads(subprocess.run(['pandoc', '-f', 'gfm', '-t', 'json', path], capture_output=True, check=True).stdout)
    return [block['c'][0] for block in tree['blocks'] if block['t'] == 'Header']
plain, offset = levels('$work/out/amr-action-plan.detail.md'), levels('$work/offset.md')
sys.exit(0 if plain and offset == [min(level + 2, 6) for level in plain] else 1)"

"$tool" render samples/amr-action-plan --format markdown --option heading-offset=9 --output "$work/none" \
    2>"$work/offset.err"
check "a bad heading-offset exits non-zero" test $? -ne 0
check "a bad heading-offset is one line" test "$(wc -l <"$work/offset.err")" -eq 1
check "a bad heading-offset names the option and the range" \
    grep -q "markdown: option heading-offset=9: expected a number from 0 to 4" "$work/offset.err"
check "a bad heading-offset writes nothing" test ! -e "$work/none"

"$tool" render samples/amr-action-plan --format json --option heading-offset=1 --output "$work/none" \
    2>"$work/unused.err"
check "heading-offset for a format that does not read it exits non-zero" test $? -ne 0
check "... and says it is markdown's" grep -q "it is an option of markdown" "$work/unused.err"
check "... and writes nothing" test ! -e "$work/none"

# --- Data that looks like Markdown ------------------------------------------------------
# Every string below is text: pandoc must find each one, verbatim, and no heading, list,
# quote, code, HTML, link, emphasis or table the model does not have.
mkdir -p "$work/adversarial/images"
python3 -c "import base64, sys; open(sys.argv[1], 'wb').write(base64.b64decode(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='))" \
    "$work/adversarial/images/図 1 (a).png"
cat >"$work/adversarial/report.yaml" <<'YAML'
title: "*題* | <b>タグ</b> # 見出し & [リンク](http://example.com) :smile: &copy;"
issuer: "> 引用ではない"
plan:
  name: "1. 番号ではない計画"
  englishName: "**not strong** <i>nor HTML</i>"
  decidedOn: 2023-04-07
  decidedBy: "- 箇条書きではない会議"
fiscalYear: 2024
asOf: 2025-03-31
issued: draft
documents:
  summary: {number: "1-1"}
  detail: {number: "1-2"}
labels: {goal: "# 目標", strategy: "戦略|"}
ministries:
  m1: "省|庁"
  m2: "`コード`省"
footnotes:
  fn: "脚注に **強調** と | と # がある"
  bare: null
lead:
  - "+ 先頭の記号 ~~消えない~~ _下線_ \\\\ バックスラッシュ\tタブ"
goals:
  - title: "を**「AMR」**の目標 ![画像](x.png)"
    strategies:
      - title: "<!-- コメントではない -->"
        ministries: [m1, m2]
        actions:
          - "[^fn]: 定義ではない"
          - "本文[^fn](括弧) と [^bare] と ]: 記号 と **前****後**"
          - |
            一行目
            - 二行目
            1. 三行目
            # 四行目
          - "    字下げ"
          - "==="
          - "\\*\\*\\*"
          - "https://example.com/a_b <http://example.org> a@example.com"
        indicators:
          - group: "| 群 | 見出し |"
            rows:
              - name: "a | b"
                value: {list: ["・ 点", "| パイプ |"], style: dot}
                ministry: m1
              - name: "\\\\|"
                values: ["x[^fn]", "y|z"]
                ministry: m2
    nextYear:
      - "次年度 **太字\\*を含む** 目標"
    notes:
      - "注記[^bare]"
    figures:
      - caption: "図 <img>"
        image: "images/図 1 (a).png"
        credit: "提供：\\[社]"
  - title: "二つ目"
    overview: "[ ] タスクではない"
    actions: ["> 引用ではない"]
conclusion:
  assessment: ["[x] タスクではない", "www.example.com は自動リンクではない"]
YAML
"$tool" render "$work/adversarial" --format markdown json --output "$work/adversarial-out" 2>"$work/adversarial.err"
check "the Markdown-like report renders" test $? -eq 0
judge "$work/adversarial-out" adversarial
check "the figure's path is percent-encoded" \
    grep -qF '](images/%E5%9B%B3%201%20%28a%29.png)' "$work/adversarial-out/adversarial.detail.md"

finish_checks
