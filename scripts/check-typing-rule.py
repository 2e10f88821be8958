#!/usr/bin/env python3
"""Check that the loader and the JSON Schema apply the same typing rule (docs/data-format.md).

    python3 scripts/check-typing-rule.py [path/to/shiryo]

Every value of a valid report that the schema types (found by walking the schema along the
report) is replaced, one at a time, by each of: an integer, a fraction, a quoted integer,
true, a quoted "true", null and a word, written both in YAML and in JSON. The schema's verdict
(jsonschema, on the YAML read as scripts/check-schema.py reads it) and the loader's (`shiryo
validate`) must agree for each. Text values that the loader checks beyond their type
(ministry ids, dates, words, paths: an unknown id is refused by the loader only) are given
only the values both must refuse by type.
Ends with "N cases agree, M disagree" and exits non-zero on any disagreement.
"""
import copy
import importlib.util
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location("check_schema", os.path.join(ROOT, "scripts", "check-schema.py"))
check_schema = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_schema)
import yaml  # noqa: E402  (check-schema made sure it is there)
from jsonschema import Draft202012Validator, FormatChecker  # noqa: E402

SCHEMA = json.load(open(check_schema.SCHEMA_PATH, encoding="utf-8"))
VALIDATOR = Draft202012Validator(SCHEMA, format_checker=FormatChecker())

REPORT = {
    "title": "題", "issuer": "庁",
    "plan": {"name": "計画", "englishName": "Plan", "decidedOn": "2023-04-07", "decidedBy": "会議"},
    "fiscalYear": 2024, "asOf": "2025-03-31", "issued": "2026-03-30",
    "notation": {"digits": "halfwidth", "asOfCalendar": "japanese"},
    "documents": {"summary": {"number": "1-1"}, "detail": {"number": "1-2"}},
    "lead": ["冒頭"], "labels": {"goal": "目標", "strategy": "戦略"},
    "ministries": {"mhlw": "厚生労働省"}, "footnotes": {"n": "注"}, "glossary": {"g": "語"},
    "goals": [{
        "number": 1, "title": "目標[^n][^g]", "summaryTitle": "短", "overview": "概要", "nextYear": ["次"],
        "policy": "方針[^n][^g]", "notes": ["注記"], "seeAlso": ["資料"],
        "strategies": [{
            "number": "1.1", "title": "戦略", "ministries": ["mhlw"],
            "actions": ["行った", {"text": "強調", "highlight": True, "summary": "要約"}],
            "figures": [{"caption": "図", "description": "説明", "credit": "提供"}],
            "indicators": [{"group": "群", "rows": [{"name": "指標", "value": "1", "ministry": "mhlw"}]},
                           {"name": "指標二", "values": ["一", {"list": ["a"], "style": "dot"}],
                            "ministries": ["mhlw"]}],
        }],
    }],
    "conclusion": {"assessment": ["総括"]},
}

# (YAML text, JSON value, name). The YAML is written into the report as is.
VARIANTS = [
    ("7", 7, "integer"), ("1.5", 1.5, "fraction"), ('"7"', "7", "quoted integer"), ("true", True, "true"),
    ('"true"', "true", "quoted true"), ("~", None, "null"), ("word", "word", "word"),
]


def resolve(schema):
    while "$ref" in schema:
        schema = SCHEMA["$defs"][schema["$ref"].split("/")[-1]]
    return schema


def leaves(value, schema, path=()):
    """(path, schema) of every scalar of the report, with the schema that types it."""
    schema = resolve(schema)
    if isinstance(value, dict):
        for key, inner in value.items():
            sub = schema.get("properties", {}).get(key) or schema.get("additionalProperties")
            if sub is None:
                for option in schema.get("anyOf", []) + schema.get("oneOf", []):
                    option = resolve(option)
                    if option.get("type") == "object":
                        sub = option.get("properties", {}).get(key) or option.get("additionalProperties")
                        if sub:
                            break
            yield from leaves(inner, sub or {}, path + (key,))
    elif isinstance(value, list):
        items = schema.get("items")
        if items is None:
            for option in schema.get("anyOf", []) + schema.get("oneOf", []):
                option = resolve(option)
                if option.get("type") == "array":
                    items = option.get("items")
        for index, inner in enumerate(value):
            yield from leaves(inner, items or {}, path + (index,))
    else:
        yield path, schema


def is_checked_text(schema):
    """A string the loader checks beyond its type (an id, a date, a word, a path)."""
    def kinds(s):
        s = resolve(s)
        found = set()
        for option in s.get("anyOf", []) + s.get("oneOf", []):
            found |= kinds(option)
        if "type" in s:
            found |= set(s["type"] if isinstance(s["type"], list) else [s["type"]])
        if "enum" in s or "const" in s:
            found.add("word")
        return found
    found = kinds(schema)
    return "number" not in found and ("string" in found or "word" in found)


def replaced(report, path, value):
    copy_ = copy.deepcopy(report)
    target = copy_
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return copy_


MARK = "__MARK__"


def as_yaml(report, path, text):
    marked = replaced(report, path, MARK)
    return yaml.safe_dump(marked, allow_unicode=True, sort_keys=False, default_flow_style=False).replace(
        f"{MARK}", text)


def main():
    shiryo = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "debug", "shiryo")
    cases = []
    for path, schema in leaves(REPORT, SCHEMA):
        for text, value, name in VARIANTS:
            id_like = path[-1] == "ministry" or (len(path) > 1 and path[-2] == "ministries")
            if (is_checked_text(schema) or id_like) and name in ("quoted integer", "quoted true", "word"):
                continue  # the loader checks these beyond their type
            if path[:1] == ("goals",) and path[-1] == "number" and len(path) == 3 and name in ("integer",):
                continue  # a valid goal number either way
            cases.append((path, text, value, name))
    disagreements = 0
    with tempfile.TemporaryDirectory() as folder:
        files = []
        for number, (path, text, value, name) in enumerate(cases):
            for kind in ("yaml", "json"):
                file = os.path.join(folder, f"{number:04d}.{kind}")
                with open(file, "w", encoding="utf-8") as out:
                    if kind == "yaml":
                        out.write(as_yaml(REPORT, path, text))
                    else:
                        json.dump(replaced(REPORT, path, value), out, ensure_ascii=False, indent=1)
                files.append((file, path, name, kind))
        result = subprocess.run([shiryo, "validate"] + [f for f, *_ in files], capture_output=True, text=True)
        valid = {line[: -len(": valid")] for line in result.stderr.splitlines() if line.endswith(": valid")}
        for file, path, name, kind in files:
            document = check_schema.load(file)
            schema_ok = not list(VALIDATOR.iter_errors(document))
            loader_ok = file in valid
            if schema_ok != loader_ok:
                disagreements += 1
                where = "/".join(str(p) for p in path)
                print(f"DISAGREE {kind} {where} = {name}: schema {'accepts' if schema_ok else 'refuses'}, "
                      f"loader {'accepts' if loader_ok else 'refuses'}")
    total = len(files)
    print(f"{total - disagreements} cases agree, {disagreements} disagree")
    return 1 if disagreements else 0


if __name__ == "__main__":
    sys.exit(main())
