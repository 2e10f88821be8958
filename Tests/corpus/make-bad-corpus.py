#!/usr/bin/env python3
"""Writes Tests/corpus/bad: one damaged report per file, and EXPECTED, one line per file:

    FILE <TAB> LINE <TAB> COLUMN <TAB> KEY PATH <TAB> PART OF THE MESSAGE

Each case is the report below with one change; where the change is, and so where the error
must be reported, is known here from the change itself (never from running Shiryo).
For a syntax error the key path is that of the last value written before it.
Run it again after changing a case: python3 Tests/corpus/make-bad-corpus.py
"""
import json
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "bad")

BASE = """title: テスト報告
issuer: 内閣感染症危機管理統括庁
plan:
  name: 計画
  englishName: Plan
  decidedOn: 2023-04-07
  decidedBy: 会議
fiscalYear: 2024
asOf: 2025-03-31
issued: 2026-03-30
notation:
  digits: halfwidth
  asOfCalendar: japanese
documents:
  summary: {number: "1-1"}
  detail: {number: "1-2"}
lead:
  - 冒頭の文。
labels: {goal: 目標, strategy: 戦略}
ministries:
  mhlw: 厚生労働省
  maff: 農林水産省
footnotes:
  ppr: 予防的措置
glossary:
  AMR: 薬剤耐性
goals:
  - number: 1
    title: 目標一[^ppr][^AMR]
    summaryTitle: 短い
    overview: 概要の文。
    nextYear:
      - 来年の目標。
    policy: 方針。
    notes:
      - 注記。
    strategies:
      - number: "1.1"
        title: 戦略一
        ministries: [mhlw, maff]
        actions:
          - 行った。
          - text: 強調した。
            highlight: true
        figures:
          - caption: 図
            image: images/ok.png
        indicators:
          - group: 群
            rows:
              - name: 指標一
                value: 25.9%
                ministry: mhlw
          - name: 指標二
            values: [一, 二]
            ministries: [mhlw]
conclusion:
  assessment:
    - 総括。
"""
LINES = BASE.split("\n")[:-1]

# The key path of each line of BASE (1-based), for the lines that hold a key.
PATHS = {
    1: "title", 2: "issuer", 3: "plan", 4: "plan.name", 5: "plan.englishName", 6: "plan.decidedOn",
    7: "plan.decidedBy", 8: "fiscalYear", 9: "asOf", 10: "issued", 11: "notation", 12: "notation.digits",
    13: "notation.asOfCalendar", 14: "documents", 15: "documents.summary", 16: "documents.detail", 17: "lead",
    18: "lead[0]", 20: "ministries", 21: "ministries.mhlw", 22: "ministries.maff", 23: "footnotes",
    24: "footnotes.ppr", 25: "glossary", 26: "glossary.AMR", 27: "goals",
    28: "goals[0].number", 29: "goals[0].title", 30: "goals[0].summaryTitle", 31: "goals[0].overview",
    32: "goals[0].nextYear", 33: "goals[0].nextYear[0]", 34: "goals[0].policy", 35: "goals[0].notes",
    36: "goals[0].notes[0]", 37: "goals[0].strategies",
    38: "goals[0].strategies[0].number", 39: "goals[0].strategies[0].title",
    40: "goals[0].strategies[0].ministries", 41: "goals[0].strategies[0].actions",
    42: "goals[0].strategies[0].actions[0]", 43: "goals[0].strategies[0].actions[1].text",
    44: "goals[0].strategies[0].actions[1].highlight", 45: "goals[0].strategies[0].figures",
    46: "goals[0].strategies[0].figures[0].caption", 47: "goals[0].strategies[0].figures[0].image",
    48: "goals[0].strategies[0].indicators", 49: "goals[0].strategies[0].indicators[0].group",
    50: "goals[0].strategies[0].indicators[0].rows",
    51: "goals[0].strategies[0].indicators[0].rows[0].name",
    52: "goals[0].strategies[0].indicators[0].rows[0].value",
    53: "goals[0].strategies[0].indicators[0].rows[0].ministry",
    54: "goals[0].strategies[0].indicators[1].name", 55: "goals[0].strategies[0].indicators[1].values",
    56: "goals[0].strategies[0].indicators[1].ministries", 57: "conclusion", 58: "conclusion.assessment",
    59: "conclusion.assessment[0]",
}

