#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Locates the subfields of a data field's text (UTF-8, after the indicators) at delimiters (0x1F).
struct SubfieldSplitter {
    let tag: String
    /// Record position of the first byte, for diagnostics (exact for UTF-8 input).
    let at: Int

    init(tag: String, at: Int) {
        self.tag = tag
        self.at = at
    }

    /// Appends one slot per delimiter, offset by `base`; data before the first delimiter is reported and dropped.
    func split(
        _ text: UnsafeBufferPointer<UInt8>, base: Int, into slots: inout [ParsedFields.SubfieldSlot],
        sink: inout DiagnosticSink
    ) {
        let count = text.count
        var index = Self.delimiter(in: text, from: 0)
        if index > 0 {
            sink.report(.warning, at: at, tag: tag, "\(index) bytes before the first subfield delimiter dropped")
        }
        while index < count {
            let codeStart = index + 1
            let stop = codeStart < count ? Self.delimiter(in: text, from: codeStart) : count
            index = stop
            guard codeStart < stop else {
                sink.report(.warning, at: at + codeStart - 1, tag: tag, "subfield delimiter without a code")
                continue
            }
            let codeLength = text[codeStart] < 0x80 ? 1 : nonASCIICodeLength(text, codeStart, stop, sink: &sink)
            slots.append(
                ParsedFields.SubfieldSlot(
                    codeStart: Int32(base + codeStart), valueStart: Int32(base + codeStart + codeLength),
                    end: Int32(base + stop)))
        }
    }

    /// The index of the next 0x1F at or after `from`, or the end of `text`.
    private static func delimiter(in text: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        guard let base = text.baseAddress, from < text.count,
            let hit = memchr(base + from, 0x1F, text.count - from)
        else { return text.count }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// The length of a non-ASCII code: its lead byte and any continuation bytes.
    private func nonASCIICodeLength(
        _ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ stop: Int, sink: inout DiagnosticSink
    ) -> Int {
        var length = 1
        while start + length < stop && text[start + length] & 0xC0 == 0x80 { length += 1 }
        let code = String(decoding: UnsafeBufferPointer(rebasing: text[start..<(start + length)]), as: UTF8.self)
        sink.report(.warning, at: at + start, tag: tag, "subfield code \"\(code)\" is not ASCII")
        return length
    }
}
