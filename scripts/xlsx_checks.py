#!/usr/bin/env python3
"""Judges the inquiry workbooks (shiryo inquiry make) with openpyxl, as Excel users meet them.

    python3 scripts/xlsx_checks.py check-made DIR        # every DIR/*.xlsx
    python3 scripts/xlsx_checks.py strip REPORT.yaml OUT.yaml     # the report without this year's answers
    python3 scripts/xlsx_checks.py fill REPORT.yaml DIR OUT [ID]  # answer DIR/*.xlsx with REPORT's own text
                                                                  # (ministry ID answers as CP932 CSV files)

Prints one PASS/FAIL line per check and exits non-zero on any failure.
"""
import sys
from pathlib import Path

import openpyxl

SHEETS = ["記入要領", "取組", "次年度", "指標"]
failures = 0


def check(ok, what):
    global failures
    print(("PASS " if ok else "FAIL ") + what)
    if not ok:
        failures += 1


def input_columns(ws):
    """Columns (1-based) whose data cells are unlocked: the ones a ministry writes."""
    if ws.max_row < 2:
        return set()
    return {c.column for c in ws[2] if not c.protection.locked}


def check_made(folder):
    books = sorted(Path(folder).glob("*.xlsx"))
    check(len(books) > 0, f"{folder}: workbooks were made")
    for path in books:
        wb = openpyxl.load_workbook(path)
        name = path.name
        check(wb.sheetnames == SHEETS, f"{name}: sheets {SHEETS}")
        code = {row[0].value: row[1].value for row in wb["記入要領"].iter_rows(min_row=1) if len(row) > 1}
        check(path.stem in code.values(), f"{name}: the instructions name the ministry id {path.stem}")
        for title in SHEETS[1:]:
            ws = wb[title]
            check(ws.protection.sheet, f"{name}!{title}: the sheet is protected")
            check(ws.freeze_panes == "A2", f"{name}!{title}: the header row is frozen")
            check(not ws.merged_cells.ranges, f"{name}!{title}: no merged cells")
            headers = [c.value for c in ws[1]]
            check(headers[0] == "識別番号" and all(h for h in headers), f"{name}!{title}: one header per column, ID first")
            inputs = input_columns(ws)
            check(bool(inputs) or ws.max_row < 2, f"{name}!{title}: input cells are unlocked")
            ids = []
            for row in ws.iter_rows(min_row=2):
                ids.append(row[0].value)
                for cell in row:
                    locked = cell.protection.locked
                    if cell.column in inputs:
                        if locked:
                            check(False, f"{name}!{cell.coordinate}: input cell is unlocked")
                        if cell.number_format != "@":
                            check(False, f"{name}!{cell.coordinate}: input cell is formatted as text")
                    elif not locked:
                        check(False, f"{name}!{cell.coordinate}: identifier cell is locked")
                    if isinstance(cell.value, str) and (cell.value != cell.value.strip(" \u3000")):
                        check(False, f"{name}!{cell.coordinate}: no spaces for layout")
            check(all(ids) and len(set(ids)) == len(ids), f"{name}!{title}: every row has a unique identifier")
            for column in range(1, ws.max_column + 1):
                letter = openpyxl.utils.get_column_letter(column)
                width = ws.column_dimensions[letter].width
                if not width or width < 8:
                    check(False, f"{name}!{title}: column {letter} has a readable width")
            validations = {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}
            if title == "取組" and ws.max_row > 1:
                col = headers.index("総括に掲載（○）") + 1
                letter = openpyxl.utils.get_column_letter(col)
                dv = validations.get(f"{letter}2:{letter}{ws.max_row}" if ws.max_row > 2 else f"{letter}2")
                check(dv is not None and dv.type == "list" and dv.formula1 == '"○"', f"{name}!{title}: ○ list validation on {letter}")
            if title == "指標" and ws.max_row > 1:
                col = headers.index("今年度実績の形式") + 1
                letter = openpyxl.utils.get_column_letter(col)
                dv = validations.get(f"{letter}2:{letter}{ws.max_row}" if ws.max_row > 2 else f"{letter}2")
                check(dv is not None and dv.type == "list" and "箇条書き（・）" in dv.formula1,
                      f"{name}!{title}: 形式 list validation on {letter}")
                check(all(ws.cell(row=r, column=col).value == "文章" or ws.cell(row=r, column=col).value
                          for r in range(2, ws.max_row + 1)), f"{name}!{title}: 形式 is filled in")


def load_yaml(path):
    import yaml
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def strip(source, target, expected=None):
    """The report without this year's answers: actions, next year's goals, policies, results.

    The 総括 (conclusion) stays: it is the secretariat's, asked in no workbook. A footnote that
    only the answers referred to is left out, as the loader refuses an unreferenced footnote:
    the workbooks cannot carry it. EXPECTED, if given, is the sample as the round trip can
    bring it back: those footnotes and their references taken out."""
    import re
    report = load_yaml(source)
    for goal in report["goals"]:
        for key in ("actions", "nextYear", "policy"):
            goal.pop(key, None)
        for strategy in goal.get("strategies") or []:
            strategy.pop("actions", None)
            for entry in strategy.get("indicators") or []:
                for row in entry.get("rows", []) if "group" in entry else [entry]:
                    row.pop("value", None)
                    if "values" in row:  # the table keeps its result columns, empty
                        row["values"] = [None] * len(row["values"])
    def strings(value):
        if isinstance(value, dict):
            return [text for item in value.values() for text in strings(item)]
        if isinstance(value, list):
            return [text for item in value for text in strings(item)]
        return [value] if isinstance(value, str) else []
    referenced = {match for text in strings(report) for match in re.findall(r"\[\^([^\]]+)\]", text)}
    lost = sorted(set(report.get("footnotes") or {}) - referenced)
    for footnote in lost:
        del report["footnotes"][footnote]
    if "footnotes" in report and not report["footnotes"]:
        del report["footnotes"]
    dump(report, target)
    if expected:
        def without(value):
            if isinstance(value, dict):
                return {key: without(item) for key, item in value.items()}
            if isinstance(value, list):
                return [without(item) for item in value]
            if isinstance(value, str):
                for footnote in lost:
                    value = value.replace(f"[^{footnote}]", "")
            return value
        sample = without(load_yaml(source))
        for footnote in lost:
            del sample["footnotes"][footnote]
        if "footnotes" in sample and not sample["footnotes"]:
            del sample["footnotes"]
        dump(sample, expected)
    print("not carried by the workbooks: " + (", ".join(f"footnote {f}" for f in lost) or "nothing"))


