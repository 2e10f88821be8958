#!/usr/bin/env bash
# Checks the ways Shiryo is extended and installed, as a user meets them:
#   - `--format exec:PATH` with small scripts: one that works, one that fails, one that hangs;
#   - the templates built in by the EmbedTemplates plugin, used by a binary installed away
#     from the package, and `--templates DIR` over them;
#   - `swift package generate-documents`, the command plugin, rendering every sample in
#     every format (pdf needs WeasyPrint: run after scripts/xhtml-tests.sh, or with it installed).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
swift build -c release --product shiryo >/dev/null || exit 1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shellcheck source=scripts/checks.sh
source scripts/checks.sh

# An installed binary: copied away from the package and run from a folder with no templates/.
mkdir -p "$work/bin" "$work/elsewhere"
cp .build/release/shiryo "$work/bin/shiryo"
shiryo="$work/bin/shiryo"
sample="$root/samples/amr-action-plan"

# --- exec: external renderers ------------------------------------------------------------
cat >"$work/to-outline.py" <<'PY'
#!/usr/bin/env python3
"""Prints the document's title and its headings, one per line: a tiny external format."""
import json, os, sys
envelope = json.load(sys.stdin)
assert envelope["schemaVersion"] == int(os.environ["SHIRYO_SCHEMA_VERSION"])
document = envelope["document"]
print(os.environ["SHIRYO_DOCUMENT"], document["metadata"]["title"])
def walk(blocks):
    for block in blocks:
        if block.get("type") == "heading":
            print("#" * block["level"], "".join(i.get("text", "") for i in block["content"]))
        for key in ("blocks", "children"):
            if isinstance(block.get(key), list):
                walk(block[key])
walk(document["blocks"])
PY
printf '#!/bin/sh\ncat >/dev/null\necho "this renderer cannot draw tables" >&2\nexit 2\n' >"$work/failing.sh"
printf '#!/bin/sh\nsleep 60\n' >"$work/hanging.sh"
chmod +x "$work/to-outline.py" "$work/failing.sh" "$work/hanging.sh"

(cd "$work/elsewhere" && "$shiryo" render "$sample" --format "exec:$work/to-outline.py" --exec-extension outline \
    --output "$work/exec-out" 2>"$work/exec.err")
check "an exec: format renders both documents" test $? -eq 0
check "its files take the chosen extension" test -s "$work/exec-out/amr-action-plan.summary.outline" \
    -a -s "$work/exec-out/amr-action-plan.detail.outline"
check "the program was given the document JSON" \
    grep -q "^detail 「薬剤耐性（AMR）対策アクションプラン" "$work/exec-out/amr-action-plan.detail.outline"
# A relative program path is relative to where shiryo runs, not to the report's folder.
(cd "$work" && "$shiryo" render "$sample" --document summary --format exec:./to-outline.py --output - \
    >"$work/relative.out" 2>"$work/relative.err")
check "exec: with a relative path runs the program" grep -q "^summary " "$work/relative.out"

"$shiryo" render "$sample" --format json "exec:$work/failing.sh" --output "$work/failed-out" 2>"$work/failing.err"
check "a failing exec: program exits non-zero" test $? -ne 0
check "a failing exec: program's error is shown" grep -q "exited with status 2; its last error output:" "$work/failing.err"
check "a failing exec: program's own message is shown" grep -q "this renderer cannot draw tables" "$work/failing.err"
check "a failing exec: program leaves no output at all" test ! -e "$work/failed-out"

start=$(date +%s)
"$shiryo" render "$sample" --format "exec:$work/hanging.sh" --exec-timeout 2 --output "$work/hung-out" 2>"$work/hanging.err"
status=$?
check "a hanging exec: program exits non-zero" test $status -ne 0
check "a hanging exec: program is stopped in time" test $(($(date +%s) - start)) -lt 20
check "a hanging exec: program's error names the timeout" grep -q "did not finish within 2 seconds and was stopped" "$work/hanging.err"
check "a hanging exec: program leaves no output" test ! -e "$work/hung-out"

"$shiryo" render "$sample" --format exec:./no-such-program --output "$work/missing-out" 2>"$work/missing.err"
check "a missing exec: program is one line" test "$(cat "$work/missing.err")" \
    = "Error: exec:./no-such-program: ./no-such-program is not an executable file (check the path, and chmod +x it)"

