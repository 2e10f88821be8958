#!/usr/bin/env bash
# Runs every file of the bad-input corpus (Tests/corpus/bad, listed in its EXPECTED) through
# `shiryo render` and `shiryo validate`, and checks for each: exit code 1, an error line
# `FILE:LINE:COLUMN: error: KEY.PATH: …` holding the expected words, and that nothing was
# written: the output folder keeps exactly the one file put there before, unchanged.
set -uo pipefail
cd "$(dirname "$0")/.."
swift build --product shiryo >/dev/null || exit 1
shiryo=${SHIRYO:-$(pwd)/.build/debug/shiryo}
# shellcheck source=scripts/checks.sh
source scripts/checks.sh

corpus=Tests/corpus/bad
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

located() {  # located RC-FILE LOG-FILE FILE LINE COLUMN PATH FRAGMENT
    [ "$(cat "$1")" = 1 ] || { echo "exit code $(cat "$1"), expected 1"; return 1; }
    grep -F -- "$3:$4:$5: error: $6: " "$2" | grep -qF -- "$7" || { echo "no '$3:$4:$5: error: $6: …$7…' in:"; head -n 5 "$2"; return 1; }
}

untouched() {  # untouched FOLDER
    [ "$(ls -A "$1")" = "keep.txt" ] && [ "$(cat "$1/keep.txt")" = "before" ]
}

while IFS=$'\t' read -r file line column path fragment; do
    out="$work/out-$file"
    mkdir -p "$out"
    echo before >"$out/keep.txt"
    (cd "$corpus" && "$shiryo" render "$file" --format json xhtml text --output "$out" >"$work/log" 2>&1; echo $? >"$work/rc")
    check "$file: render exits 1 and says where" located "$work/rc" "$work/log" "$file" "$line" "$column" "$path" "$fragment"
    check "$file: render wrote nothing" untouched "$out"
    (cd "$corpus" && "$shiryo" validate "$file" >"$work/log" 2>&1; echo $? >"$work/rc")
    check "$file: validate exits 1 and says where" located "$work/rc" "$work/log" "$file" "$line" "$column" "$path" "$fragment"
done <"$corpus/EXPECTED"

finish_checks
