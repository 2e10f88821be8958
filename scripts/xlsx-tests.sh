#!/usr/bin/env bash
# Judges the 照会 round trip (shiryo inquiry) with programs nobody here wrote: openpyxl
# opens every workbook and checks its sheets, locked cells, data validations and values;
# openxml-audit must report 0 errors; LibreOffice Calc converts each workbook to PDF and
# CSV. Installs what is missing (Debian and PyPI) and prints "N passed, M failed".
#
#   scripts/xlsx-tests.sh
#   SHIRYO=.build/release/shiryo scripts/xlsx-tests.sh
#
set -uo pipefail
cd "$(dirname "$0")/.."
SHIRYO=${SHIRYO:-.build/debug/shiryo}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/shiryo-xlsx.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
passed=0
failed=0
pass() { echo "PASS $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1"; failed=$((failed + 1)); }
finish() { echo "$passed passed, $failed failed"; [ "$failed" -eq 0 ]; exit $?; }

# --- tools -----------------------------------------------------------------------------
apt_packages=()
# Calc itself, not only the soffice that Writer brings.
dpkg -s libreoffice-calc-nogui >/dev/null 2>&1 || dpkg -s libreoffice-calc >/dev/null 2>&1 \
    || apt_packages+=(libreoffice-calc-nogui)
