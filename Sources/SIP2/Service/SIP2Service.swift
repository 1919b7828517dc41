import Foundation

/// What the circulation layer provides to kiosks, in library terms: cards, barcodes, dates and amounts in,
/// typed outcomes with the screen message (AF) and print lines (AG) out.
///
/// The SIP2 layer handles framing, checksums, login gating and fixed fields; an implementation answers the
/// question and says why in `screenMessage`, in the patron's language. A thrown error is logged and shown
/// to the patron as a generic refusal, so expected refusals (unknown card, blocked item) are outcomes with
/// `ok == false`, not errors. Implementations must change nothing when they refuse.
public protocol SIP2Service: Sendable {
    /// Login (93): whether the kiosk account `user` with `password` may use SIP2 at `location`.
    func authenticate(user: String, password: String, location: String?) async throws -> Bool
    /// SC status (99): what the ACS can do now.
    func status(session: SIP2Session) async throws -> SIP2ACSStatus
    /// Patron status (23): whether the card is valid, the PIN correct, and what the patron may do.
    func patronStatus(card: String, password: String?, session: SIP2Session) async throws -> SIP2PatronStanding
    /// Patron information (63): standing, counts, limits and the asked-for list, items `range` (1-based).
    func patronInformation(
        card: String, password: String?, summary: SIP2Summary?, range: ClosedRange<Int>, session: SIP2Session
    ) async throws -> SIP2PatronInformation
    /// Checkout (11). `noBlockDueDate` is set when the kiosk already lent the item off-line; `cancel` undoes
    /// a checkout the kiosk could not finish.
    func checkout(
        card: String, barcode: String, password: String?, feeAcknowledged: Bool, noBlock: Bool,
        noBlockDueDate: Date?, cancel: Bool, session: SIP2Session
    ) async throws -> SIP2LoanOutcome
    /// Checkin (09) at `location` (AP, else the login location); `returnedAt` for off-line returns.
    func checkin(
        barcode: String, location: String?, returnedAt: Date?, noBlock: Bool, cancel: Bool, session: SIP2Session
    ) async throws -> SIP2CheckinOutcome
    /// Renew (29) one loan named by barcode or title.
    func renew(
        card: String, barcode: String?, title: String?, password: String?, feeAcknowledged: Bool,
        session: SIP2Session
    ) async throws -> SIP2LoanOutcome
    /// Renew all (65).
    func renewAll(card: String, password: String?, feeAcknowledged: Bool, session: SIP2Session) async throws
        -> SIP2RenewAllOutcome
    /// Item information (17).
    func itemInformation(barcode: String, session: SIP2Session) async throws -> SIP2ItemInformation
    /// Fee paid (37): record a payment of `amount` in `currency`.
    func feePaid(
        card: String, password: String?, amount: Decimal, currency: String, feeType: SIP2FeeType,
        paymentType: SIP2PaymentType, feeIdentifier: String?, transactionID: String?, session: SIP2Session
    ) async throws -> SIP2FeePayment
    /// End patron session (35).
    func endSession(card: String, password: String?, session: SIP2Session) async throws -> SIP2SessionEnd
}
