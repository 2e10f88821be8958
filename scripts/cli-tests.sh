#!/usr/bin/env bash
# Checks the command-line tool as a user meets it: what it writes, what it prints, how it
# exits, and that a failed run writes nothing.
set -uo pipefail
cd "$(dirname "$0")/.."
swift build --product shiryo >/dev/null || exit 1
shiryo="$(pwd)/.build/debug/shiryo"
work=$(mktemp -d)
trap 'umount "$work/io/full" 2>/dev/null; chattr -i "$work/io/immutable" 2>/dev/null; rm -rf "$work"' EXIT
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

# On a terminal (script gives the run one), progress is shown on standard error and cleared
# before the list of files: of the outputs for one input, of the inputs for a batch. Not
# otherwise: the render above wrote to a file.
script -qec "'$shiryo' render samples/amr-action-plan --format json text --output '$work/progress-one'" /dev/null \
    >"$work/progress-one.tty"
check "one input on a terminal counts its outputs" grep -q "rendered 4 of 4 outputs" "$work/progress-one.tty"
check "the progress line is cleared before the files are listed" \
    grep -q $'outputs\r\033\\[Kwrote ' "$work/progress-one.tty"
script -qec "'$shiryo' render samples/* --output '$work/progress-batch'" /dev/null >"$work/progress-batch.tty"
check "a batch on a terminal counts its inputs" grep -q "rendered 2 of 2" "$work/progress-batch.tty"
check "no progress when standard error is not a terminal" bash -c "! grep -q 'rendered' '$work/render.err'"

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

# Output-side failures: one line in the user's terms, never a Foundation dump, and the output
# folder as it was (issue 10).
mkdir -p "$work/io"
cp -r samples/amr-action-plan "$work/io/report-folder"
no_dump() { ! grep -q "Error Domain\|NSCocoaErrorDomain\|UserInfo" "$1"; }
output_failure() {  # output_failure NAME EXPECTED-WORDS -- shiryo arguments…
    local name=$1 words=$2
    shift 3
    "$shiryo" "$@" 2>"$work/io/$name.err" >/dev/null
    local status=$?
    check "$name: exits 1" test "$status" -eq 1
    check "$name: says '$words'" grep -qF -- "$words" "$work/io/$name.err"
    check "$name: one line" test "$(wc -l <"$work/io/$name.err")" -eq 1
    check "$name: no Foundation dump" no_dump "$work/io/$name.err"
}
output_failure "--output naming a file" "it is a file, not a folder; give --output a folder" -- \
    render samples/amr-action-plan --output "$work/io/report-folder/report.yaml"
output_failure "--output under a file" "a part of the path is a file, not a folder" -- \
    render samples/amr-action-plan --output "$work/io/report-folder/report.yaml/out"
mkdir -p "$work/io/taken/amr-action-plan.detail.json"
echo old >"$work/io/taken/amr-action-plan.summary.json"
output_failure "an output name taken by a folder" "a folder of that name is in the way" -- \
    render samples/amr-action-plan --output "$work/io/taken"
check "an output name taken by a folder: the other file is left as it was" \
    test "$(cat "$work/io/taken/amr-action-plan.summary.json")" = old
check "an output name taken by a folder: no staging folder is left" \
    test "$(ls -A "$work/io/taken" | wc -l)" -eq 2
mkdir -p "$work/io/folder-report/report.yaml"
output_failure "report.yaml being a folder" "report.yaml: is a folder, not a file" -- \
    validate "$work/io/folder-report"
mkdir -p "$work/io/limited"
echo old >"$work/io/limited/amr-action-plan.summary.xhtml"
(ulimit -f 32; "$shiryo" render samples/amr-action-plan --format xhtml --output "$work/io/limited" \
    2>"$work/io/limited.err" >/dev/null; echo $? >"$work/io/limited.rc")
