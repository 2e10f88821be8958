import ShiryoModel
import ShiryoOOXML

/// Lays out each slide: which layout, which shapes where, and the one text size at which
/// everything fits. The size is chosen by measuring (`TextBox`): the largest at which it fits;
/// a slide that does not fit at the smallest readable size is an error, never a clipped slide.
struct SlidePlanner {
    let geometry: SlideGeometry
    let builder: SlideTextBuilder

    /// Text sizes tried, largest first, in points.
    static let sizes = Array(stride(from: 16.0, through: 9.0, by: -0.5))
    static let smallestSize = 9.0
    /// Footnotes and captions are set this much smaller than the text, but never below 8 pt.
    static func noteSize(_ size: Double) -> Double { max(size - 2, 8) }

    struct DoesNotFit: Error {
        var slideNumber: Int
        var slide: Slide
    }

    /// The slide laid out at the largest of `sizes` (by default every readable size) at which
    /// it fits.
    func plan(
        _ slide: Slide, number: Int, document: Document, media: inout MediaRegistry, sizes: [Double]? = nil
    ) throws -> SlidePlan {
        let scope = FootnoteScope(document: document, slide: slide)
        let notes = scope.printedNotes.map { note in
            TextParagraph(runs: [TextRun(text: note.label + "：")] + builder.runs(note.content ?? []), scale: 1,
                          spaceBeforeEms: 0.1)
        }
        var blocks = slide.blocks
        if slide.role == .title {
            // The cover prints what of the metadata the blocks leave out (one rule for every
            // renderer: `DocumentHead`); the title is the slide's own.
            let head = DocumentHead(document)
            blocks += [head.subtitle, head.issuer, head.asOf].compactMap { $0 }.map { .paragraph([.text($0)]) }
        }
        let regions = try Regions(blocks, media: &media)
        let isCover = slide.role == .title
        let layout: LayoutKind = isCover ? .title : (regions.columns.count >= 2 ? .twoContent : .content)
        let top = isCover ? geometry.coverBodyTop : geometry.bodyTop
        let titleShape = try title(slide, cover: isCover)

        let candidates = sizes ?? (isCover ? [18.0, 17.0] + Self.sizes : Self.sizes)
        guard let (size, shapes) = try Self.largestFitting(candidates, { try place(regions, notes: notes, top: top, size: $0) })
        else { throw DoesNotFit(slideNumber: number, slide: slide) }
        var all = [titleShape]
        if isCover { all += corner(document.metadata) }
        all += shapes
        all.append(PlacedShape(content: .slideNumber(number), frame: geometry.slideNumber, textSize: 10))
        return SlidePlan(layout: layout, shapes: all, textSize: size)
    }

    /// The first of `sizes` (largest first) at which `place` lays the slide out, and the
    /// shapes; nil if it fits at none. Smaller text never takes more room, so a slide that fits
    /// at one size fits at every smaller one: after the largest, the sizes are halved between
    /// the smallest and the largest (a few layouts where there are fifteen sizes).
    static func largestFitting<Shapes>(
        _ sizes: [Double], _ place: (Double) throws -> Shapes?
    ) rethrows -> (size: Double, shapes: Shapes)? {
        guard let largest = sizes.first else { return nil }
        if let shapes = try place(largest) { return (largest, shapes) }
        guard sizes.count > 1, let smallest = try place(sizes[sizes.count - 1]) else { return nil }
        // sizes[high] fits; every size before `low` does not.
        var found = (size: sizes[sizes.count - 1], shapes: smallest)
        var low = 1, high = sizes.count - 1
        while low < high {
            let middle = (low + high) / 2
            if let shapes = try place(sizes[middle]) {
                found = (sizes[middle], shapes)
                high = middle
            } else {
                low = middle + 1
            }
        }
        return found
    }

    // MARK: Title and corner

    private func title(_ slide: Slide, cover: Bool) throws -> PlacedShape {
        var runs = slide.number.map { [TextRun(text: SlideTextBuilder.joinNumber($0), bold: true)] } ?? []
        runs += builder.runs(slide.title, bold: true)
        let paragraph = TextParagraph(runs: runs, alignment: cover ? "ctr" : nil)
        let frame = cover ? geometry.coverTitle : geometry.title
        let sizes = cover ? [26.0, 24, 22, 20, 18, 16, 14] : [22.0, 20, 18, 16, 15, 14, 13, 12]
        let size = sizes.first { TextBox.height(of: [paragraph], width: frame.width, size: $0) <= frame.height } ?? 12
        return PlacedShape(content: .title([paragraph], cover: cover), frame: frame, textSize: size)
    }

