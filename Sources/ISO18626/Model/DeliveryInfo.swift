import Foundation

/// How and when the item or copy was sent (ISO 18626 `deliveryInfo`).
public struct DeliveryInfo: Hashable, Sendable, Codable {
    /// `dateSent`.
    public var dateSent: Date
    /// `itemId`, the barcode of the copy sent.
    public var itemID: String?
    /// `sentVia`, the carrier or method (ISO 18626:2021 calls it `deliveryMethod`).
    public var sentVia: SchemeValue?
    /// `sentToPatron`, whether the item went straight to the reader.
    public var sentToPatron: Bool?
    /// `loanCondition`, such as `LibraryUseOnly`.
    public var loanCondition: SchemeValue?
    /// `deliveredFormat`, such as `PDF` (ISO 18626:2021 calls it `itemFormat`).
    public var deliveredFormat: SchemeValue?
    /// `deliveryCosts`, what the supplier charges.
    public var deliveryCosts: Costs?

    /// Creates delivery details; only the date sent is required.
    public init(
        dateSent: Date, itemID: String? = nil, sentVia: SchemeValue? = nil, sentToPatron: Bool? = nil,
        loanCondition: SchemeValue? = nil, deliveredFormat: SchemeValue? = nil, deliveryCosts: Costs? = nil
    ) {
        self.dateSent = dateSent
        self.itemID = itemID
        self.sentVia = sentVia
        self.sentToPatron = sentToPatron
        self.loanCondition = loanCondition
        self.deliveredFormat = deliveredFormat
        self.deliveryCosts = deliveryCosts
    }
}
