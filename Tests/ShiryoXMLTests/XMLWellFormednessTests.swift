import ShiryoXML
import Testing

/// libxml2's verdict on XML written by others, where Foundation's parser on Linux is lenient.
@Suite struct XMLWellFormednessTests {
    @Test(arguments: [
        "<a><b></a>",                            // closed by the wrong end tag
        "<a>",                                   // a root never closed
        "<a/><b/>",                              // two roots
        "<p:a xmlns:q=\"urn:q\"/>",              // an unbound prefix
        "<a x=\"1\" x=\"2\"/>",                  // a repeated attribute
        "",                                      // nothing
    ])
    func malformedDocumentsGetAReason(xml: String) {
        #expect(XMLWellFormedness.problem(in: Array(xml.utf8)) != nil, "\(xml)")
    }

    @Test func aWellFormedDocumentHasNoProblem() {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:a xmlns:w=\"urn:w\"><w:b w:c=\"1\">テキスト</w:b></w:a>"
        #expect(XMLWellFormedness.problem(in: Array(xml.utf8)) == nil)
    }

    @Test func theReasonSaysWhere() throws {
        let problem = try #require(XMLWellFormedness.problem(in: Array("<a>\n<b>\n</a>".utf8)))
        #expect(problem.hasPrefix("line 3:"), "\(problem)")
    }
}
