/// One item read from a holdings field, before it is matched to a library and stored.
public struct ImportedItem: Sendable, Hashable {
    public var barcode: String
    /// The library code as the member's system wrote it (Koha homebranch, Sirsi library, 852$a…).
    public var libraryCode: String?
    public var location: String?
    public var callNumber: String?
    public var itemType: String?
    public var status: ItemStatus
}
