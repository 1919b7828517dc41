import CLibXML2

/// A borrowed view of one libxml2 element node; valid only while its `ParsedDocument` lives.
struct DOMElement {
    let node: UnsafeMutablePointer<xmlNode>

    init(_ node: UnsafeMutablePointer<xmlNode>) {
        self.node = node
    }

    /// The local name.
    var name: String { String(cString: node.pointee.name) }

    /// The namespace URI, or `nil` for an element in no namespace.
    var namespaceURI: String? {
        node.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) }
    }

    /// Whether the element is in the ISO 18626 namespace.
    var isISO18626: Bool { namespaceURI == LibXML.namespace }

    /// The line the element starts on, when libxml2 recorded one.
    var line: Int? {
        let line = xmlGetLineNo(node)
        return line > 0 ? Int(line) : nil
    }

    /// The element children, in document order.
    var children: [DOMElement] {
        var result: [DOMElement] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(DOMElement(current)) }
            child = current.pointee.next
        }
        return result
    }

    /// The first element child with this local name.
    func child(_ name: String) -> DOMElement? {
        children.first { $0.name == name }
    }

    /// The text and CDATA directly inside the element, concatenated (no entity references exist: DTDs are refused).
    var text: String {
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

    /// The text, if the element has no element children.
    var textIfLeaf: String? {
        children.isEmpty ? text : nil
    }

    /// Local names from the document element down to this one; iterative, so any depth is safe.
    var ancestry: [String] {
        var names: [String] = []
        var current: UnsafeMutablePointer<xmlNode>? = node
        while let element = current, element.pointee.type == XML_ELEMENT_NODE {
            names.append(String(cString: element.pointee.name))
            current = element.pointee.parent
        }
        return names.reversed()
    }

    /// The value of an attribute in the given namespace (`nil` namespace: an unqualified attribute).
    func attribute(_ name: String, namespace: String?) -> String? {
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
