import Catalog

/// The Bib-1 attributes of one operand (Z39.50-2003 Appendix 3, ATR.1), checked against what the catalogue
/// can do: use (1), relation (2), position (3), structure (4), truncation (5), completeness (6).
struct Bib1Attributes {
    var use: Int?
    var relation = 3
    var structure: Int?
    var truncation = 100

    init(_ attributes: [Z3950Attribute]) throws(Z3950Diagnostic) {
        for attribute in attributes {
            guard let value = attribute.value else { throw Z3950Diagnostic(113, "complex attribute value") }
            switch attribute.type {
            case 1: use = value
            case 2: relation = value
            case 3:
                guard [1, 2, 3].contains(value) else { throw Z3950Diagnostic(119, String(value)) }
            case 4: structure = value
            case 5: truncation = value
            case 6: break  // completeness: a heading is matched by its words either way
            default: throw Z3950Diagnostic(113, String(attribute.type))
            }
        }
        if let use, Self.field(use) == nil, !Self.dateUses.contains(use) {
            throw Z3950Diagnostic(114, String(use))
        }
        try check()
    }

    private static let dateUses: Set<Int> = [30, 31]

    private func check() throws(Z3950Diagnostic) {
        let dateRelations: Set<Int> = [1, 2, 3, 4, 5]
        if isDate {
            guard dateRelations.contains(relation) else { throw Z3950Diagnostic(117, String(relation)) }
        } else if ![3, 102].contains(relation) {
            throw Z3950Diagnostic(117, String(relation))
        }
        if let structure, ![1, 2, 3, 4, 5, 6, 100, 101, 104].contains(structure) {
            throw Z3950Diagnostic(118, String(structure))
        }
        guard [1, 100].contains(truncation) else { throw Z3950Diagnostic(120, String(truncation)) }
    }

    /// Publication date, as a limit.
    var isDate: Bool { use.map(Self.dateUses.contains) ?? false }

    /// The index field; no use attribute means any.
    var field: SearchField? { use.map(Self.field) ?? .any }

    var phrase: Bool { structure == 1 }
    var rightTruncation: Bool { truncation == 1 }

    static func field(_ use: Int) -> SearchField? {
        switch use {
        case 4: .title
        case 1, 2, 3, 1003, 1004, 1005, 1006: .author
        case 21, 25, 27: .subject
        case 7, 8: .isbn
        case 5, 1018: .other
        case 1016, 1017: .any
        default: nil
        }
    }

    /// Sets the year limits for a date term by the relation (<, <=, =, >=, >).
    func applyDate(_ text: String, to filters: inout SearchFilters) throws(Z3950Diagnostic) {
        guard text.count == 4, let year = Int(text) else {
            throw Z3950Diagnostic(108, "a date term is a four-digit year, not \(text)")
        }
        switch relation {
        case 1: filters.yearTo = year - 1
        case 2: filters.yearTo = year
        case 4: filters.yearFrom = year
        case 5: filters.yearFrom = year + 1
        default:
            filters.yearFrom = year
            filters.yearTo = year
        }
    }
}
