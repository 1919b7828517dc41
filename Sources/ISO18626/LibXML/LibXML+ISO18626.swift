import XMLTree

extension LibXML {
    /// The ISO 18626 namespace, for both versions of the schema.
    static let namespace = ISO18626Writer.namespace
}

extension DOMElement {
    /// Whether the element is in the ISO 18626 namespace.
    var isISO18626: Bool { namespaceURI == LibXML.namespace }
}
