#!/usr/bin/env bash
# Checks the command-line tool as a user meets it: what it writes, what it prints, how it
# exits, and that a failed run writes nothing.
set -uo pipefail
cd "$(dirname "$0")/.."
swift build --product shiryo >/dev/null || exit 1
shiryo="$(pwd)/.build/debug/shiryo"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shellcheck source=scripts/checks.sh
source scripts/checks.sh

# Rendering the samples writes the model JSON of both documents of both samples.
"$shiryo" render samples/* --output "$work/out" 2>"$work/render.err"
check "render exits 0" test $? -eq 0
for name in kansensho-kihon-senryaku amr-action-plan; do
    for document in summary detail; do
        file="$work/out/$name.$document.json"
        check "$file is JSON with a schema version" python3 -c "
import json, sys
d = json.load(open('$file'))
assert d['schemaVersion'] == 1 and d['document']['blocks'], d.keys()"
    done
done

# The same input gives the same bytes whatever the time zone and locale.
TZ=Asia/Tokyo LANG=ja_JP.UTF-8 "$shiryo" render samples/amr-action-plan --output "$work/a" 2>/dev/null
TZ=America/Los_Angeles LANG=C "$shiryo" render samples/amr-action-plan --output "$work/b" 2>/dev/null
check "output is byte-identical across TZ and LANG" diff -r "$work/a" "$work/b"

# One document in one format to standard output.
"$shiryo" render samples/amr-action-plan --document summary --format json --output - >"$work/stdout.json" 2>/dev/null
check "--output - writes the document to standard output" cmp -s "$work/stdout.json" "$work/out/amr-action-plan.summary.json"
"$shiryo" render samples/amr-action-plan --output - >/dev/null 2>"$work/stdout.err"
check "--output - with two documents is refused" grep -q "writes one document in one format" "$work/stdout.err"

# A report with several mistakes: every one reported with file:line:column and key path,
# non-zero exit, nothing written.
cat >"$work/bad.yaml" <<'YAML'
title: 題
plan: {name: 計画, decidedOn: 2023-02-29, decidedBy: 会議}
fiscalYear: 2024
asOf: 2025-03-31
issued: draft
ministries: {mhlw: 厚生労働省}
goals:
  - title: 目標
    strategies:
      - title: 戦略
        ministries: [mhlww]
        actoins: [取組]
YAML
"$shiryo" validate "$work/bad.yaml" 2>"$work/validate.err"
check "validate exits non-zero on a bad file" test $? -ne 0
check "the bad date is reported with its position" grep -q "bad.yaml:2:29: error: plan.decidedOn: '2023-02-29' is not a day of the calendar" "$work/validate.err"
check "the unknown ministry is reported with a suggestion" grep -q "bad.yaml:11:22: error: goals\[0\].strategies\[0\].ministries\[0\]: unknown ministry id 'mhlww' (did you mean 'mhlw'?)" "$work/validate.err"
check "the unknown key is reported with a suggestion" grep -q "bad.yaml:12:9: error: goals\[0\].strategies\[0\].actoins: unknown key 'actoins' (did you mean 'actions'?)" "$work/validate.err"
check "the error count is given" grep -q "^3 errors in" "$work/validate.err"

"$shiryo" render samples/amr-action-plan "$work/bad.yaml" --output "$work/none" 2>"$work/render-bad.err"
check "render of a bad input exits non-zero" test $? -ne 0
check "render of a bad input writes nothing, not even the good input's files" test ! -e "$work/none"

# Mistakes of use are one line, not a stack trace.
"$shiryo" render samples/amr-action-plan --format pdff --output "$work/none" 2>"$work/format.err"
check "an unknown format exits non-zero" test $? -ne 0
check "an unknown format is one line naming the available ones" \
    test "$(cat "$work/format.err")" = "Error: unknown format 'pdff'; available formats: $("$shiryo" formats | grep -v '^ ' | cut -f1 | paste -sd, | sed 's/,/, /g'), or exec:PATH for a program that reads the document JSON"
"$shiryo" validate "$work/missing.yaml" 2>"$work/missing.err"
check "a missing file exits non-zero" test $? -ne 0
check "a missing file is one line" test "$(wc -l <"$work/missing.err")" -eq 1
check "a missing file is named" grep -q "missing.yaml: no such file or folder" "$work/missing.err"

"$shiryo" render --help >"$work/help.txt" 2>&1
check "render --help shows examples" grep -q "shiryo render samples/amr-action-plan" "$work/help.txt"
"$shiryo" formats >"$work/formats.txt"
check "formats lists json" grep -q "^json" "$work/formats.txt"

finish_checks
