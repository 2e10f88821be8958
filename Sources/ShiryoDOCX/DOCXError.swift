import Foundation

/// Why a document could not be rendered as DOCX.
///
/// Images and packaging fail with `PackageError`, shared by every OOXML format.
public enum DOCXError: Error, CustomStringConvertible, Equatable {
    case referenceDocument(String)

    public var description: String {
        switch self {
        case .referenceDocument(let reason):
            "reference DOCX: \(reason)"
        }
    }
}
