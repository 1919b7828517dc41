/// Writes ``Record``s as MARC-in-JSON (the code4lib format read by pymarc, ruby-marc and marc4j).
///
/// `{"leader": "…", "fields": [{"001": "…"}, {"245": {"ind1": "1", "ind2": "0",
/// "subfields": [{"a": "…"}]}}]}`; several records form a JSON array.
public struct MARCJSONWriter: Sendable {
    /// A writer.
    public init() {}

    /// A JSON array of `records`.
    public static func document(_ records: some Sequence<Record>) -> String {
        let writer = MARCJSONWriter()
        var output: [UInt8] = [0x5B]
        for (index, record) in records.enumerated() {
            if index > 0 { output.append(contentsOf: ",\n".utf8) }
            writer.append(record, to: &output)
        }
        output.append(contentsOf: "]\n".utf8)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends one record as a JSON object.
    public func append(_ record: Record, to output: inout [UInt8]) {
        output.append(contentsOf: "{\"leader\":".utf8)
        string(record.leader.string, into: &output)
        output.append(contentsOf: ",\"fields\":[".utf8)
        for (index, field) in record.fields.enumerated() {
            if index > 0 { output.append(0x2C) }
            output.append(0x7B)
            string(field.tag, into: &output)
            output.append(0x3A)
            if let value = field.value {
                string(value, into: &output)
            } else {
                output.append(contentsOf: "{\"ind1\":".utf8)
                string(String(field.indicator1), into: &output)
                output.append(contentsOf: ",\"ind2\":".utf8)
                string(String(field.indicator2), into: &output)
                output.append(contentsOf: ",\"subfields\":[".utf8)
                for (position, subfield) in field.subfields.enumerated() {
                    if position > 0 { output.append(0x2C) }
                    output.append(0x7B)
                    string(String(subfield.code), into: &output)
                    output.append(0x3A)
                    string(subfield.value, into: &output)
                    output.append(0x7D)
                }
                output.append(contentsOf: "]}".utf8)
            }
            output.append(0x7D)
        }
        output.append(contentsOf: "]}".utf8)
    }

    /// A JSON string literal (RFC 8259 escapes; other characters as UTF-8).
    private func string(_ text: String, into output: inout [UInt8]) {
        output.append(0x22)
        for byte in text.utf8 {
            switch byte {
            case 0x22: output.append(contentsOf: [0x5C, 0x22])
            case 0x5C: output.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: output.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: output.append(contentsOf: [0x5C, 0x72])
            case 0x09: output.append(contentsOf: [0x5C, 0x74])
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                output.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: output.append(byte)
            }
        }
        output.append(0x22)
    }
}
