/// The few facts about a bibliographic record that catalogues, match keys and displays need,
/// read from MARC 21 or UNIMARC alike.
///
/// Build one with `record.summary()` or `BibliographicSummary(record)`. Text is trimmed of
/// trailing ISBD punctuation; identifiers are normalised (ISBN-13, `NNNN-NNNX` ISSNs, bare
/// OCLC numbers). For MARC 21, linked 880 fields give the vernacular title and names.
public struct BibliographicSummary: Sendable, Hashable {
    /// The dialect the record was read as.
    public var dialect: MARCDialect
    /// Title proper with remainder, part number and part name (245 `$a$b$n$p`; 200 `$a$e$h$i`).
    public var title: String?
    /// The title in its original script (880 linked to 245).
    public var vernacularTitle: String?
    /// Statement of responsibility (245 `$c`; 200 `$f`/`$g`).
    public var statementOfResponsibility: String?
    /// Persons, corporate bodies and meetings, main entry first (1XX/7XX; UNIMARC 70X/71X).
    public var names: [String] = []
    /// Names in their original script (880 linked to 100/110/111/700/710/711).
    public var vernacularNames: [String] = []
    /// Publisher (260/264 `$b`; 210/214 `$c`).
    public var publisher: String?
    /// Place of publication (260/264 `$a`; 210/214 `$a`).
    public var place: String?
    /// Year of publication (008/07-10, else 260/264 `$c`; UNIMARC 100 `$a`/09-12, else 210 `$d`).
    public var year: Int?
    /// The date as recorded, for display ("c1998", "[2003?]", "2001-").
    public var dateText: String?
    /// Edition statement (250; UNIMARC 205).
    public var edition: String?
    /// Valid ISBNs as ISBN-13 (020 `$a`; UNIMARC 010 `$a`).
    public var isbns: [String] = []
    /// ISBNs that are cancelled/invalid (020/010 `$z`) or fail their check digit, cleaned.
    public var invalidISBNs: [String] = []
    /// Valid ISSNs (022 `$a`; UNIMARC 011 `$a`).
    public var issns: [String] = []
    /// Incorrect or cancelled ISSNs (022 `$y`/`$z`, 011 `$y`/`$z`) and `$a` values failing the check.
    public var invalidISSNs: [String] = []
    /// Library of Congress Control Number (010 `$a`), blanks removed.
    public var lccn: String?
    /// OCLC numbers from 035 `$a`, digits only.
    public var oclcNumbers: [String] = []
    /// Language codes (008/35-37 then 041 `$a`; UNIMARC 101 `$a`), MARC/ISO 639-2 form.
    public var languages: [String] = []
    /// Classification numbers (050/090, 082, 084; UNIMARC 676, 680, 686).
    public var classifications: [Classification] = []
    /// Subject headings, subdivisions joined by " -- " (6XX; UNIMARC 60X).
    public var subjects: [String] = []
    /// Series statements and added entries (490/8XX; UNIMARC 225/410).
    public var series: [String] = []
    /// Extent, e.g. "350 p." (300 `$a`; UNIMARC 215 `$a`).
    public var extent: String?
    /// The kind of material, from the leader.
    public var format: BibliographicFormat

    /// Summarises `record`, detecting the dialect unless given.
    public init(_ record: Record, dialect: MARCDialect? = nil) {
        // The readers below walk all fields several times; build the field values once, not once per walk.
        let record = Record(leader: record.leader, fields: record.fields)
        let dialect = dialect ?? MARCDialect.detect(record)
        self.dialect = dialect
        self.format = BibliographicFormat(leader: record.leader, dialect: dialect)
        switch dialect {
        case .marc21: readMARC21(record)
        case .unimarc: readUNIMARC(record)
        }
        readOCLCNumbers(record)
    }

    /// Adds ISBNs from `valid` and `cancelled` subfield values to the right lists.
    mutating func addISBNs(valid: [String], cancelled: [String]) {
        for text in valid {
            if let isbn = ISBN.isbn13(text) {
                if !isbns.contains(isbn) { isbns.append(isbn) }
            } else if let cleaned = ISBN.normalised(text) {
                invalidISBNs.append(cleaned)
            }
        }
        invalidISBNs += cancelled.compactMap { ISBN.normalised($0) }
    }

    /// Adds ISSNs from `valid` and `invalid` subfield values to the right lists.
    mutating func addISSNs(valid: [String], invalid: [String]) {
        for text in valid {
            guard let issn = ISSN.normalised(text) else { continue }
            if ISSN.isValid(issn) { issns.append(issn) } else { invalidISSNs.append(issn) }
        }
        invalidISSNs += invalid.compactMap { ISSN.normalised($0) }
    }

    /// Adds a language code when it looks like one and is new.
    mutating func addLanguage(_ code: String) {
        let code = code.lowercased()
        guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isLetter }), !languages.contains(code) else { return }
        languages.append(code)
    }

    /// The first run of four digits between 1000 and 2999 in `text`.
    static func firstYear(in text: String) -> Int? {
        var run = 0
        var value = 0
        for character in text {
            if let digit = character.wholeNumberValue, character.isASCII {
                run += 1
                value = value * 10 + digit
                if run == 4, (1000...2999).contains(value) { return value }
                if run >= 4 {
                    run = 0
                    value = 0
                }
            } else {
                run = 0
                value = 0
            }
        }
        return nil
    }

    /// 035 `$a` OCLC numbers, shared by both dialects.
    private mutating func readOCLCNumbers(_ record: Record) {
        for field in record.fields("035") {
            for value in field.values("a") {
                if let number = OCLCNumber.normalised(value), !oclcNumbers.contains(number) {
                    oclcNumbers.append(number)
                }
            }
        }
    }
}
