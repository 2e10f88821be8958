#!/usr/bin/env python3
"""Looks at every page of a PDF for a draft's watermark, as a person would.

    python3 scripts/watermark_check.py REPORT.pdf present|absent

Renders each page with pdftoppm (-r 50) and counts the pixels of the watermark's light red
(red high, green and blue alike and a little lower: 「案」 drawn at low opacity or in a pale
tint over white), which neither the text nor the dark red stamps have. `present`: every
page must have at least MINIMUM such pixels; `absent`: none may have more than a few.
Prints the count per page and exits 1 when the expectation fails. Needs Pillow.
"""
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

MINIMUM = 60
NOISE = 5


def watermark_pixels(image):
    data = image.convert("RGB").tobytes()
    count = 0
    for index in range(0, len(data), 3):
        red, green, blue = data[index], data[index + 1], data[index + 2]
        if red > 230 and 190 < green < 228 and 190 < blue < 228 and abs(green - blue) < 12:
            count += 1
    return count


def main():
    pdf, expectation = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["pdftoppm", "-png", "-r", "50", pdf, str(Path(folder) / "page")], check=True)
        counts = [watermark_pixels(Image.open(page)) for page in sorted(Path(folder).glob("page-*.png"))]
    print("  watermark pixels per page: " + " ".join(map(str, counts)))
    if not counts:
        return 1
    if expectation == "present":
        return 0 if all(count >= MINIMUM for count in counts) else 1
    return 0 if all(count <= NOISE for count in counts) else 1


if __name__ == "__main__":
    sys.exit(main())
