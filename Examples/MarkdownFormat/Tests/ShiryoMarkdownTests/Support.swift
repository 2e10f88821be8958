import ShiryoMarkdown
import ShiryoModel
import ShiryoRendering

/// A 詳細-like document around `blocks`, titled 題 (which the blocks do not print, so the
/// output starts with `# 題`).
func report(_ blocks: [Block], footnotes: [FootnoteDefinition] = []) -> Document {
    Document(kind: .report, metadata: Metadata(title: "題", identifier: "detail"), blocks: blocks, footnotes: footnotes)
}

func render(
    _ document: Document, options: [String: String] = [:], companions: [String: String] = [:]
) throws -> String {
    try MarkdownRenderer().markdown(
        document, context: RenderContext(companionFileNames: companions, options: RenderOptions(options)))
}

/// The lines of the output after the `# 題` heading and its blank line.
func body(_ markdown: String) -> [String] {
    let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard lines.first == "# 題" else { return lines }
    return Array(lines.dropFirst(2))
}

func paragraph(_ text: String) -> Block {
    .paragraph([.text(text)])
}

func cell(_ text: String, columnSpan: Int = 1, rowSpan: Int = 1) -> TableCell {
    TableCell(blocks: [paragraph(text)], columnSpan: columnSpan, rowSpan: rowSpan)
}

/// The cells of a pipe-table line: its unescaped `|`, less one.
func cellCount(_ line: String) -> Int {
    var pipes = 0
    var escaped = false
    for character in line {
        if escaped {
            escaped = false
        } else if character == "\\" {
            escaped = true
        } else if character == "|" {
            pipes += 1
        }
    }
    return pipes - 1
}

/// The pipe-table lines of the output, table by table.
func tables(_ markdown: String) -> [[String]] {
    var result: [[String]] = []
    var current: [String] = []
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.hasPrefix("|") {
            current.append(String(line))
        } else if !current.isEmpty {
            result.append(current)
            current = []
        }
    }
    return result
}
