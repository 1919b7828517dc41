import Foundation

/// The supplier's status of a request (ISO 18626 `statusInfo`).
public struct StatusInfo: Hashable, Sendable, Codable {
    /// `status`.
    public var status: ILLStatus
    /// `expectedDeliveryDate`.
    public var expectedDeliveryDate: Date?
    /// `dueDate`, when a loaned item is due back at the supplier.
    public var dueDate: Date?
    /// `lastChange`, when the status last changed.
    public var lastChange: Date

    /// Creates a status.
    public init(status: ILLStatus, expectedDeliveryDate: Date? = nil, dueDate: Date? = nil, lastChange: Date) {
        self.status = status
        self.expectedDeliveryDate = expectedDeliveryDate
        self.dueDate = dueDate
        self.lastChange = lastChange
    }
}
