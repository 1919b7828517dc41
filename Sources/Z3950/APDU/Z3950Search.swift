/// SearchRequest (Z39.50-2003 3.2.2.1).
public struct Z3950SearchRequest: Sendable, Hashable {
    public var referenceId: [UInt8]?
    public var smallSetUpperBound: Int
    public var largeSetLowerBound: Int
    public var mediumSetPresentNumber: Int
    public var replaceIndicator: Bool
    public var resultSetName: String
    public var databaseNames: [String]
    /// The generic element set name for piggybacked records of a small set (`B`, `F`).
    public var smallSetElementSetName: String?
    public var mediumSetElementSetName: String?
    public var preferredRecordSyntax: [Int]?
    public var query: Z3950Query

    public init(
        referenceId: [UInt8]? = nil, smallSetUpperBound: Int = 0, largeSetLowerBound: Int = 1,
        mediumSetPresentNumber: Int = 0, replaceIndicator: Bool = true, resultSetName: String = "default",
        databaseNames: [String] = ["Default"], smallSetElementSetName: String? = nil,
        mediumSetElementSetName: String? = nil, preferredRecordSyntax: [Int]? = nil, query: Z3950Query
    ) {
        self.referenceId = referenceId
        self.smallSetUpperBound = smallSetUpperBound
        self.largeSetLowerBound = largeSetLowerBound
        self.mediumSetPresentNumber = mediumSetPresentNumber
        self.replaceIndicator = replaceIndicator
        self.resultSetName = resultSetName
        self.databaseNames = databaseNames
        self.smallSetElementSetName = smallSetElementSetName
        self.mediumSetElementSetName = mediumSetElementSetName
        self.preferredRecordSyntax = preferredRecordSyntax
        self.query = query
    }

    var value: BERValue {
        .constructed(
            22,
            [
                referenceId.map { BERValue(.context, 2, .primitive($0)) }, .integer(13, smallSetUpperBound),
                .integer(14, largeSetLowerBound), .integer(15, mediumSetPresentNumber),
                .boolean(16, replaceIndicator), .string(17, resultSetName),
                .constructed(18, databaseNames.map { .string(105, $0) }),
                smallSetElementSetName.map { .constructed(100, [.string(0, $0)]) },
                mediumSetElementSetName.map { .constructed(101, [.string(0, $0)]) },
                preferredRecordSyntax.map { .objectIdentifier(104, $0) }, query.value,
            ])
    }

    init(_ value: BERValue) throws(Z3950Error) {
        referenceId = value.child(2)?.bytes
        smallSetUpperBound = try value.require(13, "smallSetUpperBound").integer()
        largeSetLowerBound = try value.require(14, "largeSetLowerBound").integer()
        mediumSetPresentNumber = try value.require(15, "mediumSetPresentNumber").integer()
        replaceIndicator = try value.require(16, "replaceIndicator").boolean
        resultSetName = try value.require(17, "resultSetName").string
        databaseNames = try value.require(18, "databaseNames").children.map(\.string)
        smallSetElementSetName = value.child(100).flatMap(ElementSetName.generic)
        mediumSetElementSetName = value.child(101).flatMap(ElementSetName.generic)
        preferredRecordSyntax = try value.child(104)?.objectIdentifier()
        query = try Z3950Query(try value.require(21, "query"))
    }
}

/// ElementSetNames ::= CHOICE { genericElementSetName [0], databaseSpecific [1] SEQUENCE OF … }.
enum ElementSetName {
    /// The generic name, or the first database-specific one.
    static func generic(_ wrapper: BERValue) -> String? {
        guard let choice = wrapper.children.first else { return nil }
        if choice.tag == 0 { return choice.string }
        return choice.children.first?.children.last?.string
    }
}

/// SearchResponse (Z39.50-2003 3.2.2.1).
public struct Z3950SearchResponse: Sendable, Hashable {
    public var referenceId: [UInt8]?
    public var resultCount: Int
    public var numberOfRecordsReturned: Int
    public var nextResultSetPosition: Int
    public var searchStatus: Bool
    /// resultSetStatus [26]: 1 subset, 2 interim, 3 none; sent only when the search failed.
    public var resultSetStatus: Int?
    /// presentStatus [27]: 0 success … 5 failure; sent when records are piggybacked.
    public var presentStatus: Int?
    public var records: Z3950Records?

    public init(
        referenceId: [UInt8]? = nil, resultCount: Int, numberOfRecordsReturned: Int = 0,
        nextResultSetPosition: Int, searchStatus: Bool, resultSetStatus: Int? = nil, presentStatus: Int? = nil,
        records: Z3950Records? = nil
    ) {
        self.referenceId = referenceId
        self.resultCount = resultCount
        self.numberOfRecordsReturned = numberOfRecordsReturned
        self.nextResultSetPosition = nextResultSetPosition
        self.searchStatus = searchStatus
        self.resultSetStatus = resultSetStatus
        self.presentStatus = presentStatus
        self.records = records
    }

    var value: BERValue {
        .constructed(
            23,
            [
                referenceId.map { BERValue(.context, 2, .primitive($0)) }, .integer(23, resultCount),
                .integer(24, numberOfRecordsReturned), .integer(25, nextResultSetPosition),
                .boolean(22, searchStatus), resultSetStatus.map { .integer(26, $0) },
                presentStatus.map { .integer(27, $0) }, records?.value,
            ])
    }

    init(_ value: BERValue) throws(Z3950Error) {
        referenceId = value.child(2)?.bytes
        resultCount = try value.require(23, "resultCount").integer()
        numberOfRecordsReturned = try value.require(24, "numberOfRecordsReturned").integer()
        nextResultSetPosition = try value.require(25, "nextResultSetPosition").integer()
        searchStatus = try value.require(22, "searchStatus").boolean
        resultSetStatus = try value.child(26)?.integer()
        presentStatus = try value.child(27)?.integer()
        records = try Z3950Records(in: value)
    }
}
