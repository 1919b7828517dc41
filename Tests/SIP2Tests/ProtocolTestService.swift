import Foundation
import SIP2
import Synchronization

/// A `SIP2Service` made only for the protocol tests: a kiosk account, two cards and three items in memory,
/// and a log of the calls that changed something, so tests can check that refused messages changed nothing.
/// It is not a circulation implementation.
final class ProtocolTestService: SIP2Service {
    let changes = Mutex<[String]>([])
    private let loans = Mutex<[String: String]>(["B0002": "P0001"])
    static let titles = ["B0001": "红楼梦", "B0002": "Moby Dick", "B0003": "Don Quixote"]

    func authenticate(user: String, password: String, location: String?) async throws -> Bool {
        user == "kiosk" && password == "secret"
    }

    func status(session: SIP2Session) async throws -> SIP2ACSStatus {
        SIP2ACSStatus(libraryName: "Suzhou Library", terminalLocation: session.location)
    }

    func patronStatus(card: String, password: String?, session: SIP2Session) async throws -> SIP2PatronStanding {
        guard card == "P0001" else {
            return SIP2PatronStanding(
                card: card, valid: false, name: "", status: [.chargePrivilegesDenied],
                screenMessage: ["Unknown card"])
        }
        return SIP2PatronStanding(card: card, valid: true, name: "李华", passwordValid: password.map { $0 == "1234" })
    }

    func patronInformation(
        card: String, password: String?, summary: SIP2Summary?, range: ClosedRange<Int>, session: SIP2Session
    ) async throws -> SIP2PatronInformation {
        let standing = try await patronStatus(card: card, password: password, session: session)
        let charged = loans.withLock { $0.filter { $0.value == card }.keys.sorted() }
        let items = summary == .chargedItems ? Array(charged.dropFirst(range.lowerBound - 1).prefix(range.count)) : []
        return SIP2PatronInformation(standing: standing, chargedCount: charged.count, items: items)
    }

    func checkout(
        card: String, barcode: String, password: String?, feeAcknowledged: Bool, noBlock: Bool,
        noBlockDueDate: Date?, cancel: Bool, session: SIP2Session
    ) async throws -> SIP2LoanOutcome {
        guard let title = Self.titles[barcode] else {
            return SIP2LoanOutcome(ok: false, card: card, barcode: barcode, screenMessage: ["Unknown item"])
        }
        let taken = loans.withLock { loans in
            if loans[barcode] != nil { return true }
            loans[barcode] = card
            return false
        }
        if taken {
            return SIP2LoanOutcome(ok: false, card: card, barcode: barcode, title: title, screenMessage: ["On loan"])
        }
        changes.withLock { $0.append("checkout \(barcode) \(card)") }
        return SIP2LoanOutcome(
            ok: true, renewalOK: true, card: card, barcode: barcode, title: title,
            dueDate: Date(timeIntervalSince1970: 1_711_900_800))
    }

    func checkin(
        barcode: String, location: String?, returnedAt: Date?, noBlock: Bool, cancel: Bool, session: SIP2Session
    ) async throws -> SIP2CheckinOutcome {
        let card = loans.withLock { $0.removeValue(forKey: barcode) }
        guard let card else {
            return SIP2CheckinOutcome(ok: false, barcode: barcode, screenMessage: ["Not on loan"])
        }
        changes.withLock { $0.append("checkin \(barcode) at \(location ?? "?")") }
        var outcome = SIP2CheckinOutcome(ok: true, barcode: barcode, permanentLocation: "CENTRAL")
        outcome.card = card
        return outcome
    }

    func renew(
        card: String, barcode: String?, title: String?, password: String?, feeAcknowledged: Bool,
        session: SIP2Session
    ) async throws -> SIP2LoanOutcome {
        SIP2LoanOutcome(ok: false, card: card, barcode: barcode ?? "", screenMessage: ["Another reader holds it"])
    }

    func renewAll(card: String, password: String?, feeAcknowledged: Bool, session: SIP2Session) async throws
        -> SIP2RenewAllOutcome
    {
        SIP2RenewAllOutcome(ok: true, renewed: ["B0002"])
    }

    func itemInformation(barcode: String, session: SIP2Session) async throws -> SIP2ItemInformation {
        struct Broken: Error {}
        if barcode == "BOOM" { throw Broken() }
        let onLoan = loans.withLock { $0[barcode] != nil }
        return SIP2ItemInformation(
            barcode: barcode, title: Self.titles[barcode] ?? "", circulationStatus: onLoan ? .charged : .available)
    }

    func feePaid(
        card: String, password: String?, amount: Decimal, currency: String, feeType: SIP2FeeType,
        paymentType: SIP2PaymentType, feeIdentifier: String?, transactionID: String?, session: SIP2Session
    ) async throws -> SIP2FeePayment {
        changes.withLock { $0.append("paid \(amount) \(currency) \(card)") }
        return SIP2FeePayment(accepted: true, transactionID: "R1")
    }

    func endSession(card: String, password: String?, session: SIP2Session) async throws -> SIP2SessionEnd {
        SIP2SessionEnd(ended: true)
    }
}
