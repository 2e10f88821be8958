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

    /// Throws for the first character of `value` that XML cannot carry, naming `field`.
    ///
    /// The hot path of every text and attribute value: a byte scan over the UTF-8 decides
    /// almost every string, and `field` and `element` (messages that cost a string each to
    /// build) are only evaluated for the error.
    static func requireXMLCharacters(
        _ value: String, field: @autoclosure () -> String, element: @autoclosure () -> String?
    ) throws(XMLWriterError) {
        if hasOnlyXMLCharacters(value) { return }
        try requireCharacters(value, field: field(), element: element(), allowed: isXMLCharacter)
    }

    /// True if every character of `value` is an XML `Char`. False means "look closer": the
    /// scalar check finds (and reports) the offending character.
    ///
    /// Swift strings hold valid UTF-8, so only two byte patterns can encode a character
    /// outside `Char`: a byte below 0x20 other than tab, line feed and carriage return (C0
    /// controls and U+0000), and EF BF BE / EF BF BF (U+FFFE, U+FFFF). Surrogates cannot
    /// occur, and everything else up to U+10FFFF is allowed.
    static func hasOnlyXMLCharacters(_ value: String) -> Bool {
        let verdict = value.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte < 0x20 {
                    if byte != 0x9 && byte != 0xA && byte != 0xD { return false }
                } else if byte == 0xEF, index + 2 < count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE {
                    return false
                }
                index += 1
            }
            return true
        }
        return verdict ?? false
    }

    /// True if `name` is an NCName made of ASCII only (letters, digits, `_`, `-`, `.`, not
    /// starting with a digit, `-` or `.`): the names markup vocabularies use. False means
    /// "look closer", not "invalid": non-ASCII names take the full check.
    static func isASCIINCName(_ name: String) -> Bool {
        let verdict = name.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard let first = bytes.first, isASCIILetter(first) || first == 0x5F else { return false }
            for byte in bytes.dropFirst() {
                guard isASCIILetter(byte) || byte == 0x5F || byte == 0x2D || byte == 0x2E
                    || (0x30...0x39).contains(byte)
                else { return false }
            }
            return true
        }
        return verdict ?? false
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
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
        if isASCIINCName(name) { return }
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
    static func requireCommentText(_ text: String, element: @autoclosure () -> String?) throws(XMLWriterError) {
        try requireXMLCharacters(text, field: "comment", element: element())
        if text.contains("--") {
            throw .invalidValue(field: "comment", reason: "\"--\" cannot appear inside an XML comment")
        }
        if text.hasSuffix("-") {
            throw .invalidValue(field: "comment", reason: "an XML comment cannot end with \"-\"")
        }
    }
}
