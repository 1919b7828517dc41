import Circulation
import Foundation
import PinakesCore

extension CirculationKiosk {
    public func feePaid(
        card: String, password: String?, amount: Decimal, currency: String, feeType: SIP2FeeType,
        paymentType: SIP2PaymentType, feeIdentifier: String?, transactionID: String?, session: SIP2Session
    ) async throws -> SIP2FeePayment {
        do {
            let code = currency.trimmingCharacters(in: .whitespaces).uppercased()
            if !code.isEmpty, code != Self.currency { throw KioskRefusal.currency(code) }
            _ = try await reader(card: card, password: password)
            throw CirculationRefusal.invalidAmount
        } catch {
            return SIP2FeePayment(accepted: false, screenMessage: [try refusalMessage(error)])
        }
    }
}
