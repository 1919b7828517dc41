import CLibXML2

extension DOMElement {
    /// The element and everything inside it as a standalone XML fragment, with the namespaces declared on
    /// its ancestors copied onto it (libxml2's node copy reconciles them), for readers of an embedded record.
    public func standaloneBytes() -> [UInt8]? {
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
