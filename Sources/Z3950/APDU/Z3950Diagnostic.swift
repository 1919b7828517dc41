/// A Bib-1 diagnostic (Z39.50-2003 Appendix 3, DIAG): the condition number and its additional information.
public struct Z3950Diagnostic: Sendable, Hashable, Error {
    /// The Bib-1 diagnostic set, 1.2.840.10003.4.1.
    public static let bib1: [Int] = [1, 2, 840, 10003, 4, 1]

    public var condition: Int
    public var addinfo: String
    public var diagnosticSet: [Int]

    public init(_ condition: Int, _ addinfo: String = "", diagnosticSet: [Int] = Self.bib1) {
        self.condition = condition
        self.addinfo = addinfo
        self.diagnosticSet = diagnosticSet
    }

    /// DefaultDiagFormat ::= SEQUENCE { diagnosticSetId OID, condition INTEGER, addinfo VisibleString }.
    func value(_ tag: Int? = nil) -> BERValue {
        let fields: [BERValue?] = [
            .objectIdentifier(6, diagnosticSet, .universal), .integer(2, condition, .universal),
            .string(26, addinfo, .universal),
        ]
        return tag.map { .constructed($0, fields) } ?? .sequence(fields)
    }

    init(_ value: BERValue) throws(Z3950Error) {
        guard let condition = value.universal(2) else {
            throw Z3950Error.malformed("diagnostic without a condition", offset: 0)
        }
        self.condition = try condition.integer()
        diagnosticSet = try value.universal(6)?.objectIdentifier() ?? Self.bib1
        addinfo = (value.universal(26) ?? value.universal(27))?.string ?? ""
    }

    /// DiagRec ::= CHOICE { defaultFormat DefaultDiagFormat, externallyDefined EXTERNAL }; only the first is read.
    static func record(_ value: BERValue) throws(Z3950Error) -> Z3950Diagnostic {
        guard let format = value.tagClass == .universal && value.tag == 16 ? value : value.universal(16) else {
            throw Z3950Error.malformed("diagnostic record in an unknown format", offset: 0)
        }
        return try Z3950Diagnostic(format)
    }
}
