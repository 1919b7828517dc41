import XMLTree

/// One parsed OAI-PMH response: the shared libxml2 tree with the limits a harvester sets on a response.
struct OAIDocument {
    let tree: ParsedDocument

    /// A response larger than this is refused before parsing (a ListRecords page is a few megabytes at most).
    static let maximumBytes = 64 << 20

    /// Parses a response; the error text says why (with its line) when the bytes are not well-formed XML.
    /// libxml2 runs with `LibXML.parseOptions`: no network, no entity expansion, its depth and size limits.
    static func parse(_ bytes: [UInt8]) -> Result<OAIDocument, ParseFailure> {
        guard bytes.count <= maximumBytes else {
            return .failure(ParseFailure(message: "the response has \(bytes.count) bytes, more than \(maximumBytes)"))
        }
        switch ParsedDocument.parse(bytes) {
        case .failure(let problems):
            let first = problems.all.first
            let line = first?.line.map { "line \($0): " } ?? ""
            return .failure(ParseFailure(message: line + (first?.message ?? "malformed XML")))
        case .success(let tree):
            if tree.hasDocumentTypeDeclaration {
                return .failure(ParseFailure(message: "a DOCTYPE, which OAI-PMH responses never have"))
            }
            return .success(OAIDocument(tree: tree))
        }
    }

    /// The document element.
    var root: DOMElement? { tree.root }

    /// Why a response could not be parsed.
    struct ParseFailure: Error {
        var message: String
    }
}
