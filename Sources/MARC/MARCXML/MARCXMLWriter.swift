/// Writes ``Record``s as MARC21slim MARCXML, appending UTF-8 bytes directly to a buffer.
///
/// One `<record>` per record inside a `<collection>`. Text is escaped; characters XML 1.0 does
/// not allow (C0 controls other than tab, newline and carriage return) are written as U+FFFD
/// and reported in ``diagnostics``.
public struct MARCXMLWriter: Sendable {
    /// The MARC21slim namespace.
    public static let namespace = "http://www.loc.gov/MARC21/slim"

    /// Characters that had to be replaced, one diagnostic per field.
    public private(set) var diagnostics: [MARCDiagnostic] = []
    private var recordNumber = 0

    /// A writer.
    public init() {}

    /// A whole MARCXML document for `records`.
    public static func document(_ records: some Sequence<Record>) -> String {
        var writer = MARCXMLWriter()
        var output: [UInt8] = []
        writer.appendHeader(to: &output)
        for record in records { writer.append(record, to: &output) }
        writer.appendFooter(to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// The XML declaration and `<collection>` start tag.
    public func appendHeader(to output: inout [UInt8]) {
        output.append(
            contentsOf: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<collection xmlns=\"\(Self.namespace)\">\n".utf8)
    }

    /// The `</collection>` end tag.
    public func appendFooter(to output: inout [UInt8]) { output.append(contentsOf: "</collection>\n".utf8) }

    /// Appends one `<record>` element.
    public mutating func append(_ record: Record, to output: inout [UInt8]) {
        recordNumber += 1
        output.append(contentsOf: "  <record>\n    <leader>".utf8)
        record.leader.bytes.withUnsafeBufferPointer { escape($0, tag: nil, into: &output) }
        output.append(contentsOf: "</leader>\n".utf8)
        if case .parsed(let parsed) = record.storage {
            appendFields(parsed, to: &output)
        } else {
            appendFields(record.fields, to: &output)
        }
        output.append(contentsOf: "  </record>\n".utf8)
    }

    private mutating func appendFields(_ fields: [Field], to output: inout [UInt8]) {
        for field in fields {
            if let value = field.value {
                output.append(contentsOf: "    <controlfield tag=\"".utf8)
                escape(field.tag, tag: field.tag, into: &output)
                output.append(contentsOf: "\">".utf8)
                escape(value, tag: field.tag, into: &output)
                output.append(contentsOf: "</controlfield>\n".utf8)
                continue
            }
            output.append(contentsOf: "    <datafield tag=\"".utf8)
            escape(field.tag, tag: field.tag, into: &output)
            output.append(contentsOf: "\" ind1=\"".utf8)
            escape(String(field.indicator1), tag: field.tag, into: &output)
            output.append(contentsOf: "\" ind2=\"".utf8)
            escape(String(field.indicator2), tag: field.tag, into: &output)
            output.append(contentsOf: "\">\n".utf8)
            for subfield in field.subfields {
                output.append(contentsOf: "      <subfield code=\"".utf8)
                escape(String(subfield.code), tag: field.tag, into: &output)
                output.append(contentsOf: "\">".utf8)
                escape(subfield.value, tag: field.tag, into: &output)
                output.append(contentsOf: "</subfield>\n".utf8)
            }
            output.append(contentsOf: "    </datafield>\n".utf8)
        }
    }

    /// Appends `text` escaped for element content and attribute values alike.
    private mutating func escape(_ text: String, tag: String?, into output: inout [UInt8]) {
        var text = text
        text.withUTF8 { escape($0, tag: tag, into: &output) }
    }

    /// Appends UTF-8 `bytes` escaped; characters XML 1.0 forbids become U+FFFD and are reported.
    mutating func escape(
        _ bytes: UnsafeBufferPointer<UInt8>, tag: @autoclosure () -> String?, into output: inout [UInt8]
    ) {
        var replaced = 0
        var runStart = 0
        for index in 0..<bytes.count {
            let byte = bytes[index]
            guard byte < 0x3F, Self.needsEscape[Int(byte)] else { continue }
            if runStart < index {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            }
            output.append(contentsOf: Self.escapes[Int(byte)] ?? [])
            if byte < 0x20 && byte != 0x0D { replaced += 1 }
            runStart = index + 1
        }
        if runStart == 0 {
            output.append(contentsOf: bytes)
        } else if runStart < bytes.count {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        if replaced > 0 {
            diagnostics.append(
                MARCDiagnostic(
                    .warning, record: recordNumber, offset: output.count, tag: tag(),
                    message: "\(replaced) character(s) not allowed in XML 1.0 written as U+FFFD"))
        }
    }

    /// True for bytes below `?` that ``escapes`` replaces.
    private static let needsEscape: [Bool] = escapes.map { $0 != nil }

    /// Escapes for bytes below `?`; nil where the byte is written as it is.
    private static let escapes: [[UInt8]?] = (0..<0x3F).map { byte -> [UInt8]? in
        switch byte {
        case 0x09, 0x0A: nil
        case 0x0D: Array("&#13;".utf8)
        case 0x00..<0x20: Array("\u{FFFD}".utf8)
        case 0x26: Array("&amp;".utf8)
        case 0x3C: Array("&lt;".utf8)
        case 0x3E: Array("&gt;".utf8)
        case 0x22: Array("&quot;".utf8)
        default: nil
        }
    }
}
