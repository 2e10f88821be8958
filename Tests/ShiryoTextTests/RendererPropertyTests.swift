import ShiryoModel
import Testing
import ShiryoText

/// Properties of whole slides over generated text, widths 20…100, both frame styles and both
/// Ambiguous widths:
/// - every line of the frame has the same display width, at most the width: the frame closes;
/// - taking off the frame (bars, rules, one space of padding on each side of a cell, the
///   padding after the text), the list marker of the first line of an item and the hanging
///   indent (as many spaces as the widest marker) of its other lines, then joining the lines
///   with `WrapChecks.roundTrip` gives back each paragraph, item, title and footnote exactly;
/// - the breaks keep the Japanese rules unless unavoidable (`WrapChecks.check`).
@Suite struct RendererPropertyTests {
    /// The markers as the documentation of `ListStyle` promises them.
    static func marker(_ style: ListStyle, _ number: Int) -> String {
        let circled = ["①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧"]
        let katakana = ["ア", "イ", "ウ", "エ", "オ", "カ", "キ", "ク"]
        let fullwidth = ["１", "２", "３", "４", "５", "６", "７", "８"]
        switch style {
        case .bullet: return "• "
        case .dot: return "・"
        case .circle: return "○ "
        case .decimal: return "\(number). "
        case .parenthesized: return "(\(number)) "
        case .fullwidthParenthesized: return "（" + fullwidth[number - 1] + "）"
        case .circled: return circled[number - 1] + " "
        case .katakana: return katakana[number - 1] + " "
        case .none: return ""
        }
    }

    static let styles: [ListStyle] = ListStyle.allCases.filter { $0 != .none }

    @Test(arguments: FrameStyle.allCases, AmbiguousWidth.allCases)
    func slidesRoundTrip(frame: FrameStyle, ambiguous: AmbiguousWidth) throws {
        var generator = TextGenerator(seed: 0x5EED_0000 &+ (frame == .ascii ? 2 : 0) &+ (ambiguous == .wide ? 1 : 0))
        var random = SeededGenerator(seed: 0xF4A3E)
        let kinds = TextGenerator.Kind.allCases
        var sideBySide = 0
        for caseNumber in 0..<100 {
            func text(_ length: ClosedRange<Int>) -> String {
                let text = generator.text(random.pick(kinds), length: random.int(length)).trimmingSpaces
                return text.isEmpty ? "あ" : text
            }
            let width = random.int(20...100)
            let options = TextRenderOptions(width: width, ambiguousWidth: ambiguous, frame: frame)
            let title = text(5...60)
            let paragraph = text(1...300)
            let style = random.pick(Self.styles)
            let items = (0..<random.int(1...5)).map { _ in text(1...200) }
            let columns = (0..<2).map { _ in (0..<random.int(1...4)).map { _ in text(1...150) } }
            let footnote = text(1...100)
            let slide = Slide(
                role: .section, title: [.text(title)], number: "１．",
                blocks: [
                    .paragraph([.text(paragraph)]),
                    .list(ListBlock(style: style, items: items.map { [.paragraph([.text($0)])] })),
                    .columns([
                        Column(title: [.text("令和５年度の取組")], blocks: [.list(ListBlock(style: .bullet, items: columns[0].map { [.paragraph([.text($0)])] }))]),
                        Column(title: [.text("令和６年度以降の目標")], blocks: [.list(ListBlock(style: .bullet, items: columns[1].map { [.paragraph([.text($0)])] }))]),
                    ]),
                ],
                footnotes: [FootnoteDefinition(id: "a", label: "*1", content: [.text(footnote)]), FootnoteDefinition(id: "b", label: "*2", content: nil)])
            let document = Document(
                kind: .slides,
                metadata: Metadata(title: "表題", documentNumber: "資料１－１", dateText: "令和７年〇月〇日", identifier: "summary"),
                blocks: [.slide(slide)])
            let output = try TextRenderer(options: options).render(document)
            let lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
            let context = "case \(caseNumber), \(options)"

            // The frame closes: one display width for all lines, at most the width.
            let widths = Set(lines.map { DisplayWidth.of($0, ambiguous: ambiguous) })
            #expect(widths.count == 1 && widths.first.map { $0 <= width && $0 >= width - 1 } == true, "widths \(widths) — \(context)")
            #expect(FrameScanner.isClosed(lines, style: frame), "open frame — \(context)")

            var regions = FrameParser(style: frame, ambiguous: ambiguous).regions(lines)
            guard regions.count >= 4 else {
                Issue.record("\(regions.count) regions — \(context)\n\(output)")
                continue
            }
            // Head: page and corner, then the title after its number.
            let head = regions.removeFirst()[0]
            #expect(head.lines[0].hasPrefix("1/1") && head.lines[0].hasSuffix("資料１－１  令和７年〇月〇日") || head.lines[0] == "1/1", "\(context)")
            let titleStart = head.lines.firstIndex { $0.hasPrefix("１．") } ?? 0
            check(hanging: Array(head.lines[titleStart...]), marker: "１．", text: title, cellWidth: head.width, ambiguous, "\(context)")

            // Paragraph, blank line, list.
            let body = regions.removeFirst()[0]
            let blank = body.lines.firstIndex(of: "") ?? body.lines.count
            check(hanging: Array(body.lines[..<blank]), marker: "", text: paragraph, cellWidth: body.width, ambiguous, "\(context)")
            check(list: Array(body.lines[(blank + 1)...]), style: style, items: items, cellWidth: body.width, ambiguous, "\(context)")

            // Footnotes last: the bare marker *2 prints nothing.
            let footnotes = regions.removeLast()[0]
            check(hanging: footnotes.lines, marker: "*1：", text: footnote, cellWidth: footnotes.width, ambiguous, "\(context)")

            // The columns: side by side (titles, bodies) or stacked (title, body, title, body).
            if regions.count == 2, regions[0].count == 2 {
                sideBySide += 1
                #expect(regions[0].map { $0.lines } == [["令和５年度の取組"], ["令和６年度以降の目標"]], "\(context)")
                for side in 0..<2 {
                    let cell = regions[1][side]
                    let used = cell.lines.lastIndex { !$0.isEmpty }.map { Array(cell.lines[...$0]) } ?? []
                    check(list: used, style: .bullet, items: columns[side], cellWidth: cell.width, ambiguous, "\(context)")
                }
            } else if regions.count == 4 {
                #expect(regions[0][0].lines.joined() == "令和５年度の取組", "\(context)")
                #expect(regions[2][0].lines.joined() == "令和６年度以降の目標", "\(context)")
                check(list: regions[1][0].lines, style: .bullet, items: columns[0], cellWidth: regions[1][0].width, ambiguous, "\(context)")
                check(list: regions[3][0].lines, style: .bullet, items: columns[1], cellWidth: regions[3][0].width, ambiguous, "\(context)")
            } else {
                Issue.record("unexpected column regions \(regions.map(\.count)) — \(context)")
            }
        }
        // Wide cases put the columns side by side, narrow ones stack them: both are tested.
        #expect(sideBySide > 10 && sideBySide < 90, "\(sideBySide) of 100 side by side")
    }

