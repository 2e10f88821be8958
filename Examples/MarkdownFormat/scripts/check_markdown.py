#!/usr/bin/env python3
"""Judges a Markdown rendering against the document model it was made from, by reading the
Markdown with pandoc's gfm reader (a CommonMark implementation that is not ours).

  check_markdown.py text      MODEL.json FILE.md  every sentence of the model is in pandoc's text
  check_markdown.py structure MODEL.json FILE.md  headings, tables, footnotes, links, images and
                                                  bold as the model has them, and nothing the
                                                  model cannot produce (code, HTML, quotes …)
  check_markdown.py rows      FILE.md             every pipe-table row has the header's cell count

MODEL.json is the `json` format's output for the same document. Prints what is wrong and
exits 1, or exits 0 silently.
"""
import json
import re
import subprocess
import sys

INLINE_TYPES = {"text", "strong", "emphasis", "footnoteReference", "crossReference", "lineBreak"}
ORDERED_STYLES = {"decimal", "parenthesized", "fullwidthParenthesized", "circled", "katakana"}


def normalise(text):
    return re.sub(r"\s+", " ", text).strip()


def is_inline_array(value):
    return isinstance(value, list) and value and all(
        isinstance(item, dict) and item.get("type") in INLINE_TYPES for item in value)


class Model:
    """What a faithful Markdown rendering of the document must contain, in reading order."""

    def __init__(self, document):
        self.document = document
        self.identifier = document["metadata"]["identifier"]
        self.runs = []        # text between footnote references, as a reader sees it
        self.notes = []       # the text of each footnote reference's note, in order
        self.strongs = []     # the text of each bold phrase
        self.headings = 0
        self.tables = []      # declared column counts, in order
        self.links = 0
        self.images = 0
        self.ordered_lists = 0
        self.bullet_lists = 0
        self.emphasis = 0
        metadata = document["metadata"]
        for key in ("documentNumber", "dateText", "issuer", "title", "subtitle", "asOfText"):
            if metadata.get(key):
                self.runs.append(metadata[key])
        if metadata["title"] and not self.title_is_printed(metadata["title"]):
            self.headings += 1
        scopes = [self.scope(document.get("footnotes", []))]
        for block in document["blocks"]:
            self.block(block, scopes, in_cell=False)
        for definition in self.all_definitions():
            if definition.get("content") is not None:
                self.runs.append(self.plain(definition["content"]))

    def all_definitions(self):
        yield from self.document.get("footnotes", [])
        for block in self.document["blocks"]:
            if block["type"] == "slide":
                yield from block.get("footnotes", [])

    @staticmethod
    def scope(definitions):
        result = {}
        for definition in definitions:
            result.setdefault(definition["id"], definition)
        return result

    @staticmethod
    def plain(inlines):
        """Like the model's plainText: references as their labels."""
        parts = []
        for inline in inlines:
            kind = inline["type"]
            if kind == "text":
                parts.append(inline["text"])
            elif kind in ("strong", "emphasis", "crossReference"):
                parts.append(Model.plain(inline["content"]))
            elif kind == "footnoteReference":
                parts.append(inline["label"])
            elif kind == "lineBreak":
                parts.append("\n")
        return "".join(parts)

    def title_is_printed(self, title):
        for block in self.document["blocks"]:
            if block["type"] == "heading" and self.plain(block["content"]) == title:
                return True
            if block["type"] == "slide" and self.plain(block["title"]) == title:
                return True
        return False

    @staticmethod
    def resolve(reference, scopes):
        for scope in scopes:
            if reference["id"] in scope:
                definition = scope[reference["id"]]
                return definition if definition.get("content") is not None else None
        return None

    def block(self, block, scopes, in_cell):
        kind = block["type"]
        if kind == "heading":
            if block.get("number"):
                self.runs.append(block["number"])
            self.inlines(block["content"], scopes)
            self.headings += 0 if in_cell else 1
        elif kind == "paragraph":
            self.inlines(block["content"], scopes)
        elif kind == "list":
            if block["style"] in ORDERED_STYLES and block["items"] and not in_cell:
                self.ordered_lists += 1
            elif block["style"] != "none" and block["items"] and not in_cell:
                self.bullet_lists += 1
            for item in block["items"]:
                for child in item:
                    self.block(child, scopes, in_cell)
        elif kind == "table":
            if not in_cell:
                self.tables.append(len(block["columns"]))
            if block.get("caption"):
                self.inlines(block["caption"], scopes)
            for index, row in enumerate(block["headerRows"]):
                for cell in row:
                    if index > 0 and not in_cell:
                        self.strongs.append(self.plain(self.flatten(cell["blocks"])))
                    for child in cell["blocks"]:
                        self.block(child, scopes, True)
            for row in block["rows"]:
                if row["type"] == "group":
                    if not in_cell:
                        self.strongs.append(self.plain(row["content"]))
                    self.inlines(row["content"], scopes)
                else:
                    for cell in row["cells"]:
                        for child in cell["blocks"]:
                            self.block(child, scopes, True)
        elif kind == "figure":
            has_image = bool(block.get("image")) and not in_cell
            self.images += 1 if has_image else 0
            self.inlines(block["caption"], scopes, plain=has_image)
            for key in ("description", "credit"):
                if block.get(key):
                    self.inlines(block[key], scopes)
        elif kind == "note":
            if block.get("marker"):
                self.runs.append(block["marker"])
            self.inlines(block["content"], scopes)
        elif kind == "columns":
            for column in block["content"]:
                if column.get("title"):
                    self.headings += 0 if in_cell else 1
                    self.inlines(column["title"], scopes)
                for child in column["blocks"]:
                    self.block(child, scopes, in_cell)
        elif kind == "slide":
            inner = [self.scope(block.get("footnotes", []))] + scopes
            self.headings += 0 if in_cell else 1
            if block.get("number"):
                self.runs.append(block["number"])
            self.inlines(block["title"], inner)
            for child in block["blocks"]:
                self.block(child, inner, in_cell)
        else:
            raise ValueError(f"unknown block type {kind}")

    @staticmethod
    def flatten(blocks):
        result = []
        for block in blocks:
            if block["type"] == "paragraph":
                result += block["content"]
        return result

    def inlines(self, inlines, scopes, plain=False):
        """Adds the runs of an inline array; `plain` for an image's alternative text."""
        current = []

        def walk(items, in_link):
            for inline in items:
                kind = inline["type"]
                if kind == "text":
                    current.append(inline["text"])
                elif kind == "lineBreak":
                    current.append(" ")
                elif kind == "strong":
                    if not plain:
                        self.add_strong(inline["content"], scopes)
                    walk(inline["content"], in_link)
                elif kind == "emphasis":
                    self.emphasis += 0 if plain else 1
                    walk(inline["content"], in_link)
                elif kind == "crossReference":
                    target = inline.get("documentIdentifier")
                    if target and target != self.identifier and not in_link and not plain:
                        self.links += 1
                    walk(inline["content"], True)
                elif kind == "footnoteReference":
                    self.runs.append("".join(current))
                    current.clear()
                    definition = self.resolve(inline, scopes)
                    if definition is not None and not plain:
                        self.notes.append(self.plain(definition["content"]).replace("\n", " "))

        walk(inlines, False)
        self.runs.append("".join(current))

    def add_strong(self, content, scopes):
        # Bold moves non-text things at its edges (references, links) outside the markers;
        # such phrases are left to the text check.
        if not content or content[0]["type"] != "text" or content[-1]["type"] != "text":
            return
        self.strongs.append(self.plain(content))


