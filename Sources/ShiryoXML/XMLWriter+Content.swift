internal import CLibXML2

extension XMLWriter {
    /// Opens an element.
    ///
    /// - Parameters:
    ///   - name: the local name (an XML `NCName`; pass any prefix separately).
    ///   - prefix: nil for an unprefixed element.
    ///   - namespace: the URI the element must be in. A declaration (`xmlns`/`xmlns:p`) is
    ///     written only if that binding is not already in scope, so callers may pass the URI
    ///     on every element without bloating the output. nil leaves the element to whatever
    ///     the declarations say, including any made on this tag with `writeNamespace`; a
    ///     prefix must then be declared by an ancestor.
    public func startElement(_ name: String, prefix: String? = nil, namespace: String? = nil) throws(XMLWriterError) {
        let plan = try planElement(name, prefix: prefix, namespace: namespace)
        try openElement(plan)
    }

    /// Closes the innermost element.
    ///
    /// - Parameter fullEndTag: write `<x></x>` rather than `<x/>` if the element turned out
    ///   empty. XHTML parsed as HTML needs this for every non-void element (`<div/>` would
    ///   swallow its following siblings); void elements such as `<br/>` keep the default.
    public func endElement(fullEndTag: Bool = false) throws(XMLWriterError) {
        try requireUsable()
        guard !openElements.isEmpty else {
            throw .misuse("endElement() called with no open element")
        }
        if fullEndTag {
            try call("xmlTextWriterFullEndElement", reports: false) { xmlTextWriterFullEndElement($0) }
        } else {
            try call("xmlTextWriterEndElement", reports: false) { xmlTextWriterEndElement($0) }
        }
        openElements.removeLast()
        namespaces.popElement()
        startTag.close()
        if openElements.isEmpty { phase = .epilog }
    }

    /// Declares a namespace on the element just started, e.g. the many prefixes a DOCX
    /// root element binds up front. Must follow `startElement` before any content.
    /// Repeating an identical declaration on the same tag is a no-op.
    public func writeNamespace(prefix: String?, uri: String) throws(XMLWriterError) {
        try requireUsable()
        guard startTag.isOpen, let element = openElements.last else {
            throw .misuse("namespace declarations must directly follow startElement(), before any content")
        }
        if let prefix { try XMLValidation.requireNCName(prefix, role: "namespace prefix") }
        try XMLValidation.requireXMLCharacters(uri, field: "namespace URI", element: element.qualifiedName)
        try XMLNamespaceScope.requireBindable(prefix: prefix, uri: uri)
        if let declared = namespaces.declaredOnCurrentElement(prefix) {
            if declared == uri { return }
            throw .namespace("\(prefix.describedAsPrefix) is already bound to \(declared) on <\(element.qualifiedName)>")
        }
        if let pinned = startTag.pinnedURI(prefix ?? ""), pinned != uri {
            throw .namespace("\(prefix.describedAsPrefix) was already used for \(pinned) on <\(element.qualifiedName)>")
        }
        try writeDeclaration(prefix: prefix, uri: uri)
    }

    /// Adds an attribute to the element just started (before any content). Values are
    /// escaped by libxml2, including quotes, `<`, `&`, tabs and line breaks, so they
    /// survive parsing unchanged.
    ///
    /// - Parameters:
    ///   - prefix: e.g. `"xml"` for `xml:space`, `"w"` for DOCX attributes.
    ///   - namespace: as for `startElement`: declared here only if not already in scope. An
    ///     unprefixed attribute is never in a namespace, so it takes none.
    public func writeAttribute(
        _ name: String, _ value: String, prefix: String? = nil, namespace: String? = nil
    ) throws(XMLWriterError) {
        try requireUsable()
        guard startTag.isOpen, let element = openElements.last else {
            throw .misuse("attribute \"\(name)\" must directly follow startElement(), before any content")
        }
        guard let prefix else {
            if let namespace, !namespace.isEmpty {
                throw .namespace("unprefixed attribute \"\(name)\" cannot be in namespace \(namespace); give it a prefix")
            }
            try requireUnprefixedAttribute(
                name, value, element: element.qualifiedName,
                isDuplicate: startTag.hasAttribute(prefix: nil, name: name, uri: nil))
            try emitAttribute(prefix: nil, name, value)
            startTag.record(.init(prefix: nil, name: name, uri: nil))
            return
        }
        let checked = try checkPrefixedAttribute(
            name, value, prefix: prefix, namespace: namespace, element: element.qualifiedName
        ) { uri in startTag.hasAttribute(prefix: prefix, name: name, uri: uri) }
        if let declaration = checked.declaration { try writeDeclaration(prefix: prefix, uri: declaration) }
        try emitAttribute(prefix: prefix, name, value)
        startTag.record(.init(prefix: prefix, name: name, uri: checked.uri))
        startTag.pin(prefix, to: checked.uri)
    }

