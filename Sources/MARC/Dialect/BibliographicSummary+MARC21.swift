extension BibliographicSummary {
    /// Name fields and the subfields that make up the name (MARC 21 X00, X10, X11).
    static let marc21NameCodes: [String: String] = [
        "100": "abcdq", "110": "abcdn", "111": "acdnq",
        "700": "abcdq", "710": "abcdn", "711": "acdnq",
    ]

    /// Reads a MARC 21 bibliographic record.
    mutating func readMARC21(_ record: Record) {
        if let field = record["245"] {
            title = field.trimmed("abnp")
            statementOfResponsibility = field.trimmed("c", keepingInitials: true)
        }
        for field in record.fields where Self.marc21NameCodes[field.tag] != nil {
            if let name = field.trimmed(Self.marc21NameCodes[field.tag] ?? "a", keepingInitials: true) {
                names.append(name)
            }
        }
        readMARC21Imprint(record)
        edition = record["250"]?.trimmed("ab")
        extent = record["300"]?.trimmed("a", keepingInitials: true)
        for field in record.fields("020") { addISBNs(valid: field.values("a"), cancelled: field.values("z")) }
        for field in record.fields("022") { addISSNs(valid: field.values("a"), invalid: field.values("y", "z")) }
        if let number = record["010"]?["a"] {
            let compact = number.filter { $0 != " " }
            lccn = compact.isEmpty ? nil : compact
        }
        readMARC21Languages(record)
        readMARC21Classifications(record)
        readMARC21Subjects(record)
        readMARC21Series(record)
        readVernacular(record)
    }

    /// Publisher, place and date: 260, else 264 with second indicator 1 (publication), else any 264.
    private mutating func readMARC21Imprint(_ record: Record) {
        let imprint =
            record["260"] ?? record.fields("264").first { $0.indicator2 == "1" } ?? record["264"]
        place = imprint.flatMap { $0.trimmedValues("a").first }
        publisher = imprint.flatMap { $0.trimmedValues("b").first }
        let imprintDate = imprint.flatMap { $0.trimmed("c") }
        let fixed = record.controlValue("008").map { Array($0) } ?? []
        if fixed.count >= 11 {
            let date1 = String(fixed[7..<11])
            if let value = Int(date1), (1000...2999).contains(value) { year = value }
            dateText = imprintDate ?? (date1.trimmingBlanksIsEmpty ? nil : date1)
        } else {
            dateText = imprintDate
        }
        if year == nil, let imprintDate { year = Self.firstYear(in: imprintDate) }
    }

    /// 008/35-37, then 041 `$a` (codes may be run together: "engfre").
    private mutating func readMARC21Languages(_ record: Record) {
        let fixed = record.controlValue("008").map { Array($0) } ?? []
        if fixed.count >= 38 { addLanguage(String(fixed[35..<38])) }
        for field in record.fields("041") {
            for value in field.values("a") {
                var rest = Substring(value)
                while rest.count >= 3 {
                    addLanguage(String(rest.prefix(3)))
                    rest = rest.dropFirst(3)
                }
            }
        }
    }

    /// 050/090 LCC, 082 DDC, 084 by its `$2` source (`clc` = Chinese Library Classification).
    private mutating func readMARC21Classifications(_ record: Record) {
        for field in record.fields {
            switch field.tag {
            case "050", "090":
                if let number = field.joined("ab") {
                    classifications.append(Classification(scheme: .lcc, number: number))
                }
            case "082":
                for number in field.values("a") { classifications.append(Classification(scheme: .ddc, number: number)) }
            case "084":
                let scheme = Classification.Scheme(source: field["2"])
                for number in field.values("a") {
                    classifications.append(Classification(scheme: scheme, number: number))
                }
            default:
                continue
            }
        }
    }

    /// 600–699 headings: main part, then $v $x $y $z subdivisions joined by " -- ".
    private mutating func readMARC21Subjects(_ record: Record) {
        for field in record.fields where field.tag.hasPrefix("6") && field.tag.count == 3 {
            guard let heading = Self.heading(field, main: "abcdgknpqt", subdivisions: "vxyz") else { continue }
            if !subjects.contains(heading) { subjects.append(heading) }
        }
    }

    /// 490 `$a` (with `$v`), then 800/810/811/830 added entries not already given.
    private mutating func readMARC21Series(_ record: Record) {
        for field in record.fields {
            let text: String?
            switch field.tag {
            case "490", "440": text = field.trimmed("anpv")
            case "800", "810", "811": text = field.trimmed("tnpv")
            case "830": text = field.trimmed("anpv")
            default: text = nil
            }
            if let text, !series.contains(text) { series.append(text) }
        }
    }

    /// 880 fields linked by `$6` to 245 and to the name fields.
    private mutating func readVernacular(_ record: Record) {
        for field in record.fields("880") {
            guard let tag = field.linkedTag else { continue }
            if tag == "245", vernacularTitle == nil {
                vernacularTitle = field.trimmed("abnp")
            } else if let codes = Self.marc21NameCodes[tag], let name = field.trimmed(codes, keepingInitials: true) {
                vernacularNames.append(name)
            }
        }
    }

    /// A subject heading from `main` codes followed by `subdivisions`, each part trimmed.
    static func heading(_ field: Field, main: String, subdivisions: String) -> String? {
        var parts: [String] = []
        if let head = field.trimmed(main) { parts.append(head) }
        for subfield in field.subfields where subdivisions.contains(subfield.code) {
            let part = ISBDPunctuation.trimmed(ISBDPunctuation.collapsingBlanks(subfield.value))
            if !part.isEmpty { parts.append(part) }
        }
        return parts.isEmpty ? nil : parts.joined(separator: " -- ")
    }
}

extension String {
    /// True when the string holds only blanks (or nothing).
    fileprivate var trimmingBlanksIsEmpty: Bool { allSatisfy { $0 == " " } }
}
