import MARC

/// Everything the record page shows about a title: the display record's description, its members from each
/// library, and the holdings nearest first.
public struct ClusterDetail: Sendable, Encodable {
    /// The title as a search result shows it (display record, all holdings).
    public var title: SearchResult
    public var subjects: [String]
    public var series: [String]
    public var statementOfResponsibility: String?
    public var place: String?
    public var extent: String?
    public var dateText: String?
    /// Classification numbers as recorded, with their scheme (`lcc`, `ddc`, `clc`, …).
    public var classifications: [ClassNumber]
    public var members: [ClusterMember]
}

/// A classification number of a record.
public struct ClassNumber: Sendable, Encodable, Hashable {
    public var scheme: String
    public var number: String
}

/// One member library's record in a cluster.
public struct ClusterMember: Sendable, Encodable {
    /// The member record id: `/api/v1/records/{id}`.
    public var id: Int64
    public var library: String
    public var sourceID: String
    public var title: String
    public var quality: Int
    /// A librarian split or merged it by hand; imports leave it where it is.
    public var pinned: Bool
    public var isDisplayRecord: Bool
}

/// A member record as stored, for export and the MARC view.
public struct MemberRecord: Sendable {
    public var id: Int64
    public var library: String
    public var sourceID: String
    public var version: Int64
    public var clusterID: Int64?
    public var deleted: Bool
    public var updatedAt: Int64
    /// The record as received, canonical ISO 2709 (or MARCXML when too long for ISO 2709).
    public var marc: Record
}
