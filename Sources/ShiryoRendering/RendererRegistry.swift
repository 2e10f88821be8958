/// The formats available by name.
///
/// ```swift
/// var registry = RendererRegistry.builtIn     // ShiryoKit: json, xhtml, pdf, docx, text
/// registry.register(MarkdownRenderer())
/// ```
public struct RendererRegistry: Sendable {
    private var renderers: [String: any DocumentRenderer] = [:]
    /// Format names in the order they were registered (the order `shiryo formats` lists).
    public private(set) var formatNames: [String] = []

    /// An empty registry. Start from `RendererRegistry.builtIn` (ShiryoKit) to keep the
    /// built-in formats.
    public init() {}

    /// Adds a renderer; a later registration under the same name replaces the earlier one,
    /// so a package can swap a built-in format for its own.
    public mutating func register(_ renderer: any DocumentRenderer) {
        if renderers[renderer.formatName] == nil { formatNames.append(renderer.formatName) }
        renderers[renderer.formatName] = renderer
    }

    /// This registry with `renderer` added.
    public func registering(_ renderer: any DocumentRenderer) -> RendererRegistry {
        var copy = self
        copy.register(renderer)
        return copy
    }

    /// The renderer registered under `name`, or `nil`.
    ///
    /// `exec:PATH` formats are not registered anywhere: ShiryoKit's `RenderPipeline` makes an
    /// `ExternalRenderer` for such a name when no registered renderer has it.
    public func renderer(named name: String) -> (any DocumentRenderer)? {
        renderers[name]
    }

    /// Every renderer, in registration order.
    public var all: [any DocumentRenderer] { formatNames.compactMap { renderers[$0] } }
}
