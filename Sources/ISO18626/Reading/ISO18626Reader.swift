import XMLTree

/// Reads ISO 18626 documents: refuses hostile or broken input, validates against the bundled v1.2 schema
/// (bridging ISO 18626:2021 element order and names), and decodes the message.
///
/// A value holding the compiled schema, which is compiled once per process and shared; `read` may be called
/// from any number of tasks at once. Every call returns a `Result` rather than throwing, because a refusal is
/// an ordinary answer to a peer (an ERROR confirmation), not an exceptional event.
public struct ISO18626Reader: Sendable {
    /// One MiB, far above any real ISO 18626 message (the crosslink samples are under 3 KB).
    public static let defaultMaximumBytes = 1 << 20

    /// Documents larger than this (and than 2 GiB, libxml2's limit) are refused before parsing.
    public var maximumBytes: Int
    /// Whether an empty `requestingAgencyRequestId` is refused, as crosslink does
    /// ("requestingAgencyRequestId: cannot be empty"); the schema itself allows it.
    public var requiresRequestingAgencyRequestID: Bool
    /// Whether a document that fails v1.2 validation is canonicalised from 2021 form and validated again.
    public var accepts2021: Bool
    let schema: CompiledSchema

    /// Creates a reader; throws only if the bundled schema is missing or does not compile (a packaging fault).
    public init(
        maximumBytes: Int = defaultMaximumBytes, requiresRequestingAgencyRequestID: Bool = true,
        accepts2021: Bool = true
    ) throws(ISO18626SchemaError) {
        schema = try CompiledSchema.bundled.get()
        self.maximumBytes = maximumBytes
        self.requiresRequestingAgencyRequestID = requiresRequestingAgencyRequestID
        self.accepts2021 = accepts2021
    }

    /// Reads one document from its bytes.
    public func read(_ bytes: [UInt8]) -> Result<ISO18626Document, ISO18626Refusal> {
        if let problem = ByteScreening.problem(in: bytes, maximumBytes: maximumBytes) {
            return .failure(RefusalContext().refusal(.badlyFormedMessage, problem))
        }
        let document: ParsedDocument
        switch ParsedDocument.parse(bytes) {
        case .failure(let problems): return .failure(Self.wellFormednessRefusal(problems.all))
        case .success(let parsed): document = parsed
        }
        guard !document.hasDocumentTypeDeclaration else {
            return .failure(RefusalContext().refusal(.badlyFormedMessage, "DOCTYPE declarations are not accepted"))
        }
        guard let root = document.root else {
            return .failure(RefusalContext().refusal(.badlyFormedMessage, "the document has no root element"))
        }
        if let problem = Self.envelopeProblem(root) {
            return .failure(RefusalContext().refusal(.badlyFormedMessage, problem, path: root.name, line: root.line))
        }
        let context = RefusalContext(root: root)
        let version = root.attribute("version", namespace: LibXML.namespace) ?? ""
        return validate(document, context: context).flatMap { notes in
            decode(root, context: context).map { message in
                ISO18626Document(message: message, version: version, acceptedAs2021: notes != nil, notes: notes ?? [])
            }
        }
    }

    /// Reads one document from text (encoded as UTF-8).
    public func read(_ text: String) -> Result<ISO18626Document, ISO18626Refusal> {
        read(Array(text.utf8))
    }

    /// Validates, trying the 2021 canonical form if v1.2 fails; the notes are `nil` for a plain v1.2 document.
    private func validate(_ document: ParsedDocument, context: RefusalContext) -> Result<[String]?, ISO18626Refusal> {
        let problems = schema.problems(in: document)
        guard !problems.isEmpty else { return .success(nil) }
        guard accepts2021 else { return .failure(Self.schemaRefusal(problems, context: context)) }
        var canonicaliser = Canonicaliser2021(document: document)
        canonicaliser.canonicalise()
        guard !canonicaliser.notes.isEmpty else { return .failure(Self.schemaRefusal(problems, context: context)) }
        let remaining = schema.problems(in: document)
        guard remaining.isEmpty else { return .failure(Self.schemaRefusal(remaining, context: context)) }
        return .success(canonicaliser.notes)
    }

    /// Decodes the validated message and applies the business rules the schema cannot express.
    private func decode(_ root: DOMElement, context: RefusalContext) -> Result<ISO18626Message, ISO18626Refusal> {
        guard let element = root.children.first else {
            return .failure(context.refusal(.badlyFormedMessage, "ISO18626Message holds no message"))
        }
        let wire = WireElement(element)
        do throws(WireProblem) {
            let message = try ISO18626Message(wire: wire)
            if requiresRequestingAgencyRequestID, let problem = BusinessRules.emptyRequestID(in: message, wire: wire) {
                throw problem
            }
            return .success(message)
        } catch {
            return .failure(
                context.refusal(.unrecognisedDataValue, error.errorValue, path: error.path, line: error.line))
        }
    }
}
