#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Adds a field body's bytes to a record's ``ParsedFields`` as a control or data field in UTF-8.
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
    /// The record's data area when all of it can be used as it is (see ``isPlainUTF8(_:)``), so
    /// fields inside it need only a character-boundary check instead of a scan of their own.
    var plainArea: Range<Int>?

    /// Adds the field at `body` in `record` (the bytes between its start and its field terminator).
    ///
    /// `parsed.bytes` holds a copy of `record`, so text that is already UTF-8 is indexed where it
    /// lies; other text is converted and appended.
    func append(
        tag packed: UInt32, body: Range<Int>, of record: UnsafeBufferPointer<UInt8>, to parsed: inout ParsedFields,
        sink: inout DiagnosticSink
    ) {
        let tag = ParsedFields.tagString(packed)
        let bytes = UnsafeBufferPointer(rebasing: record[body])
        if Self.isControlTag(packed) {
            if let base = bytes.baseAddress, memchr(base, 0x1F, bytes.count) != nil {
                sink.report(.warning, at: body.lowerBound, tag: tag, "subfield delimiter (0x1F) inside a control field")
            }
            let text = place(bytes, at: body.lowerBound, of: record, tag: tag, in: &parsed, sink: &sink)
            parsed.fieldSlots.append(
                .init(
                    tag: packed, indicator1: 0x20, indicator2: 0x20, isControl: true, start: Int32(text.lowerBound),
                    end: Int32(text.upperBound), firstSubfield: 0, subfieldCount: 0))
            return
        }
        var indicators: (UInt8, UInt8) = (0x20, 0x20)
        var skip = 0
        if bytes.first == 0x1F || bytes.isEmpty {
            sink.report(.warning, at: body.lowerBound, tag: tag, "indicators missing; using blanks")
        } else {
            skip = min(indicatorCount, bytes.count)
            for index in 0..<min(skip, 2) {
                let byte = bytes[index]
                guard byte >= 0x20 && byte < 0x80 else {
                    sink.report(
                        .warning, at: body.lowerBound + index, tag: tag, "indicator byte \(byte) is not ASCII; blank")
                    continue
                }
                if index == 0 { indicators.0 = byte } else { indicators.1 = byte }
            }
        }
        let areaStart = body.lowerBound + skip
        let firstSubfield = parsed.subfieldSlots.count
        let text = place(
            UnsafeBufferPointer(rebasing: record[areaStart..<body.upperBound]), at: areaStart, of: record, tag: tag,
            in: &parsed,
            sink: &sink)
        let splitter = SubfieldSplitter(tag: tag, at: areaStart)
        parsed.bytes.withUnsafeBufferPointer { buffer in
            splitter.split(
                UnsafeBufferPointer(rebasing: buffer[text]), base: text.lowerBound, into: &parsed.subfieldSlots,
                sink: &sink)
        }
        parsed.fieldSlots.append(
            .init(
                tag: packed, indicator1: indicators.0, indicator2: indicators.1, isControl: false,
                start: Int32(text.lowerBound), end: Int32(text.upperBound), firstSubfield: Int32(firstSubfield),
                subfieldCount: Int32(parsed.subfieldSlots.count - firstSubfield)))
    }

    /// Where the UTF-8 form of `bytes` (at record position `at`) lies in `parsed.bytes`.
    private func place(
        _ bytes: UnsafeBufferPointer<UInt8>, at: Int, of record: UnsafeBufferPointer<UInt8>, tag: String,
        in parsed: inout ParsedFields, sink: inout DiagnosticSink
    ) -> Range<Int> {
        if isInPlainArea(at..<(at + bytes.count), record) || isPlainUTF8(bytes) { return at..<(at + bytes.count) }
        let start = parsed.bytes.count
        parsed.bytes.append(contentsOf: text(bytes, tag: tag, at: at, sink: &sink).utf8)
        return start..<parsed.bytes.count
    }

    /// True when `range` lies in ``plainArea`` and starts and ends on character boundaries, so it
    /// is valid UTF-8 because the whole area is.
    private func isInPlainArea(_ range: Range<Int>, _ record: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let area = plainArea, area.lowerBound <= range.lowerBound, range.upperBound <= area.upperBound else {
            return false
        }
        let startsOnBoundary = range.lowerBound == area.upperBound || record[range.lowerBound] & 0xC0 != 0x80
        let endsOnBoundary = range.upperBound == area.upperBound || record[range.upperBound] & 0xC0 != 0x80
        return startsOnBoundary && endsOnBoundary
    }

    /// 001–009 (and 000) are control fields in MARC 21 and UNIMARC.
    static func isControlTag(_ packed: UInt32) -> Bool {
        packed & 0xFFFF == 0x3030 && UInt8(truncatingIfNeeded: packed >> 16) &- 0x30 < 10
    }

    /// True when the bytes can be used as they are (valid UTF-8 in a UTF-8 record, or ASCII).
    func isPlainUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch scheme {
        case .utf8, .utf8OrLatin1:
            return UTF8Validation.isASCII(bytes) || UTF8Validation.firstInvalidOffset(bytes) == nil
        case .latin1:
            return UTF8Validation.isASCII(bytes)
        case .marc8:
            guard let base = bytes.baseAddress else { return true }
            return UTF8Validation.isASCII(bytes) && memchr(base, 0x1B, bytes.count) == nil
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