fc-list 2>/dev/null | grep -q "Noto Sans CJK JP" || apt_packages+=(fonts-noto-cjk)
if ((${#apt_packages[@]})); then
    echo "installing ${apt_packages[*]}"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
        "${apt_packages[@]}" >/dev/null || { fail "could not install ${apt_packages[*]}"; finish; }
fi
python3 -c "import openpyxl" 2>/dev/null || pip install -q openpyxl
python3 -c "import yaml" 2>/dev/null || pip install -q pyyaml
command -v openxml-audit >/dev/null || pip install -q openxml-audit
python3 -c "import openpyxl, yaml" 2>/dev/null || { fail "openpyxl or PyYAML is not available"; finish; }
for tool in soffice openxml-audit; do
    command -v "$tool" >/dev/null || { fail "$tool is not available"; finish; }
done
if [ ! -x "$SHIRYO" ]; then
    swift build --product shiryo >/dev/null || { fail "swift build --product shiryo"; finish; }
fi

# --- make: every sample's workbooks -----------------------------------------------------
for sample in samples/*/; do
    name=$(basename "$sample")
    out="$WORK/make/$name"
    if TZ=UTC LC_ALL=C "$SHIRYO" inquiry make "$sample" --output "$out" --deadline "2025年4月15日" >/dev/null 2>"$WORK/make.log"; then
        pass "$name: inquiry make"
    else
        fail "$name: inquiry make"; cat "$WORK/make.log"; continue
    fi
    if TZ=Asia/Tokyo LANG=ja_JP.UTF-8 "$SHIRYO" inquiry make "$sample" --output "$out-again" --deadline "2025年4月15日" >/dev/null 2>&1 \
        && diff -r "$out" "$out-again" >/dev/null; then
        pass "$name: byte-identical workbooks under another time zone and locale"
    else
        fail "$name: workbooks differ between runs"
    fi
    if python3 scripts/xlsx_checks.py check-made "$out" >"$WORK/openpyxl.log" 2>&1; then
        pass "$name: openpyxl: sheets, locked cells, validations, widths ($(grep -c '^PASS' "$WORK/openpyxl.log") checks)"
    else
        fail "$name: openpyxl"; grep -v '^PASS' "$WORK/openpyxl.log" | head -20
    fi
    for book in "$out"/*.xlsx; do
        report=$(openxml-audit "$book" 2>&1)
        if echo "$report" | grep -q "^Errors: 0"; then pass "$name/$(basename "$book"): openxml-audit 0 errors"; else
            fail "$name/$(basename "$book"): openxml-audit"; echo "$report" | head -20; fi
    done
    # LibreOffice Calc: every workbook to PDF, and its sheets to CSV.
    if timeout 300 soffice --headless --convert-to pdf --outdir "$WORK/pdf/$name" "$out"/*.xlsx >/dev/null 2>&1 \
        && [ "$(ls "$WORK/pdf/$name"/*.pdf 2>/dev/null | wc -l)" -eq "$(ls "$out"/*.xlsx | wc -l)" ]; then
        pass "$name: LibreOffice Calc converts every workbook to PDF"
    else
        fail "$name: LibreOffice PDF conversion"
    fi
    if timeout 300 soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
        --outdir "$WORK/csv/$name" "$out"/*.xlsx >/dev/null 2>&1 \
        && ls "$WORK/csv/$name" | grep -q "指標" && grep -q "識別番号" "$WORK/csv/$name"/*取組*.csv; then
        pass "$name: LibreOffice Calc converts every sheet to CSV"
    else
        fail "$name: LibreOffice CSV conversion"
    fi
done

# --- the round trip, each sample: without its answers, answered by openpyxl with the
#     sample's own text, merged back: the documents must be byte-identical to the sample's,
#     but for what the workbooks cannot carry (docs/inquiry.md), named and checked here -----
declare -A not_carried=(
    [amr-action-plan]="not carried by the workbooks: nothing"
    # A footnote that only an answered action refers to cannot be in the report sent.
    [kansensho-kihon-senryaku]="not carried by the workbooks: footnote oneplusone"
)
for sample in samples/*/; do
    name=$(basename "$sample")
    trip="$WORK/roundtrip/$name"
    mkdir -p "$trip/merged/$name"
    if python3 scripts/xlsx_checks.py strip "$sample/report.yaml" "$trip/stripped.yaml" "$trip/expected/$name/report.yaml" \
        >"$trip/strip.log" && [ "$(cat "$trip/strip.log")" = "${not_carried[$name]:-not carried by the workbooks: nothing}" ]; then
        pass "$name round trip: $(cat "$trip/strip.log")"
    else
        fail "$name round trip: what the workbooks cannot carry changed"; cat "$trip/strip.log"
    fi
    if "$SHIRYO" validate "$trip/stripped.yaml" >/dev/null 2>&1 \
        && "$SHIRYO" inquiry make "$trip/stripped.yaml" --rows 8 --output "$trip/made" >/dev/null 2>&1 \
        && python3 scripts/xlsx_checks.py fill "$trip/expected/$name/report.yaml" "$trip/made" "$trip/answers" "${ROUNDTRIP_CSV:-maff}" \
        && "$SHIRYO" inquiry merge "$trip/stripped.yaml" "$trip/answers"/* --rows 8 --output "$trip/merged/$name/report.yaml" \
            >"$trip/merge.log" 2>&1; then
        pass "$name round trip: strip, make, answer with openpyxl (maff as CP932 CSV, as Japanese Excel saves it), merge"
    else
        fail "$name round trip"; cat "$trip/merge.log" 2>/dev/null | head -20; continue
    fi
    if "$SHIRYO" validate "$trip/merged/$name/report.yaml" >/dev/null 2>&1; then
        pass "$name round trip: the merged YAML passes validate"; else fail "$name round trip: the merged YAML does not validate"; fi
    "$SHIRYO" render "$trip/expected/$name" --format json xhtml docx text --output "$trip/r-sample" >/dev/null 2>&1
    "$SHIRYO" render "$trip/merged/$name" --format json xhtml docx text --output "$trip/r-merged" >/dev/null 2>&1
    same=1
    for file in "$trip"/r-sample/*; do
        cmp -s "$file" "$trip/r-merged/$(basename "$file")" || { same=0; echo "  differs: $(basename "$file")"; }
    done
    if ((same)) && [ "$(ls "$trip/r-sample" | wc -l)" -eq 8 ]; then
        pass "$name round trip: the 8 rendered documents (json, xhtml, docx, text) are byte-identical to the sample's"
    else
        fail "$name round trip: rendered documents differ"
    fi
done
# The expected report of the AMR sample is the sample itself.
if ! cmp -s <(python3 -c "import yaml,sys,json; print(json.dumps(yaml.safe_load(open(sys.argv[1])), default=str, sort_keys=True))" samples/amr-action-plan/report.yaml) \
    <(python3 -c "import yaml,sys,json; print(json.dumps(yaml.safe_load(open(sys.argv[1])), default=str, sort_keys=True))" "$WORK/roundtrip/amr-action-plan/expected/amr-action-plan/report.yaml"); then
    fail "amr-action-plan round trip: the expected report is not the sample"
fi
# A workbook with too few rows for the answers is not filled in silently.
rt="$WORK/roundtrip/kansensho-kihon-senryaku"
if "$SHIRYO" inquiry make "$rt/stripped.yaml" --rows 5 --output "$rt/made5" >/dev/null 2>&1 \
    && ! python3 scripts/xlsx_checks.py fill "$rt/expected/kansensho-kihon-senryaku/report.yaml" "$rt/made5" "$rt/answers5" 2>"$rt/fill5.log" \
    && grep -q "no row in the workbooks for G5-A6" "$rt/fill5.log"; then
    pass "kansensho-kihon-senryaku: a goal with 6 actions needs --rows 6 or more (the filler says so)"
else
    fail "kansensho-kihon-senryaku: the filler placed answers without rows"; cat "$rt/fill5.log"
fi
rt="$WORK/roundtrip/amr-action-plan"
# merge must be given the --rows that make was: without it, the rows beyond are refused, with a hint.
if ! "$SHIRYO" inquiry merge "$rt/stripped.yaml" "$rt/answers"/* --output "$rt/rows.yaml" >"$rt/rows.log" 2>&1 \
    && grep -q "mhlw.xlsx:取組!A7: error: (top level): 「1.1-A6」 is not an identifier of this inquiry; .*give merge the same --rows" "$rt/rows.log" \
    && [ ! -e "$rt/rows.yaml" ]; then
    pass "merge without make's --rows refuses the rows beyond, saying to give the same --rows"
else
    fail "merge without make's --rows"; head -3 "$rt/rows.log"
fi

# --- status: the terminal table, JSON and a workbook openpyxl reads ----------------------
if [ -d "$rt/answers" ]; then
    if "$SHIRYO" inquiry status "$rt/stripped.yaml" "$rt/answers/mhlw.xlsx" --rows 8 >"$rt/status.txt" 2>/dev/null \
        && grep -q "厚生労働省 (mhlw): " "$rt/status.txt" && grep -q "環境省 (env): 未回答" "$rt/status.txt" \
        && "$SHIRYO" inquiry status "$rt/stripped.yaml" "$rt/answers/mhlw.xlsx" --rows 8 --format json >"$rt/status.json" 2>/dev/null \
        && python3 -c "import json,sys; d=json.load(open(sys.argv[1])); m={x['id']:x for x in d['ministries']}; sys.exit(0 if m['env']['files']==[] and m['mhlw']['indicators']['empty']==[] else 1)" "$rt/status.json" \
        && "$SHIRYO" inquiry status "$rt/stripped.yaml" "$rt/answers/mhlw.xlsx" --rows 8 --format xlsx --output "$rt/status.xlsx" >/dev/null 2>&1 \
        && python3 -c "import openpyxl,sys; wb=openpyxl.load_workbook(sys.argv[1]); sys.exit(0 if wb.sheetnames==['回答状況','未記入'] and wb['回答状況'].max_row>2 else 1)" "$rt/status.xlsx" \
        && openxml-audit "$rt/status.xlsx" 2>&1 | grep -q "^Errors: 0"; then
        pass "status: terminal, json and xlsx (openpyxl, openxml-audit 0 errors)"
    else
        fail "status"
    fi
fi

# --- a damaged answer: located errors, nothing written ------------------------------------
if [ -d "$rt/answers" ]; then
    python3 - "$rt/answers/mhlw.xlsx" "$rt/damaged.xlsx" <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["取組"]
ws["D2"] = 12                  # a number where text belongs
wb["指標"]["E2"] = "別の指標"   # an identifier cell edited
wb.save(sys.argv[2])
PY
    out="$rt/damaged.yaml"
    if "$SHIRYO" inquiry merge "$rt/stripped.yaml" "$rt/damaged.xlsx" --rows 8 --output "$out" >"$rt/damaged.log" 2>&1; then
        fail "damaged answer: merge succeeded"
    elif [ -e "$out" ]; then
        fail "damaged answer: a report was written"
    elif grep -q "damaged.xlsx:取組!D2: error: goals\[0\].strategies\[0\].actions\[0\]: the number 12 where text belongs" "$rt/damaged.log" \
        && grep -q "damaged.xlsx:指標!E2: error: " "$rt/damaged.log"; then
        pass "damaged answer: both problems located (FILE:SHEET!CELL: error: KEY.PATH: …), nothing written"
    else
        fail "damaged answer: problems not located"; cat "$rt/damaged.log"
    fi
    printf 'not a workbook' >"$rt/text.xlsx"
    if ! "$SHIRYO" inquiry merge "$rt/stripped.yaml" "$rt/text.xlsx" --output "$out" >"$rt/text.log" 2>&1 \
        && grep -q "text.xlsx: error: (top level): not an Excel workbook" "$rt/text.log" && [ ! -e "$out" ]; then
        pass "a file that is not a workbook is refused"
    else
        fail "a file that is not a workbook"; cat "$rt/text.log"
    fi
    # A zip bomb: the answer workbook with its 取組 sheet replaced by 1 GiB of zeros, deflated
    # as it streams (the file is about 1 MB; the GiB is never on disk).
    python3 - "$rt/answers/mhlw.xlsx" "$rt/bomb.xlsx" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as source, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as bomb:
    for item in source.infolist():
        if item.filename == "xl/worksheets/sheet2.xml":
            with bomb.open(item.filename, "w") as entry:
                zeros = bytes(1 << 20)
                for _ in range(1024):
                    entry.write(zeros)
        else:
            bomb.writestr(item, source.read(item.filename))
PY
    if [ -x /usr/bin/time ] && ! /usr/bin/time -f "%M" -o "$rt/bomb.rss" "$SHIRYO" inquiry merge "$rt/stripped.yaml" "$rt/bomb.xlsx" \
            --output "$out" >"$rt/bomb.log" 2>&1 \
        && grep -q "bomb.xlsx: error: (top level): the workbook is refused unread: its entry xl/worksheets/sheet2.xml declares 1 GiB uncompressed" "$rt/bomb.log" \
        && [ ! -e "$out" ] && [ "$(tail -1 "$rt/bomb.rss")" -lt 300000 ]; then
        pass "a zip bomb answer (1 GiB of zeros in a $(($(stat -c %s "$rt/bomb.xlsx") / 1024)) KiB file) is refused naming the file and entry, unread ($(($(tail -1 "$rt/bomb.rss") / 1024)) MB peak)"
    else
        fail "a zip bomb answer"; cat "$rt/bomb.log" "$rt/bomb.rss" 2>/dev/null | head -5
    fi
fi

# --- next-year: validates, and its workbooks show last year's results --------------------
for sample in samples/*/; do
    name=$(basename "$sample")
    ny="$WORK/next-year/$name"
    if "$SHIRYO" next-year "$sample" --output "$ny/report.yaml" >/dev/null 2>&1 && "$SHIRYO" validate "$ny" >/dev/null 2>&1; then
        pass "$name: next-year writes a report that passes validate"
    else
        fail "$name: next-year"; continue
    fi
    if "$SHIRYO" inquiry make "$ny" --output "$ny/made" >/dev/null 2>&1 && python3 - "$ny/made" <<'PY'
import sys, pathlib, openpyxl
shown = rows = 0
for path in pathlib.Path(sys.argv[1]).glob("*.xlsx"):
    ws = openpyxl.load_workbook(path)["指標"]
    headers = [c.value for c in ws[1]]
    previous = [i for i, h in enumerate(headers) if h.startswith("前年度実績")]
    current = [i for i, h in enumerate(headers) if h.startswith("今年度実績") and h != "今年度実績の形式"]
    for row in ws.iter_rows(min_row=2, values_only=True):
        rows += 1
        shown += any(row[i] for i in previous)
        assert not any(row[i] for i in current), f"{path.name}: this year's results are empty"
sys.exit(0 if shown or not rows else 1)  # a report without indicators has none to show
PY
    then pass "$name: next year's workbooks show 前年度 beside an empty 今年度"; else fail "$name: next year's workbooks"; fi
done

finish
