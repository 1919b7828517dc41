/// A standard number of the item, such as an ISBN (ISO 18626 `bibliographicItemId`).
public struct BibliographicItemID: Hashable, Sendable, Codable {
    /// `bibliographicItemIdentifier`, the number itself.
    public var identifier: String
    /// `bibliographicItemIdentifierCode`, the kind of number: `ISBN`, `ISSN`, ….
    public var code: SchemeValue

    /// Creates a standard number.
    public init(identifier: String, code: SchemeValue) {
        self.identifier = identifier
        self.code = code
    }
}
