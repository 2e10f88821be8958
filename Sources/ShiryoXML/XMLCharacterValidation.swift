/// The XML 1.0 (Fifth Edition) character and name rules, checked in Swift.
///
/// libxml2's writer copies whatever bytes it is given: a U+0001 or U+FFFF becomes output no
/// parser accepts, and a U+0000 silently truncates the C string. Checking here turns both
/// into an `XMLWriterError` that names the character and where it was.
enum XMLValidation {
    /// `Char` production: everything XML 1.0 can carry, literally or as a reference.
    static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// `NameStartChar` without ":" (namespaces reserve the colon as prefix separator).
    static func isNameStartCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x5F, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF,
             0x370...0x37D, 0x37F...0x1FFF, 0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF,
             0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF:
            true
        default: false
        }
    }

    /// `NameChar` without ":".
    static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x2E, 0x30...0x39, 0xB7, 0x300...0x36F, 0x203F...0x2040: true
        default: isNameStartCharacter(scalar)
        }
    }

    /// `PubidChar`: the narrow ASCII set a DOCTYPE public identifier may use.
    static func isPublicIDCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0xD, 0xA, 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        default: "-'()+,./:=?;!*#@$_%".unicodeScalars.contains(scalar)
        }
    }

    /// Throws for the first character of `value` that `allowed` rejects.
    static func requireCharacters(
        _ value: String, field: String, element: String?,
        allowed: (Unicode.Scalar) -> Bool = isXMLCharacter
    ) throws(XMLWriterError) {
        for (offset, scalar) in value.unicodeScalars.enumerated() where !allowed(scalar) {
            throw .invalidCharacter(scalar, offset: offset, field: field, element: element)
        }
    }

    /// A namespace-local name (`NCName`): element and attribute local names and prefixes.
    /// Colons are rejected so that prefixes always go through the namespace-aware parameters.
    static func requireNCName(_ name: String, role: String) throws(XMLWriterError) {
        try requireName(name, role: role, allowColon: false)
    }

    /// A plain `Name`, colons allowed (DOCTYPE names are not namespace-aware).
    static func requireName(_ name: String, role: String, allowColon: Bool = true) throws(XMLWriterError) {
        guard !name.isEmpty else {
            throw .invalidName(name, role: role, reason: "names cannot be empty")
        }
        for (offset, scalar) in name.unicodeScalars.enumerated() {
            if scalar == ":" {
                if allowColon { continue }
                throw .invalidName(name, role: role, reason: "\":\" is not allowed here; pass the prefix separately")
            }
            let valid = offset == 0 ? isNameStartCharacter(scalar) : isNameCharacter(scalar)
            if !valid {
                let position = offset == 0 && isNameCharacter(scalar) ? "start a name" : "appear in a name"
                throw .invalidName(
                    name, role: role,
                    reason: "\(scalar.codePointDescription) cannot \(position) (at Unicode scalar offset \(offset))")
            }
        }
    }

    /// Comment text: characters as for text, plus the comment grammar's own limits.
    static func requireCommentText(_ text: String, element: String?) throws(XMLWriterError) {
        try requireCharacters(text, field: "comment", element: element)
        if text.contains("--") {
            throw .invalidValue(field: "comment", reason: "\"--\" cannot appear inside an XML comment")
        }
        if text.hasSuffix("-") {
            throw .invalidValue(field: "comment", reason: "an XML comment cannot end with \"-\"")
        }
    }
}