cases = []  # (name, bytes, line, column, path, fragment)


def column_of(text, part):
    """1-based column (in Unicode scalars) of `part` in `text`."""
    index = text.index(part)
    return index + 1


def parent(path):
    if path.endswith("]"):
        return path[: path.rindex("[")]
    return path.rsplit(".", 1)[0] if "." in path else ""


def replaced(line, new):
    lines = list(LINES)
    lines[line - 1] = new
    return ("\n".join(lines) + "\n").encode()


def replaced_bytes(line, new_bytes):
    lines = [l.encode() for l in LINES]
    lines[line - 1] = new_bytes
    return b"\n".join(lines) + b"\n"


def inserted(after, new):
    lines = list(LINES)
    lines.insert(after, new)
    return ("\n".join(lines) + "\n").encode()


def add(name, data, line, column, path, fragment, ext="yaml"):
    cases.append((f"{len(cases) + 1:03d}-{name}.{ext}", data, line, column, path or "(top level)", fragment))


def key_of(text):
    stripped = text.lstrip(" -")
    return stripped.split(":", 1)[0]


# 1. Every key misspelt (two neighbouring letters swapped): "did you mean" the right one.
for line, path in PATHS.items():
    text = LINES[line - 1]
    if ":" not in text or path.endswith("]"):
        continue
    key = key_of(text)
    swap = next((i for i in range(len(key) - 1) if key[i] != key[i + 1]), None)
    if swap is None:
        continue
    wrong = key[:swap] + key[swap + 1] + key[swap] + key[swap + 2:]
    start = text.index(key)
    new = text[:start] + wrong + text[start + len(key):]
    wrong_path = (parent(path) + "." if parent(path) else "") + wrong
    if not all(c.isascii() and (c.isalnum() or c in "_-") for c in wrong):
        continue
    # Under ministries, footnotes and glossary the keys are ids: a misspelt id is no error there.
    if parent(path) in ("ministries", "footnotes", "glossary"):
        continue
    add(f"misspelt-{wrong}", replaced(line, new), line, start + 1, wrong_path, f"did you mean '{key}'?")

# 2. Escaped characters no output format can carry, in every kind of text.
ESCAPES = [("x01", "\\x01", "U+0001"), ("nul", "\\0", "U+0000"), ("ffff", "\\uFFFF", "U+FFFF"),
           ("bel", "\\a", "U+0007"), ("esc", "\\e", "U+001B"), ("del", "\\x7F", "U+007F"),
           ("c1", "\\x85", "U+0085"), ("fdd0", "\\uFDD0", "U+FDD0"), ("fffe", "\\uFFFE", "U+FFFE"),
           ("cr", "\\r", "U+000D"), ("1fffe", "\\U0001FFFE", "U+1FFFE"), ("vt", "\\v", "U+000B")]
TEXT_LINES = [1, 2, 4, 5, 7, 18, 21, 24, 26, 29, 30, 31, 33, 34, 36, 39, 42, 43, 46, 49, 51, 52, 54, 59]
for number, line in enumerate(TEXT_LINES):
    for offset in (0, 5):
        name, escape, code = ESCAPES[(number + offset) % len(ESCAPES)]
        text = LINES[line - 1]
        head, _, _ = text.partition(": ") if ": " in text else (text[: text.index("- ") + 1], "", "")
        if ": " in text:
            new = head + ': "前' + escape + '後"'
            column = len(head) + 3
        else:
            dash = text.index("- ")
            new = text[: dash + 2] + '"前' + escape + '後"'
            column = dash + 3
        add(f"escaped-{name}-line{line}", replaced(line, new), line, column, PATHS[line], code)

