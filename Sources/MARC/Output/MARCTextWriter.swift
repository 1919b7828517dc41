/// Writes ``Record``s in the human-readable line format of `yaz-marcdump`'s default output:
/// the leader, then `001 value` for control fields and `245 10 $a … $c …` for data fields,
/// with a blank line after each record.
public struct MARCTextWriter: Sendable {
    /// A writer.
    public init() {}

    /// The text of `records`.
    public static func text(_ records: some Sequence<Record>) -> String {
        let writer = MARCTextWriter()
        var output: [UInt8] = []
        for record in records { writer.append(record, to: &output) }
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends one record.
    public func append(_ record: Record, to output: inout [UInt8]) {
        output.append(contentsOf: record.leader.bytes)
        output.append(0x0A)
        for field in record.fields {
            output.append(contentsOf: field.tag.utf8)
            output.append(0x20)
            if let value = field.value {
                output.append(contentsOf: value.utf8)
            } else {
                output.append(contentsOf: String(field.indicator1).utf8)
                output.append(contentsOf: String(field.indicator2).utf8)
                for subfield in field.subfields {
                    output.append(contentsOf: " $".utf8)
                    output.append(contentsOf: String(subfield.code).utf8)
                    output.append(0x20)
                    output.append(contentsOf: subfield.value.utf8)
                }
            }
            output.append(0x0A)
        }
        output.append(0x0A)
    }
}
