import Consortium
import PinakesCore

/// A copy on a shelf (or a van, or a reader's bag): what circulation lends.
public struct Item: Sendable, Hashable, Codable {
    public var id: Identifier<Item>
    public var barcode: String
    public var libraryID: Identifier<Library>
    public var libraryCode: String
    public var recordID: Int64
    public var location: String?
    public var callNumber: String?
    public var itemType: String?
    public var status: ItemStatus
}

/// A staff change to an item; nil leaves a value as it is.
public struct ItemChange: Sendable, Codable {
    public var libraryCode: String?
    public var location: String?
    public var callNumber: String?
    public var itemType: String?
    public var status: ItemStatus?

    public init(
        libraryCode: String? = nil, location: String? = nil, callNumber: String? = nil, itemType: String? = nil,
        status: ItemStatus? = nil
    ) {
        self.libraryCode = libraryCode
        self.location = location
        self.callNumber = callNumber
        self.itemType = itemType
        self.status = status
    }
}