# 3. Raw bytes: controls, broken UTF-8, noncharacters, located where they are.
RAW = [("nul", b"\x00", "U+0000"), ("bel", b"\x07", "U+0007"), ("esc", b"\x1b", "U+001B"),
       ("del", b"\x7f", "U+007F"), ("c1", b"\xc2\x85", "U+0085"), ("c1-9f", b"\xc2\x9f", "U+009F"),
       ("fffe", b"\xef\xbf\xbe", "U+FFFE"), ("ffff", b"\xef\xbf\xbf", "U+FFFF"),
       ("overlong-slash", b"\xc0\xaf", "0xC0"), ("overlong-3", b"\xe0\x80\xaf", "0xE0"),
       ("surrogate", b"\xed\xa0\x80", "0xED"), ("f5", b"\xf5\x80\x80\x80", "0xF5"),
       ("lone-continuation", b"\x80", "0x80"), ("ff", b"\xff", "0xFF"),
       ("cut-sequence", b"\xe3\x81", "0xE3"), ("latin1", b"\xe9", "0xE9")]
RAW_LINES = [1, 4, 7, 18, 24, 29, 34, 39, 43, 46, 52, 59, 21, 26, 31, 54]
for number, (name, raw, code) in enumerate(RAW):
    line = RAW_LINES[number]
    text = LINES[line - 1]
    split = text.index(": ") + 2 if ": " in text else text.index("- ") + 2
    value = text[split:]
    cut = 1
    new = text[:split].encode() + value[:cut].encode() + raw + value[cut:].encode()
    add(f"raw-{name}-line{line}", replaced_bytes(line, new), line, split + cut + 1, PATHS[line], code)
# ... and at the very end of the file, a cut sequence.
data = BASE.encode().rstrip(b"\n") + b"\xe3\x81"
add("raw-cut-at-end", data, 59, len(LINES[58]) + 1, "conclusion.assessment[0]", "ends inside a UTF-8 sequence")

# 4. The typing rule: quoted numbers and booleans are text, unquoted numbers are not ids or dates.
TYPES = [
    (8, 'fiscalYear: "2024"', '"2024"', "write the number without quotes"),
    (8, "fiscalYear: 2024.5", "2024.5", "expected a fiscal year"),
    (8, "fiscalYear: '2024'", "'2024'", "write the number without quotes"),
    (28, '  - number: "1"', '"1"', "write the number without quotes"),
    (28, "  - number: true", "true", "expected a goal number"),
    (44, '            highlight: "true"', '"true"', "write it without quotes"),
    (44, "            highlight: yes", "yes", "expected true or false"),
    (38, "      - number: 2", "2", "quote it"),
    (9, "asOf: 20250331", "20250331", "expected a date"),
    (10, "issued: 2026", "2026", "expected a date"),
    (12, "  digits: 1", "1", "expected one of"),
    (53, "                ministry: 123", "123", "expected a ministry id"),
    (47, "            image: 12", "12", "expected an image path"),
    (9, "asOf: true", "true", "expected a date"),
]
for line, new, part, fragment in TYPES:
    add(f"type-line{line}-{part.strip(chr(34) + chr(39))}", replaced(line, new), line,
        column_of(new, part), PATHS[line], fragment)
new = "issued: {draft: \"2026\"}"
add("type-draft-year-quoted", replaced(10, new), 10, column_of(new, '"2026"'), "issued.draft",
    "write the number without quotes")

# 5. Dates: order, existence, era.
DATES = [
    (9, "asOf: 2023-01-01", "2023-01-01", "before the plan's decision"),
    (10, "issued: 2025-03-30", "2025-03-30", "is before asOf"),
    (9, "asOf: 2025-02-29", "2025-02-29", "not a day of the calendar"),
    (6, "  decidedOn: 1920-01-01", "1920-01-01", "before 昭和"),
    (6, "  decidedOn: 2023/04/07", "2023/04/07", "expected a date YYYY-MM-DD"),
    (10, "issued: drafty", "drafty", "did you mean 'draft'?"),
]
for line, new, part, fragment in DATES:
    add(f"date-line{line}-{part.replace('/', '_')}", replaced(line, new), line, column_of(new, part),
        PATHS[line], fragment)

