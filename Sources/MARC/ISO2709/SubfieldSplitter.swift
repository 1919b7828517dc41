/// Splits a data field's text (UTF-8, after the indicators) at subfield delimiters (0x1F).
struct SubfieldSplitter {
    let tag: String
    /// Record position of the first byte, for diagnostics (exact for UTF-8 input).
    let at: Int
    private(set) var subfields: [Subfield] = []

    init(tag: String, at: Int) {
        self.tag = tag
        self.at = at
    }

    /// Appends one subfield per delimiter; data before the first delimiter is reported and dropped.
    mutating func split(_ text: UnsafeBufferPointer<UInt8>, sink: inout DiagnosticSink) {
        let count = text.count
        var delimiters = 0
        for byte in text where byte == 0x1F { delimiters += 1 }
        subfields.reserveCapacity(delimiters)
        var index = 0
        while index < count && text[index] != 0x1F { index += 1 }
        if index > 0 {
            sink.report(.warning, at: at, tag: tag, "\(index) bytes before the first subfield delimiter dropped")
        }
        while index < count {
            let codeStart = index + 1
            var stop = codeStart
            while stop < count && text[stop] != 0x1F { stop += 1 }
            index = stop
            guard codeStart < stop else {
                sink.report(.warning, at: at + codeStart - 1, tag: tag, "subfield delimiter without a code")
                continue
            }
            let (code, codeLength) = subfieldCode(text, codeStart, stop, sink: &sink)
            let value = String(
                decoding: UnsafeBufferPointer(rebasing: text[(codeStart + codeLength)..<stop]), as: UTF8.self)
            subfields.append(Subfield(code: code, value: value))
        }
    }

    private func subfieldCode(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ stop: Int, sink: inout DiagnosticSink)
        -> (Character, Int)
    {
        let lead = text[start]
        if let character = UTF8Validation.asciiCharacter(lead) { return (character, 1) }
        var length = 1
        while start + length < stop && text[start + length] & 0xC0 == 0x80 { length += 1 }
        let code = String(decoding: UnsafeBufferPointer(rebasing: text[start..<(start + length)]), as: UTF8.self)
        sink.report(.warning, at: at + start, tag: tag, "subfield code \"\(code)\" is not ASCII")
        return (code.first ?? " ", length)
    }
}
