#!/usr/bin/env bash
# Runs every test: the Swift test suites, the command-line checks, the JSON Schema check,
# the lint checks, the XHTML/PDF, DOCX, PPTX and XLSX (照会) checks by independent programs, the extension checks (exec:
# formats, built-in templates, the command plugin, the example package, the DocC build),
# the XML writer's leak check and the release benchmark. Installs what it needs first (each step installs its own tools).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh --test-tools

failures=0
step() {
    echo
    echo "==> $1"
    shift
    if ! "$@"; then
        echo "FAILED: $*"
        failures=$((failures + 1))
    fi
}

step "Build without warnings" scripts/check-warnings.sh
step "Swift tests" swift test --skip-build
step "Command-line tests" scripts/cli-tests.sh
step "JSON Schema of the data format" python3 scripts/check-schema.py
step "shiryo lint: SARIF 2.1.0 schema, --fix on copies of the samples (validate, render: only fixed characters differ), exit codes" \
    scripts/lint-tests.sh
step "XHTML and PDF judged by xmllint, the W3C Nu checker, WeasyPrint and poppler" \
    env SHIRYO="$(pwd)/.build/debug/shiryo" scripts/xhtml-tests.sh
step "DOCX judged by openxml-audit, LibreOffice, python-docx and pandoc" \
    env SHIRYO="$(pwd)/.build/debug/shiryo" scripts/docx-tests.sh
step "PPTX judged by openxml-audit, python-pptx, LibreOffice Impress and poppler" \
    env SHIRYO="$(pwd)/.build/debug/shiryo" scripts/pptx-tests.sh
step "The 照会 round trip (inquiry make, merge, status, next-year) judged by openpyxl, openxml-audit and LibreOffice Calc" \
    env SHIRYO="$(pwd)/.build/debug/shiryo" scripts/xlsx-tests.sh
step "Extension: exec: formats, built-in templates of an installed binary, the generate-documents plugin" \
    scripts/extension-tests.sh
step "The example package Examples/MarkdownFormat, judged by pandoc" scripts/example-tests.sh
step "DocC documentation without warnings" scripts/docs.sh
step "XML writer leak check" scripts/leak-check-xml.sh
step "Release benchmark: 10,000 indicator rows beside pandoc, and 100,000" scripts/benchmark.sh
step "Bad-input corpus through the command line: exit code, place, key path, nothing written" scripts/bad-corpus.sh
step "One typing rule: the loader and the JSON Schema agree on cases made from the schema" \
    python3 scripts/check-typing-rule.py
step "Fuzzing the loader and the renderers, 30 s each (libFuzzer; longer: scripts/fuzz.sh --seconds N)" \
    scripts/fuzz.sh --seconds 30

echo
if [ "$failures" -ne 0 ]; then
    echo "$failures step(s) failed"
    exit 1
fi
echo "all test steps passed"