    /// Writes character data, escaped so that it can never be read back as markup.
    public func writeText(_ text: String) throws(XMLWriterError) {
        try requireUsable()
        guard !openElements.isEmpty else {
            throw .misuse("text can only be written inside an element")
        }
        try XMLValidation.requireXMLCharacters(text, field: "text", element: openElements.last?.qualifiedName)
        startTag.close()
        guard !text.isEmpty else { return }
        try emitText(text)
    }

    /// Writes `<name attributes…>text</name>` with a full end tag even when `text` is
    /// empty, since an element meant to hold text should not collapse to `<name/>`.
    /// Everything is validated before anything is written, so a thrown validation error
    /// leaves the output untouched.
    ///
    /// - Parameter attributePrefix: the prefix of all the attributes (nil: none), e.g. `"xml"`
    ///   for `xml:space`; it must already be in scope where the element starts.
    public func element(
        _ name: String, prefix: String? = nil, namespace: String? = nil,
        attributes: KeyValuePairs<String, String> = [:], attributePrefix: String? = nil, text: String
    ) throws(XMLWriterError) {
        let plan = try planElement(name, prefix: prefix, namespace: namespace)
        for index in attributes.indices {
            let (attributeName, value) = attributes[index]
            // All pairs share one prefix: a repeated local name is a repeated attribute.
            let isDuplicate = attributes[..<index].contains { XMLNamespaceScope.same($0.key, attributeName) }
            if let attributePrefix {
                _ = try checkPrefixedAttribute(
                    attributeName, value, prefix: attributePrefix, namespace: nil, element: plan.qualifiedName
                ) { _ in isDuplicate }
            } else {
                try requireUnprefixedAttribute(attributeName, value, element: plan.qualifiedName, isDuplicate: isDuplicate)
            }
        }
        try XMLValidation.requireXMLCharacters(text, field: "text", element: plan.qualifiedName)
        // Inside the root, with no declaration to make, the whole element can go out at once.
        if !plan.needsDeclaration, !openElements.isEmpty,
           try emitTextElement(name, prefix: prefix, attributes: attributes, attributePrefix: attributePrefix, text: text) {
            startTag.close()
            return
        }
        try openElement(plan)
        for (attributeName, value) in attributes {
            try emitAttribute(prefix: attributePrefix, attributeName, value)
        }
        try writeText(text)
        try endElement(fullEndTag: true)
    }

    /// Writes `<prefix:name a="…" …/>` inside the current element: what `startElement`,
    /// `writeAttribute` for each pair and `endElement` would write, with the same checks, but
    /// without opening a scope for an element that can hold nothing. WordprocessingML is
    /// mostly such properties (`<w:jc w:val="center"/>`), so this is the writer's busiest call.
    ///
    /// Both prefixes must already be in scope (nil: no prefix). Everything is checked before
    /// anything is written, so a thrown validation error leaves the output untouched.
    public func emptyElement(
        _ name: String, prefix: String? = nil, attributes: KeyValuePairs<String, String> = [:],
        attributePrefix: String? = nil
    ) throws(XMLWriterError) {
        try writeEmptyElement(name, prefix: prefix, attributes: attributes, attributePrefix: attributePrefix)
    }

    /// `emptyElement` with a single attribute, the commonest shape of all
    /// (`<w:jc w:val="center"/>`): the same output and checks, without an array of pairs
    /// allocated for every call.
    public func emptyElement(
        _ name: String, prefix: String? = nil, attribute: String, value: String, attributePrefix: String? = nil
    ) throws(XMLWriterError) {
        try writeEmptyElement(
            name, prefix: prefix, attributes: CollectionOfOne((key: attribute, value: value)),
            attributePrefix: attributePrefix)
    }

