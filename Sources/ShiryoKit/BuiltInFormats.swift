import Foundation
import ShiryoDOCX
import ShiryoModel
import ShiryoText
import ShiryoXHTML

// The formats that ship with Shiryo, each a thin adapter from the renderer's own API to
// `DocumentRenderer`, so renderers stay independent of ShiryoKit and of each other.

/// Plain-text slides and report with Japanese line breaking.
public struct TextFormat: DocumentRenderer {
    public let formatName = "text"
    public let fileExtension = "txt"
    public let summary = "plain-text slides and report for terminals and e-mail (Japanese line breaking)"

    public init() {}

    public func render(_ document: Document, context: RenderContext) throws -> Data {
        let options = TextRenderOptions(
            width: context.settings.textWidth,
            ambiguousWidth: context.settings.ambiguousWide ? .wide : .narrow,
            frame: context.settings.asciiFrame ? .ascii : .boxDrawing)
        return Data(try TextRenderer(options: options).render(document).utf8)
    }
}

/// Self-contained XHTML with paged-media CSS, ready for a PDF engine.
public struct XHTMLFormat: DocumentRenderer {
    public let formatName = "xhtml"
    public let fileExtension = "xhtml"
    public let summary = "PDF-ready XHTML with paged-media CSS (A4; slides on landscape pages)"

    public init() {}

    public func render(_ document: Document, context: RenderContext) throws -> Data {
        try XHTMLRenderer().render(document, options: context.xhtmlOptions)
    }
}

/// PDF from the XHTML through an installed paged-media engine (WeasyPrint by default).
public struct PDFFormat: DocumentRenderer {
    public let formatName = "pdf"
    public let fileExtension = "pdf"
    public let summary = "PDF of the XHTML through WeasyPrint (pip install weasyprint)"

    public init() {}

    public func render(_ document: Document, context: RenderContext) throws -> Data {
        try PDFRenderer().render(document, options: context.xhtmlOptions)
    }
}

/// Word documents.
public struct DOCXFormat: DocumentRenderer {
    public let formatName = "docx"
    public let fileExtension = "docx"
    public let summary = "Word (OOXML) with Japanese defaults, heading styles, real lists and footnotes"

    public init() {}

    public func render(_ document: Document, context: RenderContext) throws -> Data {
        try DOCXRenderer().render(document, options: DOCXRenderOptions(
            inputDirectory: context.inputDirectory, referenceDocx: context.settings.referenceDocx))
    }
}

extension RenderContext {
    var xhtmlOptions: XHTMLRenderOptions {
        XHTMLRenderOptions(inputDirectory: inputDirectory, companionFileNames: companionFileNames,
                           stylesheet: settings.stylesheet)
    }
}
