import Foundation
import ShiryoModel
@testable import ShiryoOOXML
import Testing

/// A package handed out piece by piece (as the DOCX renderer writes it into its file) is the
/// archive `zip` makes, and never passes through as one piece; a refused archive writes nothing.
@Suite struct PackageStreamingTests {
    static func package() throws -> PackageBuilder {
        var package = PackageBuilder(mainPart: "word/document.xml")
        let body = Array(String(repeating: "<w:p><w:r><w:t>薬剤耐性</w:t></w:r></w:p>", count: 5_000).utf8)
        try package.add("word/document.xml", body, contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
        try package.add("word/styles.xml", Array("<w:styles/>".utf8), contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml")
        return package
    }

    @Test func piecesMakeTheZippedPackage() throws {
        let metadata = Metadata(title: "資料", identifier: "detail")
        let package = try Self.package()
        var pieces: [[UInt8]] = []
        try package.write(metadata: metadata) { pieces.append(Array($0)) }
        let zipped = try package.zip(metadata: metadata)
        #expect(Data(pieces.joined()) == zipped)
        // Two pieces per part (header and payload) and the central directory.
        #expect(pieces.count == 2 * 6 + 1)
        #expect(pieces.allSatisfy { $0.count < zipped.count / 2 })
    }

    @Test func anArchiveThatNeedsZip64WritesNothing() throws {
        let entries = try (0...Int(UInt16.max)).map { try ZipEntryEncoder.entry("p\($0)", [UInt8](), compressed: false) }
        var written = 0
        #expect(throws: PackageError.self) {
            try ZipArchive.write(entries) { written += $0.count }
        }
        #expect(written == 0)
    }
}