    /// Writes `<!--text-->`; anywhere except before `startDocument()` or after `endDocument()`.
    public func writeComment(_ text: String) throws(XMLWriterError) {
        try requireUsable()
        try XMLValidation.requireCommentText(text, element: openElements.last?.qualifiedName)
        try call("xmlTextWriterWriteComment") { writer in
            text.withXMLChars { xmlTextWriterWriteComment(writer, $0) }
        }
        startTag.close()
        if phase == .initial { phase = .prolog }
    }
}

// MARK: - Helpers

extension XMLWriter {
    struct ElementPlan {
        let name: String
        let prefix: String?
        /// The URI the caller required, if any.
        let requiredNamespace: String?
        /// Set when that URI is not already bound to the prefix in scope.
        let needsDeclaration: Bool

        var qualifiedName: String { prefix.map { "\($0):\(name)" } ?? name }
    }

    /// All checks for opening an element, done before anything is written.
    func planElement(_ name: String, prefix: String?, namespace: String?) throws(XMLWriterError) -> ElementPlan {
        try requireUsable()
        if phase == .epilog {
            throw .misuse("the document already has a root element; a second one would not be well-formed")
        }
        try XMLValidation.requireNCName(name, role: "element name")
        if let prefix { try XMLValidation.requireNCName(prefix, role: "element prefix") }
        let inScope = namespaces.uri(for: prefix)
        guard let namespace else {
            if let prefix, inScope == nil {
                throw .namespace(
                    "prefix \"\(prefix)\" of <\(prefix):\(name)> is not declared; pass its namespace URI")
            }
            return ElementPlan(name: name, prefix: prefix, requiredNamespace: nil, needsDeclaration: false)
        }
        try requireBindable(prefix: prefix, uri: namespace, element: prefix.map { "\($0):\(name)" } ?? name)
        return ElementPlan(
            name: name, prefix: prefix, requiredNamespace: namespace, needsDeclaration: inScope != namespace)
    }

    func openElement(_ plan: ElementPlan) throws(XMLWriterError) {
        try call("xmlTextWriterStartElement", reports: false) { writer in
            withQualifiedXMLName(plan.prefix, plan.name) { xmlTextWriterStartElement(writer, $0) }
        }
        openElements.append(OpenElement(prefix: plan.prefix, name: plan.name))
        namespaces.pushElement()
        phase = .inRoot
        startTag.open()
        if let required = plan.requiredNamespace {
            startTag.pin(plan.prefix ?? "", to: required)
            if plan.needsDeclaration {
                try writeDeclaration(prefix: plan.prefix, uri: required)
            }
        }
    }

    /// The checks of a namespace URI a caller asks for, skipped for a repeat of the last
    /// pair that passed them.
    func requireBindable(prefix: String?, uri: String, element: @autoclosure () -> String) throws(XMLWriterError) {
        if let checked = checkedBinding, checked.prefix == prefix, checked.uri == uri { return }
        try XMLValidation.requireXMLCharacters(uri, field: "namespace URI", element: element())
        try XMLNamespaceScope.requireBindable(prefix: prefix, uri: uri)
        checkedBinding = (prefix, uri)
    }

    /// `emptyElement` for any list of pairs.
    func writeEmptyElement<Attributes: RandomAccessCollection<(key: String, value: String)>>(
        _ name: String, prefix: String?, attributes: Attributes, attributePrefix: String?
    ) throws(XMLWriterError) {
        guard !openElements.isEmpty else {
            // The root itself: the general path handles the phases around it.
            try startElement(name, prefix: prefix)
            for (key, value) in attributes { try writeAttribute(key, value, prefix: attributePrefix) }
            try endElement()
            return
        }
        try requireUsable()
        try XMLValidation.requireNCName(name, role: "element name")
        if let prefix {
            try XMLValidation.requireNCName(prefix, role: "element prefix")
            if namespaces.uri(for: prefix) == nil {
                throw .namespace("prefix \"\(prefix)\" of <\(prefix):\(name)> is not declared; pass its namespace URI")
            }
        }
        let qualifiedName = { prefix.map { "\($0):\(name)" } ?? name }
        for index in attributes.indices {
            let (key, value) = attributes[index]
            // All pairs share one prefix: a repeated local name is a repeated attribute.
            let isDuplicate = attributes[..<index].contains { XMLNamespaceScope.same($0.key, key) }
            if let attributePrefix {
                _ = try checkPrefixedAttribute(
                    key, value, prefix: attributePrefix, namespace: nil, element: qualifiedName()
                ) { _ in isDuplicate }
            } else {
                try requireUnprefixedAttribute(key, value, element: qualifiedName(), isDuplicate: isDuplicate)
            }
        }
        startTag.close()
        try emitEmptyTag(name, prefix: prefix, attributes: attributes, attributePrefix: attributePrefix)
    }