# 6. References.
REFS = [
    (40, "        ministries: [mhlw, mhwl]", "mhwl", "goals[0].strategies[0].ministries[1]", "did you mean 'mhlw'?"),
    (40, "        ministries: [mhlw, mhlw]", "mhlw]", "goals[0].strategies[0].ministries[1]", "listed twice"),
    (53, "                ministry: maf", "maf", PATHS[53], "did you mean 'maff'?"),
    (29, "    title: 目標一[^pppr][^AMR]", "目標一", PATHS[29], "did you mean 'ppr'?"),
    (29, "    title: 目標一[^AMR]", "目標一", None, None),
    (42, "          - 行った**強調", "**", PATHS[42], "'**' is not closed"),
]
for line, new, part, path, fragment in REFS:
    if fragment is None:  # the footnote 'ppr' is no longer referenced: reported at its id
        add("ref-unused-footnote", replaced(line, new), 24, 3, "footnotes.ppr", "never referenced")
        continue
    add(f"ref-line{line}-{len(cases)}", replaced(line, new), line, column_of(new, part), path, fragment)

# 7. Duplicate keys at every depth: reported at the second one, with its key path.
DUPLICATES = [(1, "title: 二つ目", "title"), (7, "  decidedBy: 二つ目", "plan.decidedBy"),
              (13, "  asOfCalendar: western", "notation.asOfCalendar"),
              (30, "    summaryTitle: 二つ目", "goals[0].summaryTitle"),
              (39, "        title: 二つ目", "goals[0].strategies[0].title"),
              (44, "            highlight: false", "goals[0].strategies[0].actions[1].highlight"),
              (47, "            image: images/ok.png", "goals[0].strategies[0].figures[0].image"),
              (53, "                ministry: maff", "goals[0].strategies[0].indicators[0].rows[0].ministry"),
              (59, "  assessment: [二つ目]", "conclusion.assessment")]
for after, new, path in DUPLICATES:
    key = key_of(new)
    add(f"duplicate-{path.replace('[', '-').replace(']', '').replace('.', '-')}", inserted(after, new),
        after + 1, new.index(key) + 1, path, f"duplicate key '{key}'")
new = "  mhlw: 二つ目"
add("duplicate-ministry-id", inserted(22, new), 23, 3, "ministries.mhlw", "duplicate id 'mhlw'")
new = "        number: \"1.1\""
add("duplicate-strategy-number", inserted(38, "      - title: 二つ目\n" + new), 40, column_of(new, '"1.1"'),
    "goals[0].strategies[1].number", "strategy number 1.1")

# 8. Images that exist but cannot be embedded.
IMAGES = [
    ("missing.png", "does not exist"), ("not-an-image.png", "not a whole PNG image"),
    ("truncated.png", "truncated"), ("zero.png", "0×0 pixels"), ("bad-crc.png", "checksum"),
    ("jpeg-named.png", "holds a JPEG image"), ("truncated.jpg", "truncated"), ("truncated.gif", "truncated"),
    ("picture.svg", "not named .png"), ("picture.bmp", "not named .png"), ("empty.png", "the file is empty"),
    ("folder.png", "does not exist"),
]
for name, fragment in IMAGES:
    new = f"            image: images/{name}"
    add(f"image-{name.replace('.', '-')}", replaced(47, new), 47, column_of(new, "images/"), PATHS[47], fragment)
new = "            image: ../outside.png"
add("image-outside", replaced(47, new), 47, column_of(new, "../"), PATHS[47], "leaves the report's folder")