    /// Lines of a list: each item starts with its marker padded to the widest, its other
    /// lines with that many spaces.
    private func check(list lines: [String], style: ListStyle, items: [String], cellWidth: Int,
                       _ ambiguous: AmbiguousWidth, _ context: String) {
        let markers = items.indices.map { Self.marker(style, $0 + 1) }
        let indent = markers.map { DisplayWidth.of($0, ambiguous: ambiguous) }.max() ?? 0
        var groups: [[String]] = []
        for line in lines {
            if groups.count < items.count, line.hasPrefix(markers[groups.count].trimmingTrailingSpaces) {
                groups.append([line])
            } else if !groups.isEmpty {
                groups[groups.count - 1].append(line)
            } else {
                Issue.record("list line before the first marker: '\(line)' — \(context)")
            }
        }
        guard groups.count == items.count else {
            Issue.record("\(groups.count) of \(items.count) items found — \(context)\n\(lines.joined(separator: "\n"))")
            return
        }
        for (index, group) in groups.enumerated() {
            let padded = markers[index] + String(repeating: " ", count: indent - DisplayWidth.of(markers[index], ambiguous: ambiguous))
            check(hanging: group, marker: padded, indent: indent, text: items[index], cellWidth: cellWidth, ambiguous, "\(context)")
        }
    }

    /// Lines with `marker` before the first and `indent` spaces before the others.
    private func check(hanging lines: [String], marker: String, indent: Int? = nil, text: String, cellWidth: Int,
                       _ ambiguous: AmbiguousWidth, _ context: String) {
        let indent = indent ?? DisplayWidth.of(marker, ambiguous: ambiguous)
        let spaces = String(repeating: " ", count: indent)
        var stripped: [String] = []
        for (number, line) in lines.enumerated() {
            let prefix = number == 0 ? marker : spaces
            // A line that was only the prefix lost its trailing spaces with the padding.
            if line == prefix.trimmingTrailingSpaces {
                stripped.append("")
            } else if line.hasPrefix(prefix) {
                stripped.append(String(line.dropFirst(prefix.count)))
            } else {
                Issue.record("line \(number) '\(line)' lacks the prefix '\(prefix)' — \(context)")
                return
            }
        }
        switch WrapChecks.roundTrip(input: text, lines: stripped) {
        case .failure(let failure):
            Issue.record("round trip: \(failure) — \(context)\ninput: \(text)\nlines: \(stripped)")
        case .success(let junctions):
            let result = WrapChecks.check(input: text, junctions: junctions, width: cellWidth - indent, ambiguous: ambiguous)
            #expect(result.violations.isEmpty, "\(result.violations) — \(context)")
        }
    }
}
