import Foundation

/// What service is asked for and under which conditions (ISO 18626 `serviceInfo`).
public struct ServiceInfo: Hashable, Sendable, Codable {
    /// `requestType`: new, retry or reminder.
    public var requestType: RequestType?
    /// `requestSubType`s; v1.2 allows at most three, and the writer sends only the first three.
    public var requestSubTypes: [RequestSubType]
    /// `requestingAgencyPreviousRequestId`, the request a retry replaces.
    public var requestingAgencyPreviousRequestID: String?
    /// `serviceType`: loan, copy, or either.
    public var serviceType: ServiceType
    /// `serviceLevel`, such as `Rush` or `Normal`.
    public var serviceLevel: SchemeValue?
    /// `preferredFormat`, such as `PDF` or `Printed`.
    public var preferredFormat: SchemeValue?
    /// `needBeforeDate`, after which the reader no longer wants the item.
    public var needBeforeDate: Date?
    /// `copyrightCompliance`, the copyright declaration for a copy (for example `US-CCL` or `CN-Art22`).
    public var copyrightCompliance: SchemeValue?
    /// `anyEdition` (`Y`/`N`): whether another edition will do.
    public var anyEdition: Bool?
    /// `startDate`, for a booking request.
    public var startDate: Date?
    /// `endDate`, for a booking request.
    public var endDate: Date?
    /// `note`, free text to the supplier.
    public var note: String?

    /// Creates service details; only the service type is required.
    public init(
        requestType: RequestType? = nil, requestSubTypes: [RequestSubType] = [],
        requestingAgencyPreviousRequestID: String? = nil, serviceType: ServiceType, serviceLevel: SchemeValue? = nil,
        preferredFormat: SchemeValue? = nil, needBeforeDate: Date? = nil, copyrightCompliance: SchemeValue? = nil,
        anyEdition: Bool? = nil, startDate: Date? = nil, endDate: Date? = nil, note: String? = nil
    ) {
        self.requestType = requestType
        self.requestSubTypes = requestSubTypes
        self.requestingAgencyPreviousRequestID = requestingAgencyPreviousRequestID
        self.serviceType = serviceType
        self.serviceLevel = serviceLevel
        self.preferredFormat = preferredFormat
        self.needBeforeDate = needBeforeDate
        self.copyrightCompliance = copyrightCompliance
        self.anyEdition = anyEdition
        self.startDate = startDate
        self.endDate = endDate
        self.note = note
    }
}
