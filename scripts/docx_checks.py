#!/usr/bin/env python3
"""Checks Shiryo's DOCX output with real clients: openxml-audit, LibreOffice (PDF),
pdftotext/pdfinfo, python-docx and pandoc: the texts, headings, tables and footnotes; the
詳細's contents (python-docx reads its entries, and in LibreOffice's PDF every entry shows the
page its heading is on: scripts/contents_check.py); the core properties; the watermark in
every header of a draft and in none of a final document.

Usage: docx_checks.py JSON_DIR DOCX_DIR PDF_DIR
For every <name>.json (the document model as `shiryo render --format json` writes it)
the matching <name>.docx is checked. Prints one `PASS check` or `FAIL check: why` line
per check; scripts/docx-tests.sh counts them.
"""
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import docx  # python-docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
results = []


def report(name, ok, why=""):
    results.append(ok)
    print(f"PASS {name}" if ok else f"FAIL {name}: {why}", flush=True)


def squash(text):
    return re.sub(r"\s+", "", text)


def text_strings(node, out):
    """Every `text` inline of the model (footnotes included); labels are left out since
    auto-numbered Word footnotes print Word's own numbers."""
    if isinstance(node, dict):
        if node.get("type") == "text" and isinstance(node.get("text"), str):
            out.append(node["text"])
        for key, value in node.items():
            if key != "metadata":
                text_strings(value, out)
    elif isinstance(node, list):
        for item in node:
            text_strings(item, out)
    return out


def expected_strings(model):
    strings = text_strings(model["blocks"], []) + text_strings(model.get("footnotes", []), [])
    meta = model["metadata"]
    strings += [meta[k] for k in ("documentNumber", "dateText", "issuer", "title", "subtitle") if meta.get(k)]
    pieces = []
    for s in strings:
        # A line break inside a text becomes a Word break; check each line on its own.
        pieces += [squash(p) for p in s.split("\n") if squash(p)]
    return pieces


def without_running_heads(text, meta):
    """Drops page-number lines and the running header from pdftotext output, so that a
    paragraph broken across pages reads as one."""
    heads = {squash(x) for x in (meta.get("dateText"), meta.get("documentNumber")) if x}
    heads.add(squash((meta.get("dateText") or "") + (meta.get("documentNumber") or "")))
    lines = text.replace("\f", "\n").split("\n")
    return "\n".join(l for l in lines if not re.fullmatch(r"\s*\d+\s*/\s*\d+\s*", l) and squash(l) not in heads)


def missing_from(pieces, haystacks):
    flat = [squash(h) for h in haystacks]
    return [p for p in pieces if not any(p in h for h in flat)]


