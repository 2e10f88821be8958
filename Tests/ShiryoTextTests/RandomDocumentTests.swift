import ShiryoModel
import Testing
import ShiryoText

/// Random documents of every block kind, nested up to four deep (lists in table cells in
/// columns in slides, …), at widths 20…100: the renderer never fails, and no line is wider
/// than the width.
@Suite struct RandomDocumentTests {
    struct Builder {
        var random: SeededGenerator
        var text: TextGenerator
        /// Blocks left for the current document: nesting multiplies, so it is bounded.
        var budget = 0

        mutating func inlines() -> [Inline] {
            var result: [Inline] = [.text(text.text(random.pick(TextGenerator.Kind.allCases), length: random.int(0...60)))]
            if random.chance(0.2) { result.append(.strong([.text("強調")])) }
            if random.chance(0.2) { result.append(.footnoteReference(FootnoteReference(id: "a", label: "*1"))) }
            if random.chance(0.1) { result.append(.lineBreak) }
            if random.chance(0.1) { result.append(.crossReference(CrossReference(documentIdentifier: "detail", content: [.text("資料１－２")]))) }
            return result
        }

        mutating func blocks(depth: Int) -> [Block] {
            (0..<random.int(1...3)).map { _ in block(depth: depth) }
        }

        mutating func cell(depth: Int) -> TableCell {
            TableCell(blocks: blocks(depth: depth + 1), columnSpan: random.chance(0.1) ? 2 : 1, rowSpan: random.chance(0.1) ? 2 : 1)
        }

        mutating func block(depth: Int) -> Block {
            budget -= 1
            let kind = depth >= 4 || budget <= 0 ? random.int(0...2) : random.int(0...8)
            switch kind {
            case 0: return .paragraph(inlines())
            case 1: return .heading(Heading(level: random.int(1...5), number: random.chance(0.5) ? "（\(random.int(1...12))）" : nil, content: inlines()))
            case 2: return .note(Note(marker: random.pick(["※", "注", "*"]), content: inlines()))
            case 3:
                return .list(ListBlock(style: random.pick(ListStyle.allCases), start: random.int(1...60),
                                       items: (0..<random.int(0...4)).map { _ in blocks(depth: depth + 1) }))
            case 4:
                return .figure(Figure(caption: inlines(), description: random.chance(0.5) ? inlines() : nil, credit: random.chance(0.5) ? inlines() : nil))
            case 5:
                let count = random.int(0...6)
                let columns = (0..<count).map { _ in TableColumn(width: random.int(-1...6)) }
                let header = (0..<random.int(0...2)).map { _ in (0..<random.int(0...count + 1)).map { _ in cell(depth: depth) } }
                let rows: [TableRow] = (0..<random.int(0...6)).map { _ in
                    random.chance(0.2) ? .group(inlines()) : .cells((0..<random.int(0...count + 1)).map { _ in cell(depth: depth) })
                }
                return .table(Table(caption: random.chance(0.3) ? inlines() : nil, columns: columns, headerRows: header, rows: rows))
            case 6:
                return .columns((0..<random.int(0...3)).map { _ in Column(title: random.chance(0.7) ? inlines() : nil, blocks: blocks(depth: depth + 1)) })
            case 7:
                return .slide(Slide(role: random.pick([.title, .overview, .section, .conclusion]), title: inlines(), number: random.chance(0.5) ? "３．" : nil,
                                    blocks: blocks(depth: depth + 1), footnotes: [FootnoteDefinition(id: "a", label: "*1", content: random.chance(0.5) ? inlines() : nil)]))
            default:
                return .paragraph([])
            }
        }
    }

    @Test(arguments: [Document.Kind.slides, .report])
    func randomDocumentsRenderWithinTheWidth(kind: Document.Kind) throws {
        var builder = Builder(random: SeededGenerator(seed: kind == .slides ? 11 : 12), text: TextGenerator(seed: 13))
        for caseNumber in 0..<120 {
            builder.budget = 80
            let blocks = builder.blocks(depth: 0) + (kind == .slides ? [builder.block(depth: 0)] : [])
            let document = Document(
                kind: kind,
                metadata: Metadata(title: "表題", subtitle: builder.random.chance(0.5) ? "副題" : nil, issuer: "内閣感染症危機管理統括庁",
                                   documentNumber: builder.random.chance(0.5) ? "資料１－１" : nil, dateText: "令和８年３月３０日",
                                   asOfText: "本資料は、令和7年3月31日時点のものである。", identifier: "doc"),
                blocks: blocks,
                footnotes: [FootnoteDefinition(id: "a", label: "*1", content: builder.inlines())])
            let options = TextRenderOptions(width: builder.random.int(20...100), ambiguousWidth: builder.random.pick(AmbiguousWidth.allCases),
                                            frame: builder.random.pick(FrameStyle.allCases))
            let output = try TextRenderer(options: options).render(document)
            #expect(output.hasSuffix("\n"))
            for line in output.split(separator: "\n", omittingEmptySubsequences: false) {
                #expect(DisplayWidth.of(line, ambiguous: options.ambiguousWidth) <= options.width, "case \(caseNumber) \(options): '\(line)'")
            }
        }
    }
}
