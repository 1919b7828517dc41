import MARC

/// One record of a ListRecords page: its header and, unless deleted, its metadata (OAI-PMH 2.0 §2.5).
public struct OAIRecord: Sendable {
    /// The item's unique identifier at the provider (`header/identifier`).
    public var identifier: String
    /// `header/datestamp`.
    public var datestamp: String
    /// `header/setSpec`, repeatable.
    public var setSpecs: [String]
    /// `header/@status="deleted"`.
    public var deleted: Bool
    /// The metadata read as a MARC 21 record, or nil for a deleted record.
    public var record: Record?

    public init(identifier: String, datestamp: String, setSpecs: [String], deleted: Bool, record: Record?) {
        self.identifier = identifier
        self.datestamp = datestamp
        self.setSpecs = setSpecs
        self.deleted = deleted
        self.record = record
    }
}

/// A record whose metadata could not be read: skipped and reported with its identifier.
public struct OAIRejection: Error, Sendable, Hashable {
    public var identifier: String
    public var reason: String
}

/// One ListRecords response: records, the resumption token that continues the list, and when it was answered.
public struct OAIPage: Sendable {
    /// `responseDate` (UTC, ISO 8601): the `from` of the next incremental harvest once the list is complete.
    public var responseDate: String
    public var records: [OAIRecord]
    public var rejected: [OAIRejection]
    /// The token for the next page; nil or empty when the list is complete (§3.5).
    public var resumptionToken: String?
    /// `completeListSize` of the token, when the provider gives it.
    public var completeListSize: Int?
    /// The provider answered `noRecordsMatch`: nothing new, which ends the harvest successfully (§3.6).
    public var noRecordsMatch: Bool

    public init(
        responseDate: String, records: [OAIRecord] = [], rejected: [OAIRejection] = [],
        resumptionToken: String? = nil, completeListSize: Int? = nil, noRecordsMatch: Bool = false
    ) {
        self.responseDate = responseDate
        self.records = records
        self.rejected = rejected
        self.resumptionToken = resumptionToken
        self.completeListSize = completeListSize
        self.noRecordsMatch = noRecordsMatch
    }

    /// Whether another page follows.
    public var hasMore: Bool { !(resumptionToken ?? "").isEmpty }
}

/// What an Identify response says that a harvester needs (OAI-PMH 2.0 §4.2).
public struct OAIIdentity: Sendable, Hashable {
    public var repositoryName: String
    /// `YYYY-MM-DD` or `YYYY-MM-DDThh:mm:ssZ`.
    public var granularity: String
    public var earliestDatestamp: String
    /// `no`, `transient` or `persistent`.
    public var deletedRecord: String

    /// Whether `from` must be a date only.
    public var isDayGranularity: Bool { granularity.count <= 10 }
}
