#!/usr/bin/env python3
"""Judges the inquiry workbooks (shiryo inquiry make) with openpyxl, as Excel users meet them.

    python3 scripts/xlsx_checks.py check-made DIR        # every DIR/*.xlsx
    python3 scripts/xlsx_checks.py fill REPORT.yaml DIR OUT   # answer DIR/*.xlsx with REPORT's own text

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


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == "check-made":
        check_made(sys.argv[2])
    else:
        print(__doc__)
        return 2
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
