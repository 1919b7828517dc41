extension Record {
    /// Converts a MARC-8 record whose text still carries the raw bytes to Unicode.
    ///
    /// For records read without character conversion, where each string holds the field's
    /// MARC-8 bytes one scalar per byte (U+0000–U+00FF, as the Latin-1 reading does). Each
    /// field body is decoded as a whole (G0/G1 start at the defaults per field) and leader/09
    /// becomes `a`. A record whose leader/09 is already `a` is returned unchanged. Fields with
    /// scalars above U+00FF were already Unicode; they are kept as they are and reported.
    public func convertedToUnicode(
        using decoder: MARC8Decoder = MARC8Decoder()
    ) -> (record: Record, problems: [String]) {
        guard leader.characterCoding != "a" else { return (self, []) }
        var converted = self
        var problems: [String] = []
        for index in converted.fields.indices {
            let field = converted.fields[index]
            guard let body = Record.rawBody(of: field) else {
                problems.append("\(field.tag): text is not raw MARC-8 bytes; kept unchanged")
                continue
            }
            var fieldProblems: [String] = []
            let text = body.withUnsafeBufferPointer { decoder.decode($0, problems: &fieldProblems) }
            problems.append(contentsOf: fieldProblems.map { "\(field.tag): \($0)" })
            converted.fields[index] = Record.field(field, decodedBody: text)
        }
        converted.leader.characterCoding = "a"
        return (converted, problems)
    }

    /// The field body as bytes (indicators, then 0x1F + code + value per subfield), or nil
    /// when some scalar does not fit in a byte.
    static func rawBody(of field: Field) -> [UInt8]? {
        var bytes: [UInt8] = []
        func add(_ text: String) -> Bool {
            for scalar in text.unicodeScalars {
                guard scalar.value <= 0xFF else { return false }
                bytes.append(UInt8(scalar.value))
            }
            return true
        }
        if let value = field.value { return add(value) ? bytes : nil }
        guard add(String(field.indicator1)), add(String(field.indicator2)) else { return nil }
        for subfield in field.subfields {
            bytes.append(0x1F)
            guard add(String(subfield.code)), add(subfield.value) else { return nil }
        }
        return bytes
    }

    /// Rebuilds a field from its decoded body, splitting subfields at U+001F.
    static func field(_ original: Field, decodedBody text: String) -> Field {
        if original.isControlField { return Field(tag: original.tag, value: text) }
        var parts = text.split(separator: "\u{1F}", omittingEmptySubsequences: false)
        let indicators = parts.isEmpty ? "" : parts.removeFirst()
        var characters = indicators.makeIterator()
        let indicator1 = characters.next() ?? original.indicator1
        let indicator2 = characters.next() ?? original.indicator2
        let subfields = parts.compactMap { part -> Subfield? in
            guard let code = part.first else { return nil }
            return Subfield(code: code, value: String(part.dropFirst()))
        }
        return Field(tag: original.tag, indicator1: indicator1, indicator2: indicator2, subfields: subfields)
    }
}
