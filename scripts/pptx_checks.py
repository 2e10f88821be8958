#!/usr/bin/env python3
"""Checks Shiryo's PPTX output with real clients: python-pptx reads every deck, and the
PDF that LibreOffice Impress made of it is read with pdftotext and pdfinfo.

Usage: pptx_checks.py JSON_DIR PPTX_DIR PDF_DIR [SEED_DIR]
For every <name>.summary.json (the 概要 model as `shiryo render --format json` writes it)
the matching <name>.summary.pptx and .pdf are checked. Prints one `PASS check` or
`FAIL check: why` line per check; scripts/pptx-tests.sh counts them.
"""
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

from pptx import Presentation
from pptx.util import Emu

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
results = []

# Pieces of seed 000 that Shiryo deliberately writes differently (as SeedFidelityTests).
KNOWN_DIFFERENCES = {
    "kansensho-kihon-senryaku": [r"本資料は2024年３月31日時点のものである。"],
}
SEEDS = {"kansensho-kihon-senryaku": "000_a41fb48d2614b610.txt"}


def report(name, ok, why=""):
    results.append(ok)
    print(f"PASS {name}" if ok else f"FAIL {name}: {why}", flush=True)


def squash(text):
    return re.sub(r"\s+", "", text)


def fold(text):
    """White space and character width folded, for comparing a PDF's text with a seed's."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"[\s•⃝・]", "", text)
    return text.replace("．", ".")


def plain(inlines):
    out = []
    for inline in inlines or []:
        kind = inline.get("type")
        if kind == "text":
            out.append(inline["text"])
        elif kind in ("strong", "emphasis", "crossReference"):
            out.append(plain(inline.get("content")))
        elif kind == "footnoteReference":
            out.append(inline["label"])
        elif kind == "lineBreak":
            out.append("\n")
    return "".join(out)


def block_texts(block, out):
    """Every paragraph-sized text of a block, as the deck must show it."""
    kind = block.get("type")
    if kind == "heading":
        out.append((block.get("number") or "") + plain(block["content"]))
    elif kind == "paragraph":
        out.append(plain(block["content"]))
    elif kind == "list":
        for item in block["items"]:
            for inner in item:
                block_texts(inner, out)
    elif kind == "note":
        out.append(plain(block["content"]))
    elif kind == "figure":
        for key in ("caption", "description", "credit"):
            if block.get(key):
                out.append(plain(block[key]))
    elif kind == "columns":
        for column in block["content"]:
            if column.get("title"):
                out.append(plain(column["title"]))
            for inner in column["blocks"]:
                block_texts(inner, out)


def expected_shapes(slide, metadata):
    """The layout and shape count the model implies (see SlidePlanner)."""
    blocks = slide["blocks"]
    columns = [b for b in blocks if b.get("type") == "columns"]
    others = [b for b in blocks if b.get("type") != "columns"]
    count = 2  # title and slide number
    if slide["role"] == "title" and (metadata.get("documentNumber") or metadata.get("dateText")):
        count += 1
    def region(blocks, titled):
        figures = [b for b in blocks if b.get("type") == "figure"]
        return (1 if titled else 0) + 1 + sum(2 if f.get("image") else 1 for f in figures)
    if columns:
        for column in columns[0]["content"]:
            count += region(column["blocks"], column.get("title") is not None)
        index = blocks.index(columns[0])
        before, after = blocks[:index], blocks[index + 1:]
        count += (region(before, False) if before else 0) + (region(after, False) if after else 0)
    else:
        count += region(others, False)
    if any(f.get("content") for f in slide.get("footnotes", [])):
        count += 1
    # A draft's watermark, and the stamps (案, 取扱注意) of a draft or of a stamped document.
    if metadata.get("isDraft"):
        count += 1
    if metadata.get("isDraft") or metadata.get("stamps"):
        count += 1
    if slide["role"] == "title":
        layout = "Title Slide"
    elif columns and len(columns[0]["content"]) >= 2:
        layout = "Two Content"
    else:
        layout = "Title and Content"
    return layout, count


def check_deck(name, model, pptx_path, pdf_path, seed_dir):
    document = model["document"]
    slides = [b for b in document["blocks"] if b.get("type") == "slide"]
    deck = Presentation(str(pptx_path))
    report(f"{name}: python-pptx opens the deck, {len(deck.slides)} slides for {len(slides)} in the model",
           len(deck.slides) == len(slides), f"{len(deck.slides)} slides")

    width, height = deck.slide_width, deck.slide_height
    report(f"{name}: A4 landscape slide size", (width, height) == (10692000, 7560000), f"{width}x{height}")

    # The core properties, as python-pptx reads them.
    meta = document["metadata"]
    core = deck.core_properties
    expected_core = {"title": meta["title"], "subject": meta.get("subject") or meta.get("subtitle") or "",
                     "author": meta.get("issuer") or "", "keywords": ", ".join(meta.get("keywords", [])),
                     "category": meta.get("documentNumber") or "", "content_status": "案" if meta.get("isDraft") else ""}
    got_core = {key: getattr(core, key) or "" for key in expected_core}
    report(f"{name}: python-pptx reads the core properties", got_core == expected_core, f"{got_core}")

    # A draft's watermark is on every slide, behind the rest; a final deck has none.
    marked = [any(shape.name.startswith("透かし") for shape in slide.shapes) for slide in deck.slides]
    first = [len(slide.shapes) > 0 and slide.shapes[0].name.startswith("透かし") for slide in deck.slides]
    if meta.get("isDraft"):
        report(f"{name}: the watermark is the bottom shape of every slide", all(marked) and all(first), f"{marked}")
    else:
        report(f"{name}: no slide of a final deck has a watermark", not any(marked), f"{marked}")
    if pdf_path.exists():
        expectation = "present" if meta.get("isDraft") else "absent"
        looked = subprocess.run([sys.executable, str(Path(__file__).with_name("watermark_check.py")), str(pdf_path),
                                 expectation], capture_output=True, text=True)
        report(f"{name}: the watermark is {expectation} on every page of LibreOffice Impress's PDF",
               looked.returncode == 0, looked.stdout.strip() + looked.stderr[-300:])

    for number, (slide, model_slide) in enumerate(zip(deck.slides, slides), start=1):
        layout, count = expected_shapes(model_slide, document["metadata"])
        report(f"{name} slide {number}: layout {layout}", slide.slide_layout.name == layout, slide.slide_layout.name)
        report(f"{name} slide {number}: {count} shapes", len(slide.shapes) == count, f"{len(slide.shapes)} shapes")

        shown = squash("".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame))
        expected = []
        title = (model_slide.get("number") or "") + plain(model_slide["title"])
        expected.append(title)
        for block in model_slide["blocks"]:
            block_texts(block, expected)
        for footnote in model_slide.get("footnotes", []):
            if footnote.get("content"):
                expected.append(footnote["label"] + "：" + plain(footnote["content"]))
        if model_slide["role"] == "title":
            expected += [document["metadata"].get("documentNumber") or "", document["metadata"].get("dateText") or ""]
        missing = [t for t in expected if squash(t) and squash(t) not in shown]
        report(f"{name} slide {number}: every text of the model is in its shapes", not missing, "; ".join(missing[:3]))

        bad_runs = []
        typed_bullets = []
        clipped = []
        for shape in slide.shapes:
            if shape.has_text_frame:
                for run_properties in shape.text_frame._txBody.iter(A + "rPr", A + "endParaRPr"):
                    if run_properties.get("lang") != "ja-JP" or run_properties.find(A + "ea") is None \
                            or run_properties.find(A + "latin") is None or run_properties.get("sz") is None:
                        bad_runs.append(shape.name)
                for paragraph in shape.text_frame.paragraphs:
                    text = paragraph.text
                    properties = paragraph._p.pPr
                    has_bullet = properties is not None and (
                        properties.find(A + "buChar") is not None or properties.find(A + "buAutoNum") is not None)
                    if not has_bullet and re.match(r"^[•○・①②③④⑤]", text):
                        typed_bullets.append(text[:20])
                body = shape.text_frame._txBody.find(A + "bodyPr")
                if body is None or body.find(A + "noAutofit") is None:
                    clipped.append(shape.name + " (no explicit noAutofit)")
            if shape.left < 0 or shape.top < 0 or shape.left + shape.width > width or shape.top + shape.height > height:
                clipped.append(shape.name + " (outside the slide)")
        report(f"{name} slide {number}: every run is ja-JP with sz, a:latin and a:ea", not bad_runs, ", ".join(bad_runs[:3]))
        report(f"{name} slide {number}: no bullet typed into the text", not typed_bullets, ", ".join(typed_bullets[:3]))
        report(f"{name} slide {number}: shapes inside the slide, sizes explicit", not clipped, ", ".join(clipped[:3]))

    # LibreOffice Impress's PDF: one page per slide, A4 landscape, CJK font embedded.
    info = subprocess.run(["pdfinfo", str(pdf_path)], capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1)) if "Pages:" in info else -1
    report(f"{name}: LibreOffice PDF has one page per slide", pages == len(slides), f"{pages} pages")
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info)
    report(f"{name}: LibreOffice PDF pages are A4 landscape",
           size is not None and abs(float(size.group(1)) - 841.9) < 2 and abs(float(size.group(2)) - 595.3) < 2,
           size.group(0) if size else info[:80])
    fonts = subprocess.run(["pdffonts", str(pdf_path)], capture_output=True, text=True).stdout
    report(f"{name}: the CJK font is embedded in the PDF",
           any("NotoSansCJK" in line and " yes " in line for line in fonts.splitlines()), fonts[-200:])
    text = fold(subprocess.run(["pdftotext", str(pdf_path), "-"], capture_output=True, text=True).stdout)
    for page, problems in overlaps(pdf_path):
        report(f"{name} page {page}: no text overlaps other text or leaves the page", not problems, "; ".join(problems[:3]))
    seed_name = SEEDS.get(name.split(".")[0])
    if seed_dir and seed_name:
        seed = (Path(seed_dir) / seed_name).read_text(encoding="utf-8")
        pieces = []
        for line in seed.split("\n"):
            sentence = ""
            for character in line:
                sentence += character
                if character == "。":
                    pieces.append(sentence)
                    sentence = ""
            pieces.append(sentence)
        known = KNOWN_DIFFERENCES.get(name.split(".")[0], [])
        missing = [p for p in map(fold, pieces)
                   if p and not re.fullmatch(r"\d+", p) and p not in text and not any(re.fullmatch(fold(k), p) for k in known)]
        report(f"{name}: the PDF holds every sentence of seed {seed_name}", not missing, " | ".join(missing[:5]))


WATERMARK_WORDS = {"案"}


def overlaps(pdf_path):
    """Per page of LibreOffice's PDF, the words whose boxes overlap another line's or leave
    the page: text that spilled out of its shape runs into the next one."""
    xhtml = subprocess.run(["pdftotext", "-bbox", str(pdf_path), "-"], capture_output=True, text=True).stdout
    pages = re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', xhtml, re.S)
    for number, (page_width, page_height, body) in enumerate(pages, start=1):
        words = [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', body)]
        # A draft's watermark lies over the text by design: its words do not count.
        words = [word for word in words if word[4] not in WATERMARK_WORDS]
        problems = [w for (x0, y0, x1, y1, w) in words
                    if x0 < 0 or y0 < 0 or x1 > float(page_width) + 0.5 or y1 > float(page_height) + 0.5]
        # Boxes shrunk by a fifth of their height: lines of one paragraph touch.
        boxes = sorted((y0 + (y1 - y0) * 0.2, y1 - (y1 - y0) * 0.2, x0 + 0.5, x1 - 0.5, w) for x0, y0, x1, y1, w in words)
        for i, (top, bottom, left, right, word) in enumerate(boxes):
            for other_top, other_bottom, other_left, other_right, other in boxes[i + 1:]:
                if other_top >= bottom:
                    break
                if other_left < right and left < other_right:
                    problems.append(f"{word} / {other}")
        yield number, problems


def main():
    json_dir, pptx_dir, pdf_dir = (Path(p) for p in sys.argv[1:4])
    seed_dir = sys.argv[4] if len(sys.argv) > 4 else None
    for model_path in sorted(json_dir.glob("*.summary.json")):
        name = model_path.name[: -len(".json")]
        check_deck(name, json.loads(model_path.read_text(encoding="utf-8")),
                   pptx_dir / (name + ".pptx"), pdf_dir / (name + ".pdf"), seed_dir)
    failed = results.count(False)
    print(f"{len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
