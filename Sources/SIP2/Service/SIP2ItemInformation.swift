import Foundation

/// What the library knows of an item (item information response, 18).
public struct SIP2ItemInformation: Sendable, Equatable {
    public var barcode: String
    /// AJ title; empty for an unknown barcode.
    public var title: String
    public var circulationStatus: SIP2CirculationStatus
    public var securityMarker: SIP2SecurityMarker = .none
    public var feeType: SIP2FeeType = .other
    public var holdQueueLength: Int?
    public var dueDate: Date?
    public var recallDate: Date?
    public var holdPickupDate: Date?
    /// BG owning institution.
    public var owner: String?
    public var currency: String?
    public var feeAmount: Decimal?
    public var mediaType: SIP2MediaType?
    public var permanentLocation: String?
    public var currentLocation: String?
    public var screenMessage: [String] = []
    public var printLine: [String] = []

    public init(
        barcode: String, title: String, circulationStatus: SIP2CirculationStatus, dueDate: Date? = nil,
        permanentLocation: String? = nil, currentLocation: String? = nil, screenMessage: [String] = []
    ) {
        self.barcode = barcode
        self.title = title
        self.circulationStatus = circulationStatus
        self.dueDate = dueDate
        self.permanentLocation = permanentLocation
        self.currentLocation = currentLocation
        self.screenMessage = screenMessage
    }
}
