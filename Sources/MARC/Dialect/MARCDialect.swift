/// The bibliographic format family a record follows.
public enum MARCDialect: String, Sendable, Hashable, CaseIterable {
    /// MARC 21 (Library of Congress): 245 title, 008 fixed data, 260/264 imprint.
    case marc21
    /// UNIMARC (IFLA), also CNMARC: 200 title, 100 general processing data, 210/214 imprint.
    case unimarc

    /// Guesses the dialect from the tags a record uses.
    ///
    /// Leader/09 is no help (undefined in UNIMARC), so this weighs fields: a 200 with `$a` and
    /// a 100 `$a` carrying a processing date pattern (UNIMARC 100/00-17: `YYYYMMDD` + date type +
    /// date 1) speak for UNIMARC; 245, a 40-character 008 and 260/264/300 speak for MARC 21.
    /// Ties go to MARC 21.
    public static func detect(_ record: Record) -> MARCDialect {
        var unimarc = 0
        var marc21 = 0
        if record["245"] != nil { marc21 += 3 }
        if let fixed = record.controlValue("008"), fixed.count >= 38 { marc21 += 2 }
        for tag in ["260", "264", "300", "650", "100"] where record[tag]?.isControlField == false {
            if tag == "100" {
                if let data = record["100"]?["a"], isUNIMARCProcessingData(data) { unimarc += 3 }
            } else {
                marc21 += 1
            }
        }
        if let title = record["200"], title["a"] != nil { unimarc += 3 }
        for tag in ["101", "210", "215", "801", "606", "225", "010"] where record[tag] != nil {
            unimarc += tag == "010" ? 0 : 1
        }
        return unimarc > marc21 ? .unimarc : .marc21
    }

    /// True when `text` looks like UNIMARC 100 `$a`: 8 date-entered characters (digits or
    /// blanks), a type-of-date letter, then a 4-character date 1.
    static func isUNIMARCProcessingData(_ text: String) -> Bool {
        let characters = Array(text.utf8)
        guard characters.count >= 17 else { return false }
        let entered = characters[0..<8]
        guard entered.allSatisfy({ (0x30...0x39).contains($0) || $0 == 0x20 }) else { return false }
        return (0x61...0x6A).contains(characters[8])  // a–j: UNIMARC type of publication date
    }
}
