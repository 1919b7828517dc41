/// Where and when the item was published (ISO 18626 `publicationInfo`).
public struct PublicationInfo: Hashable, Sendable, Codable {
    /// `publisher`.
    public var publisher: String?
    /// `publicationType`, such as `Book` or `Journal`.
    public var publicationType: SchemeValue?
    /// `publicationDate`, free text as the standard allows (`1954`, `2019-03`).
    public var publicationDate: String?
    /// `placeOfPublication`.
    public var placeOfPublication: String?

    /// Creates publication details; every part is optional.
    public init(
        publisher: String? = nil, publicationType: SchemeValue? = nil, publicationDate: String? = nil,
        placeOfPublication: String? = nil
    ) {
        self.publisher = publisher
        self.publicationType = publicationType
        self.publicationDate = publicationDate
        self.placeOfPublication = placeOfPublication
    }
}