    /// Every check of a prefixed attribute, shared by `writeAttribute` and `emptyElement` so
    /// that the two refuse the same attributes with the same messages: its local name and
    /// prefix, the reserved `xmlns` prefix, its namespace (`namespace`, else the prefix's
    /// binding in scope), the characters of its value, and one of the same name already there.
    ///
    /// - Returns: the attribute's namespace URI, and the URI to declare before writing it
    ///   when `namespace` is not what the prefix is bound to in scope.
    func checkPrefixedAttribute(
        _ name: String, _ value: String, prefix: String, namespace: String?,
        element: @autoclosure () -> String, isDuplicate: (_ uri: String) -> Bool
    ) throws(XMLWriterError) -> (uri: String, declaration: String?) {
        try XMLValidation.requireNCName(name, role: "attribute name")
        try XMLValidation.requireNCName(prefix, role: "attribute prefix")
        if prefix.utf8.count == 5 && prefix == "xmlns" {
            throw .namespace("declare namespaces with writeNamespace(prefix:uri:), not as attributes")
        }
        let inScope = namespaces.uri(for: prefix)
        let uri: String
        var declaration: String?
        if let namespace {
            try requireBindable(prefix: prefix, uri: namespace, element: element())
            if inScope != namespace {
                if let other = namespaces.declaredOnCurrentElement(prefix) ?? startTag.pinnedURI(prefix) {
                    throw .namespace("prefix \"\(prefix)\" is already bound to \(other) on <\(element())>")
                }
                declaration = namespace
            }
            uri = namespace
        } else {
            guard let inScope else {
                throw .namespace(
                    "prefix \"\(prefix)\" of attribute \(prefix):\(name) on <\(element())> is not declared; "
                        + "pass its namespace URI")
            }
            uri = inScope
        }
        try XMLValidation.requireXMLCharacters(value, field: "attribute \"\(prefix):\(name)\"", element: element())
        if isDuplicate(uri) {
            throw .duplicateAttribute("\(prefix):\(name)", element: element())
        }
        return (uri, declaration)
    }

    func requireUnprefixedAttribute(
        _ name: String, _ value: String, element: @autoclosure () -> String, isDuplicate: @autoclosure () -> Bool
    ) throws(XMLWriterError) {
        try XMLValidation.requireNCName(name, role: "attribute name")
        if name.utf8.count == 5 && name == "xmlns" {
            throw .namespace("declare the default namespace with writeNamespace(prefix: nil, uri:), not as an attribute")
        }
        try XMLValidation.requireXMLCharacters(value, field: "attribute \"\(name)\"", element: element())
        if isDuplicate() {
            throw .duplicateAttribute(name, element: element())
        }
    }

    /// Writes `xmlns:prefix="uri"` (or `xmlns="uri"`) and puts the binding in scope.
    ///
    /// Declarations are not recorded as attributes of the tag: an attribute can never
    /// collide with one, because the `xmlns` prefix and an unprefixed `xmlns` are refused
    /// before the duplicate check.
    func writeDeclaration(prefix: String?, uri: String) throws(XMLWriterError) {
        try call("xmlTextWriterWriteAttribute", reports: false) { writer in
            withQualifiedXMLName(prefix.map { _ in "xmlns" }, prefix ?? "xmlns") { name in
                uri.withXMLChars { value in xmlTextWriterWriteAttribute(writer, name, value) }
            }
        }
        namespaces.bindOnCurrentElement(prefix, to: uri)
        startTag.pin(prefix ?? "", to: uri)
    }

    /// The raw libxml2 call; every caller has validated name and value.
    func emitAttribute(prefix: String?, _ name: String, _ value: String) throws(XMLWriterError) {
        try call("xmlTextWriterWriteAttribute", reports: false) { writer in
            withQualifiedXMLName(prefix, name) { name in
                value.withXMLChars { value in xmlTextWriterWriteAttribute(writer, name, value) }
            }
        }
    }
}

extension Optional where Wrapped == String {
    fileprivate var describedAsPrefix: String {
        map { "prefix \"\($0)\"" } ?? "the default namespace"
    }
}
