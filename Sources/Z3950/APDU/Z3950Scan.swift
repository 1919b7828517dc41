/// ScanRequest (Z39.50-2003 3.2.8.1).
public struct Z3950ScanRequest: Sendable, Hashable {
    public var referenceId: [UInt8]?
    public var databaseNames: [String]
    public var attributeSet: [Int]?
    public var termListAndStartPoint: AttributesPlusTerm
    public var stepSize: Int?
    public var numberOfTermsRequested: Int
    /// 1-based position the start term should take in the answer.
    public var preferredPositionInResponse: Int?

    public init(
        referenceId: [UInt8]? = nil, databaseNames: [String] = ["Default"], attributeSet: [Int]? = RPNQuery.bib1,
        termListAndStartPoint: AttributesPlusTerm, stepSize: Int? = nil, numberOfTermsRequested: Int,
        preferredPositionInResponse: Int? = nil
    ) {
        self.referenceId = referenceId
        self.databaseNames = databaseNames
        self.attributeSet = attributeSet
        self.termListAndStartPoint = termListAndStartPoint
        self.stepSize = stepSize
        self.numberOfTermsRequested = numberOfTermsRequested
        self.preferredPositionInResponse = preferredPositionInResponse
    }

    var value: BERValue {
        .constructed(
            35,
            [
                referenceId.map { BERValue(.context, 2, .primitive($0)) },
                .constructed(3, databaseNames.map { .string(105, $0) }),
                attributeSet.map { .objectIdentifier(6, $0, .universal) }, termListAndStartPoint.value,
                stepSize.map { .integer(5, $0) }, .integer(6, numberOfTermsRequested),
                preferredPositionInResponse.map { .integer(7, $0) },
            ])
    }

    init(_ value: BERValue) throws(Z3950Error) {
        referenceId = value.child(2)?.bytes
        databaseNames = try value.require(3, "databaseNames").children.map(\.string)
        attributeSet = try value.universal(6)?.objectIdentifier()
        termListAndStartPoint = try AttributesPlusTerm(try value.require(102, "termListAndStartPoint"))
        stepSize = try value.child(5)?.integer()
        numberOfTermsRequested = try value.require(6, "numberOfTermsRequested").integer()
        preferredPositionInResponse = try value.child(7)?.integer()
    }
}

/// One entry of a scan list: TermInfo ::= SEQUENCE { term, displayTerm [0], globalOccurrences [2] }.
public struct ScanEntry: Sendable, Hashable {
    public var term: String
    public var displayTerm: String?
    /// Number of titles (clusters) with this heading.
    public var occurrences: Int

    public init(term: String, displayTerm: String? = nil, occurrences: Int) {
        self.term = term
        self.displayTerm = displayTerm
        self.occurrences = occurrences
    }

    var value: BERValue {
        .constructed(
            1, [.string(45, term), displayTerm.map { .string(0, $0) }, .integer(2, occurrences)])
    }

    init(_ value: BERValue) throws(Z3950Error) {
        term = value.child(45)?.string ?? value.child(216)?.string ?? ""
        displayTerm = value.child(0)?.string
        occurrences = try value.child(2)?.integer() ?? 0
    }
}

/// ScanResponse (Z39.50-2003 3.2.8.1).
public struct Z3950ScanResponse: Sendable, Hashable {
    public var referenceId: [UInt8]?
    public var stepSize: Int?
    /// 0 success, 1–5 partial, 6 failure.
    public var scanStatus: Int
    public var positionOfTerm: Int?
    public var entries: [ScanEntry]
    public var diagnostics: [Z3950Diagnostic]

    public init(
        referenceId: [UInt8]? = nil, stepSize: Int? = nil, scanStatus: Int, positionOfTerm: Int? = nil,
        entries: [ScanEntry] = [], diagnostics: [Z3950Diagnostic] = []
    ) {
        self.referenceId = referenceId
        self.stepSize = stepSize
        self.scanStatus = scanStatus
        self.positionOfTerm = positionOfTerm
        self.entries = entries
        self.diagnostics = diagnostics
    }

    var value: BERValue {
        let list: BERValue = .constructed(
            7,
            [
                entries.isEmpty && !diagnostics.isEmpty ? nil : .constructed(1, entries.map(\.value)),
                diagnostics.isEmpty ? nil : .constructed(2, diagnostics.map { $0.value() }),
            ])
        return .constructed(
            36,
            [
                referenceId.map { BERValue(.context, 2, .primitive($0)) }, stepSize.map { .integer(3, $0) },
                .integer(4, scanStatus), .integer(5, entries.count), positionOfTerm.map { .integer(6, $0) }, list,
            ])
    }

    init(_ value: BERValue) throws(Z3950Error) {
        referenceId = value.child(2)?.bytes
        stepSize = try value.child(3)?.integer()
        scanStatus = try value.require(4, "scanStatus").integer()
        positionOfTerm = try value.child(6)?.integer()
        var entries: [ScanEntry] = []
        for entry in value.child(7)?.child(1)?.children ?? [] where entry.tag == 1 {
            entries.append(try ScanEntry(entry))
        }
        self.entries = entries
        var diagnostics: [Z3950Diagnostic] = []
        for record in value.child(7)?.child(2)?.children ?? [] {
            diagnostics.append(try Z3950Diagnostic.record(record))
        }
        self.diagnostics = diagnostics
    }
}
