/// PresentRequest (Z39.50-2003 3.2.3.1).
public struct Z3950PresentRequest: Sendable, Hashable {
    public var referenceId: [UInt8]?
    public var resultSetId: String
    /// 1-based position of the first record.
    public var resultSetStartPoint: Int
    public var numberOfRecordsRequested: Int
    /// recordComposition simple [19]: the generic element set name.
    public var elementSetName: String?
    public var preferredRecordSyntax: [Int]?

    public init(
        referenceId: [UInt8]? = nil, resultSetId: String = "default", resultSetStartPoint: Int,
        numberOfRecordsRequested: Int, elementSetName: String? = nil, preferredRecordSyntax: [Int]? = nil
    ) {
        self.referenceId = referenceId
        self.resultSetId = resultSetId
        self.resultSetStartPoint = resultSetStartPoint
        self.numberOfRecordsRequested = numberOfRecordsRequested
        self.elementSetName = elementSetName
        self.preferredRecordSyntax = preferredRecordSyntax
    }

    var value: BERValue {
        .constructed(
            24,
            [
                referenceId.map { BERValue(.context, 2, .primitive($0)) }, .string(31, resultSetId),
                .integer(30, resultSetStartPoint), .integer(29, numberOfRecordsRequested),
                elementSetName.map { .constructed(19, [.string(0, $0)]) },
                preferredRecordSyntax.map { .objectIdentifier(104, $0) },
            ])
    }

    init(_ value: BERValue) throws(Z3950Error) {
        referenceId = value.child(2)?.bytes
        resultSetId = try value.require(31, "resultSetId").string
        resultSetStartPoint = try value.require(30, "resultSetStartPoint").integer()
        numberOfRecordsRequested = try value.require(29, "numberOfRecordsRequested").integer()
        elementSetName = value.child(19).flatMap(ElementSetName.generic)
        preferredRecordSyntax = try value.child(104)?.objectIdentifier()
    }
}

/// PresentResponse (Z39.50-2003 3.2.3.1).
public struct Z3950PresentResponse: Sendable, Hashable {
    public var referenceId: [UInt8]?
    public var numberOfRecordsReturned: Int
    public var nextResultSetPosition: Int
    /// 0 success, 1–4 partial, 5 failure.
    public var presentStatus: Int
    public var records: Z3950Records?

    public init(
        referenceId: [UInt8]? = nil, numberOfRecordsReturned: Int, nextResultSetPosition: Int, presentStatus: Int,
        records: Z3950Records?
    ) {
        self.referenceId = referenceId
        self.numberOfRecordsReturned = numberOfRecordsReturned
        self.nextResultSetPosition = nextResultSetPosition
        self.presentStatus = presentStatus
        self.records = records
    }

    var value: BERValue {
        .constructed(
            25,
            [
                referenceId.map { BERValue(.context, 2, .primitive($0)) }, .integer(24, numberOfRecordsReturned),
                .integer(25, nextResultSetPosition), .integer(27, presentStatus), records?.value,
            ])
    }

    init(_ value: BERValue) throws(Z3950Error) {
        referenceId = value.child(2)?.bytes
        numberOfRecordsReturned = try value.require(24, "numberOfRecordsReturned").integer()
        nextResultSetPosition = try value.require(25, "nextResultSetPosition").integer()
        presentStatus = try value.require(27, "presentStatus").integer()
        records = try Z3950Records(in: value)
    }
}