# --- templates built in, and --templates over them ---------------------------------------
(cd "$work/elsewhere" && "$shiryo" render "$sample" --format xhtml --output "$work/installed" 2>/dev/null)
check "the installed binary renders XHTML away from the package" test -s "$work/installed/amr-action-plan.detail.xhtml"
check "its stylesheet is the built-in templates/xhtml/*.css" python3 - "$work/installed" "$root/templates/xhtml" <<'PY'
import pathlib, sys
out, templates = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
for document, specific in (("detail", "report.css"), ("summary", "slides.css")):
    text = (out / f"amr-action-plan.{document}.xhtml").read_text(encoding="utf-8")
    for name in ("common.css", specific):
        css = (templates / name).read_text(encoding="utf-8")
        assert css in text, f"{document}: {name} is not embedded"
PY
(cd "$work/elsewhere" && "$shiryo" templates --output "$work/my-templates" 2>/dev/null)
check "shiryo templates writes the built-in templates, which are the files of templates/" python3 - "$root/templates" "$work/my-templates" <<'PY'
import pathlib, sys
def files(root):
    root = pathlib.Path(root)
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*")
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts)}
sys.exit(files(sys.argv[1]) != files(sys.argv[2]))
PY
"$shiryo" templates --output "$work/my-templates" 2>"$work/templates-again.err"
check "shiryo templates does not overwrite" test $? -ne 0
sed -i 's/^/ /' "$work/my-templates/xhtml/report.css"
echo "h1 { letter-spacing: 0.25em; }" >>"$work/my-templates/xhtml/report.css"
rm "$work/my-templates/xhtml/common.css"
(cd "$work/elsewhere" && "$shiryo" render "$sample" --document detail --format xhtml --templates "$work/my-templates" \
    --output - >"$work/custom.xhtml" 2>/dev/null)
check "--templates replaces a template" grep -q "h1 { letter-spacing: 0.25em; }" "$work/custom.xhtml"
check "--templates keeps the built-in ones it does not have" \
    python3 -c "import sys; sys.exit(open('$root/templates/xhtml/common.css').read() not in open('$work/custom.xhtml').read())"
"$shiryo" render "$sample" --format xhtml --templates "$work/no-such-folder" --output "$work/t" 2>/dev/null
check "--templates with a missing folder is refused" test $? -ne 0 -a ! -e "$work/t"

# --- options -------------------------------------------------------------------------------
"$shiryo" render "$sample" --format docx --width 60 --output "$work/o" 2>"$work/option.err"
check "an option the chosen formats do not read is refused" test $? -ne 0 -a ! -e "$work/o"
check "... and says which format reads it" grep -q "option 'width' is not read by docx (it is an option of text)" "$work/option.err"
"$shiryo" render "$sample" --document summary --format text --option width=64 --option ascii --output - >"$work/w.txt" 2>/dev/null
check "--option sets a format's option" python3 -c "
import sys
lines = open('$work/w.txt', encoding='utf-8').read().splitlines()
sys.exit(not (max(map(len, lines)) <= 64 and lines[0].startswith('+')))"
"$shiryo" formats >"$work/formats.txt"
check "shiryo formats lists the options" grep -q "^  --option width=N" "$work/formats.txt"

# --- the command plugin ----------------------------------------------------------------------
rm -rf output
swift package --allow-writing-to-package-directory generate-documents >"$work/plugin.log" 2>&1
status=$?
check "swift package generate-documents succeeds" test $status -eq 0
[ $status -ne 0 ] && tail -20 "$work/plugin.log"
formats=$("$shiryo" formats | grep -v '^ ' | cut -f1)
for name in kansensho-kihon-senryaku amr-action-plan; do
    for document in summary detail; do
        for format in $formats; do
            # pptx makes the 概要 only: --document all skips the 詳細 for it.
            [ "$format.$document" = pptx.detail ] && continue
            extension=$("$shiryo" formats | grep -v '^ ' | awk -F'\t' -v f="$format" '$1 == f { print substr($2, 2) }')
            check "generate-documents wrote $name.$document.$extension" test -s "output/$name.$document.$extension"
        done
    done
done
swift package --allow-writing-to-package-directory generate-documents --format text --output "$work/plugin-text" \
    samples/amr-action-plan >"$work/plugin2.log" 2>&1
check "generate-documents takes inputs, formats and a folder" \
    test "$(ls "$work/plugin-text")" = "$(printf 'amr-action-plan.detail.txt\namr-action-plan.summary.txt')"
swift package --allow-writing-to-package-directory generate-documents --colour red >"$work/plugin3.log" 2>&1
check "generate-documents refuses an unknown option" test $? -ne 0

finish_checks
