/// A search as the catalogue runs it: the query, the filters a reader clicked, the order and the page.
public struct SearchRequest: Sendable, Hashable {
    /// How results are ordered; ties always fall back to the cluster id, so paging is stable.
    public enum Sort: String, Sendable, Hashable, CaseIterable, Codable {
        case relevance
        /// Newest first.
        case year
        /// Oldest first.
        case yearAscending = "year-asc"
        case title
    }

    public var query: SearchQuery
    public var filters: SearchFilters
    public var sort: Sort
    public var offset: Int
    public var limit: Int
    /// Count facet values over all hits (exact counts).
    public var facets: Bool
    /// The reader's home library: holdings are listed nearest first from it.
    public var homeLibrary: String?

    public init(
        query: SearchQuery, filters: SearchFilters = SearchFilters(), sort: Sort = .relevance, offset: Int = 0,
        limit: Int = 20, facets: Bool = true, homeLibrary: String? = nil
    ) {
        self.query = query
        self.filters = filters
        self.sort = sort
        self.offset = offset
        self.limit = limit
        self.facets = facets
        self.homeLibrary = homeLibrary
    }
}

/// Restrictions applied after the text match; facet values as a reader clicks them.
public struct SearchFilters: Sendable, Hashable, Codable {
    /// Library codes; a library includes its branches and service points (the subtree).
    public var libraries: [String] = []
    /// Material kinds (`BibliographicFormat` raw values: book, serial, map, music, video, …).
    public var formats: [String] = []
    /// MARC language codes (`eng`, `chi`).
    public var languages: [String] = []
    /// Decades as their first year (`1990`).
    public var decades: [Int] = []
    /// Classification classes: the LCC letters (`QA`), DDC hundreds (`500`) or CLC letter (`I`), as facets show them.
    public var classes: [String] = []
    /// Only titles with a copy on the shelf now (in the filtered libraries, if any).
    public var availableNow = false
    /// Publication years, inclusive (from CQL `dc.date` relations or `year:` in the simple box).
    public var yearFrom: Int?
    public var yearTo: Int?

    public init() {}

    /// No restriction at all.
    public var isEmpty: Bool {
        libraries.isEmpty && formats.isEmpty && languages.isEmpty && decades.isEmpty && classes.isEmpty
            && !availableNow && yearFrom == nil && yearTo == nil
    }
}
