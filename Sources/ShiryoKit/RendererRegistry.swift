/// The formats available by name.
public struct RendererRegistry: Sendable {
    private var renderers: [String: any DocumentRenderer] = [:]
    /// Format names in the order they were registered (the order `shiryo formats` lists).
    public private(set) var formatNames: [String] = []

    public init() {}

    /// The registry with every format that ships with Shiryo.
    public static var builtIn: RendererRegistry {
        var registry = RendererRegistry()
        registry.register(JSONRenderer())
        registry.register(XHTMLFormat())
        registry.register(PDFFormat())
        registry.register(DOCXFormat())
        registry.register(TextFormat())
        return registry
    }

    /// Adds a renderer; a later registration under the same name replaces the earlier one.
    public mutating func register(_ renderer: any DocumentRenderer) {
        if renderers[renderer.formatName] == nil { formatNames.append(renderer.formatName) }
        renderers[renderer.formatName] = renderer
    }

    public func renderer(named name: String) -> (any DocumentRenderer)? {
        renderers[name]
    }

    public var all: [any DocumentRenderer] { formatNames.compactMap { renderers[$0] } }
}