def strip_edges(text):
    """What a bold phrase keeps inside its markers: from its first to its last letter or digit."""
    match = re.search(r"[^\W_].*[^\W_]|[^\W_]", normalise(text), re.S)
    return match.group(0) if match else ""


# --- pandoc's reading ---------------------------------------------------------------------

def pandoc(path, to, *options):
    result = subprocess.run(["pandoc", "-f", "gfm", "-t", to, *options, path],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"pandoc could not read {path}: {result.stderr.strip()}")
    return result.stdout


def stringify(node):
    if isinstance(node, list):
        return "".join(stringify(item) for item in node)
    if not isinstance(node, dict):
        return ""
    kind, content = node.get("t"), node.get("c")
    if kind == "Str":
        return content
    if kind in ("Space", "SoftBreak", "LineBreak"):
        return " "
    if kind in ("Note", "RawInline", "RawBlock"):
        return ""
    if kind in ("Link", "Image", "Span", "Quoted", "Cite", "Code", "Math"):
        return stringify(content[1]) if kind != "Code" else content[1]
    if kind in ("Para", "Plain", "Strong", "Emph", "Strikeout", "Superscript", "Subscript", "SmallCaps"):
        return stringify(content)
    return stringify(content)


def nodes(tree, found=None):
    """Every AST node with a type, in document order."""
    found = [] if found is None else found
    if isinstance(tree, dict):
        if "t" in tree:
            found.append(tree)
        for value in tree.values():
            nodes(value, found)
    elif isinstance(tree, list):
        for value in tree:
            nodes(value, found)
    return found


