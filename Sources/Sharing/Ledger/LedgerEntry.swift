import Foundation
import ISO18626

/// One booked line of the ledger (`ill_ledger`): what one agency owes another for one request.
public struct LedgerEntry: Sendable, Hashable, Codable {
    /// Row id.
    public var id: Int64
    /// When it was booked.
    public var bookedAt: Date
    /// The requesting agency's request id (ISO 18626 `requestingAgencyRequestId`).
    public var requestID: String
    /// The supplying agency, owed the amount.
    public var lender: AgencyID
    /// The requesting agency, owing the amount.
    public var borrower: AgencyID
    /// The service supplied.
    public var service: ServiceType
    /// What the amount is for.
    public var kind: LedgerChargeKind
    /// Amount in cents of `currency`.
    public var amountCents: Int
    /// ISO 4217 code.
    public var currency: String
    /// Line text.
    public var description: String

    /// An entry.
    public init(
        id: Int64, bookedAt: Date, requestID: String, lender: AgencyID, borrower: AgencyID, service: ServiceType,
        kind: LedgerChargeKind, amountCents: Int, currency: String, description: String = ""
    ) {
        self.id = id
        self.bookedAt = bookedAt
        self.requestID = requestID
        self.lender = lender
        self.borrower = borrower
        self.service = service
        self.kind = kind
        self.amountCents = amountCents
        self.currency = currency
        self.description = description
    }

    /// An entry booking `charge` for a request between two agencies.
    public init(
        id: Int64, bookedAt: Date, requestID: String, lender: AgencyID, borrower: AgencyID, service: ServiceType,
        charge: LedgerCharge
    ) {
        self.init(
            id: id, bookedAt: bookedAt, requestID: requestID, lender: lender, borrower: borrower, service: service,
            kind: charge.kind, amountCents: charge.amountCents, currency: charge.currency,
            description: charge.description)
    }

    /// Whether the entry is for a copy (document delivery) rather than a loan.
    public var isCopy: Bool { service == .copy || kind == .copyFee }
}
