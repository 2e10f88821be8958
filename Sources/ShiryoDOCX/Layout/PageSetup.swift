import ShiryoModel

/// Page size and margins in twips, and the `w:sectPr` that states them.
struct PageSetup: Equatable {
    /// ISO A4 in twips: 210 × 297 mm.
    static let a4Short = 11906
    static let a4Long = 16838

    var width: Int
    var height: Int
    var top: Int
    var right: Int
    var bottom: Int
    var left: Int
    var header: Int
    var footer: Int

    var isLandscape: Bool { width > height }
    var textWidth: Int { max(width - left - right, 1440) }

    /// Portrait A4 with the margins Japanese Word uses (30 mm sides, 35/30 mm top/bottom);
    /// landscape A4 with narrow margins for slides, which need the room.
    static func defaults(for kind: Document.Kind) -> PageSetup {
        switch kind {
        case .report:
            PageSetup(width: a4Short, height: a4Long, top: 1701, right: 1531, bottom: 1418, left: 1531,
                      header: 851, footer: 709)
        case .slides:
            PageSetup(width: a4Long, height: a4Short, top: 964, right: 851, bottom: 794, left: 851,
                      header: 425, footer: 397)
        }
    }

    /// The reference document's page, turned to the orientation the document kind needs
    /// (a 概要 stays landscape even when the office template is portrait).
    func adopting(_ reference: PageSetup?, landscape: Bool) -> PageSetup {
        guard var page = reference else { return self }
        let long = max(page.width, page.height)
        let short = min(page.width, page.height)
        (page.width, page.height) = landscape ? (long, short) : (short, long)
        return page
    }

    /// CT_SectPr order: headerReference, footerReference, footnotePr, type, pgSz, pgMar, …,
    /// pgNumType, cols, …, docGrid.
    /// - Parameter firstPageHeaderID: a header for the first page only (`w:titlePg`); the
    ///   footer is the same on every page.
    func write(to w: WordWriter, headerID: String, firstPageHeaderID: String?, footerID: String) throws {
        func reference(_ element: String, _ type: String, _ id: String) throws {
            try w.start(element)
            try w.attribute("type", type)
            try w.xml.writeAttribute("id", id, prefix: "r", namespace: WordML.relationships)
            try w.end()
        }
        try w.element("sectPr") {
            try reference("headerReference", "default", headerID)
            if let firstPageHeaderID { try reference("headerReference", "first", firstPageHeaderID) }
            try reference("footerReference", "default", footerID)
            if firstPageHeaderID != nil { try reference("footerReference", "first", footerID) }
            try w.start("pgSz")
            try w.attribute("w", String(width))
            try w.attribute("h", String(height))
            if isLandscape { try w.attribute("orient", "landscape") }
            try w.end()
            try w.empty("pgMar", [
                "top": String(top), "right": String(right), "bottom": String(bottom), "left": String(left),
                "header": String(header), "footer": String(footer), "gutter": "0",
            ])
            try w.empty("cols", ["space": "425"])
            if firstPageHeaderID != nil { try w.empty("titlePg") }
            try w.empty("docGrid", ["linePitch": "360"])
        }
    }
}