def dump(report, path):
    import yaml
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        yaml.safe_dump(report, handle, allow_unicode=True, sort_keys=False, width=1000)


STYLE_LABELS = {None: "文章", "bullet": "箇条書き（•）", "dot": "箇条書き（・）", "none": "箇条書き（記号なし）"}


def answers_of(report):
    """Row id → {header: text}: what the sample itself says, keyed as the workbooks are."""
    answers = {}
    for position, goal in enumerate(report["goals"], start=1):
        number = goal.get("number", position)
        def put_actions(prefix, actions):
            for index, action in enumerate(actions or [], start=1):
                if isinstance(action, str):
                    action = {"text": action}
                cells = {"取組": action["text"].rstrip("\n")}
                if action.get("highlight"):
                    cells["総括に掲載（○）"] = "○"
                if action.get("summary"):
                    cells["総括用の短い文（任意）"] = action["summary"].rstrip("\n")
                answers[f"{prefix}{index}"] = cells
        put_actions(f"G{number}-A", goal.get("actions"))
        for index, text in enumerate(goal.get("nextYear") or [], start=1):
            answers[f"G{number}-N{index}"] = {"記入欄": text.rstrip("\n")}
        if goal.get("policy"):
            answers[f"G{number}-P"] = {"記入欄": goal["policy"].rstrip("\n")}
        for spos, strategy in enumerate(goal.get("strategies") or [], start=1):
            snumber = str(strategy.get("number", f"{number}.{spos}"))
            put_actions(f"{snumber}-A", strategy.get("actions"))
            rows = []
            for entry in strategy.get("indicators") or []:
                rows += entry.get("rows", []) if "group" in entry else [entry]
            for index, row in enumerate(rows, start=1):
                values = row["values"] if "values" in row else ([row["value"]] if "value" in row else [])
                cells, style = {}, None
                for column, value in enumerate(values, start=1):
                    if isinstance(value, dict):
                        style = value.get("style", "bullet")
                        text = "\n".join(item.rstrip("\n") for item in value["list"])
                    else:
                        text = "" if value is None else str(value).rstrip("\n")
                    cells[f"今年度実績{column}" if len(values) > 1 or True else "今年度実績"] = text
                if values:
                    cells["今年度実績の形式"] = STYLE_LABELS[style]
                answers[f"{snumber}-I{index}"] = cells
    return answers


def fill(sample, made, out, csv_ministry=None):
    """Answers every workbook of MADE with SAMPLE's own text, as a ministry would in Excel."""
    answers = answers_of(load_yaml(sample))
    Path(out).mkdir(parents=True, exist_ok=True)
    placed = set()
    for path in sorted(Path(made).glob("*.xlsx")):
        wb = openpyxl.load_workbook(path)
        for title in SHEETS[1:]:
            ws = wb[title]
            headers = [c.value for c in ws[1]]
            for row in ws.iter_rows(min_row=2):
                wanted = answers.get(row[0].value, {})
                placed.add(row[0].value)
                for cell, header in zip(row, headers):
                    if cell.protection.locked:
                        continue
                    key = header
                    if header.startswith("今年度実績") and header != "今年度実績の形式":
                        number = "".join(ch for ch in header.split("（")[0] if ch.isdigit()) or "1"
                        key = f"今年度実績{number}"
                    elif header.startswith("令和") or header.endswith("の取組（1行に1つ）"):
                        key = "取組"
                    if key in wanted and wanted[key] != "":
                        cell.value = wanted[key]
                    elif key != "今年度実績の形式":
                        cell.value = None
        target = Path(out) / path.name
        if csv_ministry and path.stem == csv_ministry:
            # Japanese Excel's 「CSV（コンマ区切り）」: one file per sheet, in CP932.
            import csv
            for title in SHEETS:
                ws = wb[title]
                with open(Path(out) / f"{path.stem}.{title}.csv", "w", encoding="cp932", newline="") as handle:
                    writer = csv.writer(handle)
                    for row in ws.iter_rows(values_only=True):
                        writer.writerow(["" if v is None else v for v in row])
        else:
            wb.save(target)
    unplaced = sorted(key for key, cells in answers.items() if key not in placed and any(cells.values()))
    if unplaced:
        print("no row in the workbooks for " + ", ".join(unplaced) + " (make them with more --rows)", file=sys.stderr)
        sys.exit(1)


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == "check-made":
        check_made(sys.argv[2])
    elif len(sys.argv) in (4, 5) and sys.argv[1] == "strip":
        strip(*sys.argv[2:])
        return 0
    elif len(sys.argv) in (5, 6) and sys.argv[1] == "fill":
        fill(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5] if len(sys.argv) == 6 else None)
        return 0
    else:
        print(__doc__)
        return 2
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
