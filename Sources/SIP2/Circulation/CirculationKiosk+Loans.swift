import Circulation
import Foundation
import PinakesCore

extension CirculationKiosk {
    public func checkout(
        card: String, barcode: String, password: String?, feeAcknowledged: Bool, noBlock: Bool,
        noBlockDueDate: Date?, cancel: Bool, session: SIP2Session
    ) async throws -> SIP2LoanOutcome {
        do {
            if cancel { throw KioskRefusal.cancelNotSupported }
            _ = try await reader(card: card, password: password)
            let library = try await libraryCode(session)
            let receipt = try await desk.checkout(card: card, barcode: barcode, library: library, actor: actor(session))
            var outcome = SIP2LoanOutcome(
                ok: true, card: receipt.card, barcode: receipt.barcode, title: receipt.title,
                dueDate: Date(timeIntervalSince1970: TimeInterval(receipt.dueAt)),
                screenMessage: [say(.checkedOut(title: receipt.title, due: dayText(receipt.dueAt)))])
            outcome.mediaType = .book
            outcome.transactionID = receipt.loan.description
            return outcome
        } catch {
            return SIP2LoanOutcome(ok: false, card: card, barcode: barcode, screenMessage: [try refusalMessage(error)])
        }
    }

    public func renew(
        card: String, barcode: String?, title: String?, password: String?, feeAcknowledged: Bool,
        session: SIP2Session
    ) async throws -> SIP2LoanOutcome {
        do {
            let reader = try await reader(card: card, password: password)
            let loanBarcode = try await barcodeToRenew(barcode: barcode, title: title, reader: reader)
            let receipt = try await desk.renew(barcode: loanBarcode, reader: reader.id, actor: actor(session))
            var outcome = SIP2LoanOutcome(
                ok: true, renewalOK: receipt.renewalsLeft > 0, card: reader.cardNumber ?? card,
                barcode: receipt.barcode, title: receipt.title,
                dueDate: Date(timeIntervalSince1970: TimeInterval(receipt.dueAt)),
                screenMessage: [say(.renewed(title: receipt.title, due: dayText(receipt.dueAt)))])
            outcome.mediaType = .book
            outcome.transactionID = receipt.loan.description
            return outcome
        } catch {
            return SIP2LoanOutcome(
                ok: false, card: card, barcode: barcode ?? "", title: title ?? "",
                screenMessage: [try refusalMessage(error)])
        }
    }

    public func renewAll(card: String, password: String?, feeAcknowledged: Bool, session: SIP2Session) async throws
        -> SIP2RenewAllOutcome
    {
        do {
            let reader = try await reader(card: card, password: password)
            let attempts = try await desk.renewAll(reader: reader.id, actor: actor(session))
            var renewed: [String] = []
            var unrenewed: [String] = []
            var reasons: [String] = []
            for attempt in attempts {
                switch attempt.result {
                case .success: renewed.append(attempt.barcode)
                case .failure(let refusal):
                    unrenewed.append(attempt.barcode)
                    reasons.append("\(attempt.barcode): \(say(.refusal(refusal)))")
                }
            }
            return SIP2RenewAllOutcome(
                ok: true, renewed: renewed, unrenewed: unrenewed,
                screenMessage: [say(.renewedAll(renewed: renewed.count, refused: unrenewed.count))] + reasons)
        } catch {
            return SIP2RenewAllOutcome(ok: false, screenMessage: [try refusalMessage(error)])
        }
    }

    /// The barcode of the loan to renew: the one given (AB), else the reader's loan with the title given (AJ).
    private func barcodeToRenew(barcode: String?, title: String?, reader: ReaderProfile) async throws -> String {
        if let barcode, !barcode.trimmingCharacters(in: .whitespaces).isEmpty { return barcode }
        let wanted = (title ?? "").trimmingCharacters(in: .whitespaces)
        let loans = try await desk.account(of: reader.id).loans
        guard !wanted.isEmpty, let loan = loans.first(where: { $0.title == wanted }) else {
            throw KioskRefusal.noLoanWithTitle(wanted)
        }
        return loan.barcode
    }
}
