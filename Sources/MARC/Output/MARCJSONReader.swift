/// Reads MARC-in-JSON: one record object, an array of them, or several top-level values
/// (newline-delimited JSON). Records it cannot understand are skipped with a diagnostic.
public struct MARCJSONReader: Sendable {
    /// Problems found in the last ``records()`` call.
    public private(set) var diagnostics: [MARCDiagnostic] = []
    private let bytes: [UInt8]

    /// A reader of JSON bytes.
    public init(bytes: [UInt8]) { self.bytes = bytes }

    /// A reader of a JSON string.
    public init(string: String) { self.bytes = Array(string.utf8) }

    /// All records; throws ``MARCError/malformedJSON(offset:message:)`` when the JSON itself is broken.
    public mutating func records() throws(MARCError) -> [Record] {
        var parser = JSONParser(bytes: bytes)
        var records: [Record] = []
        diagnostics = []
        while !parser.atEnd() {
            let offset = parser.index
            let value = try parser.value()
            let objects: [JSONValue]
            if case .array(let elements) = value { objects = elements } else { objects = [value] }
            for object in objects {
                if let record = record(object, number: records.count + 1, offset: offset) { records.append(record) }
            }
        }
        return records
    }

    private mutating func record(_ object: JSONValue, number: Int, offset: Int) -> Record? {
        guard let leader = object["leader"]?.string, case .array(let fieldValues)? = object["fields"] else {
            report(number, offset, nil, "not a MARC-in-JSON record (needs \"leader\" and \"fields\"); skipped")
            return nil
        }
        var fields: [Field] = []
        for value in fieldValues {
            guard case .object(let members) = value, let (tag, body) = members.first else {
                report(number, offset, nil, "field is not a one-member object; skipped")
                continue
            }
            if let text = body.string {
                fields.append(Field(tag: tag, value: text))
                continue
            }
            guard case .array(let subfieldValues)? = body["subfields"] else {
                report(number, offset, tag, "data field without subfields array; skipped")
                continue
            }
            var subfields: [Subfield] = []
            for case .object(let pairs) in subfieldValues {
                for (code, text) in pairs {
                    subfields.append(Subfield(code: code.first ?? " ", value: text.string ?? ""))
                }
            }
            fields.append(
                Field(
                    tag: tag, indicator1: body["ind1"]?.string?.first ?? " ",
                    indicator2: body["ind2"]?.string?.first ?? " ", subfields: subfields))
        }
        return Record(leader: Leader(leader), fields: fields)
    }

    private mutating func report(_ number: Int, _ offset: Int, _ tag: String?, _ message: String) {
        diagnostics.append(MARCDiagnostic(.warning, record: number, offset: offset, tag: tag, message: message))
    }
}
