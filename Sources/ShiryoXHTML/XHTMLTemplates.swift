import ShiryoModel
import ShiryoRendering

/// The stylesheets of the XHTML (and PDF) output, read from the templates
/// (`templates/xhtml/` built into the library, or the user's `--templates` folder).
public enum XHTMLTemplates {
    /// The template paths of the CSS embedded into documents of `kind`: `xhtml/common.css`
    /// followed by `xhtml/report.css` or `xhtml/slides.css`.
    public static func stylesheetPaths(for kind: Document.Kind) -> [String] {
        switch kind {
        case .report: ["xhtml/common.css", "xhtml/report.css"]
        case .slides: ["xhtml/common.css", "xhtml/slides.css"]
        }
    }

    /// The CSS embedded into documents of `kind`.
    ///
    /// It goes into a `<style>` element, which an HTML parser reads as raw text: `<`, `>`,
    /// `&` and `"` would reach it as XML escapes and be read literally, so a template with
    /// one of them is refused (use descendant selectors and single-quoted strings).
    public static func stylesheet(for kind: Document.Kind, templates: TemplateSet) throws(RenderError) -> String {
        var parts: [String] = []
        for path in stylesheetPaths(for: kind) {
            let css = try templates.text(path)
            if let index = css.firstIndex(where: { "<>&\"".contains($0) }) {
                let line = css[..<index].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
                let source = templates.overrideFile(for: path)?.path ?? "templates/\(path)"
                throw RenderError(
                    format: "xhtml",
                    message: "\(source):\(line): '\(css[index])' cannot be embedded in a <style> element of polyglot XHTML")
            }
            parts.append(css)
        }
        return parts.joined(separator: "\n")
    }
}
