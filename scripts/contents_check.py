#!/usr/bin/env python3
"""Checks a report PDF's contents list (目次) against the pages its headings are on.

    python3 scripts/contents_check.py MODEL.json REPORT.pdf [--expect-none]

The entries are read from the document model (the `json` format's output) by the rule of
ShiryoModel's ContentsList: headings of level 2 to 4 that have an anchor, printed as number
and text without footnote references. The PDF's text is read page by page (pdftotext -f N
-l N -raw, without a draft's watermark lines and the n / N footer). The contents pages are the first page holding 目次 and the pages after it up to the
one with the last entry. For every entry, the contents must print it followed by a page
number, and that number must be the first page after the contents whose text holds the
heading. Whitespace is ignored (lines wrap anywhere in Japanese).

--expect-none checks instead that no page holds a contents list.
Prints one line per problem and exits 1 if there is any.
"""
import json
import re
import subprocess
import sys

MAXIMUM_LEVEL = 4


def plain(inlines):
    text = ""
    for inline in inlines:
        kind = inline.get("type")
        if kind == "text":
            text += inline["text"]
        elif kind in ("strong", "emphasis", "crossReference"):
            text += plain(inline.get("content", []))
        elif kind == "lineBreak":
            text += " "
    return text


def squeeze(text):
    return re.sub(r"\s+", "", text)


def entries(model):
    document = model["document"]
    result = []
    for block in document["blocks"]:
        if block.get("type") == "heading" and 2 <= block["level"] <= MAXIMUM_LEVEL and block.get("anchor"):
            result.append(squeeze((block.get("number") or "") + plain(block["content"])))
    return result


def page_text(pdf, number, count):
    """The text of one page in drawing order (-raw: a wrapped heading stays in one piece),
    without a draft's watermark lines (案, DRAFT) and without the page footer (n / N)."""
    text = subprocess.run(["pdftotext", "-raw", "-f", str(number), "-l", str(number), "-enc", "UTF-8", pdf, "-"],
                          capture_output=True, text=True, check=True).stdout
    lines = [line for line in text.splitlines()
             if line.strip() != "案" and not re.fullmatch(rf"\s*{number}\s*/\s*{count}\s*", line)]
    return squeeze("".join(lines)).replace("DRAFT", "")


def pages(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    count = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    return [page_text(pdf, n, count) for n in range(1, count + 1)]


def main():
    model = json.load(open(sys.argv[1], encoding="utf-8"))
    texts = pages(sys.argv[2])
    expect_none = "--expect-none" in sys.argv[3:]
    wanted = entries(model)
    start = next((index for index, text in enumerate(texts) if "目次" in text), None)
    if expect_none:
        if start is not None:
            print(f"page {start + 1} holds 目次, but no contents list was asked for")
            return 1
        return 0
    if not wanted:
        print("the model has no contents entries")
        return 1
    if start is None:
        print("no page holds 目次")
        return 1
    problems = []
    printed = {}
    page = start
    position = texts[page].index("目次")
    for entry in wanted:
        # Each entry follows the one before it, on the same contents page or a later one.
        pattern = re.compile(re.escape(entry) + r"[.・…‥·]*([0-9]+)")
        while True:
            match = pattern.search(texts[page], position)
            if match:
                printed[entry] = int(match.group(1))
                position = match.end()
                break
            if page + 1 >= len(texts) or page + 1 > start + 10:
                break
            page, position = page + 1, 0
        if entry not in printed:
            problems.append(f"the contents do not list '{entry}' with a page number")
            break
    last_contents_page = page
    for entry, number in printed.items():
        found = next((index + 1 for index in range(last_contents_page + 1, len(texts)) if entry in texts[index]), None)
        if found is None:
            problems.append(f"'{entry}' (listed on page {number}) is on no page after the contents")
        elif found != number:
            problems.append(f"'{entry}' is listed on page {number} but is on page {found}")
    for problem in problems:
        print("  " + problem)
    print(f"  {len(printed)} of {len(wanted)} entries listed; contents on pages {start + 1}-{last_contents_page + 1}",
          file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
