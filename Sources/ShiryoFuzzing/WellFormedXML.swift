import Foundation
import ShiryoXML
import ZIPFoundation

/// Whether bytes are well-formed, namespace-well-formed XML, judged by libxml2 (which did not
/// write them: Shiryo writes through its own checks first).
enum WellFormedXML {
    static func check(_ bytes: [UInt8]) -> Bool {
        XMLWellFormedness.problem(in: bytes) == nil
    }

    /// The names of the XML parts of a zip package (DOCX) that are not well-formed; a
    /// package that cannot be opened is reported as "(the package)".
    static func badParts(ofPackage bytes: [UInt8]) -> [String] {
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read, pathEncoding: nil)
        } catch {
            return ["(the package)"]
        }
        var bad: [String] = []
        for entry in archive where entry.path.hasSuffix(".xml") || entry.path.hasSuffix(".rels") {
            var data = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            } catch {
                bad.append(entry.path + " (unreadable)")
                continue
            }
            if !check([UInt8](data)) { bad.append(entry.path) }
        }
        return bad
    }
}

/// Stops the run the way libFuzzer recognises as a crash, with a message.
func fuzzFailure(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("shiryo-fuzz: " + message + "\n").utf8))
    abort()
}