check "a file-size limit: exits 1" test "$(cat "$work/io/limited.rc")" -eq 1
check "a file-size limit: says so" grep -qF "the file would be larger than the file-size limit" "$work/io/limited.err"
check "a file-size limit: nothing written, the old file kept" \
    test "$(ls -A "$work/io/limited")" = amr-action-plan.summary.xhtml -a "$(cat "$work/io/limited/amr-action-plan.summary.xhtml")" = old
if [ "$(id -u)" -ne 0 ]; then
    mkdir -p "$work/io/readonly" && chmod 555 "$work/io/readonly"
    output_failure "an unwritable folder" "permission denied" -- \
        render samples/amr-action-plan --output "$work/io/readonly"
fi
# An immutable folder and a full disk need root (chattr, mount): checked where they can be made.
mkdir -p "$work/io/immutable"
if chattr +i "$work/io/immutable" 2>/dev/null; then
    output_failure "an immutable folder" "permission denied (the folder is not writable, or the file is immutable)" -- \
        render samples/amr-action-plan --output "$work/io/immutable"
    chattr -i "$work/io/immutable"
fi
mkdir -p "$work/io/full"
if mount -t tmpfs -o size=64k tmpfs "$work/io/full" 2>/dev/null; then
    echo old >"$work/io/full/amr-action-plan.summary.xhtml"
    output_failure "a full disk" "the disk is full; free some space" -- \
        render samples/amr-action-plan --format xhtml --output "$work/io/full"
    check "a full disk: nothing written, the old file kept" \
        test "$(ls -A "$work/io/full")" = amr-action-plan.summary.xhtml -a "$(cat "$work/io/full/amr-action-plan.summary.xhtml")" = old
    umount "$work/io/full"
fi

touch "$work/io/a-file"
output_failure "templates --output under a file" "a-file is a file, not a folder" -- \
    templates --output "$work/io/a-file/templates"

# Two bad inputs: render lists the problems of both, as validate does.
printf 'title: a\n' >"$work/io/bad1.yaml"
printf 'title: b\nfiscalYear: "2024"\n' >"$work/io/bad2.yaml"
"$shiryo" render "$work/io/bad1.yaml" "$work/io/bad2.yaml" --output "$work/io/none" 2>"$work/io/two.err"
check "render of two bad inputs exits 1" test $? -eq 1
check "render of two bad inputs reports the first" grep -q "bad1.yaml:1:1: error" "$work/io/two.err"
check "render of two bad inputs reports the second" grep -q "bad2.yaml:2:13: error: fiscalYear:" "$work/io/two.err"
check "render of two bad inputs writes nothing" test ! -e "$work/io/none"

# --- several inputs at once (--jobs) ----------------------------------------------------------
"$shiryo" render samples/* --format docx text --jobs 1 --output "$work/jobs1" 2>/dev/null
"$shiryo" render samples/* --format docx text --jobs 4 --output "$work/jobs4" 2>/dev/null
check "--jobs 4 writes the same files and bytes as --jobs 1" diff -r "$work/jobs1" "$work/jobs4"
"$shiryo" render "$work/io/bad1.yaml" samples/amr-action-plan "$work/io/bad2.yaml" --jobs 3 --output "$work/io/jobs" \
    2>"$work/io/jobs.err"
check "render --jobs 3 with bad inputs exits 1" test $? -eq 1
check "render --jobs 3 reports the bad inputs in input order" \
    test "$(grep -o 'bad[12]\.yaml' "$work/io/jobs.err" | uniq | tr '\n' ' ')" = "bad1.yaml bad2.yaml "
check "render --jobs 3 with a bad input writes nothing" test ! -e "$work/io/jobs"
"$shiryo" render samples/amr-action-plan --jobs 0 --output "$work/io/jobs0" 2>"$work/io/jobs0.err"
check "--jobs 0 is refused" grep -q "jobs 0" "$work/io/jobs0.err"

finish_checks
