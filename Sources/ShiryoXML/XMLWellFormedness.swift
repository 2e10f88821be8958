internal import CLibXML2

/// Whether bytes someone else wrote (a user's Office template, a returned workbook) are
/// well-formed, namespace-well-formed XML 1.0, judged by libxml2.
///
/// Foundation's `XMLParser` on Linux reports success for some malformed documents (an
/// element closed by the wrong end tag, a root never closed), so a part that is copied into
/// our output is judged here first. Nothing is fetched from the network and no entity is
/// expanded.
public enum XMLWellFormedness {
    /// Why the bytes are not well-formed (`line 3: Opening and ending tag mismatch: b line 1
    /// and a`), or nil when they are.
    public static func problem(in bytes: [UInt8]) -> String? {
        LibXML2Setup.ensureInitialized()
        guard let context = xmlNewParserCtxt() else { return "libxml2 could not make a parser" }
        defer { xmlFreeParserCtxt(context) }
        let diagnostics = LibXML2Diagnostics()
        let options = Int32(XML_PARSE_NONET.rawValue)
        let document = diagnostics.capture {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) {
                    xmlCtxtReadMemory(context, $0.baseAddress, Int32(clamping: $0.count), "part.xml", nil, options)
                }
            }
        }
        defer { if let document { xmlFreeDoc(document) } }
        if document != nil, context.pointee.wellFormed != 0, context.pointee.nsWellFormed != 0 { return nil }
        let line = context.pointee.input.map { Int($0.pointee.line) } ?? 0
        let message = diagnostics.firstReport?.message ?? "not well-formed"
        return line > 0 ? "line \(line): \(message)" : message
    }
}
