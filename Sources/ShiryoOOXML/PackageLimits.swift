/// How much a zip package read from outside (a returned answer workbook, a reference
/// document) may make us inflate. A package is checked against every limit by what its
/// central directory declares before anything is inflated, and inflating stops as soon as an
/// entry yields more than it declared. The numbers are documented in docs/data-format.md
/// (Limits), beside the report's own.
package struct PackageLimits: Sendable, Equatable {
    /// Entries of any kind (files, folders) in the package.
    package var maximumEntries: Int
    /// The declared uncompressed size of one entry.
    package var maximumEntryBytes: UInt64
    /// The declared uncompressed sizes of every entry, added up.
    package var maximumTotalBytes: UInt64
    /// Declared uncompressed size over compressed size, for one entry…
    package var maximumRatio: UInt64
    /// …judged only for an entry that declares more than this (a small part may shrink a lot).
    package var ratioGraceBytes: UInt64

    /// The limits every package from outside is read with. An inquiry workbook of the
    /// 10,000-row synthetic report holds 13 entries, its largest about 0.4 MB, at a ratio of
    /// about 12; Excel's own workbooks compress their XML 5 to 30 times.
    package static let standard = PackageLimits(
        maximumEntries: 1_000,
        maximumEntryBytes: 256 << 20,
        maximumTotalBytes: 512 << 20,
        maximumRatio: 200,
        ratioGraceBytes: 1 << 20)
}

/// Why a package was refused before (or while) inflating it.
package enum PackageReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Not a zip package, or its directory is damaged.
    case unreadable(String)
    case tooManyEntries(limit: Int)
    case entryTooLarge(entry: String, declared: UInt64, limit: UInt64)
    case totalTooLarge(declared: UInt64, limit: UInt64)
    case ratioTooHigh(entry: String, ratio: UInt64, limit: UInt64)
    /// The entry inflated to more than its declared size: inflating was stopped there.
    case largerThanDeclared(entry: String, declared: UInt64)

    /// Whether a limit refused the package (rather than damage).
    package var isLimit: Bool {
        if case .unreadable = self { false } else { true }
    }

    package var description: String {
        switch self {
        case .unreadable(let reason): "the zip package cannot be read (\(reason))"
        case .tooManyEntries(let limit): "it holds more than \(limit) entries, the limit"
        case .entryTooLarge(let entry, let declared, let limit):
            "its entry \(entry) declares \(Self.size(declared)) uncompressed, more than the limit of \(Self.size(limit)) for one entry"
        case .totalTooLarge(let declared, let limit):
            "its entries declare \(Self.size(declared)) uncompressed in all, more than the limit of \(Self.size(limit))"
        case .ratioTooHigh(let entry, let ratio, let limit):
            "its entry \(entry) declares \(ratio) times its compressed size, more than the limit of \(limit) times"
        case .largerThanDeclared(let entry, let declared):
            "its entry \(entry) inflates to more than the \(declared) bytes it declares (inflating was stopped there)"
        }
    }

    /// `1 GiB`, `256 MiB`, `1.5 MiB` or `900 bytes`.
    static func size(_ bytes: UInt64) -> String {
        for (unit, shift) in [("GiB", UInt64(30)), ("MiB", 20), ("KiB", 10)] where bytes >= 1 << shift {
            let whole = bytes >> shift, tenth = (bytes - whole << shift) * 10 >> shift
            return tenth == 0 ? "\(whole) \(unit)" : "\(whole).\(tenth) \(unit)"
        }
        return "\(bytes) bytes"
    }
}
