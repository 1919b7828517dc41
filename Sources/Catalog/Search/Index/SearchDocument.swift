import MARC

/// The index text of one member record: its tokens per weighted column, ready for FTS5 (one text per
/// column) and for PostgreSQL (one tsvector literal with positions and weights).
struct SearchDocument: Sendable, Hashable {
    /// Space-separated tokens per column (`IndexColumn` order).
    var columns: [String]
    /// The browse headings of the record (titles, names, subjects), for `bib_heading`.
    var headings: [BrowseHeading] = []

    /// Reads the record's indexed fields by the rules of its dialect; 880 fields count as the tag they link to.
    init(_ record: Record, dialect: MARCDialect, tokenizer: SearchTokenizer = SearchTokenizer()) {
        var texts = Array(repeating: [String](), count: IndexColumn.allCases.count)
        let table = IndexRuleTable.shared(dialect)
        for field in record.fields where !field.isControlField {
            let tag = field.tag == "880" ? (field.linkedTag ?? "880") : field.tag
            for rule in table.rules(for: tag) {
                let values = field.subfields.lazy.filter { rule.subfields.contains($0.code) }.map(\.value)
                guard !values.isEmpty else { continue }
                texts[rule.field.rawValue].append(values.joined(separator: " "))
                if let heading = BrowseHeading(column: rule.field, tag: tag, values: values) {
                    headings.append(heading)
                }
            }
        }
        columns = texts.map { tokenizer.indexText(joining: $0) }
        headings = BrowseHeading.distinct(headings)
    }

    init(columns: [String]) { self.columns = columns }

    /// Whether the record gave no token at all.
    var isEmpty: Bool { columns.allSatisfy(\.isEmpty) }

    /// The PostgreSQL `tsvector` input: every token with its position and its column's weight. Columns are
    /// 100 positions apart so a phrase never runs from one into the next (as FTS5 columns do not).
    var tsvectorLiteral: String {
        var out = ""
        var position = 1
        for column in IndexColumn.allCases {
            for token in columns[column.rawValue].split(separator: " ") {
                if !out.isEmpty { out += " " }
                out += "'\(token)':\(min(position, 16383))\(column.weight)"
                position += 1
            }
            position += 100
        }
        return out
    }
}

/// The rules of one dialect by tag, built once.
struct IndexRuleTable: Sendable {
    private var byTag: [String: [IndexRule]] = [:]
    private var byPrefix: [Character: [IndexRule]] = [:]

    init(_ rules: [IndexRule]) {
        for rule in rules {
            for tag in rule.tags { byTag[tag, default: []].append(rule) }
            if let prefix = rule.tagPrefix?.first { byPrefix[prefix, default: []].append(rule) }
        }
    }

    func rules(for tag: String) -> [IndexRule] {
        let exact = byTag[tag] ?? []
        guard let first = tag.first, let prefixed = byPrefix[first] else { return exact }
        return exact + prefixed
    }

    static let marc21 = IndexRuleTable(IndexRules.marc21)
    static let unimarc = IndexRuleTable(IndexRules.unimarc)

    static func shared(_ dialect: MARCDialect) -> IndexRuleTable { dialect == .unimarc ? unimarc : marc21 }
}
