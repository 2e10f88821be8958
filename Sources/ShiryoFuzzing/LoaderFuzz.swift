import Foundation
import ShiryoFollowUp
import ShiryoKit
import ShiryoModel
import ShiryoRendering

/// One fuzz input for the loader: bytes read as a report file (JSON when they start with
/// `{`). The loader must either return a report or throw a located `ValidationError`; a
/// report it accepts must assemble and render to JSON and well-formed XHTML.
public enum LoaderFuzz {
    public static func run(_ bytes: [UInt8]) {
        let file = bytes.first == UInt8(ascii: "{") ? "fuzz.json" : "fuzz.yaml"
        let report: FollowUpReport
        do {
            report = try ReportLoader().load(data: Data(bytes), file: file, baseDirectory: nil)
        } catch let error as ValidationError {
            for diagnostic in error.diagnostics {
                guard diagnostic.location.line >= 1, diagnostic.location.column >= 1, !diagnostic.message.isEmpty else {
                    fuzzFailure("a diagnostic without a place or message: \(diagnostic)")
                }
            }
            if error.diagnostics.isEmpty { fuzzFailure("a ValidationError without diagnostics") }
            return
        } catch {
            fuzzFailure("the loader threw something other than a ValidationError: \(error)")
        }
        let registry = RendererRegistry.builtIn
        for document in FollowUpDocument.allCases {
            let model = document.assemble(report)
            // Images are not looked up (there is no report folder), so a document with one is
            // not embedded in XHTML.
            let hasImage = model.blocks.contains { Self.hasImage($0) }
            for name in ["json", "xhtml", "text"] where !(name == "xhtml" && hasImage) {
                guard let renderer = registry.renderer(named: name) else { continue }
                let rendered: [UInt8]
                do {
                    rendered = try renderer.renderBytes(model)
                } catch {
                    fuzzFailure("a report the loader accepted fails to render as \(name): \(error)")
                }
                if name == "xhtml", !WellFormedXML.check(rendered) {
                    fuzzFailure("the XHTML of an accepted report is not well-formed")
                }
            }
        }
    }

    private static func hasImage(_ block: Block) -> Bool {
        switch block {
        case .figure(let figure): figure.image != nil
        case .list(let list): list.items.contains { $0.contains(where: hasImage) }
        case .columns(let columns): columns.contains { $0.blocks.contains(where: hasImage) }
        case .slide(let slide): slide.blocks.contains(where: hasImage)
        case .table(let table):
            table.headerRows.contains { $0.contains { $0.blocks.contains(where: hasImage) } }
                || table.rows.contains {
                    if case .cells(let cells) = $0 { return cells.contains { $0.blocks.contains(where: hasImage) } }
                    return false
                }
        case .heading, .paragraph, .note: false
        }
    }
}
