import CLibXML2
import Foundation

/// A borrowed view of one element of an `OAIDocument`; valid only while the document lives.
struct OAIElement {
    let node: UnsafeMutablePointer<xmlNode>

    init(_ node: UnsafeMutablePointer<xmlNode>) { self.node = node }

    /// The local name.
    var name: String { String(cString: node.pointee.name) }

    /// The namespace URI, or nil for an element in no namespace.
    var namespaceURI: String? { node.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) } }

    /// The element children, in document order.
    var children: [OAIElement] {
        var result: [OAIElement] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(OAIElement(current)) }
            child = current.pointee.next
        }
        return result
    }

    /// The first element child with this local name.
    func child(_ name: String) -> OAIElement? { children.first { $0.name == name } }

    /// Every element child with this local name.
    func children(_ name: String) -> [OAIElement] { children.filter { $0.name == name } }

    /// The text and CDATA directly inside the element (no entities exist: DTDs are refused).
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

    /// The text, trimmed.
    var trimmedText: String { text.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// The value of an unqualified attribute.
    func attribute(_ name: String) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if current.pointee.ns == nil, String(cString: current.pointee.name) == name {
                var value = ""
                var child = current.pointee.children
                while let text = child {
                    if let content = text.pointee.content { value += String(cString: content) }
                    child = text.pointee.next
                }
                return value
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// The element and everything inside it as a standalone XML fragment, with the namespaces declared on
    /// its ancestors copied onto it (libxml2's node copy reconciles them), for readers of the metadata.
    func standaloneBytes() -> [UInt8]? {
        guard let document = xmlNewDoc("1.0") else { return nil }
        defer { xmlFreeDoc(document) }
        guard let copy = xmlDocCopyNode(node, document, 1) else { return nil }
        xmlDocSetRootElement(document, copy)
        guard let buffer = xmlBufferCreate() else { return nil }
        defer { xmlBufferFree(buffer) }
        guard xmlNodeDump(buffer, document, copy, 0, 0) >= 0, let content = xmlBufferContent(buffer) else {
            return nil
        }
        return Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))))
    }
}
