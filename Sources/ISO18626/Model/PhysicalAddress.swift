/// A postal address (ISO 18626 `physicalAddress`).
public struct PhysicalAddress: Hashable, Sendable, Codable {
    /// `line1`, usually the building or street.
    public var line1: String?
    /// `line2`.
    public var line2: String?
    /// `locality`, the town or city.
    public var locality: String?
    /// `postalCode`.
    public var postalCode: String?
    /// `region`, an ISO 3166-2 subdivision such as `CN-GD`.
    public var region: SchemeValue?
    /// `country`, an ISO 3166-1 code such as `CN`.
    public var country: SchemeValue?

    /// Creates an address; every part is optional.
    public init(
        line1: String? = nil, line2: String? = nil, locality: String? = nil, postalCode: String? = nil,
        region: SchemeValue? = nil, country: SchemeValue? = nil
    ) {
        self.line1 = line1
        self.line2 = line2
        self.locality = locality
        self.postalCode = postalCode
        self.region = region
        self.country = country
    }
}
