/// The answer to a search: the exact number of titles found, one page of them, and facet counts over all.
public struct SearchResponse: Sendable, Encodable {
    public var total: Int
    public var offset: Int
    public var limit: Int
    public var results: [SearchResult]
    /// Facet name (`library`, `format`, `language`, `decade`, `class`, `available`) → values, most frequent first.
    public var facets: [String: [FacetCount]]
}

/// One title of the union catalogue (a cluster), shown from its display record, with every member's holdings.
public struct SearchResult: Sendable, Encodable {
    /// The cluster id: `/api/v1/clusters/{id}`.
    public var id: Int64
    public var title: String
    /// The title in its original script (880), when the record has one.
    public var titleOriginal: String?
    public var authors: [String]
    /// Names in their original script (880).
    public var authorsOriginal: [String]
    public var year: Int?
    public var isbns: [String]
    public var issns: [String]
    public var format: String
    public var languages: [String]
    public var publisher: String?
    public var edition: String?
    /// The member record shown: `/api/v1/records/{id}`.
    public var displayRecordID: Int64
    /// How many member records (from how many libraries) the title gathers.
    public var recordCount: Int
    public var holdings: [LibraryHoldings]
    /// The relevance score (higher is better); 0 when sorted otherwise.
    public var score: Double
}

/// A value of a facet and how many titles among all hits have it.
public struct FacetCount: Sendable, Encodable, Hashable {
    public var value: String
    /// What a reader reads (a library's name, a language's name); the value when there is nothing better.
    public var label: String
    public var count: Int
}

/// The copies of a title in one library.
public struct LibraryHoldings: Sendable, Encodable {
    /// The library code (`CEN`).
    public var library: String
    public var name: String
    public var nameZh: String?
    /// Kilometres from the reader's home library, when both have coordinates.
    public var distanceKm: Double?
    public var total: Int
    /// Copies on the shelf now.
    public var available: Int
    public var items: [ItemHolding]
}

/// One copy as a reader sees it.
public struct ItemHolding: Sendable, Encodable {
    public var barcode: String
    /// `ItemStatus` raw value: available, on-loan, in-transit, on-hold-shelf, …
    public var status: String
    /// When a copy on loan is due back (seconds since 1970), if known.
    public var dueAt: Int64?
    public var callNumber: String?
    public var location: String?
    public var itemType: String?
}
