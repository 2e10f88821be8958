import ShiryoRendering
import ShiryoXML

/// Hands the XML writer's chunks to a renderer's output as they come.
final class RenderOutputSink: XMLByteSink {
    private let output: RenderOutput

    init(_ output: RenderOutput) {
        self.output = output
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        output.write(bytes)
    }
}
