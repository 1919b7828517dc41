/// Checks on the raw bytes, before libxml2 sees them.
///
/// The DOCTYPE scan is the first of two guards (the parsed document's subsets are the second): with no DTD there
/// are no entity declarations, so neither entity expansion ("billion laughs") nor external entities
/// (`SYSTEM "file:///etc/passwd"`) can happen. A NUL byte never occurs in XML text in UTF-8 or any other
/// ASCII-compatible encoding; refusing it keeps UTF-16 and UTF-32 documents out, where the scan could not see
/// a DOCTYPE.
enum ByteScreening {
    /// Why the bytes are refused before parsing, or `nil` if they may be parsed.
    static func problem(in bytes: [UInt8], maximumBytes: Int) -> String? {
        if bytes.isEmpty { return "the message is empty" }
        let limit = min(maximumBytes, Int(Int32.max))  // libxml2 takes the length as an `int`
        if bytes.count > limit {
            return "the message is \(bytes.count) bytes, more than the \(limit) accepted"
        }
        if let offset = bytes.firstIndex(of: 0) {
            return "NUL byte at offset \(offset): only UTF-8 (or another ASCII-compatible encoding) is accepted"
        }
        if let offset = firstDeclaration(in: bytes) {
            return "DOCTYPE and ENTITY declarations are not accepted (line \(line(of: offset, in: bytes)))"
        }
        return nil
    }

    private static let doctype = Array("<!DOCTYPE".utf8)
    private static let entity = Array("<!ENTITY".utf8)

    /// The offset of the first `<!DOCTYPE` or `<!ENTITY`, wherever it is (even in a comment: a false alarm there
    /// costs a peer nothing it needs).
    private static func firstDeclaration(in bytes: [UInt8]) -> Int? {
        var offset = 0
        while let found = bytes[offset...].firstIndex(of: UInt8(ascii: "<")) {
            if hasPrefix(doctype, in: bytes, at: found) || hasPrefix(entity, in: bytes, at: found) { return found }
            offset = found + 1
        }
        return nil
    }

    private static func hasPrefix(_ prefix: [UInt8], in bytes: [UInt8], at offset: Int) -> Bool {
        guard bytes.count - offset >= prefix.count else { return false }
        return bytes[offset..<offset + prefix.count].elementsEqual(prefix)
    }

    private static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<offset].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }
}
