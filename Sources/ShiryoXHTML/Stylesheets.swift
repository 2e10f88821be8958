import Foundation

/// How a document refers to its CSS: the embedded default (`XHTMLTemplates`) or a link to
/// the user's stylesheet.
enum Stylesheets {
    /// The `href` of a user stylesheet, or an error for a URL that could run code or is
    /// otherwise not a stylesheet location.
    static func href(for url: URL) throws -> String {
        if let scheme = url.scheme?.lowercased() {
            guard ["http", "https", "file"].contains(scheme) else {
                throw XHTMLRenderError.unsupportedStylesheet(url.absoluteString)
            }
            return url.absoluteString
        }
        return url.relativeString
    }
}
