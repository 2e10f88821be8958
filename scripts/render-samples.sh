#!/usr/bin/env bash
# The main job: render both documents of every sample in every format into output/
# (or the folder given as the first argument).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh --pdf
swift build -c release --product shiryo
formats=$(.build/release/shiryo formats | grep -v "^ " | cut -f1)
# shellcheck disable=SC2086
.build/release/shiryo render samples/* --format $formats --output "${1:-output}"
