#!/usr/bin/env bash
# Checks the PPTX renderer's output with the tools that judge it: openxml-audit, python-pptx,
# LibreOffice Impress (PDF) and poppler (pdfinfo, pdftotext, pdffonts). Installs what is
# missing (Debian and PyPI), renders the 概要 of every sample and of a synthetic report,
# and prints a final line "N passed, M failed"; exits non-zero on any failure.
#
#   scripts/pptx-tests.sh                 # from the repository root
#   SHIRYO=.build/release/shiryo SHIRYO_PPTX_KEEP=out/pptx scripts/pptx-tests.sh
#
set -uo pipefail
cd "$(dirname "$0")/.."
SHIRYO=${SHIRYO:-.build/debug/shiryo}
SYNTH=${SHIRYO_SYNTH:-$(dirname "$SHIRYO")/shiryo-synth}
SEEDS=${SHIRYO_SEEDS:-../shared/seeds}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/shiryo-pptx.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
passed=0
failed=0
pass() { echo "PASS $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1"; failed=$((failed + 1)); }
give_up() { echo "FAIL $1"; echo "$passed passed, $((failed + 1)) failed"; exit 1; }

# --- tools -----------------------------------------------------------------------------
apt_packages=()
command -v soffice >/dev/null && [ -e /usr/lib/libreoffice/program/libsdlo.so ] || apt_packages+=(libreoffice-impress-nogui)
command -v pdftotext >/dev/null && command -v pdfinfo >/dev/null || apt_packages+=(poppler-utils)
fc-list 2>/dev/null | grep "Noto Sans CJK JP" >/dev/null || apt_packages+=(fonts-noto-cjk)
if ((${#apt_packages[@]})); then
    echo "installing ${apt_packages[*]}"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
        "${apt_packages[@]}" >/dev/null || give_up "could not install ${apt_packages[*]}"
fi
python3 -c "import pptx" 2>/dev/null || pip install -q python-pptx
command -v openxml-audit >/dev/null || pip install -q openxml-audit
for tool in soffice pdftotext pdfinfo pdffonts openxml-audit; do
    command -v "$tool" >/dev/null || give_up "$tool is not available"
done

# --- renderings -------------------------------------------------------------------------
if [ ! -x "$SHIRYO" ] || [ ! -x "$SYNTH" ]; then
    swift build --product shiryo >/dev/null && swift build --product shiryo-synth >/dev/null || give_up "swift build"
fi
mkdir -p "$WORK/synthetic"
"$SYNTH" --goals 8 --strategies 4 --indicators 3 --output "$WORK/synthetic/report.yaml" || give_up "shiryo-synth"
inputs=(samples/* "$WORK/synthetic")
"$SHIRYO" render "${inputs[@]}" --document summary --format json --output "$WORK/json" >/dev/null 2>&1 \
    || give_up "shiryo render --format json"

# render OUT_DIR [ARGS…]: the 概要 of every input as PPTX into OUT_DIR.
render() { local out=$1; shift; "$SHIRYO" render "${inputs[@]}" --format pptx --output "$out" "$@" >/dev/null 2>"$WORK/render.log"; }

if TZ=UTC LANG=C LC_ALL=C render "$WORK/pptx"; then pass "render the 概要 of every input as PPTX"; else
    fail "render the 概要 of every input as PPTX"; tail -20 "$WORK/render.log"; fi
if [ "$(ls "$WORK/pptx" | grep -c '\.summary\.pptx$')" = "${#inputs[@]}" ] && ! ls "$WORK/pptx" | grep -q detail; then
    pass "--document all makes the 概要 deck of each input and no 詳細 deck"
else
    fail "expected one .summary.pptx per input and no .detail.pptx: $(ls "$WORK/pptx" | tr '\n' ' ')"
fi

# --- reproducibility ----------------------------------------------------------------------
if TZ=Asia/Tokyo LANG=ja_JP.UTF-8 render "$WORK/pptx-tokyo" && TZ=America/Los_Angeles LANG=en_US.UTF-8 render "$WORK/pptx-la"; then
    same=1
    for file in "$WORK"/pptx/*.pptx; do
        name=$(basename "$file")
        cmp -s "$file" "$WORK/pptx-tokyo/$name" && cmp -s "$file" "$WORK/pptx-la/$name" || { same=0; echo "  differs: $name"; }
    done
    if ((same)); then pass "identical bytes under TZ=UTC/Asia/Tokyo/America/Los_Angeles and C/ja_JP/en_US"; else
        fail "renders differ between time zones or locales"; fi
else
    fail "render under other TZ and LANG"
fi

# --- openxml-audit ----------------------------------------------------------------------------
for file in "$WORK"/pptx/*.pptx; do
    output=$(openxml-audit "$file" 2>&1)
    if grep -q "^Errors: 0" <<<"$output"; then pass "openxml-audit: 0 errors in $(basename "$file")"; else
        fail "openxml-audit $(basename "$file")"; echo "$output" | tail -20; fi
done

# --- LibreOffice Impress and python-pptx ------------------------------------------------------
mkdir -p "$WORK/pdf"
if timeout 300 soffice --headless --norestore -env:UserInstallation=file://"$WORK/lo-profile" \
    --convert-to pdf --outdir "$WORK/pdf" "$WORK"/pptx/*.pptx >"$WORK/soffice.log" 2>&1; then
    pass "LibreOffice Impress converts every deck to PDF"
else
    fail "LibreOffice Impress conversion"; tail -5 "$WORK/soffice.log"
fi
python3 scripts/pptx_checks.py "$WORK/json" "$WORK/pptx" "$WORK/pdf" "$SEEDS" | tee "$WORK/checks.log"
passed=$((passed + $(grep -c '^PASS' "$WORK/checks.log")))
failed=$((failed + $(grep -c '^FAIL' "$WORK/checks.log")))

# --- options: 16:9, a reference deck, refusals that write nothing ------------------------------
sample=samples/amr-action-plan
if "$SHIRYO" render "$sample" --format pptx --option slide-size=16:9 --output "$WORK/wide" >/dev/null 2>&1 \
    && python3 -c "import pptx,sys; p=pptx.Presentation(sys.argv[1]); sys.exit(0 if (p.slide_width,p.slide_height)==(12192000,6858000) else 1)" \
        "$WORK/wide/amr-action-plan.summary.pptx"; then
    pass "--option slide-size=16:9 makes a 16:9 deck"
else
    fail "--option slide-size=16:9"
fi
if "$SHIRYO" render "$sample" --format pptx --option reference-pptx="$WORK/wide/amr-action-plan.summary.pptx" \
        --output "$WORK/referenced" >/dev/null 2>&1 \
    && python3 -c "import pptx,sys; p=pptx.Presentation(sys.argv[1]); sys.exit(0 if (p.slide_width,p.slide_height)==(12192000,6858000) else 1)" \
        "$WORK/referenced/amr-action-plan.summary.pptx" \
    && openxml-audit "$WORK/referenced/amr-action-plan.summary.pptx" 2>&1 | grep -q "^Errors: 0"; then
    pass "--reference-pptx takes the reference deck's slide size and master, openxml-audit 0 errors"
else
    fail "--reference-pptx with a deck of our own"
fi
# python-pptx's default template is a deck saved by PowerPoint itself (4:3, eleven layouts).
python3 -c "import pptx, sys; pptx.Presentation().save(sys.argv[1])" "$WORK/powerpoint.pptx"
if "$SHIRYO" render "$sample" --format pptx --option reference-pptx="$WORK/powerpoint.pptx" \
        --output "$WORK/powerpoint" >/dev/null 2>&1 \
    && python3 - "$WORK/powerpoint/amr-action-plan.summary.pptx" <<'PY'
import sys
import pptx
deck = pptx.Presentation(sys.argv[1])
assert (deck.slide_width, deck.slide_height) == (9144000, 6858000), (deck.slide_width, deck.slide_height)
names = [slide.slide_layout.name for slide in deck.slides]
assert names[0] == "Title Slide" and all(n in ("Title Slide", "Title and Content", "Two Content") for n in names), names
assert len(deck.slide_layouts) == 11, len(deck.slide_layouts)
for slide in deck.slides:
    for shape in slide.shapes:
        assert shape.left + shape.width <= deck.slide_width and shape.top + shape.height <= deck.slide_height, shape.name
PY
then
    pass "a deck saved by PowerPoint as --reference-pptx: its 4:3 size, master and eleven layouts, slides on its layouts"
else
    fail "--reference-pptx with PowerPoint's own default deck"
fi
if openxml-audit "$WORK/powerpoint/amr-action-plan.summary.pptx" 2>&1 | grep -q "^Errors: 0"; then
    pass "openxml-audit: 0 errors in the deck made on PowerPoint's master"
else
    fail "openxml-audit on the deck made on PowerPoint's master"; openxml-audit "$WORK/powerpoint/amr-action-plan.summary.pptx" | tail -10
fi
printf 'not a deck' >"$WORK/broken.pptx"
(cd "$WORK" && zip -q not-a-deck.pptx broken.pptx 2>/dev/null) || python3 -c "import zipfile,sys; zipfile.ZipFile(sys.argv[1],'w').writestr('a.txt','x')" "$WORK/not-a-deck.pptx"
for reference in "$WORK/broken.pptx" "$WORK/not-a-deck.pptx" "$WORK/missing.pptx"; do
    message=$("$SHIRYO" render "$sample" --format pptx --option reference-pptx="$reference" --output "$WORK/refused" 2>&1)
    status=$?
    if [ "$status" -ne 0 ] && grep -q "$reference" <<<"$message" && [ ! -e "$WORK/refused" ]; then
        pass "a bad --reference-pptx ($(basename "$reference")) is refused naming it, nothing written"
    else
        fail "bad --reference-pptx $(basename "$reference"): status $status, message: $message"
    fi
done
message=$("$SHIRYO" render "$sample" --document detail --format pptx --output "$WORK/detail" 2>&1)
status=$?
if [ "$status" -ne 0 ] && grep -q "docx" <<<"$message" && [ ! -e "$WORK/detail" ]; then
    pass "--document detail --format pptx is refused naming docx, nothing written"
else
    fail "--document detail --format pptx: status $status, message: $message"
fi

if [ -n "${SHIRYO_PPTX_KEEP:-}" ]; then
    mkdir -p "$SHIRYO_PPTX_KEEP" && cp -r "$WORK/pptx" "$WORK/pdf" "$SHIRYO_PPTX_KEEP"/ && echo "kept output in $SHIRYO_PPTX_KEEP"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
