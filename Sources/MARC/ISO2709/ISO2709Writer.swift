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
        let recordStart = output.count
        let fieldCount = record.fields.count
        let directorySize = fieldCount * 12 + 1
        output.append(contentsOf: repeatElement(0x20, count: 24 + directorySize))
        var lengths: [Int] = []
        lengths.reserveCapacity(fieldCount)
        let dataStart = output.count
        for field in record.fields {
            let fieldStart = output.count
            appendBody(field, to: &output)
            output.append(0x1E)
            lengths.append(output.count - fieldStart)
        }
        output.append(0x1D)
        let recordLength = output.count - recordStart
        let baseAddress = dataStart - recordStart
        guard recordLength <= 99_999, lengths.allSatisfy({ $0 <= 9_999 }) else {
            output.removeSubrange(recordStart...)
            throw .unwritableRecord(message: "record \(recordNumber) is longer than ISO 2709 allows")
        }
        output.withUnsafeMutableBufferPointer { buffer in
            var leader = record.leader.bytes
            if encoding == .utf8 { leader[9] = 0x61 }
            for index in 0..<24 { buffer[recordStart + index] = leader[index] }
            Self.putDecimal(recordLength, width: 5, into: buffer, at: recordStart)
            Self.putDecimal(baseAddress, width: 5, into: buffer, at: recordStart + 12)
            for (index, byte) in [UInt8]([0x32, 0x32]).enumerated() { buffer[recordStart + 10 + index] = byte }
            for (index, byte) in [UInt8]([0x34, 0x35, 0x30, 0x30]).enumerated() {
                buffer[recordStart + 20 + index] = byte
            }
            var entry = recordStart + 24
            var start = 0
            for (field, length) in zip(record.fields, lengths) {
                var tag = Array(field.tag.utf8.prefix(3))
                while tag.count < 3 { tag.append(0x20) }
                for (index, byte) in tag.enumerated() { buffer[entry + index] = byte }
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
