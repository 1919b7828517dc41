/// One place the requester wants the item delivered to (ISO 18626 `requestedDeliveryInfo`).
public struct RequestedDeliveryInfo: Hashable, Sendable, Codable {
    /// `sortOrder`, the preference among several addresses.
    public var sortOrder: Int?
    /// `address`, postal or electronic.
    public var address: Address?

    /// Creates a delivery preference.
    public init(sortOrder: Int? = nil, address: Address? = nil) {
        self.sortOrder = sortOrder
        self.address = address
    }
}
