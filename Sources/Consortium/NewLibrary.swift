/// What a librarian gives to add a library; the directory fills in the rest.
public struct NewLibrary: Sendable, Decodable {
    public var code: String
    public var name: String
    public var nameZh: String?
    /// The type; nil means `consortium` for the first root and `branch` otherwise.
    public var type: LibraryType?
    /// The parent's code; nil means the consortium root (or none, for the root itself).
    public var parentCode: String?
    public var region: String?
    public var latitude: Double?
    public var longitude: Double?
    public var populationServed: Int?
    public var address: String?

    public init(
        code: String, name: String, nameZh: String? = nil, type: LibraryType? = nil, parentCode: String? = nil,
        region: String? = nil, latitude: Double? = nil, longitude: Double? = nil, populationServed: Int? = nil,
        address: String? = nil
    ) {
        self.code = code
        self.name = name
        self.nameZh = nameZh
        self.type = type
        self.parentCode = parentCode
        self.region = region
        self.latitude = latitude
        self.longitude = longitude
        self.populationServed = populationServed
        self.address = address
    }

    enum CodingKeys: String, CodingKey {
        case code, name, nameZh, type, region, latitude, longitude, populationServed, address
        case parentCode = "parent"
    }
}