    /// 資料1-1 above the issue date, right-aligned in the cover's top corner.
    private func corner(_ metadata: Metadata) -> [PlacedShape] {
        var paragraphs: [TextParagraph] = []
        if let number = metadata.documentNumber, !number.isEmpty {
            paragraphs.append(TextParagraph(runs: [TextRun(text: number, bold: true)], alignment: "r"))
        }
        if let date = metadata.dateText, !date.isEmpty {
            paragraphs.append(TextParagraph(runs: [TextRun(text: date)], alignment: "r"))
        }
        guard !paragraphs.isEmpty else { return [] }
        return [PlacedShape(content: .textBox(paragraphs, name: "資料番号"), frame: geometry.corner, textSize: 14)]
    }

    // MARK: Regions

    /// The slide's blocks as regions: full-width text above and below, and the columns of a
    /// columns block side by side; each region's figures are pulled out and set at its foot.
    private struct Regions {
        struct Region {
            var title: [Inline]?
            var blocks: [Block]
            var figures: [(figure: Figure, image: MediaRegistry.Image?)]
        }

        var before: Region?
        var columns: [Region] = []
        var after: Region?

        init(_ blocks: [Block], media: inout MediaRegistry) throws {
            var current: [Block] = []
            for block in blocks {
                if case .columns(let columns) = block, self.columns.isEmpty, !columns.isEmpty {
                    before = current.isEmpty ? nil : try Self.region(nil, current, media: &media)
                    current = []
                    self.columns = try columns.map { try Self.region($0.title, $0.blocks, media: &media) }
                } else {
                    current.append(block)
                }
            }
            if !current.isEmpty {
                let region = try Self.region(nil, current, media: &media)
                if self.columns.isEmpty { before = region } else { after = region }
            }
        }

        private static func region(_ title: [Inline]?, _ blocks: [Block], media: inout MediaRegistry) throws -> Region {
            var text: [Block] = []
            var figures: [(figure: Figure, image: MediaRegistry.Image?)] = []
            for block in blocks {
                if case .figure(let figure) = block {
                    figures.append((figure, try figure.image.map { try media.image(at: $0) }))
                } else {
                    text.append(block)
                }
            }
            return Region(title: title, blocks: text, figures: figures)
        }
    }

    /// The shapes at `size`, or nil when something does not fit.
    private func place(_ regions: Regions, notes: [TextParagraph], top: Int, size: Double) throws -> [PlacedShape]? {
        let width = geometry.contentWidth
        let x = geometry.margin
        var shapes: [PlacedShape] = []
        let noteSize = Self.noteSize(size)
        let notesHeight = notes.isEmpty ? 0 : TextBox.height(of: notes, width: width, size: noteSize)
        var bottom = geometry.contentBottom - notesHeight
        if !notes.isEmpty {
            shapes.append(PlacedShape(content: .textBox(notes, name: "脚注"),
                                      frame: Frame(x: x, y: bottom, width: width, height: notesHeight), textSize: noteSize))
            bottom -= 40_000
        }
        var y = top
        var placeholder = 1
        if let before = regions.before {
            let needed = height(of: before, width: width, size: size)
            let height = regions.columns.isEmpty && regions.after == nil ? bottom - y : needed
            guard needed <= height, y + height <= bottom else { return nil }
            shapes += try shapesOf(before, frame: Frame(x: x, y: y, width: width, height: height),
                                   size: size, placeholder: placeholder)
            placeholder += 1
            y += height + 60_000
        }
        var afterHeight = 0
        if let after = regions.after {
            afterHeight = height(of: after, width: width, size: size)
        }
        if !regions.columns.isEmpty {
            let count = regions.columns.count
            let columnWidth = (width - geometry.columnGap * (count - 1)) / count
            let available = bottom - y - (afterHeight > 0 ? afterHeight + 60_000 : 0)
            for (index, column) in regions.columns.enumerated() {
                let frame = Frame(x: x + index * (columnWidth + geometry.columnGap), y: y, width: columnWidth, height: available)
                guard height(of: column, width: columnWidth, size: size) <= available else { return nil }
                shapes += try shapesOf(column, frame: frame, size: size, placeholder: placeholder)
                placeholder += 1
            }
            y += available + 60_000
        }
        if let after = regions.after {
            guard y + afterHeight <= bottom else { return nil }
            shapes += try shapesOf(after, frame: Frame(x: x, y: y, width: width, height: afterHeight),
                                   size: size, placeholder: placeholder)
        }
        return shapes
    }

