#!/usr/bin/env python3
"""Check schema/followup.schema.json against the samples and the schema test files.

    python3 scripts/check-schema.py

1. The schema itself must be a valid JSON Schema (draft 2020-12), and every property
   must have a description (editors show it while typing).
2. Every samples/*/report.yaml, report.yml and report.json must pass.
3. Every Tests/schema/valid/*.yaml must pass; every Tests/schema/invalid/*.yaml must FAIL.

YAML is read close to the way Shiryo's loader reads it, on YAML 1.2 core-schema lines:
dates stay strings (no timestamp conversion), decimal integers (-?[0-9]+) stay integers,
null is ~, null, Null, NULL or nothing, and only `true`/`false` are booleans. Everything
else stays text, as the loader reads it: 1.10, 2024.0, +2024, 0x7E8, True, yes, 12:30.
(JSON files keep JSON's own types.) Duplicate keys are errors, as in the loader.

Ends with the line "N passed, M failed" and exits non-zero on any failure.
Needs `jsonschema` (4.x) and `PyYAML`: pip install jsonschema pyyaml
"""

import glob
import json
import os
import re
import sys

try:
    import yaml
except ImportError:
    sys.exit("check-schema: PyYAML is missing; install it with: python3 -m pip install pyyaml")
try:
    import jsonschema
    from jsonschema import Draft202012Validator, FormatChecker
except ImportError:
    sys.exit("check-schema: jsonschema is missing; install it with: python3 -m pip install jsonschema")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA_PATH = os.path.join(ROOT, "schema", "followup.schema.json")


# MARK: YAML loading

class ReportLoader(yaml.SafeLoader):
    """A SafeLoader without timestamps and with narrow implicit types.

    PyYAML follows YAML 1.1: it turns 2023-04-07 into a date, `no` into False and
    `12:30` into 750. Shiryo reads every scalar as written and accepts an integer only
    as decimal digits and a boolean only as `true`/`false`, so only those and null
    (all YAML 1.2 core forms) are resolved; everything else is a string.
    """

    yaml_implicit_resolvers = {}

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            try:
                duplicate = key in seen
            except TypeError:  # an unhashable key (a list or mapping); PyYAML reports it
                continue
            if duplicate:
                raise yaml.constructor.ConstructorError(
                    "while constructing a mapping", node.start_mark,
                    f"found duplicate key {key!r}", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


ReportLoader.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""])
ReportLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))
ReportLoader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^-?[0-9]+$"), list("-0123456789"))


def _construct_bool(loader, node):
    return loader.construct_scalar(node) == "true"


def _construct_int(loader, node):
    return int(loader.construct_scalar(node))  # decimal only; leading zeros are fine, as in the loader


ReportLoader.add_constructor("tag:yaml.org,2002:bool", _construct_bool)
ReportLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)


def load(path):
    with open(path, encoding="utf-8-sig") as file:
        if path.endswith(".json"):
            return json.load(file)
        return yaml.load(file, Loader=ReportLoader)


# MARK: Checks

def relative(path):
    return os.path.relpath(path, ROOT)


def describe(error):
    """One line for an error: the most specific cause of an anyOf/oneOf failure, with its place."""
    while error.context:
        # Prefer the branch the value's type fits (a mapping is not a text), then the deepest error.
        fitting = [e for e in error.context if e.validator != "type"] or list(error.context)
        error = max(fitting, key=lambda e: len(e.absolute_path))
    place = "/".join(str(part) for part in error.absolute_path) or "(root)"
    message = error.message if len(error.message) <= 160 else error.message[:157] + "..."
    return f"{place}: {message}"


def undescribed_properties(schema, path="#"):
    """Paths of property schemas (and id-keyed mapping values) without a description."""
    missing = []
    if isinstance(schema, dict):
        for name, sub in schema.get("properties", {}).items():
            if isinstance(sub, dict) and "description" not in sub:
                missing.append(f"{path}/properties/{name}")
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and "description" not in extra:
            missing.append(f"{path}/additionalProperties")
        for key, value in schema.items():
            if isinstance(value, (dict, list)):
                missing += undescribed_properties(value, f"{path}/{key}")
    elif isinstance(schema, list):
        for index, value in enumerate(schema):
            missing += undescribed_properties(value, f"{path}/{index}")
    return missing


def main():
    passed = failed = 0

    def result(ok, label, detail=()):
        nonlocal passed, failed
        if ok:
            passed += 1
            print(f"ok    {label}")
        else:
            failed += 1
            print(f"FAIL  {label}")
        for line in detail:
            print(f"        {line}")

    # 1. The schema itself.
    try:
        with open(SCHEMA_PATH, encoding="utf-8") as file:
            schema = json.load(file)
    except (OSError, ValueError) as error:
        result(False, f"{relative(SCHEMA_PATH)} cannot be read: {error}")
        print(f"{passed} passed, {failed} failed")
        return 1
    try:
        Draft202012Validator.check_schema(schema)
        ok = schema.get("$schema") == "https://json-schema.org/draft/2020-12/schema"
        result(ok, f"{relative(SCHEMA_PATH)} is a valid draft 2020-12 schema",
               () if ok else ["$schema is not https://json-schema.org/draft/2020-12/schema"])
    except jsonschema.exceptions.SchemaError as error:
        result(False, f"{relative(SCHEMA_PATH)} is a valid draft 2020-12 schema", [error.message])
        print(f"{passed} passed, {failed} failed")
        return 1
    missing = undescribed_properties(schema)
    result(not missing, f"{relative(SCHEMA_PATH)} describes every property", missing)

    validator = Draft202012Validator(schema, format_checker=FormatChecker())

    def check(path, expect_valid):
        label = f"{relative(path)} ({'valid' if expect_valid else 'invalid'})"
        try:
            document = load(path)
        except (OSError, ValueError, yaml.YAMLError) as error:
            # An unreadable file counts as invalid.
            message = str(error).replace("\n", " ")
            result(not expect_valid, label, [f"cannot be read: {message}"])
            return
        errors = sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))
        if expect_valid:
            result(not errors, label, [describe(e) for e in errors[:20]])
        else:
            result(bool(errors), label,
                   [f"rejected: {describe(e)}" for e in errors[:3]]
                   if errors else ["expected the schema to reject this file, but it passed"])

    # 2. The samples.
    samples = sorted(glob.glob(os.path.join(ROOT, "samples", "*", "report.yaml"))
                     + glob.glob(os.path.join(ROOT, "samples", "*", "report.yml"))
                     + glob.glob(os.path.join(ROOT, "samples", "*", "report.json")))
    if not samples:
        result(False, "samples/*/report.{yaml,yml,json}", ["no sample found"])
    for path in samples:
        check(path, True)

    # 3. The schema test files.
    for kind, expect_valid in (("valid", True), ("invalid", False)):
        paths = sorted(glob.glob(os.path.join(ROOT, "Tests", "schema", kind, "*.yaml")))
        if not paths:
            result(False, f"Tests/schema/{kind}/*.yaml", ["no test file found"])
        for path in paths:
            check(path, expect_valid)

    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
