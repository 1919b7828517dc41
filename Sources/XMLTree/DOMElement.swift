import CLibXML2

/// A borrowed view of one libxml2 element node; valid only while its `ParsedDocument` lives.
public struct DOMElement {
    public let node: UnsafeMutablePointer<xmlNode>

    public init(_ node: UnsafeMutablePointer<xmlNode>) {
        self.node = node
    }

    /// The local name.
    public var name: String { String(cString: node.pointee.name) }

    /// The namespace URI, or `nil` for an element in no namespace.
    public var namespaceURI: String? {
        node.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) }
    }

    /// The line the element starts on, when libxml2 recorded one.
    public var line: Int? {
        let line = xmlGetLineNo(node)
        return line > 0 ? Int(line) : nil
    }

    /// The element children, in document order.
    public var children: [DOMElement] {
        var result: [DOMElement] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(DOMElement(current)) }
            child = current.pointee.next
        }
        return result
    }

    /// The first element child with this local name.
    public func child(_ name: String) -> DOMElement? {
        children.first { $0.name == name }
    }

    /// Every element child with this local name.
    public func children(_ name: String) -> [DOMElement] {
        children.filter { $0.name == name }
    }

    /// The text and CDATA directly inside the element, concatenated (no entity references exist: DTDs are refused).
    public var text: String {
        var result = ""
        var child = node.pointee.children
        while let current = child {
            let type = current.pointee.type
            if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE, let content = current.pointee.content {
                result += String(cString: content)
            }
            child = current.pointee.next
        }
        return result
    }

    /// The text, without leading and trailing white space.
    public var trimmedText: String { text.trimmingWhitespace() }

    /// The text, if the element has no element children.
    public var textIfLeaf: String? {
        children.isEmpty ? text : nil
    }

    /// Local names from the document element down to this one; iterative, so any depth is safe.
    public var ancestry: [String] {
        var names: [String] = []
        var current: UnsafeMutablePointer<xmlNode>? = node
        while let element = current, element.pointee.type == XML_ELEMENT_NODE {
            names.append(String(cString: element.pointee.name))
            current = element.pointee.parent
        }
        return names.reversed()
    }

    /// The value of an attribute in the given namespace (`nil` namespace: an unqualified attribute).
    public func attribute(_ name: String, namespace: String?) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            let attributeNamespace = current.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) }
            if String(cString: current.pointee.name) == name, attributeNamespace == namespace {
                return Self.text(of: current.pointee.children)
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// The value of an unqualified attribute.
    public func attribute(_ name: String) -> String? { attribute(name, namespace: nil) }

    private static func text(of first: UnsafeMutablePointer<xmlNode>?) -> String {
        var result = ""
        var child = first
        while let current = child {
            if let content = current.pointee.content { result += String(cString: content) }
            child = current.pointee.next
        }
        return result
    }
}
