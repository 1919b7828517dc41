/// What a requesting agency asks or tells the supplier (ISO 18626 closed list `type_action`, v1.2).
public enum ILLAction: String, CaseIterable, Sendable, Codable, Hashable {
    case statusRequest = "StatusRequest"
    case received = "Received"
    case cancel = "Cancel"
    case renew = "Renew"
    case shippedReturn = "ShippedReturn"
    case shippedForward = "ShippedForward"
    case notification = "Notification"
}
