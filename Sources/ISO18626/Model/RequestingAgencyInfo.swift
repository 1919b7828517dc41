/// The borrowing library's name, contact and addresses (ISO 18626 `requestingAgencyInfo`).
public struct RequestingAgencyInfo: Hashable, Sendable, Codable {
    /// `name`.
    public var name: String?
    /// `contactName`.
    public var contactName: String?
    /// `address`es.
    public var addresses: [Address]

    /// Creates agency details; every part is optional.
    public init(name: String? = nil, contactName: String? = nil, addresses: [Address] = []) {
        self.name = name
        self.contactName = contactName
        self.addresses = addresses
    }
}