    private func titleHeight(_ region: Regions.Region) -> Int {
        region.title == nil ? 0 : geometry.columnTitleHeight + 60_000
    }

    private func height(of region: Regions.Region, width: Int, size: Double) -> Int {
        let text = TextBox.height(of: builder.paragraphs(region.blocks), width: width, size: size)
        return titleHeight(region) + text + region.figures.reduce(0) { $0 + figureHeight($1, width: width, size: size) }
    }

    private func captions(_ figure: Figure) -> [TextParagraph] {
        FigureText.lines(figure).map { TextParagraph(runs: builder.runs($0), spaceBeforeEms: 0, alignment: "ctr") }
    }

    /// The picture scaled into the column, at most a quarter of the slide high, then its
    /// captions; or the captions in a frame.
    private func pictureSize(_ image: MediaRegistry.Image, width: Int) -> (width: Int, height: Int) {
        let maxHeight = geometry.height / 4
        let maxWidth = width * 3 / 4
        let scale = min(Double(maxWidth) / Double(image.info.width), Double(maxHeight) / Double(image.info.height))
        return (max(Int(Double(image.info.width) * scale), 1), max(Int(Double(image.info.height) * scale), 1))
    }

    private func figureHeight(_ item: (figure: Figure, image: MediaRegistry.Image?), width: Int, size: Double) -> Int {
        guard let image = item.image else { return frameHeight(item.figure, width: width, size: size) + 60_000 }
        let captionHeight = TextBox.height(of: captions(item.figure), width: width, size: Self.noteSize(size))
        return pictureSize(image, width: width).height + captionHeight + 60_000
    }

    /// A frame without a picture is three quarters of the column wide.
    private func frameHeight(_ figure: Figure, width: Int, size: Double) -> Int {
        max(TextBox.height(of: captions(figure), width: width * 3 / 4, size: Self.noteSize(size)) + 120_000, 500_000)
    }

    private func shapesOf(_ region: Regions.Region, frame: Frame, size: Double, placeholder: Int) throws -> [PlacedShape] {
        var shapes: [PlacedShape] = []
        var y = frame.y
        if let title = region.title {
            let paragraph = TextParagraph(runs: builder.runs(title, bold: true), spaceBeforeEms: 0, alignment: "ctr")
            shapes.append(PlacedShape(content: .columnTitle([paragraph]),
                                      frame: Frame(x: frame.x, y: y, width: frame.width, height: geometry.columnTitleHeight),
                                      textSize: min(size + 1, 14)))
            y += geometry.columnTitleHeight + 60_000
        }
        let figuresHeight = region.figures.reduce(0) { $0 + figureHeight($1, width: frame.width, size: size) }
        let textFrame = Frame(x: frame.x, y: y, width: frame.width, height: frame.bottom - y - figuresHeight)
        shapes.append(PlacedShape(content: .body(builder.paragraphs(region.blocks), placeholderIndex: placeholder),
                                  frame: textFrame, textSize: size))
        y = textFrame.bottom
        for item in region.figures {
            let captions = captions(item.figure)
            let captionHeight = TextBox.height(of: captions, width: frame.width, size: Self.noteSize(size))
            if let image = item.image {
                let picture = pictureSize(image, width: frame.width)
                let description = FigureText.lines(item.figure).map(\.plainText).joined(separator: " ")
                shapes.append(PlacedShape(
                    content: .picture(image, description: description),
                    frame: Frame(x: frame.x + (frame.width - picture.width) / 2, y: y + 60_000,
                                 width: picture.width, height: picture.height), textSize: size))
                shapes.append(PlacedShape(
                    content: .textBox(captions, name: "図の説明"),
                    frame: Frame(x: frame.x, y: y + 60_000 + picture.height, width: frame.width, height: captionHeight),
                    textSize: Self.noteSize(size)))
                y += picture.height + captionHeight + 60_000
            } else {
                let height = frameHeight(item.figure, width: frame.width, size: size)
                shapes.append(PlacedShape(
                    content: .figureFrame(captions),
                    frame: Frame(x: frame.x + frame.width / 8, y: y + 60_000, width: frame.width * 3 / 4, height: height),
                    textSize: Self.noteSize(size)))
                y += height + 60_000
            }
        }
        return shapes
    }
}
