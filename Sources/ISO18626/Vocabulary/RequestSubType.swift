/// The kind of a request beyond its type (ISO 18626 `type_requestSubType`).
public enum RequestSubType: String, CaseIterable, Sendable, Codable, Hashable {
    case bookingRequest = "BookingRequest"
    case multipleItemRequest = "MultipleItemRequest"
    case patronRequest = "PatronRequest"
    case transferRequest = "TransferRequest"
    case supplyingLibrarysChoice = "SupplyingLibrarysChoice"
}
