import Foundation
import ShiryoFollowUp

/// Paths of the package, found from this file so tests run from any working directory.
enum Package {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sampleNames = ["kansensho-kihon-senryaku", "amr-action-plan"]

    static func samplePath(_ name: String) -> String { root.appendingPathComponent("samples/\(name)").path }

    static func sample(_ name: String) throws -> FollowUpReport {
        try ReportLoader().load(path: samplePath(name))
    }
}

func load(yaml: String, file: String = "written.yaml") throws -> FollowUpReport {
    try ReportLoader().load(text: yaml, file: file, baseDirectory: nil)
}
