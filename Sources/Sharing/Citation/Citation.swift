import Foundation

/// A bibliographic citation as a request needs it, read from an OpenURL or typed by a reader. Text fields are
/// trimmed Unicode (NFC); standard numbers are normalised (ISSN `NNNN-NNNC`, ISBN digits, DOI `10.…`).
public struct Citation: Sendable, Hashable, Codable {
    /// What is cited.
    public var genre: CitationGenre
    /// Title of the book or journal.
    public var title: String?
    /// Title of the article or chapter.
    public var articleTitle: String?
    /// Authors, `Last, First` where the source split them, in the source's order.
    public var authors: [String]
    /// ISBN, digits only (ISO 2108).
    public var isbn: String?
    /// Print ISSN, `NNNN-NNNC` (ISO 3297).
    public var issn: String?
    /// Electronic ISSN.
    public var eissn: String?
    /// DOI without resolver prefix (`10.1016/j.scib.2021.06.007`).
    public var doi: String?
    /// PubMed id.
    public var pmid: String?
    /// OCLC number, digits only.
    public var oclcNumber: String?
    /// Library of Congress control number, normalised (LC's LCCN normalisation).
    public var lccn: String?
    /// Date as `yyyy`, `yyyy-MM` or `yyyy-MM-dd` when it could be read so, else as given.
    public var date: String?
    /// Year of publication.
    public var year: Int?
    /// Volume.
    public var volume: String?
    /// Issue.
    public var issue: String?
    /// First page.
    public var startPage: String?
    /// Last page.
    public var endPage: String?
    /// Page range as given (`434-441`).
    public var pages: String?
    /// Publisher.
    public var publisher: String?
    /// Place of publication.
    public var place: String?
    /// Edition.
    public var edition: String?
    /// Who sent the citation: OpenURL 0.1 `sid` or 1.0 `rfr_id` (`info:sid/` removed).
    public var sourceID: String?
    /// OpenURL 0.1 `pid`, the source's private data.
    public var privateData: String?
    /// Identifiers of other schemes as given (`info:eric/EJ123456`, `info:oai/…`).
    public var otherIdentifiers: [String]
    /// What could not be read or was repaired, in English, for staff.
    public var notes: [String]

    /// A citation; every field is optional.
    public init(
        genre: CitationGenre = .other, title: String? = nil, articleTitle: String? = nil, authors: [String] = [],
        isbn: String? = nil, issn: String? = nil, eissn: String? = nil, doi: String? = nil, pmid: String? = nil,
        oclcNumber: String? = nil, lccn: String? = nil, date: String? = nil, year: Int? = nil, volume: String? = nil,
        issue: String? = nil, startPage: String? = nil, endPage: String? = nil, pages: String? = nil,
        publisher: String? = nil, place: String? = nil, edition: String? = nil, sourceID: String? = nil,
        privateData: String? = nil, otherIdentifiers: [String] = [], notes: [String] = []
    ) {
        self.genre = genre
        self.title = title
        self.articleTitle = articleTitle
        self.authors = authors
        self.isbn = isbn
        self.issn = issn
        self.eissn = eissn
        self.doi = doi
        self.pmid = pmid
        self.oclcNumber = oclcNumber
        self.lccn = lccn
        self.date = date
        self.year = year
        self.volume = volume
        self.issue = issue
        self.startPage = startPage
        self.endPage = endPage
        self.pages = pages
        self.publisher = publisher
        self.place = place
        self.edition = edition
        self.sourceID = sourceID
        self.privateData = privateData
        self.otherIdentifiers = otherIdentifiers
        self.notes = notes
    }

    /// Whether the citation says enough to look the work up: a title or a standard identifier.
    public var identifiesAWork: Bool {
        let identifiers: [String?] = [title, articleTitle, isbn, issn, eissn, doi, pmid, oclcNumber, lccn]
        return identifiers.contains { $0 != nil }
    }

    /// The key copies of this citation's journal are counted under (see `CopyrightTitleKey`).
    public var copyrightTitleKey: String? {
        CopyrightTitleKey.make(issn: issn ?? eissn, title: title)
    }
}
