import Foundation
import Testing
@testable import ShiryoFollowUp

/// Paths of the package, found from this file so tests run from any working directory.
enum Package {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let samples = root.appendingPathComponent("samples")
    static let sampleNames = ["kansensho-kihon-senryaku", "amr-action-plan"]

    static func sample(_ name: String) throws -> FollowUpReport {
        try ReportLoader().load(path: samples.appendingPathComponent(name).path)
    }

    static func seedText(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/seeds/\(name)", withExtension: "txt"))
        return try String(contentsOf: url, encoding: .utf8)
    }
}

/// Loads YAML text and returns the diagnostics, or an empty list when it is valid.
func diagnostics(of yaml: String, file: String = "test.yaml", baseDirectory: URL? = nil) -> [Diagnostic] {
    do {
        _ = try ReportLoader().load(text: yaml, file: file, baseDirectory: baseDirectory)
        return []
    } catch let error as ValidationError {
        return error.diagnostics
    } catch {
        return [Diagnostic(location: SourceLocation(file: file, line: 0, column: 0), keyPath: "?",
                           message: "unexpected error \(error)")]
    }
}

/// A small valid report; tests change one thing in it at a time.
let minimalReport = """
title: 「テスト計画」に基づく施策のフォローアップ
plan:
  name: テスト計画
  decidedOn: 2023-04-07
  decidedBy: テスト関係閣僚会議
fiscalYear: 2024
asOf: 2025-03-31
issued: draft
ministries:
  mhlw: 厚生労働省
  maff: 農林水産省
goals:
  - title: 目標の題
    strategies:
      - title: 戦略の題
        ministries: [mhlw]
        actions:
          - 取組を実施した。

"""

/// A whole 1×1 grey PNG (IHDR, IDAT, IEND with their checksums).
let onePixelPNG: [UInt8] = [
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
    0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x00, 0x00, 0x00, 0x00, 0x3A, 0x7E, 0x9B, 0x55, 0x00, 0x00, 0x00,
    0x0A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01, 0x48, 0xAF, 0xA4,
    0x71, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
]
