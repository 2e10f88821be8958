#!/usr/bin/env bash
# Checks `shiryo lint` as a user meets it, judged by programs of others where there are any:
#   - the SARIF output passes the OASIS SARIF 2.1.0 JSON Schema (python jsonschema, the schema
#     shipped in Tests/ShiryoLintTests/Fixtures);
#   - --fix on a copy of each sample: the copy still validates, and its rendered documents
#     (model JSON) differ from the original's only where a fix changed characters;
#   - --diff writes nothing, and exit codes follow the levels.
set -uo pipefail
cd "$(dirname "$0")/.."
swift build --product shiryo >/dev/null || exit 1
shiryo="$(pwd)/.build/debug/shiryo"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shellcheck source=scripts/checks.sh
source scripts/checks.sh
schema=Tests/ShiryoLintTests/Fixtures/sarif-schema-2.1.0.json

"$shiryo" lint samples/* --format sarif >"$work/lint.sarif"
check "lint of the samples exits 0 (warnings only)" test $? -eq 0
check "the SARIF log passes the SARIF 2.1.0 JSON Schema" python3 -c "
import json, jsonschema
schema = json.load(open('$schema'))
log = json.load(open('$work/lint.sarif'))
jsonschema.Draft4Validator.check_schema(schema)
jsonschema.Draft4Validator(schema).validate(log)
assert log['runs'][0]['results'], 'no results'
"
check "an invalid SARIF log fails the same check (the check can fail)" python3 -c "
import json, jsonschema
schema = json.load(open('$schema'))
log = json.load(open('$work/lint.sarif'))
log['runs'][0]['results'][0]['level'] = 'loud'
try:
    jsonschema.Draft4Validator(schema).validate(log)
except jsonschema.ValidationError:
    raise SystemExit(0)
raise SystemExit(1)
"

"$shiryo" lint samples/* --format json >"$work/lint.json"
cp -r samples "$work/copy"
before=$(cat samples/*/report.yaml | sha256sum)
"$shiryo" lint "$work"/copy/* --diff >"$work/fix.diff" 2>/dev/null
check "--diff writes nothing" test "$(cat "$work"/copy/*/report.yaml | sha256sum)" = "$before"
check "--diff is a patch that applies" patch --dry-run -p1 -d / -s <"$work/fix.diff"
"$shiryo" lint "$work"/copy/* --fix >/dev/null 2>"$work/fix.err"
check "--fix applies fixes" grep -q "fixes applied" "$work/fix.err"
check "the fixed copies validate" "$shiryo" validate "$work"/copy/*
for name in kansensho-kihon-senryaku amr-action-plan; do
    "$shiryo" render "samples/$name" --format json --output "$work/original" 2>/dev/null
    "$shiryo" render "$work/copy/$name" --format json --output "$work/fixed" 2>/dev/null
done
check "the fixed documents differ from the original ones only in the fixed characters" python3 - "$work" <<'PY'
import difflib, json, sys
work = sys.argv[1]
fixes = {(f["fix"]["original"], f["fix"]["replacement"])
         for f in json.load(open(f"{work}/lint.json"))["findings"] if "fix" in f}
def strings(value, path=""):
    if isinstance(value, dict):
        for key in sorted(value):
            yield from strings(value[key], f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from strings(item, f"{path}[{index}]")
    elif isinstance(value, str):
        yield path, value
changed = 0
for name in ["kansensho-kihon-senryaku", "amr-action-plan"]:
    for document in ["summary", "detail"]:
        old = dict(strings(json.load(open(f"{work}/original/{name}.{document}.json"))))
        new = dict(strings(json.load(open(f"{work}/fixed/{name}.{document}.json"))))
        assert old.keys() == new.keys(), f"{name}.{document}: the structure changed"
        for path in old:
            if old[path] == new[path]:
                continue
            for tag, a1, a2, b1, b2 in difflib.SequenceMatcher(None, old[path], new[path], autojunk=False).get_opcodes():
                if tag == "equal":
                    continue
                piece = (old[path][a1:a2], new[path][b1:b2])
                # A fix may show as several pieces (Ｇ７ → G7 is two replaced characters).
                if not any(piece[0] in o and piece[1] in r for o, r in fixes):
                    print(f"{name}.{document}{path}: {piece} is no fix's change", file=sys.stderr)
                    sys.exit(1)
                changed += 1
assert changed > 0, "nothing changed"
print(f"{changed} changed pieces, each a fix", file=sys.stderr)
PY
"$shiryo" lint "$work"/copy/* >"$work/after.txt" 2>&1
check "after --fix only findings without a fix remain" python3 -c "
import json, subprocess
out = subprocess.run(['$shiryo', 'lint', *'$work/copy/kansensho-kihon-senryaku $work/copy/amr-action-plan'.split(), '--format', 'json'],
                     capture_output=True, text=True).stdout
assert all('fix' not in f for f in json.loads(out)['findings']), out
"

# An issued report with a placeholder: an error, exit 1; turned into a warning by .shiryo-lint.yaml: exit 0.
mkdir -p "$work/issued"
sed -e 's/^issued: draft$/issued: 2026-03-30/' samples/amr-action-plan/report.yaml \
    | sed -e 's/^    title: 国民の薬剤耐性/    title: 〇〇国民の薬剤耐性/' >"$work/issued/report.yaml"
"$shiryo" lint "$work/issued" >"$work/issued.out" 2>&1
check "a placeholder in an issued report exits 1" test $? -eq 1
check "the placeholder is reported with its position and rule" grep -q ": error: goals\[0\].title: placeholder '〇〇'.*\[placeholder\]" "$work/issued.out"
printf 'rules:\n  placeholder: warning\n' >"$work/issued/.shiryo-lint.yaml"
"$shiryo" lint "$work/issued" >/dev/null 2>&1
check ".shiryo-lint.yaml lowers the level: exit 0" test $? -eq 0
"$shiryo" lint "$work/missing" >/dev/null 2>&1
check "a missing input exits 1" test $? -eq 1

finish_checks
