import MARC

/// The record syntaxes the server sends (Z39.50-2003 Appendix 2, REC), by object identifier.
public enum Z3950RecordSyntax: String, Sendable, Hashable, CaseIterable {
    case usmarc, unimarc, xml, opac, sutrs

    /// The OID of the syntax (1.2.840.10003.5.x).
    public var oid: [Int] {
        switch self {
        case .usmarc: [1, 2, 840, 10003, 5, 10]
        case .unimarc: [1, 2, 840, 10003, 5, 1]
        case .xml: [1, 2, 840, 10003, 5, 109, 10]
        case .opac: [1, 2, 840, 10003, 5, 102]
        case .sutrs: [1, 2, 840, 10003, 5, 101]
        }
    }

    /// The syntax of an OID; MARC21 (5.10) is USMARC, application/xml (5.109.3) is XML too.
    public init?(oid: [Int]) {
        if oid == [1, 2, 840, 10003, 5, 109, 3] {
            self = .xml
            return
        }
        guard let known = Self.allCases.first(where: { $0.oid == oid }) else { return nil }
        self = known
    }

    /// The ISO 2709 syntax for a record of `dialect`.
    static func marc(_ dialect: MARCDialect) -> Z3950RecordSyntax { dialect == .unimarc ? .unimarc : .usmarc }
}

/// Element set names (Z39.50-2003 3.2.2.1.9): B brief, F full.
public enum Z3950ElementSet: String, Sendable, Hashable {
    case brief = "B"
    case full = "F"

    /// The set for a generic name (case does not matter); nil (no name) is full.
    public init?(name: String?) {
        guard let name else {
            self = .full
            return
        }
        switch name.uppercased() {
        case "B": self = .brief
        case "F": self = .full
        default: return nil
        }
    }

    /// The tags a brief record keeps: identification, main entry, title, edition, imprint, extent, series.
    static func briefTags(_ dialect: MARCDialect) -> Set<String> {
        switch dialect {
        case .marc21:
            [
                "001", "003", "005", "008", "010", "020", "022", "100", "110", "111", "130", "245", "250", "260", "264",
                "300", "490",
            ]
        case .unimarc:
            ["001", "005", "010", "011", "100", "101", "200", "205", "210", "214", "215", "225", "700", "701", "710"]
        }
    }
}
