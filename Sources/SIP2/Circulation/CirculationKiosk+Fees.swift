import Circulation
import Foundation
import PinakesCore

extension CirculationKiosk {
    /// Fee paid (37): the payment is put against the reader's oldest fines, as at the desk.
    public func feePaid(
        card: String, password: String?, amount: Decimal, currency: String, feeType: SIP2FeeType,
        paymentType: SIP2PaymentType, feeIdentifier: String?, transactionID: String?, session: SIP2Session
    ) async throws -> SIP2FeePayment {
        do {
            let code = currency.trimmingCharacters(in: .whitespaces).uppercased()
            if !code.isEmpty, code != Self.currency { throw KioskRefusal.currency(code) }
            let reader = try await reader(card: card, password: password)
            let cents = NSDecimalNumber(decimal: amount * 100).rounding(accordingToBehavior: nil).intValue
            let library = try? await libraryCode(session)
            let note =
                "SIP2 fee paid (payment type \(paymentType.rawValue))" + (transactionID.map { ", kiosk \($0)" } ?? "")
            let receipt = try await desk.pay(
                reader: reader.id, amountCents: cents, library: library, actor: actor(session), note: note)
            return SIP2FeePayment(
                accepted: true, transactionID: receipt.receiptNumber,
                screenMessage: [
                    say(.paymentAccepted(cents: receipt.amountCents, owedAfterCents: receipt.owedAfterCents))
                ])
        } catch {
            return SIP2FeePayment(accepted: false, screenMessage: [try refusalMessage(error)])
        }
    }
}
