/// A streaming MARCXML reader (MARC21slim, MarcXchange v1/v2, or no namespace; any prefix).
///
/// Finds `<record>` elements wherever they are — under `<collection>`, bare at top level (even
/// several, as Evergreen's serials file has), or wrapped in OAI-PMH responses — and yields one
/// ``Record`` each. Not well-formed input becomes a ``MARCDiagnostic`` with record number, line
/// and column; the reader then resumes at the next `<record>`.
public final class MARCXMLReader: Sequence, IteratorProtocol {
    /// Namespaces whose `record` elements are MARC records ("" is no namespace).
    public static let namespaces: Set<String> = [
        "http://www.loc.gov/MARC21/slim", "info:lc/xmlns/marcxchange-v1", "info:lc/xmlns/marcxchange-v2", "",
    ]

    /// Problems found so far, in input order.
    public private(set) var diagnostics: [MARCDiagnostic] = []
    /// The number of records yielded so far.
    public private(set) var recordCount = 0
    private var rootElements = 0
    /// How many bytes of the input have been consumed, for progress reports.
    public var bytesRead: Int { tokenizer.stream.offset }

    private let tokenizer: XMLTokenizer
    private var builder: MARCXMLRecordBuilder?

    /// A reader of the MARCXML file at `path`, read in chunks.
    public init(path: String) throws {
        self.tokenizer = XMLTokenizer(stream: try ByteStream(path: path))
    }

    /// A reader of MARCXML bytes in memory.
    public init(bytes: [UInt8]) { self.tokenizer = XMLTokenizer(stream: ByteStream(bytes: bytes)) }

    /// A reader of a MARCXML document held as a string.
    public convenience init(string: String) { self.init(bytes: Array(string.utf8)) }

    /// The next record, or nil at the end of input.
    public func next() -> Record? {
        while true {
            let event: XMLEvent?
            do {
                event = try tokenizer.next()
            } catch {
                drainProblems()
                recover(from: error)
                continue
            }
            drainProblems()
            guard let event else { return nil }
            if let record = handle(event) {
                recordCount += 1
                return record
            }
        }
    }

    private func handle(_ event: XMLEvent) -> Record? {
        switch event {
        case .start(let name, let attributes):
            if tokenizer.openElements.count == 1 { noteRootElement(name.local) }
            guard Self.namespaces.contains(name.namespace) else { return nil }
            if name.local == "record" {
                let depth = tokenizer.openElements.count - 1
                builder = MARCXMLRecordBuilder(depth: depth, offset: tokenizer.stream.offset)
            } else {
                builder?.start(name.local, attributes: attributes)
            }
        case .text(let text):
            builder?.text(text)
        case .end(let name):
            guard let depth = builder?.depth, Self.namespaces.contains(name.namespace) else { return nil }
            guard name.local == "record" && tokenizer.openElements.count == depth else {
                builder?.end(name.local)
                return nil
            }
            guard let finished = builder else { return nil }
            builder = nil
            diagnostics.append(contentsOf: finished.problems(number: recordCount + 1))
            return finished.hasContent ? finished.record : nil
        }
        return nil
    }

    /// XML allows one root element; files that concatenate bare `<record>` documents are read on, once reported.
    private func noteRootElement(_ name: String) {
        rootElements += 1
        guard rootElements == 2 else { return }
        let place = tokenizer.error("", at: 0)
        diagnostics.append(
            MARCDiagnostic(
                .warning, record: recordCount + 1, offset: place.offset, line: place.line, column: place.column,
                message: "XML not well-formed: a second top-level element <\(name)>; the file holds several XML "
                    + "documents one after another, read on as if they were in a <collection>"))
    }

    private func drainProblems() {
        for problem in tokenizer.problems { report(problem, severity: .error, suffix: "") }
        tokenizer.problems.removeAll()
    }

    private func report(_ problem: XMLSyntaxError, severity: MARCDiagnostic.Severity, suffix: String) {
        diagnostics.append(
            MARCDiagnostic(
                severity, record: recordCount + 1, offset: problem.offset, line: problem.line, column: problem.column,
                message: "XML not well-formed: " + problem.message + suffix))
    }

    /// Drops the record being read and resumes at the next `<record>` start tag.
    private func recover(from problem: XMLSyntaxError) {
        let lost = builder != nil
        report(problem, severity: .error, suffix: lost ? "; record skipped" : "")
        if lost { recordCount += 1 }
        tokenizer.truncateOpenElements(to: builder?.depth ?? tokenizer.openElements.count)
        builder = nil
        if tokenizer.stream.available > 0 { tokenizer.advance(1) }
        _ = tokenizer.skip(toStartTag: "record")
    }
}
