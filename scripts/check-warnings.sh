#!/usr/bin/env bash
# Builds the package and its tests and fails on any compiler warning in the project's own
# code (dependencies are built with warnings suppressed by SwiftPM).
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
swift build --build-tests 2>&1 | tee "$log" | grep -E "error|Compiling|Build" | tail -3
if grep -E "^$(pwd)/(Sources|Tests|Plugins|Examples)/.*: warning:|^warning: 'main'" "$log"; then
    echo "the build has warnings"
    exit 1
fi
echo "no warnings"
