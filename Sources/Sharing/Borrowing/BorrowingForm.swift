import ISO18626

/// What a reader (or staff for a reader) asks for: a title from our catalogue, a citation typed in, or an
/// OpenURL 1.0 link; loan or copy, where to pick it up, by when.
public struct BorrowingForm: Sendable, Codable, Equatable {
    /// Staff: the card of the reader the request is for (a reader asks for themselves).
    public var card: String?
    /// A union-catalogue title (cluster id) the request starts from.
    public var cluster: Int64?
    /// An OpenURL (KEV 0.1 or 1.0) whose citation fills the fields left empty.
    public var openURL: String?
    public var service: ServiceType?
    public var title: String?
    public var author: String?
    public var isbn: String?
    public var issn: String?
    public var publisher: String?
    public var year: String?
    public var edition: String?
    /// For a copy: the article or chapter and its pages.
    public var articleTitle: String?
    public var articleAuthor: String?
    public var volume: String?
    public var issue: String?
    public var pages: String?
    /// Library code where the reader collects it (default their home library).
    public var pickup: String?
    /// `YYYY-MM-DD`: not needed after this day.
    public var needBefore: String?
    public var note: String?

    public init(
        card: String? = nil, cluster: Int64? = nil, openURL: String? = nil, service: ServiceType? = nil,
        title: String? = nil, author: String? = nil, isbn: String? = nil, issn: String? = nil,
        publisher: String? = nil, year: String? = nil, edition: String? = nil, articleTitle: String? = nil,
        articleAuthor: String? = nil, volume: String? = nil, issue: String? = nil, pages: String? = nil,
        pickup: String? = nil, needBefore: String? = nil, note: String? = nil
    ) {
        self.card = card
        self.cluster = cluster
        self.openURL = openURL
        self.service = service
        self.title = title
        self.author = author
        self.isbn = isbn
        self.issn = issn
        self.publisher = publisher
        self.year = year
        self.edition = edition
        self.articleTitle = articleTitle
        self.articleAuthor = articleAuthor
        self.volume = volume
        self.issue = issue
        self.pages = pages
        self.pickup = pickup
        self.needBefore = needBefore
        self.note = note
    }
}
