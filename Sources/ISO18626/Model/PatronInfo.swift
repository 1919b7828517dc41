/// The reader a request is for (ISO 18626 `patronInfo`).
public struct PatronInfo: Hashable, Sendable, Codable {
    /// `patronId`.
    public var patronID: String?
    /// `surname`.
    public var surname: String?
    /// `givenName`.
    public var givenName: String?
    /// `patronType`, such as `Student` or `Faculty`.
    public var patronType: SchemeValue?
    /// `sendToPatron` (`Y`/`N`): whether the supplier may send the item straight to the reader.
    public var sendToPatron: Bool?
    /// `address`es of the reader.
    public var addresses: [Address]

    /// Creates reader details; every part is optional.
    public init(
        patronID: String? = nil, surname: String? = nil, givenName: String? = nil, patronType: SchemeValue? = nil,
        sendToPatron: Bool? = nil, addresses: [Address] = []
    ) {
        self.patronID = patronID
        self.surname = surname
        self.givenName = givenName
        self.patronType = patronType
        self.sendToPatron = sendToPatron
        self.addresses = addresses
    }
}
