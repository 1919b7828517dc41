/// A small streaming XML pull tokenizer: elements, attributes, namespace prefixes, text, the five
/// predefined entities and numeric character references, CDATA, comments, processing
/// instructions and the XML declaration. DTDs are skipped, never processed.
///
/// Structural errors throw ``XMLSyntaxError``; lexical slips (an illegal control character, an
/// unknown entity) are kept in the text and reported in ``problems`` so reading can go on.
final class XMLTokenizer {
    let stream: ByteStream
    /// Recoverable well-formedness problems, oldest first; the reader drains them.
    var problems: [XMLSyntaxError] = []
    /// Open elements: qualified name bytes and the namespace bindings each one declared.
    private(set) var openElements: [(qname: [UInt8], bindings: [(prefix: String, uri: String)])] = []
    private var namespaces: [String: [String]] = ["xml": ["http://www.w3.org/XML/1998/namespace"]]
    private var pendingEnd: XMLName?
    private var line = 1
    private var lineStart = 0

    init(stream: ByteStream) { self.stream = stream }

    /// The line and column (1-based) of the relative stream position `position`.
    func location(at position: Int) -> (line: Int, column: Int) {
        var line = self.line
        var lineStart = self.lineStart
        let limit = Swift.min(position, stream.available)
        for index in 0..<limit where stream[index] == 0x0A {
            line += 1
            lineStart = stream.offset + index + 1
        }
        return (line, stream.offset + limit - lineStart + 1)
    }

    func error(_ message: String, at position: Int) -> XMLSyntaxError {
        let (line, column) = location(at: position)
        return XMLSyntaxError(message: message, line: line, column: column, offset: stream.offset + position)
    }

    /// Consumes `count` bytes, keeping the line count.
    func advance(_ count: Int) {
        let (line, column) = location(at: count)
        self.line = line
        lineStart = stream.offset + count - column + 1
        stream.consume(count)
    }

    /// The next event, or nil at the end of input.
    func next() throws(XMLSyntaxError) -> XMLEvent? {
        if let name = pendingEnd {
            pendingEnd = nil
            return .end(name)
        }
        while stream.ensure(1) {
            guard stream[0] == 0x3C else { return .text(try text()) }
            guard stream.ensure(2) else { throw error("input ends inside markup", at: 0) }
            switch stream[1] {
            case 0x3F: try skip(past: [0x3F, 0x3E], from: 2, what: "processing instruction")
            case 0x21:
                if hasPrefix("<!--") {
                    try skip(past: [0x2D, 0x2D, 0x3E], from: 4, what: "comment")
                } else if hasPrefix("<![CDATA[") {
                    return .text(try cdata())
                } else {
                    try skipDeclaration()
                }
            case 0x2F: return try endTag()
            default: return try startTag()
            }
        }
        if let open = openElements.last {
            truncateOpenElements(to: 0)
            throw error("input ends inside element <\(String(decoding: open.qname, as: UTF8.self))>", at: 0)
        }
        return nil
    }

    /// Forgets open elements deeper than `depth` (used to resynchronise after an error).
    func truncateOpenElements(to depth: Int) {
        while openElements.count > depth { popElement() }
        pendingEnd = nil
    }

    /// Skips input up to the next start tag whose local name is `local`; false at end of input.
    func skip(toStartTag local: String) -> Bool {
        let target = Array(local.utf8)
        var position = 0
        while let lt = stream.find(0x3C, from: position) {
            var index = lt + 1
            while stream.ensure(index + 1), isNameByte(stream[index]) { index += 1 }
            let name = (lt + 1..<index).map { stream[$0] }
            let localPart = name.split(separator: 0x3A, omittingEmptySubsequences: false).last.map(Array.init) ?? []
            if localPart == target {
                advance(lt)
                return true
            }
            position = lt + 1
        }
        advance(stream.available)
        return false
    }

    func hasPrefix(_ literal: String) -> Bool {
        let bytes = Array(literal.utf8)
        guard stream.ensure(bytes.count) else { return false }
        return bytes.indices.allSatisfy { stream[$0] == bytes[$0] }
    }

    func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2D, 0x2E, 0x3A, 0x5F, 0x80...0xFF: true
        default: false
        }
    }

    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }

    /// Skips from `from` past the first occurrence of `terminator`.
    func skip(past terminator: [UInt8], from: Int, what: String) throws(XMLSyntaxError) {
        var position = from
        while let last = stream.find(terminator[terminator.count - 1], from: position) {
            let begin = last - terminator.count + 1
            if begin >= from && (0..<terminator.count).allSatisfy({ stream[begin + $0] == terminator[$0] }) {
                advance(last + 1)
                return
            }
            position = last + 1
        }
        throw error("input ends inside \(what)", at: 0)
    }

    /// `<!DOCTYPE …>` and other declarations, including an internal subset in brackets.
    private func skipDeclaration() throws(XMLSyntaxError) {
        var depth = 0
        var index = 2
        while stream.ensure(index + 1) {
            switch stream[index] {
            case 0x5B: depth += 1
            case 0x5D: depth -= 1
            case 0x3E where depth <= 0:
                advance(index + 1)
                return
            default: break
            }
            index += 1
        }
        throw error("input ends inside a declaration", at: 0)
    }

    private func cdata() throws(XMLSyntaxError) -> String {
        guard let close = findSequence([0x5D, 0x5D, 0x3E], from: 9) else {
            throw error("input ends inside CDATA", at: 0)
        }
        let text = stream.withAvailable { String(decoding: $0[9..<close], as: UTF8.self) }
        advance(close + 3)
        return text
    }

    private func findSequence(_ sequence: [UInt8], from: Int) -> Int? {
        var position = from
        while let first = stream.find(sequence[0], from: position) {
            if stream.ensure(first + sequence.count),
                (0..<sequence.count).allSatisfy({ stream[first + $0] == sequence[$0] })
            {
                return first
            }
            position = first + 1
        }
        return nil
    }

    func pushElement(_ qname: [UInt8], bindings: [(prefix: String, uri: String)]) {
        for binding in bindings { namespaces[binding.prefix, default: []].append(binding.uri) }
        openElements.append((qname, bindings))
    }

    func popElement() {
        guard let element = openElements.popLast() else { return }
        for binding in element.bindings { namespaces[binding.prefix]?.removeLast() }
    }

    func setPendingEnd(_ name: XMLName) { pendingEnd = name }

    /// The URI bound to `prefix` ("" is the default namespace); nil when unbound.
    func namespaceURI(for prefix: String) -> String? { namespaces[prefix]?.last }
}
