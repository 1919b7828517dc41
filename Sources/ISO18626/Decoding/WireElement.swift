import XMLTree

/// A validated element copied out of libxml2 into Swift values, so decoding needs no pointers.
///
/// Built only after schema validation, so its depth is the schema's (under ten levels).
struct WireElement: Sendable {
    /// The local name.
    var name: String
    /// The element's own text and CDATA, as sent.
    var text: String
    /// The `ill:scheme` attribute of a scheme/value pair.
    var scheme: String?
    /// The line in the peer's document.
    var line: Int?
    /// The path below `ISO18626Message`, as `request/header/timestamp`.
    var path: String
    /// The element children.
    var children: [WireElement]

    /// Copies `element` and everything below it.
    init(_ element: DOMElement, parentPath: String? = nil) {
        name = element.name
        text = element.text
        scheme = element.attribute("scheme", namespace: LibXML.namespace)
        line = element.line
        path = parentPath.map { $0 + "/" + element.name } ?? element.name
        let path = self.path
        children = element.children.map { WireElement($0, parentPath: path) }
    }
}
