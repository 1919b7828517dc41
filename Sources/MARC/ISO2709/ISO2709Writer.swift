/// Writes ``Record``s as ISO 2709, computing record length, base address and directory.
///
/// Text is written as UTF-8 (and leader/09 set to `a`), or with `.latin1Bytes` each character
/// below U+0100 as one byte and leader/09 kept, which restores records read with
/// `convertsText: false`. A well-formed UTF-8 input file read and written again is identical
/// byte for byte.
public struct ISO2709Writer: Sendable {
    /// How text becomes bytes.
    public enum TextEncoding: Sendable {
        /// UTF-8; leader/09 is set to `a`.
        case utf8
        /// One byte per character (U+0000–U+00FF); leader/09 is left as it is.
        case latin1Bytes
    }

    /// The encoding used for field text.
    public var encoding: TextEncoding
    /// Problems found while writing (characters that do not fit `.latin1Bytes`).
    public private(set) var diagnostics: [MARCDiagnostic] = []
    private var recordNumber = 0

    /// A writer; UTF-8 unless told otherwise.
    public init(encoding: TextEncoding = .utf8) { self.encoding = encoding }

    /// The bytes of `records` in ISO 2709.
    public static func bytes(_ records: some Sequence<Record>) throws(MARCError) -> [UInt8] {
        var writer = ISO2709Writer()
        var output: [UInt8] = []
        for record in records { try writer.append(record, to: &output) }
        return output
    }

    /// Appends one record to `output`; throws when it exceeds ISO 2709's 99,999-byte limits.
    public mutating func append(_ record: Record, to output: inout [UInt8]) throws(MARCError) {
        recordNumber += 1
        var body: [UInt8] = []
        var tags: [(UInt8, UInt8, UInt8)] = []
        var lengths: [Int] = []
        let direct = encoding == .utf8 && appendParsedFields(of: record, to: &body, tags: &tags, lengths: &lengths)
        if !direct {
            body.removeAll(keepingCapacity: true)
            tags.removeAll(keepingCapacity: true)
            lengths.removeAll(keepingCapacity: true)
            for field in record.fields {
                let fieldStart = body.count
                appendBody(field, to: &body)
                body.append(0x1E)
                lengths.append(body.count - fieldStart)
                var tag = Array(field.tag.utf8.prefix(3))
                while tag.count < 3 { tag.append(0x20) }
                tags.append((tag[0], tag[1], tag[2]))
            }
        }
        let baseAddress = 24 + tags.count * 12 + 1
        let recordLength = baseAddress + body.count + 1
        guard recordLength <= 99_999, lengths.allSatisfy({ $0 <= 9_999 }) else {
            throw .unwritableRecord(message: "record \(recordNumber) is longer than ISO 2709 allows")
        }
        appendLeaderAndDirectory(
            record.leader, recordLength: recordLength, baseAddress: baseAddress, tags: tags, lengths: lengths,
            to: &output)
        output.append(contentsOf: body)
        output.append(0x1D)
    }

    private func appendLeaderAndDirectory(
        _ leader: Leader, recordLength: Int, baseAddress: Int, tags: [(UInt8, UInt8, UInt8)], lengths: [Int],
        to output: inout [UInt8]
    ) {
        let recordStart = output.count
        output.append(contentsOf: repeatElement(0x20, count: baseAddress))
        output.withUnsafeMutableBufferPointer { buffer in
            var bytes = leader.bytes
            if encoding == .utf8 { bytes[9] = 0x61 }
            for index in 0..<24 { buffer[recordStart + index] = bytes[index] }
            Self.putDecimal(recordLength, width: 5, into: buffer, at: recordStart)
            Self.putDecimal(baseAddress, width: 5, into: buffer, at: recordStart + 12)
            buffer[recordStart + 10] = 0x32
            buffer[recordStart + 11] = 0x32
            buffer[recordStart + 20] = 0x34
            buffer[recordStart + 21] = 0x35
            buffer[recordStart + 22] = 0x30
            buffer[recordStart + 23] = 0x30
            var entry = recordStart + 24
            var start = 0
            for (tag, length) in zip(tags, lengths) {
                buffer[entry] = tag.0
                buffer[entry + 1] = tag.1
                buffer[entry + 2] = tag.2
                Self.putDecimal(length, width: 4, into: buffer, at: entry + 3)
                Self.putDecimal(start, width: 5, into: buffer, at: entry + 7)
                start += length
                entry += 12
            }
            buffer[entry] = 0x1E
        }
    }

    private mutating func appendBody(_ field: Field, to output: inout [UInt8]) {
        if let value = field.value {
            appendText(value, tag: field.tag, to: &output)
            return
        }
        appendText(String(field.indicator1), tag: field.tag, to: &output)
        appendText(String(field.indicator2), tag: field.tag, to: &output)
        for subfield in field.subfields {
            output.append(0x1F)
            appendText(String(subfield.code), tag: field.tag, to: &output)
            appendText(subfield.value, tag: field.tag, to: &output)
        }
    }

    private mutating func appendText(_ text: String, tag: String, to output: inout [UInt8]) {
        guard encoding == .latin1Bytes else {
            output.append(contentsOf: text.utf8)
            return
        }
        for scalar in text.unicodeScalars {
            if scalar.value < 0x100 {
                output.append(UInt8(scalar.value))
            } else {
                output.append(0x3F)
                diagnostics.append(
                    MARCDiagnostic(
                        .warning, record: recordNumber, offset: output.count - 1, tag: tag,
                        message: "U+\(String(scalar.value, radix: 16, uppercase: true)) does not fit one byte; wrote ?")
                )
            }
        }
    }

    private static func putDecimal(_ value: Int, width: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at: Int) {
        var rest = value
        for index in stride(from: at + width - 1, through: at, by: -1) {
            buffer[index] = UInt8(0x30 + rest % 10)
            rest /= 10
        }
    }
}
