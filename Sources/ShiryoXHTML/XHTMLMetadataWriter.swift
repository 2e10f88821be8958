import ShiryoModel
import ShiryoRendering

/// The metadata a reader sees: document number and date in the top corner, issuer, and
/// title and as-of sentence when the blocks do not print them. (The report's running
/// header is CSS: `RunningHeaderCSS`.)
struct XHTMLMetadataWriter {
    let context: XHTMLContext

    private var output: XHTMLOutput { context.output }
    private var metadata: Metadata { context.metadata }

    /// 資料1-1 above 令和8年3月30日, printed in the top right corner; a draft's 「案」 and the
    /// document's stamps (取扱注意) before the number.
    func writeCorner() throws {
        let number = metadata.documentNumber.flatMap { $0.isEmpty ? nil : $0 }
        let date = metadata.dateText.flatMap { $0.isEmpty ? nil : $0 }
        let stamps = context.marking.stamps(metadata)
        guard number != nil || date != nil || !stamps.isEmpty else { return }
        try output.element("p", [("class", "document-corner")]) {
            for stamp in stamps {
                let kind = stamp == DocumentMarkingOptions.draftStamp ? " stamp-draft" : ""
                try output.element("span", [("class", "document-stamp" + kind)], text: stamp)
            }
            if let number {
                try output.element("span", [("class", "document-number")], text: number)
            }
            if let date {
                try output.element("span", [("class", "document-date")], text: date)
            }
        }
    }

    func writeIssuer() throws {
        guard let issuer = metadata.issuer, !issuer.isEmpty else { return }
        try output.element("p", [("class", "issuer")], text: issuer)
    }

    /// The report's opening lines: the title and as-of sentence that the blocks do not
    /// already print (`DocumentHead` decides, as for every renderer), so that no metadata a
    /// reader should see is lost and nothing is printed twice.
    func writeDocumentHeader(includeCorner: Bool) throws {
        let head = DocumentHead(context.document)
        let title = head.title
        let asOf = head.asOf
        let hasIssuer = includeCorner && !(metadata.issuer ?? "").isEmpty
        guard includeCorner || title != nil || asOf != nil else { return }
        try output.element("header", [("class", "document-header")]) {
            if includeCorner {
                try writeCorner()
            }
            if let title {
                try output.element("p", [("class", "document-title")], text: title)
            }
            if hasIssuer {
                try writeIssuer()
            }
            if let asOf {
                try output.element("p", [("class", "as-of")], text: asOf)
            }
        }
    }
}
