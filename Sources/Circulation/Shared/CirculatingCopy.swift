import Consortium
import PinakesCore

/// A copy as circulation sees it: which one, of what type, whose it is and whether it floats. The catalogue's
/// item id is carried as `Identifier<CirculatingCopy>` (same raw value as Catalog's `Identifier<Item>`).
public struct CirculatingCopy: Sendable, Hashable, Codable {
    public var id: Identifier<CirculatingCopy>
    public var barcode: String
    public var itemType: ItemLoanType
    /// The library that owns the copy and where it goes back to unless it floats.
    public var homeLibrary: Identifier<Library>
    /// The title the copy belongs to, for title-level holds.
    public var title: Identifier<CatalogTitle>?
    /// The floating group the copy belongs to, by name; nil for a copy that always goes home.
    public var floatingGroup: String?

    public init(
        id: Identifier<CirculatingCopy>, barcode: String, itemType: ItemLoanType, homeLibrary: Identifier<Library>,
        title: Identifier<CatalogTitle>? = nil, floatingGroup: String? = nil
    ) {
        self.id = id
        self.barcode = barcode
        self.itemType = itemType
        self.homeLibrary = homeLibrary
        self.title = title
        self.floatingGroup = floatingGroup
    }
}
