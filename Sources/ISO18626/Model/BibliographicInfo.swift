/// The description of the wanted item (ISO 18626 `bibliographicInfo`).
public struct BibliographicInfo: Hashable, Sendable, Codable {
    /// `supplierUniqueRecordId`, the supplier's own record id when the requester knows it.
    public var supplierUniqueRecordID: String?
    /// `title`.
    public var title: String?
    /// `author`.
    public var author: String?
    /// `subtitle`.
    public var subtitle: String?
    /// `seriesTitle`.
    public var seriesTitle: String?
    /// `edition`.
    public var edition: String?
    /// `titleOfComponent`, the article or chapter for a copy.
    public var titleOfComponent: String?
    /// `authorOfComponent`.
    public var authorOfComponent: String?
    /// `volume`.
    public var volume: String?
    /// `issue`.
    public var issue: String?
    /// `pagesRequested`, for a copy.
    public var pagesRequested: String?
    /// `estimatedNoPages`.
    public var estimatedNoPages: String?
    /// `bibliographicItemId`s: ISBN, ISSN and the like.
    public var bibliographicItemIDs: [BibliographicItemID]
    /// `sponsor`.
    public var sponsor: String?
    /// `informationSource`, where the requester found the citation.
    public var informationSource: String?
    /// `bibliographicRecordId`s: record ids in catalogues such as OCLC or a union catalogue.
    public var bibliographicRecordIDs: [BibliographicRecordID]

    /// Creates a description; every part is optional.
    public init(
        supplierUniqueRecordID: String? = nil, title: String? = nil, author: String? = nil, subtitle: String? = nil,
        seriesTitle: String? = nil, edition: String? = nil, titleOfComponent: String? = nil,
        authorOfComponent: String? = nil, volume: String? = nil, issue: String? = nil,
        pagesRequested: String? = nil, estimatedNoPages: String? = nil,
        bibliographicItemIDs: [BibliographicItemID] = [], sponsor: String? = nil, informationSource: String? = nil,
        bibliographicRecordIDs: [BibliographicRecordID] = []
    ) {
        self.supplierUniqueRecordID = supplierUniqueRecordID
        self.title = title
        self.author = author
        self.subtitle = subtitle
        self.seriesTitle = seriesTitle
        self.edition = edition
        self.titleOfComponent = titleOfComponent
        self.authorOfComponent = authorOfComponent
        self.volume = volume
        self.issue = issue
        self.pagesRequested = pagesRequested
        self.estimatedNoPages = estimatedNoPages
        self.bibliographicItemIDs = bibliographicItemIDs
        self.sponsor = sponsor
        self.informationSource = informationSource
        self.bibliographicRecordIDs = bibliographicRecordIDs
    }
}
