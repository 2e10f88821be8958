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
command -v soffice >/dev/null || apt_packages+=(libreoffice-writer-nogui)
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
if [ -n "${SHIRYO_DOCX_KEEP:-}" ]; then
    mkdir -p "$SHIRYO_DOCX_KEEP" && cp -r "$WORK/docx" "$WORK/pdf" "$SHIRYO_DOCX_KEEP"/ && echo "kept output in $SHIRYO_DOCX_KEEP"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
