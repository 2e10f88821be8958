import ShiryoModel

/// The default stylesheets, as embedded from `templates/xhtml/`: a starting point for a
/// user stylesheet (`XHTMLRenderOptions.stylesheet`).
public enum XHTMLTemplates {
    /// Every template by file name (`common.css`, `report.css`, `slides.css`).
    public static var embedded: [String: String] { EmbeddedTemplates.byFileName }

    /// The CSS embedded into documents of `kind`: `common.css` followed by `report.css` or
    /// `slides.css`.
    public static func defaultStylesheet(for kind: Document.Kind) -> String {
        let specific = switch kind {
        case .report: EmbeddedTemplates.reportCSS
        case .slides: EmbeddedTemplates.slidesCSS
        }
        return EmbeddedTemplates.commonCSS + "\n" + specific
    }
}
