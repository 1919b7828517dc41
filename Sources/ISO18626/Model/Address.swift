/// A postal or electronic address (ISO 18626 `address`, a choice of the two).
public enum Address: Hashable, Sendable, Codable {
    /// `electronicAddress`, such as an e-mail address or a URL.
    case electronic(ElectronicAddress)
    /// `physicalAddress`, a postal address.
    case physical(PhysicalAddress)
}
