#!/usr/bin/env bash
# Builds the DocC documentation of the public renderer API (ShiryoRendering, with its
# article "Writing a renderer") and of the document model it renders (ShiryoModel), and
# fails on any warning: docc treats warnings (an unresolvable ``link``, a bad directive) as
# errors, and the output is searched for warnings besides.
#
# The archives are written into the build folder, never into the repository:
#   $SCRATCH/plugins/Swift-DocC/outputs/{ShiryoRendering,ShiryoModel}.doccarchive
# SCRATCH is the build folder to use (default .build).
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${SCRATCH:-.build}"
log=$(mktemp)
trap 'rm -f "$log"' EXIT

status=0
swift package --scratch-path "$scratch" generate-documentation \
    --target ShiryoRendering --target ShiryoModel --warnings-as-errors \
    >"$log" 2>&1 || status=$?
# The build's progress lines are noise; everything else (docc's diagnostics with their
# source excerpts, the archives' paths) is shown.
grep -v -E '^\[[0-9]+/[0-9]+\] ' "$log" || true

# SwiftPM's warning about a file ZIPFoundation's manifest leaves undeclared is not ours to
# fix; any other warning fails the script.
if grep -E 'warning:' "$log" | grep -v -E "^warning: 'zipfoundation': found [0-9]+ file\(s\) which are unhandled" >/dev/null; then
    echo "docs: the documentation build printed warnings (see above)" >&2
    exit 1
fi
if [ "$status" -ne 0 ]; then
    echo "docs: the documentation build failed (exit status $status)" >&2
    exit "$status"
fi
echo "docs: ShiryoRendering and ShiryoModel documented without warnings in $scratch/plugins/Swift-DocC/outputs/"
