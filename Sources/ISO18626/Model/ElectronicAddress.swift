/// An e-mail address, URL or similar (ISO 18626 `electronicAddress`).
public struct ElectronicAddress: Hashable, Sendable, Codable {
    /// `electronicAddressType`, such as `Email` or `URL`.
    public var type: SchemeValue
    /// `electronicAddressData`, the address itself.
    public var data: String

    /// Creates an electronic address.
    public init(type: SchemeValue, data: String) {
        self.type = type
        self.data = data
    }
}
