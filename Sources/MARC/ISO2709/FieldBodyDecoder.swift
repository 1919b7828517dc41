/// Turns a field body's bytes into a control or data ``Field`` in the record's character set.
struct FieldBodyDecoder {
    /// The character set of one record's text.
    enum Scheme {
        case utf8
        /// UNIMARC files whose text is usually UTF-8 but sometimes Latin-1.
        case utf8OrLatin1
        case latin1
        case marc8
    }

    let scheme: Scheme
    let indicatorCount: Int
    let marc8: MARC8Decoder

    /// The field for `body` (the bytes between the directory-addressed start and the field terminator).
    mutating func field(_ tag: String, _ body: UnsafeBufferPointer<UInt8>, at: Int, sink: inout DiagnosticSink)
        -> Field
    {
        if Self.isControlTag(tag) {
            if body.contains(0x1F) {
                sink.report(.warning, at: at, tag: tag, "subfield delimiter (0x1F) inside a control field")
            }
            return Field(tag: tag, value: text(body, tag: tag, at: at, sink: &sink))
        }
        var indicators: [Character] = [" ", " "]
        var skip = 0
        if body.first == 0x1F || body.isEmpty {
            sink.report(.warning, at: at, tag: tag, "indicators missing; using blanks")
        } else {
            skip = min(indicatorCount, body.count)
            for index in 0..<min(skip, 2) {
                if let character = UTF8Validation.asciiCharacter(body[index]), body[index] >= 0x20 {
                    indicators[index] = character
                } else {
                    sink.report(.warning, at: at + index, tag: tag, "indicator byte \(body[index]) is not ASCII; blank")
                }
            }
        }
        let area = UnsafeBufferPointer(rebasing: body[skip...])
        var splitter = SubfieldSplitter(tag: tag, at: at + skip)
        if isPlainUTF8(area) {
            splitter.split(area, sink: &sink)
        } else {
            var decoded = text(area, tag: tag, at: at + skip, sink: &sink)
            decoded.withUTF8 { splitter.split($0, sink: &sink) }
        }
        return Field(tag: tag, indicator1: indicators[0], indicator2: indicators[1], subfields: splitter.subfields)
    }

    /// 001–009 (and 000) are control fields in MARC 21 and UNIMARC.
    static func isControlTag(_ tag: String) -> Bool {
        var bytes = tag.utf8.makeIterator()
        return bytes.next() == 0x30 && bytes.next() == 0x30 && (bytes.next().map { $0 &- 0x30 < 10 } ?? false)
    }

    /// True when the bytes can be split and used as they are (valid UTF-8 in a UTF-8 record, or ASCII).
    private func isPlainUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch scheme {
        case .utf8, .utf8OrLatin1:
            return UTF8Validation.isASCII(bytes) || UTF8Validation.firstInvalidOffset(bytes) == nil
        case .latin1:
            return UTF8Validation.isASCII(bytes)
        case .marc8:
            return UTF8Validation.isASCII(bytes) && !bytes.contains(0x1B)
        }
    }

    /// The bytes as text in the record's scheme; repairs are reported.
    func text(_ bytes: UnsafeBufferPointer<UInt8>, tag: String, at: Int, sink: inout DiagnosticSink) -> String {
        if isPlainUTF8(bytes) { return String(decoding: bytes, as: UTF8.self) }
        switch scheme {
        case .utf8:
            let bad = UTF8Validation.firstInvalidOffset(bytes) ?? 0
            sink.report(.warning, at: at + bad, tag: tag, "invalid UTF-8; replaced with U+FFFD")
            return String(decoding: bytes, as: UTF8.self)
        case .utf8OrLatin1:
            let bad = UTF8Validation.firstInvalidOffset(bytes) ?? 0
            sink.report(.warning, at: at + bad, tag: tag, "invalid UTF-8 in UNIMARC record; read as Latin-1")
            return UTF8Validation.latin1String(bytes)
        case .latin1:
            return UTF8Validation.latin1String(bytes)
        case .marc8:
            var problems: [String] = []
            let decoded = marc8.decode(bytes, problems: &problems)
            for problem in problems {
                sink.report(.warning, at: at, tag: tag, problem.hasPrefix("MARC-8") ? problem : "MARC-8: " + problem)
            }
            return decoded
        }
    }
}
