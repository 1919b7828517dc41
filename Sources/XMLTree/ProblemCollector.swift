import CLibXML2

/// Collects problems from libxml2's structured error callbacks; one per parse or validation, on one thread.
public final class ProblemCollector {
    /// Enough to explain a refusal; an adversarial document cannot make the list grow without bound.
    public static let limit = 20
    public private(set) var problems: [XMLProblem] = []

    /// Copies an error of level `XML_ERR_ERROR` or worse; warnings are ignored.
    public func record(_ error: UnsafePointer<xmlError>) {
        let raw = error.pointee
        guard raw.level.rawValue >= XML_ERR_ERROR.rawValue, problems.count < Self.limit else { return }
        let message = raw.message.map { String(cString: $0) } ?? "unknown libxml2 error"
        var problem = XMLProblem(
            domain: Int32(raw.domain), code: Int32(raw.code), message: message.trimmingWhitespace(),
            line: raw.line > 0 ? Int(raw.line) : nil, elementNames: [], value: nil)
        if let node = raw.node?.assumingMemoryBound(to: xmlNode.self) {
            describe(node, in: &problem)
        }
        problems.append(problem)
    }

    /// Fills in the element (or, for an attribute, its element and `@name`) that the error names.
    private func describe(_ node: UnsafeMutablePointer<xmlNode>, in problem: inout XMLProblem) {
        if node.pointee.type == XML_ELEMENT_NODE {
            let element = DOMElement(node)
            problem.elementNames = element.ancestry
            problem.value = element.textIfLeaf
            problem.line = element.line ?? problem.line
        } else if node.pointee.type == XML_ATTRIBUTE_NODE, let parent = node.pointee.parent,
            parent.pointee.type == XML_ELEMENT_NODE
        {
            let element = DOMElement(parent)
            problem.elementNames = element.ancestry + ["@" + String(cString: node.pointee.name)]
            problem.line = element.line ?? problem.line
        }
    }

    public init() {}

    /// Adds a problem found by Pinakes itself rather than by libxml2.
    public func add(_ problem: XMLProblem) {
        problems.append(problem)
    }
}

/// The callback for `xmlSchemaSetValidStructuredErrors` and `xmlSchemaSetParserStructuredErrors`: the context is
/// an unretained `ProblemCollector`.
public let collectSchemaProblem: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    Unmanaged<ProblemCollector>.fromOpaque(context).takeUnretainedValue().record(error)
}

/// The callback for a parser context's `sax->serror`: libxml2 passes the context's `userData`, which is the
/// parser context itself, so the collector travels in its `_private` field.
public let collectParserProblem: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let collector = parser.pointee._private else { return }
    Unmanaged<ProblemCollector>.fromOpaque(collector).takeUnretainedValue().record(error)
}
