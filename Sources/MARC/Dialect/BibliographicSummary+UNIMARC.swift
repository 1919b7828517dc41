extension BibliographicSummary {
    /// Reads a UNIMARC (or CNMARC) bibliographic record.
    mutating func readUNIMARC(_ record: Record) {
        if let field = record["200"] {
            title = Self.unimarcTitle(field)
            let responsibility = field.trimmedValues("f") + field.trimmedValues("g")
            statementOfResponsibility = responsibility.isEmpty ? nil : responsibility.joined(separator: " ; ")
        }
        for field in record.fields {
            switch field.tag {
            case "700", "701", "702": if let name = Self.unimarcPersonalName(field) { names.append(name) }
            case "710", "711", "712": if let name = field.trimmed("abcd") { names.append(name) }
            default: continue
            }
        }
        readUNIMARCImprint(record)
        edition = record["205"]?.trimmed("ab")
        extent = record["215"]?.trimmed("a", keepingInitials: true)
        for field in record.fields("010") { addISBNs(valid: field.values("a"), cancelled: field.values("z")) }
        for field in record.fields("011") { addISSNs(valid: field.values("a"), invalid: field.values("y", "z")) }
        for field in record.fields("101") { field.values("a").forEach { addLanguage($0) } }
        readUNIMARCClassifications(record)
        for field in record.fields where ["600", "601", "602", "604", "605", "606", "607", "608"].contains(field.tag) {
            if let heading = Self.heading(field, main: "abcdfht", subdivisions: "jxyz"), !subjects.contains(heading) {
                subjects.append(heading)
            }
        }
        for field in record.fields {
            // 410 is an embedded field: its title is in $t, or in $a after "$1 200…".
            let text = field.tag == "225" ? field.trimmed("ahiv") : field.tag == "410" ? field.trimmed("atv") : nil
            if let text, !series.contains(text) { series.append(text) }
        }
    }

    /// 200 `$a` (several titles by the same author joined by " ; "), `$e` other title
    /// information after " : ", `$h` part number and `$i` part name after ". ".
    static func unimarcTitle(_ field: Field) -> String? {
        var text = ""
        for subfield in field.subfields {
            let value = ISBDPunctuation.trimmed(ISBDPunctuation.collapsingBlanks(subfield.value))
            guard !value.isEmpty else { continue }
            switch subfield.code {
            case "a": text += text.isEmpty ? value : " ; " + value
            case "e": text += " : " + value
            case "h": text += ". " + value
            case "i": text += (field.subfields.contains { $0.code == "h" } ? ", " : ". ") + value
            default: continue
            }
        }
        let trimmed = ISBDPunctuation.trimmed(text)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// 70X: entry element `$a`, forename `$b` ("Asimov" + ", Isaac" → "Asimov, Isaac").
    static func unimarcPersonalName(_ field: Field) -> String? {
        guard let surname = field["a"].map({ ISBDPunctuation.trimmed($0) }), !surname.isEmpty else { return nil }
        let forename = field["b"].map { String($0.drop { $0 == "," || $0 == " " }) }
        let name = forename.map { ISBDPunctuation.trimmed($0, keepingInitials: true) }.map { "\(surname), \($0)" }
        return name ?? surname
    }

    /// 210 (else 214) `$a` place, `$c` publisher, `$d` date; 100 `$a`/09-12 date 1 first.
    private mutating func readUNIMARCImprint(_ record: Record) {
        let imprint = record["210"] ?? record["214"]
        place = imprint.flatMap { $0.trimmedValues("a").first }
        publisher = imprint.flatMap { $0.trimmedValues("c").first }
        let imprintDate = imprint.flatMap { $0.trimmedValues("d").first }
        if let data = record["100"]?["a"], data.count >= 13 {
            let date1 = String(Array(data)[9..<13])
            if let value = Int(date1), (1000...2999).contains(value) { year = value }
        }
        dateText = imprintDate
        if year == nil, let imprintDate { year = Self.firstYear(in: imprintDate) }
    }

    /// 676 DDC, 680 LCC, 686 other schemes by `$2` (`clc`/`CLC` = Chinese Library Classification).
    private mutating func readUNIMARCClassifications(_ record: Record) {
        for field in record.fields {
            let scheme: Classification.Scheme
            switch field.tag {
            case "676": scheme = .ddc
            case "680": scheme = .lcc
            case "686": scheme = Classification.Scheme(source: field["2"])
            default: continue
            }
            for number in field.values("a") { classifications.append(Classification(scheme: scheme, number: number)) }
        }
    }
}
