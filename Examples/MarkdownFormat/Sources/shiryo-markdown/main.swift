import ShiryoCommandLine
import ShiryoKit
import ShiryoMarkdown
import ShiryoRendering

// `shiryo` with one more format: render, validate, formats and templates all see it.
ShiryoCommandLine.main(registry: RendererRegistry.builtIn.registering(MarkdownRenderer()))
