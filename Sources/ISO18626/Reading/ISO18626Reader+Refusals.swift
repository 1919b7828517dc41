import XMLTree

/// The refusals that do not come from one element's value or structure.
extension ISO18626Reader {
    /// Why the document element is not an `ISO18626Message` holding one of the six messages, if it is not.
    static func envelopeProblem(_ root: DOMElement) -> String? {
        guard root.name == "ISO18626Message" else {
            return "the root element is '\(root.name)', not ISO18626Message"
        }
        guard root.isISO18626 else {
            let namespace = root.namespaceURI.map { "namespace '\($0)'" } ?? "no namespace"
            return "ISO18626Message is in \(namespace), not \(LibXML.namespace)"
        }
        guard let message = root.children.first else {
            let kinds = ISO18626MessageKind.allCases.map(\.rawValue).joined(separator: ", ")
            return "ISO18626Message holds no message (expected one of \(kinds))"
        }
        guard ISO18626MessageKind(rawValue: message.name) != nil, message.isISO18626 else {
            let line = message.line.map { " (line \($0))" } ?? ""
            return "ISO18626Message holds '\(message.name)', which is not an ISO 18626 message\(line)"
        }
        return nil
    }

    /// A `BadlyFormedMessage` refusal for bytes that are not well-formed XML.
    static func wellFormednessRefusal(_ problems: [XMLProblem]) -> ISO18626Refusal {
        let values = problems.map(ProblemClassification.wellFormednessValue(of:))
        let first = problems.first
        return RefusalContext().refusal(
            .badlyFormedMessage, values.first ?? "not well-formed XML", line: first?.line, problems: values)
    }

    /// A refusal for schema-validity problems, typed and described by the first of them.
    static func schemaRefusal(_ problems: [XMLProblem], context: RefusalContext) -> ISO18626Refusal {
        let values = problems.map(ProblemClassification.errorValue(of:))
        guard let first = problems.first, let value = values.first else {
            return context.refusal(.badlyFormedMessage, "the message is not valid ISO 18626 v1.2")
        }
        return context.refusal(
            ProblemClassification.errorType(of: first), value, path: first.elementPath, line: first.line,
            problems: values)
    }
}