# 9. Shapes.
SHAPES = [
    (19, "labels: 目標", "目標", "labels", "expected the numbering labels (a mapping"),
    (18, "  - {text: 冒頭}", "{", "lead[0]", "expected text"),
    (40, "        ministries: {mhlw: 1}", "{", "goals[0].strategies[0].ministries", "expected a list of ministry ids"),
    (49, "          - gruop: 群", "gruop", "goals[0].strategies[0].indicators[0].gruop", "did you mean 'group'?"),
    (49, "          - grop: 群", "grop", "goals[0].strategies[0].indicators[0].grop", "did you mean 'group'?"),
    (55, "            values: 一", "一", PATHS[55], "expected a list of result cells"),
    (19, "labels: {goal: 目標}", "{", "labels", "missing required key 'strategy'"),
    (16, '  detail: {number: "1-1"}', "{", "documents.detail", "same number"),
    (52, "                value: {list: [a], style: bulet}", "bulet", PATHS[52] + ".style", "did you mean 'bullet'?"),
]
for line, new, part, path, fragment in SHAPES:
    add(f"shape-line{line}-{len(cases)}", replaced(line, new), line, column_of(new, part), path, fragment)

# 10. Work without bound: aliases that expand to millions of nodes.
laughs = BASE.replace("lead:\n  - 冒頭の文。\n", "lead:\n  - 冒頭の文。\n").encode()
bomb = ["x0: &a0 [ok, ok, ok, ok, ok, ok, ok, ok, ok, ok]"]
for level in range(1, 8):
    bomb.append(f"x{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 10) + "]")
text = "\n".join(bomb) + "\n" + BASE
# x0 is 11 nodes, each level 10 aliases of the one before: x1..x4 add 123,440 nodes and each
# alias of x4 adds 111,111, so the 8th alias in x5 (x5[7]) crosses 1,000,000. It is reported
# where it is written: line 6, column 10 + 7 × 5 ("x5: &a5 [" then "*a4, " per alias).
add("alias-billion-laughs", text.encode(), 6, 10 + 7 * 5, "x5[7]", "aliases expand the report by more than 1000000 nodes")
# An alias of a large list inside a mapping key: the parser would hash the whole expansion.
# x1..x4 add 123,440 nodes; the 8th alias of x4 in the key crosses 1,000,000, at column
# 7 + 7 × 5 of line 6 ("x5: {[" then "*a4, " per alias).
bomb_key = bomb[:5] + ["x5: {[" + ", ".join(["*a4"] * 10) + "]: 1}"]
add("alias-bomb-as-key", ("\n".join(bomb_key) + "\n" + BASE).encode(), 6, 7 + 7 * 5, "x5[7]",
    "aliases expand the report by more than 1000000 nodes")

# 11. Syntax errors keep their place.
# The key path of a syntax error is that of the last value written before it.
SYNTAX = [
    (6, "  decidedOn: @2023-04-07", 6, 14, "plan.decidedOn", "cannot start any token"),
    (12, "\tdigits: halfwidth", 12, 1, "notation", "syntax error"),
    (21, "  mhlw: 厚生労働省: 二", 21, 14, "ministries.mhlw", "syntax error"),
]
for line, new, at_line, at_column, path, fragment in SYNTAX:
    add(f"syntax-line{line}", replaced(line, new), at_line, at_column, path, fragment)

# 12. JSON: the same checks and places.
report = {"title": "テスト", "plan": {"name": "計画", "decidedOn": "2023-04-07", "decidedBy": "会議"},
          "fiscalYear": 2024, "asOf": "2025-03-31", "issued": "draft", "ministries": {"mhlw": "厚生労働省"},
          "goals": [{"title": "目標", "strategies": [{"number": "1.1", "title": "戦略", "ministries": ["mhlw"],
                                                     "actions": [{"text": "行った。", "highlight": True}]}]}]}
JSON_BASE = json.dumps(report, ensure_ascii=False, indent=1)


