import MARC

/// Which MARC fields feed which index field, for MARC 21 and UNIMARC: indexing rules as data.
/// An 880 field (MARC 21 vernacular script) is indexed by the rule of the tag it is linked to.
struct IndexRule: Sendable {
    /// The column the text goes to.
    var field: IndexColumn
    /// Tags this rule reads (exact tags; `6XX` style ranges are spelled out by `tagPrefix`).
    var tags: Set<String> = []
    /// Every tag starting with this (e.g. "6" for all subject fields).
    var tagPrefix: String?
    /// The subfield codes read, in record order.
    var subfields: Set<Character>
}

/// The four weighted columns of the index: FTS5 columns on SQLite, tsvector weights A–D on PostgreSQL.
enum IndexColumn: Int, Sendable, CaseIterable {
    case title = 0
    case author = 1
    case subject = 2
    case other = 3

    /// The FTS5 column name.
    var name: String {
        switch self {
        case .title: "title"
        case .author: "author"
        case .subject: "subject"
        case .other: "other"
        }
    }

    /// The PostgreSQL tsvector weight.
    var weight: Character {
        switch self {
        case .title: "A"
        case .author: "B"
        case .subject: "C"
        case .other: "D"
        }
    }
}

enum IndexRules {
    static func rules(for dialect: MARCDialect) -> [IndexRule] {
        dialect == .unimarc ? unimarc : marc21
    }

    static let marc21: [IndexRule] = [
        IndexRule(field: .title, tags: ["245"], subfields: ["a", "b", "f", "g", "k", "n", "p", "s"]),
        IndexRule(
            field: .title, tags: ["130", "240", "243", "730"], subfields: ["a", "d", "k", "l", "m", "n", "p", "r", "s"]),
        IndexRule(field: .title, tags: ["210", "222", "242", "246", "247", "740"], subfields: ["a", "b", "n", "p"]),
        IndexRule(field: .author, tags: ["100", "700"], subfields: ["a", "b", "c", "d", "q"]),
        IndexRule(field: .author, tags: ["110", "111", "710", "711"], subfields: ["a", "b", "c", "d", "n", "q"]),
        IndexRule(field: .author, tags: ["245"], subfields: ["c"]),
        IndexRule(
            field: .subject, tagPrefix: "6",
            subfields: ["a", "b", "c", "d", "f", "g", "k", "l", "n", "p", "q", "t", "v", "x", "y", "z"]),
        IndexRule(field: .other, tags: ["440", "490", "830"], subfields: ["a", "n", "p", "v"]),
        IndexRule(field: .other, tags: ["800", "810", "811"], subfields: ["a", "t", "n", "p", "v"]),
        IndexRule(field: .other, tagPrefix: "5", subfields: ["a", "b", "t", "r", "g"]),
        IndexRule(field: .other, tags: ["250", "254", "260", "264"], subfields: ["a", "b"]),
        IndexRule(
            field: .other, tags: ["050", "055", "060", "070", "082", "083", "084", "086", "090"], subfields: ["a", "b"]),
        IndexRule(field: .other, tags: ["020", "022", "024", "010", "027", "028"], subfields: ["a", "z", "y"]),
    ]

    static let unimarc: [IndexRule] = [
        IndexRule(field: .title, tags: ["200"], subfields: ["a", "c", "d", "e", "h", "i"]),
        IndexRule(
            field: .title,
            tags: [
                "500", "501", "503", "510", "512", "513", "514", "515", "516", "517", "518", "520", "530", "531", "532",
                "540", "541", "545",
            ], subfields: ["a", "e", "h", "i"]),
        IndexRule(
            field: .author, tags: ["700", "701", "702", "710", "711", "712", "720", "721", "722"],
            subfields: ["a", "b", "c", "d", "f", "g"]),
        IndexRule(field: .author, tags: ["200"], subfields: ["f", "g"]),
        IndexRule(
            field: .subject,
            tags: ["600", "601", "602", "604", "605", "606", "607", "608", "610", "615", "616", "617"],
            subfields: ["a", "b", "c", "d", "f", "j", "t", "x", "y", "z"]),
        IndexRule(field: .other, tags: ["225", "410", "411"], subfields: ["a", "e", "h", "i", "v", "t"]),
        IndexRule(field: .other, tagPrefix: "3", subfields: ["a"]),
        IndexRule(field: .other, tags: ["205", "210", "214"], subfields: ["a", "c"]),
        IndexRule(field: .other, tags: ["675", "676", "680", "686", "690"], subfields: ["a"]),
        IndexRule(field: .other, tags: ["010", "011", "013", "071"], subfields: ["a", "z", "y"]),
    ]
}
