/// A complex field (begin, instruction, separate, cached result, end): the form Word itself
/// writes and updates when the page is laid out (PAGE, NUMPAGES, TOC, PAGEREF).
extension WordWriter {
    func fieldBegin(_ instruction: String) throws {
        try element("r") { try empty("fldChar", ["fldCharType": "begin"]) }
        try element("r") {
            try start("instrText")
            try xml.writeAttribute("space", "preserve", prefix: "xml")
            try xml.writeText(" \(instruction) ")
            try end()
        }
        try element("r") { try empty("fldChar", ["fldCharType": "separate"]) }
    }

    func fieldEnd() throws {
        try element("r") { try empty("fldChar", ["fldCharType": "end"]) }
    }

    /// The whole field with `result` as the cached value, which readers that do not update
    /// fields show as it is.
    func field(_ instruction: String, result: () throws -> Void) throws {
        try fieldBegin(instruction)
        try result()
        try fieldEnd()
    }
}