def json_case(name, old, new, part, path, fragment, count=1):
    assert JSON_BASE.count(old) >= 1, old
    text = JSON_BASE.replace(old, new, count)
    # The error is on the first line the change made different.
    for number, (before, line) in enumerate(zip(JSON_BASE.split("\n"), text.split("\n")), start=1):
        if before != line:
            add(f"json-{name}", text.encode(), number, column_of(line, part), path, fragment, ext="json")
            return
    raise SystemExit(f"json case {name}: change not found")


json_case("fiscal-year-string", '"fiscalYear": 2024', '"fiscalYear": "2024"', '"2024"', "fiscalYear",
          "write the number without quotes")
json_case("title-u0001", '"title": "テスト"', '"title": "テ\\u0001スト"', '"テ', "title", "U+0001")
json_case("title-uffff", '"title": "テスト"', '"title": "\\uFFFF"', '"\\uFFFF', "title", "U+FFFF")
json_case("highlight-string", '"highlight": true', '"highlight": "true"', '"true"',
          "goals[0].strategies[0].actions[0].highlight", "write it without quotes")
json_case("strategy-number-float", '"number": "1.1"', '"number": 1.1', "1.1", "goals[0].strategies[0].number",
          "quote it")
json_case("unknown-key", '"decidedBy"', '"decidedBi"', '"decidedBi"', "plan.decidedBi", "did you mean 'decidedBy'?")
json_case("ministry-number", '"mhlw"\n', '7\n', "7",
          "goals[0].strategies[0].ministries[0]", "expected a ministry id")
json_case("as-of-before-decision", '"asOf": "2025-03-31"', '"asOf": "2020-03-31"', '"2020-03-31"', "asOf",
          "before the plan's decision")
json_case("null-title", '"title": "テスト"', '"title": null', "null", "title", "expected text")
json_case("goal-number-fraction", '"title": "目標"', '"number": 1.5, "title": "目標"', "1.5", "goals[0].number",
          "expected a goal number")


def write_images(folder):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    def png(width, height):
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b""))

    good = png(1, 1)
    jpeg = (b"\xff\xd8" + b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            + b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, 1, 1, 1) + b"\x01\x11\x00"
            + b"\xff\xda" + struct.pack(">HB", 8, 1) + b"\x01\x00\x00\x3f\x00" + b"\x00" * 4)
    files = {
        "ok.png": good,
        "not-an-image.png": b"this is text, not an image\n",
        "truncated.png": good[:40],
        "zero.png": png(0, 0),
        "bad-crc.png": good[:29] + b"\x00\x00\x00\x00" + good[33:],
        "jpeg-named.png": jpeg + b"\xff\xd9",
        "truncated.jpg": jpeg,
        "truncated.gif": b"GIF89a\x01\x00\x01\x00\x00\x00\x00,",
        "picture.svg": b"<svg xmlns='http://www.w3.org/2000/svg'/>",
        "picture.bmp": b"BM" + b"\x00" * 60,
        "empty.png": b"",
    }
    os.makedirs(os.path.join(folder, "folder.png"), exist_ok=True)
    with open(os.path.join(folder, "folder.png", "README"), "w") as file:
        file.write("A folder named like an image, for the bad-input corpus.\n")
    for name, data in files.items():
        with open(os.path.join(folder, name), "wb") as file:
            file.write(data)


os.makedirs(OUT, exist_ok=True)
for name in os.listdir(OUT):
    path = os.path.join(OUT, name)
    if os.path.isfile(path):
        os.remove(path)
write_images(os.path.join(OUT, "images"))
with open(os.path.join(OUT, "EXPECTED"), "w", encoding="utf-8") as manifest:
    for name, data, line, column, path, fragment in cases:
        with open(os.path.join(OUT, name), "wb") as file:
            file.write(data)
        manifest.write(f"{name}\t{line}\t{column}\t{path}\t{fragment}\n")
print(f"{len(cases)} bad inputs in {os.path.relpath(OUT)}")
