import Foundation
import PinakesCore

/// A registration, from the desk or from the reader online.
public struct NewReader: Sendable, Hashable, Codable {
    public var name: String
    public var category: ReaderCategory
    /// The code of the library the reader calls home (where holds are picked up by default).
    public var homeLibrary: String
    public var email: String?
    public var phone: String?
    /// A card number from a pre-printed card; nil lets Pinakes number the card.
    public var cardNumber: String?
    /// The card's last day; nil uses the consortium's card validity.
    public var validThrough: LocalDate?
    /// A PIN for kiosks (SIP2 `AD`), digits only.
    public var pin: String?
    public var keepHistory: Bool

    public init(
        name: String, category: ReaderCategory, homeLibrary: String, email: String? = nil, phone: String? = nil,
        cardNumber: String? = nil, validThrough: LocalDate? = nil, pin: String? = nil, keepHistory: Bool = false
    ) {
        self.name = name
        self.category = category
        self.homeLibrary = homeLibrary
        self.email = email
        self.phone = phone
        self.cardNumber = cardNumber
        self.validThrough = validThrough
        self.pin = pin
        self.keepHistory = keepHistory
    }

    /// Problems with the registration, in words; empty when it can be stored.
    public var problems: [String] {
        var problems: [String] = []
        if name.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("name is empty") }
        if let email, !email.isEmpty, !email.contains("@") { problems.append("e-mail address \(email) has no @") }
        if let card = cardNumber, card.isEmpty || card.count > 32 || card.contains(where: { $0.isWhitespace }) {
            problems.append("card number must be 1–32 characters without spaces")
        }
        if let pin, pin.count < 4 || pin.count > 12 || !pin.allSatisfy(\.isASCII) || !pin.allSatisfy(\.isNumber) {
            problems.append("PIN must be 4–12 digits")
        }
        return problems
    }
}
