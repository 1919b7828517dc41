import CLibXML2

/// Owns one libxml2 document tree and frees it; used by one read on one thread, never shared.
public final class ParsedDocument {
    public let pointer: xmlDocPtr

    private init(_ pointer: xmlDocPtr) {
        self.pointer = pointer
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// The document element.
    public var root: DOMElement? {
        xmlDocGetRootElement(pointer).map(DOMElement.init)
    }

    /// Whether the document has a DOCTYPE (an internal or external subset), which no message Pinakes reads needs.
    public var hasDocumentTypeDeclaration: Bool {
        pointer.pointee.intSubset != nil || pointer.pointee.extSubset != nil
    }

    /// Parses bytes with `LibXML.parseOptions`; the problems say why when the bytes are not well-formed XML
    /// (namespace errors included).
    public static func parse(_ bytes: [UInt8]) -> Result<ParsedDocument, XMLProblems> {
        _ = LibXML.initialised
        guard let context = xmlNewParserCtxt() else {
            return .failure(XMLProblems([internalProblem("no parser context")]))
        }
        defer { xmlFreeParserCtxt(context) }
        let collector = ProblemCollector()
        let document: xmlDocPtr? = withExtendedLifetime(collector) {
            context.pointee._private = Unmanaged.passUnretained(collector).toOpaque()
            context.pointee.sax.pointee.serror = collectParserProblem
            defer { context.pointee._private = nil }
            return bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { characters in
                    xmlCtxtReadMemory(
                        context, characters.baseAddress, Int32(clamping: characters.count), nil, nil,
                        LibXML.parseOptions)
                }
            }
        }
        guard let document else {
            let problems = collector.problems
            return .failure(XMLProblems(problems.isEmpty ? [internalProblem("the parser gave no document")] : problems))
        }
        let parsed = ParsedDocument(document)
        return collector.problems.isEmpty ? .success(parsed) : .failure(XMLProblems(collector.problems))
    }

    private static func internalProblem(_ message: String) -> XMLProblem {
        XMLProblem(domain: 0, code: 0, message: message, line: nil, elementNames: [], value: nil)
    }
}
