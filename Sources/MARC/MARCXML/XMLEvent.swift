/// One event from ``XMLTokenizer``: the parts of XML the MARCXML reader needs.
enum XMLEvent {
    /// A start tag (or empty-element tag, which is followed by a matching `.end`).
    case start(XMLName, attributes: [XMLName: String])
    /// An end tag.
    case end(XMLName)
    /// Character data, with entities and character references resolved (CDATA included).
    case text(String)
}

/// An element or attribute name with its namespace URI resolved ("" for none).
struct XMLName: Hashable {
    var namespace: String
    var local: String
}