def nodes(node):
    """Every mapping of the model's JSON below `node`, in document order."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from nodes(value)
    elif isinstance(node, list):
        for item in node:
            yield from nodes(item)


def walk_blocks(blocks, visit):
    for block in blocks:
        visit(block)
        kind = block.get("type")
        if kind == "slide":
            walk_blocks(block["blocks"], visit)
        elif kind == "columns":
            for column in block["content"]:
                walk_blocks(column["blocks"], visit)
        elif kind == "list":
            for item in block["items"]:
                walk_blocks(item, visit)


def check_python_docx(name, model, path):
    document = docx.Document(str(path))
    blocks = model["blocks"]
    # Headings: every model heading, and every slide title, in a Heading N style.
    expected = {}

    def count(block):
        if block["type"] == "heading":
            expected[block["level"]] = expected.get(block["level"], 0) + 1
        if block["type"] == "slide":
            expected[1] = expected.get(1, 0) + 1

    walk_blocks(blocks, count)
    found = {}
    # Every w:p once, table cells included (python-docx repeats merged cells).
    for element in document.element.body.iter(qn("w:p")):
        paragraph = Paragraph(element, document)
        match = re.fullmatch(r"[Hh]eading (\d)", paragraph.style.name if paragraph.style is not None else "")
        if match:
            level = int(match.group(1))
            found[level] = found.get(level, 0) + 1
    report(f"{name}: python-docx headings by level {expected}", found == expected, f"found {found}")

    # Tables: report tables are top-level with header + body rows; a slide's columns are a
    # one-row layout table.
    if model["kind"] == "report":
        want = [len(b["headerRows"]) + len(b["rows"]) for b in blocks if b["type"] == "table"]
    else:
        want = []
        walk_blocks(blocks, lambda b: want.append(1) if b["type"] == "columns" else None)
    got = [len(t._tbl.findall(qn("w:tr"))) for t in document.tables]
    report(f"{name}: python-docx table rows {want}", got == want, f"got {got}")

    # Footnote references point at footnotes of footnotes.xml.
    references = [e.get(qn("w:id")) for e in document.element.body.iter(qn("w:footnoteReference"))]
    with zipfile.ZipFile(path) as archive:
        notes = etree.fromstring(archive.read("word/footnotes.xml"))
    ids = [n.get(qn("w:id")) for n in notes.iter(qn("w:footnote"))]
    real = [i for i in ids if i not in ("-1", "0")]
    expected_refs = set()
    if model["kind"] == "report":
        with_content = {f["id"] for f in model.get("footnotes", []) if f.get("content")}

        for node in nodes(blocks):
            if node.get("type") == "footnoteReference" and node["id"] in with_content:
                expected_refs.add(node["id"])
    ok = ids[:2] == ["-1", "0"] and sorted(references) == sorted(real) and len(real) == len(expected_refs)
    report(f"{name}: footnote references match footnotes.xml ({len(real)})", ok,
           f"references {references}, footnotes {ids}, expected {len(expected_refs)}")


def contents_entries(model):
    """The contents lines the model implies (ShiryoModel's ContentsList): anchored headings
    of level 2 to 4, number and text, footnote references left out."""
    def plain(inlines):
        out = ""
        for inline in inlines:
            if inline.get("type") == "text":
                out += inline["text"]
            elif inline.get("type") in ("strong", "emphasis", "crossReference"):
                out += plain(inline.get("content", []))
            elif inline.get("type") == "lineBreak":
                out += " "
        return out
    return [((b.get("number") + " ") if b.get("number") else "") + plain(b["content"])
            for b in model["blocks"] if b.get("type") == "heading" and 2 <= b["level"] <= 4 and b.get("anchor")]


def check_contents_and_properties(name, model, model_path, path, pdf):
    document = docx.Document(str(path))
    meta = model["metadata"]
    # python-docx reads the contents: one toc N paragraph per entry, its text and a page number.
    # (document.paragraphs skips the content control the contents are in: walk every w:p.)
    paragraphs = [Paragraph(element, document) for element in document.element.body.iter(qn("w:p"))]
    toc = [p for p in paragraphs if p.style is not None and re.fullmatch(r"toc \d", p.style.name)]
    read = [re.sub(r"\t\d+$", "", p.text) for p in toc]
    if model["kind"] == "report":
        wanted = contents_entries(model)
        report(f"{name}: python-docx reads the {len(wanted)} contents entries", read == wanted and
               all(re.search(r"\t\d+$", p.text) for p in toc), f"read {read[:3]}…")
        # LibreOffice computes the PAGEREF fields: the pages must be those of the headings.
        if pdf.exists():
            checked = subprocess.run([sys.executable, str(Path(__file__).with_name("contents_check.py")),
                                      str(model_path), str(pdf)], capture_output=True, text=True)
            report(f"{name}: LibreOffice's PDF lists every entry with the page of its heading",
                   checked.returncode == 0, checked.stdout[-600:] + checked.stderr[-300:])
    else:
        report(f"{name}: no contents in the 概要", not toc, f"{len(toc)} toc paragraphs")
    # python-docx reads the core properties.
    core = document.core_properties
    expected = {"title": meta["title"], "subject": meta.get("subject") or meta.get("subtitle") or "",
                "author": meta.get("issuer") or "", "keywords": ", ".join(meta.get("keywords", [])),
                "category": meta.get("documentNumber") or "", "language": "ja-JP" if meta["language"] == "ja" else meta["language"],
                "content_status": "案" if meta.get("isDraft") else ""}
    got = {key: getattr(core, key) or "" for key in expected}
    report(f"{name}: python-docx reads the core properties", got == expected, f"got {got}, expected {expected}")
    # Cross references to the companion document are relative links to its file beside this one.
    companions = [node["documentIdentifier"] for node in nodes(model["blocks"])
                  if node.get("type") == "crossReference" and node.get("documentIdentifier") not in (None, meta["identifier"])]
    links = [r.target_ref for r in document.part.rels.values() if r.is_external and r.reltype.endswith("/hyperlink")]
    stem = path.name.rsplit(".", 2)[0]
    wanted_links = sorted({f"{stem}.{identifier}.docx" for identifier in companions})
    report(f"{name}: links to the companion document {wanted_links}, files in the same folder",
           sorted({link.split("#")[0] for link in links}) == wanted_links
           and all((path.parent / link.split("#")[0]).exists() for link in links), f"links {links}")

    # A draft's headers carry the watermark, a final document's none.
    with zipfile.ZipFile(path) as archive:
        headers = [archive.read(n).decode() for n in archive.namelist() if re.fullmatch(r"word/header\d+\.xml", n)]
    marked = sum("ShiryoDraftWatermark" in h for h in headers)
    expectation = "present" if meta.get("isDraft") else "absent"
    if meta.get("isDraft"):
        report(f"{name}: every header of the draft has the watermark ({marked} of {len(headers)})", marked == len(headers))
    else:
        report(f"{name}: no header of a final document has a watermark", marked == 0, f"{marked} headers")
    # And it is on the pages LibreOffice lays out: looked at, every page of a draft, none otherwise.
    if pdf.exists():
        looked = subprocess.run([sys.executable, str(Path(__file__).with_name("watermark_check.py")), str(pdf), expectation],
                                capture_output=True, text=True)
        report(f"{name}: the watermark is {expectation} on every page of LibreOffice's PDF", looked.returncode == 0,
               looked.stdout.strip() + looked.stderr[-300:])


def main():
    json_dir, docx_dir, pdf_dir = map(Path, sys.argv[1:4])
    models = sorted(json_dir.glob("*.json"))
    docx_files = [docx_dir / (m.stem + ".docx") for m in models]
    for path in docx_files:
        report(f"{path.name}: exists", path.exists(), "not rendered")
    present = [p for p in docx_files if p.exists()]

    # LibreOffice converts all files in one start-up.
    pdf_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(pdf_dir)] + [str(p) for p in present],
                   check=False, capture_output=True, timeout=600)

    for model_path, path in zip(models, docx_files):
        if not path.exists():
            continue
        name = path.name
        model = json.loads(model_path.read_text())["document"]
        pieces = expected_strings(model)

        audit = subprocess.run(["openxml-audit", str(path)], capture_output=True, text=True)
        errors = re.search(r"Errors:\s*(\d+)", audit.stdout)
        report(f"{name}: openxml-audit reports no errors", audit.returncode == 0 and errors is not None
               and errors.group(1) == "0", audit.stdout[-600:])

        pdf = pdf_dir / (path.stem + ".pdf")
        report(f"{name}: LibreOffice converts it to PDF", pdf.exists(), "no PDF")
        if pdf.exists():
            layouts = [subprocess.run(["pdftotext"] + mode + [str(pdf), "-"], capture_output=True, text=True).stdout
                       for mode in ([], ["-raw"])]
            missing = missing_from(pieces, layouts + [without_running_heads(t, model["metadata"]) for t in layouts])
            report(f"{name}: pdftotext has all {len(pieces)} texts", not missing, f"missing {missing[:3]}")
            info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
            pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
            size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info)
            width, height = float(size.group(1)), float(size.group(2))
            if model["kind"] == "slides":
                slides = sum(1 for b in model["blocks"] if b["type"] == "slide")
                report(f"{name}: one landscape A4 page per slide ({slides})",
                       pages == slides and abs(width - 841.89) < 1 and abs(height - 595.28) < 1,
                       f"{pages} pages of {width} x {height}")
            else:
                report(f"{name}: portrait A4 pages", abs(width - 595.28) < 1 and abs(height - 841.89) < 1,
                       f"{width} x {height}")

        check_python_docx(name, model, path)
        check_contents_and_properties(name, model, model_path, path, pdf_dir / (path.stem + ".pdf"))

        plain = subprocess.run(["pandoc", "-f", "docx", "-t", "plain", "--wrap=none", "--columns=100000", str(path)],
                               capture_output=True, text=True)
        missing = missing_from(pieces, [plain.stdout])
        report(f"{name}: pandoc reads all {len(pieces)} texts", plain.returncode == 0 and not missing,
               f"missing {missing[:3]} {plain.stderr[-300:]}")

    failed = results.count(False)
    print(f"docx_checks.py: {len(results) - failed} checks ok, {failed} not ok")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
