#!/usr/bin/env bash
# Times the pipeline on a synthetic report of 50 goals × 10 strategies × 20 indicators
# (10,000 indicator rows) in a release build, and fails if loading, validating and
# assembling take a second or more. Every format but pdf (an external engine) is timed.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product shiryo-synth
formats=$(swift build -c release --product shiryo >/dev/null && .build/release/shiryo formats | cut -f1 | grep -vx pdf)
# shellcheck disable=SC2086
.build/release/shiryo-synth --goals 50 --strategies 10 --indicators 20 --benchmark --budget 1 --format $formats
