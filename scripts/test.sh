#!/usr/bin/env bash
# Runs every test: the Swift test suites, the command-line checks, the JSON Schema check,
# the XML writer's leak check and the release benchmark. Installs what it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."
SHIRYO_WITH_TEST_TOOLS=1 scripts/install-dependencies.sh

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
step "XML writer leak check" scripts/leak-check-xml.sh
step "Release benchmark: 10,000 indicator rows" scripts/benchmark.sh

echo
if [ "$failures" -ne 0 ]; then
    echo "$failures step(s) failed"
    exit 1
fi
echo "all test steps passed"
