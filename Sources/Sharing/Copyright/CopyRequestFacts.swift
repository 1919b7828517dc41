import Foundation
import ISO18626

/// What the copyright check needs to know about one copy request.
public struct CopyRequestFacts: Sendable, Hashable, Codable {
    /// The title counted against yearly limits, from `CopyrightTitleKey.make(issn:title:)`.
    public var titleKey: String
    /// Lower-case publication type: `article`, `journal`, `book`, `chapter`, or another word.
    public var publicationType: String
    /// The ISO 18626 service asked for; copyright limits normally cover `Copy`.
    public var service: ServiceType
    /// ISO 3166-1 alpha-2 country whose law governs the copy (the supplying library's), such as `CN` or `US`.
    public var jurisdiction: String?
    /// Year the work (or journal issue) was published, when known.
    public var publicationYear: Int?
    /// Calendar year of the request, the year the limits count in.
    public var requestYear: Int
    /// Pages to be copied, when known.
    public var pagesRequested: Int?
    /// Pages of the whole work, when known.
    public var totalPages: Int?

    /// Facts of one request.
    public init(
        titleKey: String, publicationType: String = "article", service: ServiceType = .copy,
        jurisdiction: String? = nil, publicationYear: Int? = nil, requestYear: Int, pagesRequested: Int? = nil,
        totalPages: Int? = nil
    ) {
        self.titleKey = titleKey
        self.publicationType = publicationType
        self.service = service
        self.jurisdiction = jurisdiction
        self.publicationYear = publicationYear
        self.requestYear = requestYear
        self.pagesRequested = pagesRequested
        self.totalPages = totalPages
    }
}
