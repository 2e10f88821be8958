import ShiryoDOCX
import ShiryoPPTX
import ShiryoRendering
import ShiryoText
import ShiryoXHTML

extension RendererRegistry {
    /// The registry with every format that ships with Shiryo, in the order
    /// `shiryo formats` lists them. Each is an ordinary `DocumentRenderer`, registered the
    /// way a package adds its own.
    public static var builtIn: RendererRegistry {
        var registry = RendererRegistry()
        registry.register(JSONRenderer())
        registry.register(XHTMLRenderer())
        registry.register(PDFRenderer())
        registry.register(DOCXRenderer())
        registry.register(PPTXRenderer())
        registry.register(TextRenderer())
        return registry
    }
}
