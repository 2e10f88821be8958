import Foundation
import ShiryoModel

/// The documents of the two samples, as the assemblers build them (JSON written by
/// `shiryo render --format json`), and the folders beside this test target.
enum Fixtures {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let fixturesDirectory = testsDirectory.appendingPathComponent("Fixtures")
    static let goldenDirectory = testsDirectory.appendingPathComponent("Golden")

    /// sample folder name × document
    static let names = [
        "amr-action-plan.summary", "amr-action-plan.detail",
        "kansensho-kihon-senryaku.summary", "kansensho-kihon-senryaku.detail",
    ]

    static func document(_ name: String) throws -> Document {
        let data = try Data(contentsOf: fixturesDirectory.appendingPathComponent(name + ".json"))
        return try DocumentJSON.decode(data)
    }
}
