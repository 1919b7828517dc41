/// What is asked for: the item itself on loan, a copy of part of it, or either (ISO 18626 `type_serviceType`).
public enum ServiceType: String, CaseIterable, Sendable, Codable, Hashable {
    case copy = "Copy"
    case loan = "Loan"
    case copyOrLoan = "CopyOrLoan"
}
