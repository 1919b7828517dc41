/// A record id in some catalogue (ISO 18626 `bibliographicRecordId`).
public struct BibliographicRecordID: Hashable, Sendable, Codable {
    /// `bibliographicRecordIdentifierCode`, the catalogue or id kind, such as `OCLC` or `LCCN`.
    public var code: SchemeValue
    /// `bibliographicRecordIdentifier`, the id itself.
    public var identifier: String

    /// Creates a record id.
    public init(code: SchemeValue, identifier: String) {
        self.code = code
        self.identifier = identifier
    }
}
