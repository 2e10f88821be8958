import ShiryoModel

/// With `--option overflow=continue`, a slide too full for the smallest readable size
/// continues on the slides after it, titled 「…（続き）」, instead of being an error.
///
/// The slide's text is cut between blocks and between list items (a heading stays with what
/// follows it), each column on its own; each part keeps the footnotes it refers to. A single
/// paragraph too long for a whole slide is still an error.
struct SlideSplitter {
    /// Whether a slide fits at the smallest size.
    let fits: (Slide) -> Bool

    static let continued = "（続き）"

    func split(_ slide: Slide) -> [Slide]? {
        var remaining = slide
        var parts: [Slide] = []
        while true {
            switch cut(remaining) {
            case nil:
                return nil
            case .whole:
                guard fits(remaining) else { return nil }
                parts.append(remaining)
                return parts.map(keepingOwnFootnotes)
            case .parts(let head, let tail):
                parts.append(head)
                remaining = tail
                remaining.title = slide.title + [.text(Self.continued)]
            }
        }
    }

    /// Where a slide is cut.
    private enum Cut {
        /// Every unit fits: the slide needs no cut if it fits as it is.
        case whole
        /// The largest first part that fits, and the rest.
        case parts(Slide, Slide)
    }

    /// The largest first part that fits and the rest; nil when not even one unit fits.
    ///
    /// The rest is never laid out whole: a unit that does not fit after the first part means
    /// the slide does not either (more units never take less room), so a slide of thousands
    /// of units is cut in time linear in its length, not quadratic.
    private func cut(_ slide: Slide) -> Cut? {
        if let index = slide.blocks.firstIndex(where: { if case .columns = $0 { true } else { false } }),
           case .columns(let columns) = slide.blocks[index] {
            let units = columns.map { Self.units($0.blocks) }
            var taken = Array(repeating: 0, count: columns.count)
            // Each column takes as many units as still fit beside the others (more units never
            // take less room, so the count is found by halving).
            for column in columns.indices {
                taken[column] = Self.largestFitting(upTo: units[column].count) { count in
                    var trial = slide
                    var counts = taken
                    counts[column] = count
                    trial.blocks[index] = .columns(columns.indices.map {
                        Column(title: columns[$0].title, blocks: units[$0].prefix(counts[$0]).flatMap { $0 })
                    })
                    return fits(trial)
                }
            }
            guard zip(taken, units).contains(where: { $0 < $1.count }) else { return .whole }
            guard taken.reduce(0, +) > 0 else { return nil }
            var head = slide, tail = slide
            head.blocks[index] = .columns(columns.indices.map {
                Column(title: columns[$0].title, blocks: units[$0].prefix(taken[$0]).flatMap { $0 })
            })
            tail.blocks[index] = .columns(columns.indices.map {
                Column(title: columns[$0].title, blocks: units[$0].dropFirst(taken[$0]).flatMap { $0 })
            })
            return .parts(head, tail)
        }
        let units = Self.units(slide.blocks)
        let taken = Self.largestFitting(upTo: units.count) { count in
            var trial = slide
            trial.blocks = units.prefix(count).flatMap { $0 }
            return fits(trial)
        }
        guard taken < units.count else { return .whole }
        guard taken > 0 else { return nil }
        var head = slide, tail = slide
        head.blocks = units.prefix(taken).flatMap { $0 }
        tail.blocks = units.dropFirst(taken).flatMap { $0 }
        return .parts(head, tail)
    }

    /// The largest count in 0...limit for which `fits` holds, given that it holds for 0 and,
    /// once it fails, fails for every larger count. Counts double from 1 until one fails, then
    /// are halved between the last that fits and the first that does not: a logarithmic
    /// number of layouts, none of more than twice the answer's units.
    private static func largestFitting(upTo limit: Int, _ fits: (Int) -> Bool) -> Int {
        var low = 0, high = limit
        var probe = 1
        while probe <= limit {
            guard fits(probe) else {
                high = probe - 1
                break
            }
            low = probe
            probe *= 2
        }
        while low < high {
            let middle = (low + high + 1) / 2
            if fits(middle) { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// Blocks as the pieces a slide may be cut between: each list item a list of its own
    /// (numbered on from where it was), a heading joined to the piece after it.
    static func units(_ blocks: [Block]) -> [[Block]] {
        var units: [[Block]] = []
        var pendingHeading: [Block] = []
        for block in blocks {
            var pieces: [[Block]]
            if case .list(let list) = block {
                pieces = list.items.enumerated().map { offset, item in
                    [.list(ListBlock(style: list.style, start: list.start + offset, items: [item]))]
                }
            } else {
                pieces = [[block]]
            }
            if case .heading = block {
                pendingHeading += [block]
                continue
            }
            if !pendingHeading.isEmpty, !pieces.isEmpty {
                pieces[0] = pendingHeading + pieces[0]
                pendingHeading = []
            }
            units += pieces
        }
        if !pendingHeading.isEmpty { units.append(pendingHeading) }
        return units
    }

    /// The footnotes a part refers to (a bare marker too), in the slide's order.
    private func keepingOwnFootnotes(_ slide: Slide) -> Slide {
        var referenced = Set<String>()
        func visit(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .footnoteReference(let reference): referenced.insert(reference.id)
                case .strong(let content), .emphasis(let content): visit(content)
                case .crossReference(let reference): visit(reference.content)
                case .text, .lineBreak: break
                }
            }
        }
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .heading(let heading): visit(heading.content)
                case .paragraph(let content): visit(content)
                case .list(let list): list.items.forEach(visit)
                case .table(let table):
                    table.headerRows.flatMap { $0 }.forEach { visit($0.blocks) }
                    for row in table.rows {
                        switch row {
                        case .cells(let cells): cells.forEach { visit($0.blocks) }
                        case .group(let content): visit(content)
                        }
                    }
                case .figure(let figure): [figure.caption, figure.description, figure.credit].compactMap { $0 }.forEach(visit)
                case .note(let note): visit(note.content)
                case .columns(let columns): columns.forEach { visit($0.blocks); visit($0.title ?? []) }
                case .slide(let slide): visit(slide.blocks)
                }
            }
        }
        visit(slide.title)
        visit(slide.blocks)
        var slide = slide
        slide.footnotes = slide.footnotes.filter { referenced.contains($0.id) }
        return slide
    }
}