# --- checks -------------------------------------------------------------------------------

def check_text(model, path):
    output = normalise(pandoc(path, "plain", "--wrap=none"))
    without_markers = normalise(re.sub(r"\[\d+\]", "", output))
    problems = []
    for run in model.runs:
        run = normalise(run)
        if run and run not in output and run not in without_markers:
            problems.append(f"not in pandoc's text: {run[:100]!r}")
    return problems


def check_structure(model, path):
    tree = json.loads(pandoc(path, "json"))
    found = nodes(tree["blocks"])
    count = lambda kind: sum(1 for node in found if node["t"] == kind)
    problems = []

    def expect(what, actual, expected):
        if actual != expected:
            problems.append(f"{what}: pandoc finds {actual}, the model has {expected}")

    expect("headings", count("Header"), model.headings)
    tables = [node for node in found if node["t"] == "Table"]
    expect("tables", len(tables), len(model.tables))
    for index, (table, columns) in enumerate(zip(tables, model.tables)):
        if columns:
            expect(f"columns of table {index + 1}", len(table["c"][2]), columns)
    expect("links", count("Link"), model.links)
    expect("images", count("Image"), model.images)
    expect("numbered lists", count("OrderedList"), model.ordered_lists)
    expect("bulleted lists", count("BulletList"), model.bullet_lists)
    expect("emphasis", count("Emph"), model.emphasis)
    for kind in ("CodeBlock", "Code", "RawBlock", "RawInline", "BlockQuote", "HorizontalRule",
                 "Strikeout", "Math", "Div", "Span"):
        expect(f"{kind} elements", count(kind), 0)

    notes = [normalise(stringify(node["c"])) for node in found if node["t"] == "Note"]
    expect("footnote references", len(notes), len(model.notes))
    for index, (actual, expected) in enumerate(zip(notes, model.notes)):
        if actual != normalise(expected):
            problems.append(f"footnote reference {index + 1} shows {actual[:60]!r}, "
                            f"the model's note is {normalise(expected)[:60]!r}")

    strong_texts = [normalise(stringify(node["c"])) for node in found if node["t"] == "Strong"]
    for text in model.strongs:
        core = strip_edges(text)
        if core and not any(core in strong for strong in strong_texts):
            problems.append(f"not bold: {core[:80]!r}")
    return problems


def cells(line):
    """The number of cells of a pipe-table line: its unescaped pipes, less one."""
    pipes, escaped = 0, False
    for character in line.strip():
        if escaped:
            escaped = False
        elif character == "\\":
            escaped = True
        elif character == "|":
            pipes += 1
    return pipes - 1


def check_rows(path):
    problems = []
    table = []
    with open(path, encoding="utf-8") as file:
        lines = file.read().split("\n") + [""]
    for number, line in enumerate(lines, 1):
        if line.lstrip().startswith("|"):
            table.append((number, line))
            continue
        if table:
            header = cells(table[0][1])
            if len(table) < 2 or not re.fullmatch(r"\s*\|( -+ \|)+", table[1][1]):
                problems.append(f"line {table[0][0]}: a table without a delimiter row")
            for row_number, row in table:
                if cells(row) != header:
                    problems.append(f"line {row_number}: {cells(row)} cells, the header has {header}")
            table = []
    return problems


def main(arguments):
    if len(arguments) == 2 and arguments[0] == "rows":
        problems = check_rows(arguments[1])
    elif len(arguments) == 3 and arguments[0] in ("text", "structure"):
        with open(arguments[1], encoding="utf-8") as file:
            model = Model(json.load(file)["document"])
        check = check_text if arguments[0] == "text" else check_structure
        problems = check(model, arguments[2])
    else:
        sys.exit(__doc__)
    for problem in problems[:20]:
        print(f"  {problem}")
    if len(problems) > 20:
        print(f"  … and {len(problems) - 20} more")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
