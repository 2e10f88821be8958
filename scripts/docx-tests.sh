#!/usr/bin/env bash
# Checks the DOCX renderer's output with the tools that judge it: openxml-audit,
# LibreOffice (PDF), poppler (pdftotext, pdfinfo), python-docx and pandoc. Installs what
# is missing (Debian and PyPI), renders both documents of every sample, and prints a
# final line "N passed, M failed"; exits non-zero on any failure.
#
#   scripts/docx-tests.sh                 # from the repository root
#   SHIRYO=.build/release/shiryo scripts/docx-tests.sh
#
set -uo pipefail
cd "$(dirname "$0")/.."
SHIRYO=${SHIRYO:-.build/debug/shiryo}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/shiryo-docx.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
passed=0
failed=0
pass() { echo "PASS $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1"; failed=$((failed + 1)); }

# --- tools -----------------------------------------------------------------------------
apt_packages=()
command -v soffice >/dev/null && [ -e /usr/lib/libreoffice/program/libswlo.so ] || apt_packages+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null && command -v pdfinfo >/dev/null || apt_packages+=(poppler-utils)
command -v pandoc >/dev/null || apt_packages+=(pandoc)
fc-list 2>/dev/null | grep "Noto Sans CJK JP" >/dev/null || apt_packages+=(fonts-noto-cjk)
if ((${#apt_packages[@]})); then
    echo "installing ${apt_packages[*]}"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
        "${apt_packages[@]}" >/dev/null || { echo "FAIL could not install ${apt_packages[*]}"; echo "0 passed, 1 failed"; exit 1; }
fi
python3 -c "import docx, lxml" 2>/dev/null || pip install -q python-docx lxml
python3 -c "import PIL" 2>/dev/null || pip install -q pillow  # scripts/watermark_check.py looks at the pages
command -v openxml-audit >/dev/null || pip install -q openxml-audit
for tool in soffice pdftotext pdfinfo pandoc openxml-audit; do
    command -v "$tool" >/dev/null || { echo "FAIL $tool is not available"; echo "0 passed, 1 failed"; exit 1; }
done

# --- CLI and renderings ----------------------------------------------------------------
if [ ! -x "$SHIRYO" ]; then
    swift build --product shiryo >/dev/null || { echo "FAIL swift build --product shiryo"; echo "0 passed, 1 failed"; exit 1; }
fi
"$SHIRYO" render samples/* --format json --output "$WORK/json" >"$WORK/json.log" 2>&1 \
    || { echo "FAIL shiryo render --format json"; echo "0 passed, 1 failed"; exit 1; }

# render OUT_DIR: the DOCX of every sample document into OUT_DIR.
render() { "$SHIRYO" render samples/* --format docx --output "$1" >/dev/null 2>"$WORK/render.log"; }

if TZ=UTC LANG=C LC_ALL=C render "$WORK/docx"; then pass "render every sample as DOCX"; else
    fail "render every sample as DOCX"; tail -20 "$WORK/render.log" 2>/dev/null; fi

# --- reproducibility: another time zone and locale give the same bytes ------------------
if TZ=Asia/Tokyo LANG=ja_JP.UTF-8 render "$WORK/docx-tokyo" \
    && TZ=America/Los_Angeles LANG=en_US.UTF-8 render "$WORK/docx-la"; then
    same=1
    for file in "$WORK"/docx/*.docx; do
        name=$(basename "$file")
        cmp -s "$file" "$WORK/docx-tokyo/$name" && cmp -s "$file" "$WORK/docx-la/$name" || { same=0; echo "  differs: $name"; }
    done
    if ((same)); then pass "identical bytes under TZ=UTC/Asia/Tokyo/America/Los_Angeles and C/ja_JP/en_US"; else
        fail "renders differ between time zones or locales"; fi
else
    fail "render under other TZ and LANG"
fi

# --- the real clients -------------------------------------------------------------------
python3 scripts/docx_checks.py "$WORK/json" "$WORK/docx" "$WORK/pdf" | tee "$WORK/checks.log"
checks_passed=$(grep -c '^PASS' "$WORK/checks.log")
checks_failed=$(grep -c '^FAIL' "$WORK/checks.log")
passed=$((passed + checks_passed))
failed=$((failed + checks_failed))
# --- --reference-docx with an office template that has its own numbering ----------------
# python-docx's default template has a numbering part (abstractNum 0-8, num 1-9) and styles
# such as "List Number" that point at it. Its definitions must be kept with their ids, ours
# numbered past them, and the lists must print the markers they print without a template.
python3 -c 'import docx, sys; docx.Document().save(sys.argv[1])' "$WORK/office.docx"
if "$SHIRYO" render samples/* --format docx --reference-docx "$WORK/office.docx" \
        --output "$WORK/office-out" >/dev/null 2>"$WORK/office.log" \
    && "$SHIRYO" render samples/* --format docx --reference-docx "$WORK/office.docx" \
        --output "$WORK/office-again" >/dev/null 2>&1 \
    && diff -r "$WORK/office-out" "$WORK/office-again" >/dev/null; then
    pass "render every sample with python-docx's template (it has numbering) as --reference-docx, twice the same bytes"
else
    fail "render with python-docx's template as --reference-docx"; tail -5 "$WORK/office.log"
fi
mkdir -p "$WORK/office-pdf"
timeout 300 soffice --headless --norestore -env:UserInstallation=file://"$WORK/lo-office" \
    --convert-to pdf --outdir "$WORK/office-pdf" "$WORK"/office-out/*.detail.docx >"$WORK/office-soffice.log" 2>&1
for office_docx in "$WORK"/office-out/*.detail.docx; do
    name=$(basename "$office_docx" .docx)
    if openxml-audit "$office_docx" 2>&1 | grep -q "^Errors: 0"; then
        pass "$name with the template's numbering and ours: openxml-audit 0 errors"
    else
        fail "$name: openxml-audit with the template's numbering"; openxml-audit "$office_docx" 2>&1 | tail -10
    fi
    if python3 - "$WORK/office.docx" "$office_docx" <<'EOF'
import sys, zipfile
import docx
from docx.oxml.ns import qn
from lxml import etree

def numbering(path):
    root = etree.fromstring(zipfile.ZipFile(path).read("word/numbering.xml"))
    abstracts = {a.get(qn("w:abstractNumId")): a for a in root.findall(qn("w:abstractNum"))}
    nums = {n.get(qn("w:numId")): n.find(qn("w:abstractNumId")).get(qn("w:val")) for n in root.findall(qn("w:num"))}
    order = [etree.QName(c).localname for c in root if etree.QName(c).localname in ("abstractNum", "num")]
    return abstracts, nums, order

template_abstracts, template_nums, _ = numbering(sys.argv[1])
abstracts, nums, order = numbering(sys.argv[2])
problems = []
if order != sorted(order):  # "abstractNum" < "num": every definition before any instance
    problems.append("a w:num before a w:abstractNum")
for id, definition in template_abstracts.items():
    if id not in abstracts or etree.tostring(abstracts[id], method="c14n") != etree.tostring(definition, method="c14n"):
        problems.append(f"the template's abstractNum {id} is not kept as it was")
for id, abstract in template_nums.items():
    if nums.get(id) != abstract:
        problems.append(f"the template's num {id} points at {nums.get(id)}, not {abstract}")
document = docx.Document(sys.argv[2])  # python-docx opens it
used = {n.get(qn("w:val")) for n in document.element.body.iter(qn("w:numId"))}
if not used:
    problems.append("no list in the body")
for id in used:
    if int(id) <= max(map(int, template_nums)) or int(nums.get(id, "-1")) <= max(map(int, template_abstracts)):
        problems.append(f"our list {id} (definition {nums.get(id)}) collides with the template's ids")
style = document.styles["List Number"].element.find(qn("w:pPr")).find(qn("w:numPr")).find(qn("w:numId")).get(qn("w:val"))
if nums.get(style) != template_nums[style]:
    problems.append(f"List Number's numId {style} no longer reaches the template's definition")
if problems:
    print("\n".join(problems))
sys.exit(1 if problems else 0)
EOF
    then
        pass "$name: python-docx opens it; the template's definitions kept with their ids, List Number on its own, our lists past them"
    else
        fail "$name: the template's numbering and ours"
    fi
    if [ -s "$WORK/office-pdf/$name.pdf" ]; then
        pass "$name: LibreOffice converts it to PDF"
    else
        fail "$name: LibreOffice conversion with the template's numbering"; tail -5 "$WORK/office-soffice.log"
    fi
    # Every list item of the model printed behind its marker (・, •, ○), as without a template.
    if python3 - "$WORK/json/$name.json" "$WORK/pdf/$name.pdf" "$WORK/office-pdf/$name.pdf" <<'EOF'
import json, re, subprocess, sys

MARKERS = {"bullet": "•", "dot": "・", "circle": "○"}

def texts(node):
    if isinstance(node, dict):
        return ([node["text"]] if node.get("type") == "text" else []) + [t for v in node.values() for t in texts(v)]
    if isinstance(node, list):
        return [t for v in node for t in texts(v)]
    return []

def items(node):
    """Marker and the first characters of every list item with a marker."""
    found = []
    if isinstance(node, dict):
        if node.get("type") == "list" and node.get("style") in MARKERS:
            found += [MARKERS[node["style"]] + re.sub(r"\s", "", "".join(texts(item[:1])))[:4] for item in node["items"]]
        found += [i for v in node.values() for i in items(v)]
    elif isinstance(node, list):
        found += [i for v in node for i in items(v)]
    return found

expected = items(json.load(open(sys.argv[1], encoding="utf-8")))
ok = bool(expected)
for pdf in sys.argv[2:]:
    text = re.sub(r"\s", "", subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout)
    missing = [i for i in expected if i not in text]
    print(f"  {pdf.split('/')[-2]}: {len(expected) - len(missing)} of {len(expected)} items behind their marker"
          + (f", missing {missing[:5]}" if missing else ""))
    ok = ok and not missing
sys.exit(0 if ok else 1)
EOF
    then
        pass "$name: pdftotext shows every list item behind its marker, with the template as without"
    else
        fail "$name: list markers with the template's numbering"
    fi
done

# A template whose numbering part is broken is refused naming it and the part, nothing written.
python3 - "$WORK/office.docx" "$WORK/broken-numbering.docx" <<'EOF'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as source, zipfile.ZipFile(sys.argv[2], "w") as target:
    for item in source.infolist():
        data = source.read(item)
        if item.filename == "word/numbering.xml":
            data = data.replace(b"</w:numbering>", b"")
        target.writestr(item, data)
EOF
message=$("$SHIRYO" render samples/amr-action-plan --format docx --reference-docx "$WORK/broken-numbering.docx" \
    --output "$WORK/refused" 2>&1)
status=$?
if [ "$status" -ne 0 ] && grep -q "$WORK/broken-numbering.docx" <<<"$message" && grep -q "word/numbering.xml is not well-formed" <<<"$message" \
    && [ ! -e "$WORK/refused" ]; then
    pass "a template with a broken numbering part is refused naming it and the part, nothing written"
else
    fail "broken numbering part in the template: status $status, message: $message"
fi

if [ -n "${SHIRYO_DOCX_KEEP:-}" ]; then
    mkdir -p "$SHIRYO_DOCX_KEEP" && cp -r "$WORK/docx" "$WORK/pdf" "$WORK/office-out" "$WORK/office-pdf" "$SHIRYO_DOCX_KEEP"/ \
        && echo "kept output in $SHIRYO_DOCX_KEEP"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
