import PinakesCore

/// A member of the consortium's tree: the consortium itself, a central library, a branch, a service point,
/// a bookmobile, or a member institution (university library, archive, museum, rural library).
public struct Library: Sendable, Hashable, Codable {
    public var id: Identifier<Library>
    /// The short code used in holdings, imports and URLs (`CEN`, `GUSU`, `BM1`).
    public var code: String
    public var name: String
    /// The name in Chinese, when the library has one.
    public var nameZh: String?
    public var type: LibraryType
    public var parentID: Identifier<Library>?
    public var region: String?
    public var latitude: Double?
    public var longitude: Double?
    /// People the library serves, for equity and input–output reports.
    public var populationServed: Int?
    public var address: String?

    public init(
        id: Identifier<Library>, code: String, name: String, nameZh: String? = nil, type: LibraryType,
        parentID: Identifier<Library>? = nil, region: String? = nil, latitude: Double? = nil,
        longitude: Double? = nil, populationServed: Int? = nil, address: String? = nil
    ) {
        self.id = id
        self.code = code
        self.name = name
        self.nameZh = nameZh
        self.type = type
        self.parentID = parentID
        self.region = region
        self.latitude = latitude
        self.longitude = longitude
        self.populationServed = populationServed
        self.address = address
    }
}
