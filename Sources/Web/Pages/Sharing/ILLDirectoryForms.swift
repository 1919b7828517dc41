import Foundation
import ISO18626
import Sharing

/// The administrator's forms on the directory page, as posted, and what each becomes.
enum ILLDirectoryForms {
    /// A peer's entry; secrets left empty keep the ones stored.
    struct PeerForm: Decodable {
        var agencyType: String?
        var agencyValue: String
        var name: String
        var nameZh: String?
        var endpoint: String
        var catalogue: String?
        var services: [String]?
        var loanDays: String?
        var answerHours: String?
        var copyTerms: String?
        var timeZone: String?
        var latitude: String?
        var longitude: String?
        var outgoingAccountID: String?
        var outgoingSecurityCode: String?
        var outgoingToken: String?
        var incomingAccountID: String?
        var incomingSecurityCode: String?
        var peerAccount: String?
        var suspended: String?
        var note: String?
        var tariff: TariffFields

        enum CodingKeys: String, CodingKey {
            case agencyType, agencyValue, name, nameZh, endpoint, catalogue, services, loanDays, answerHours
            case copyTerms, timeZone, latitude, longitude, outgoingAccountID, outgoingSecurityCode, outgoingToken
            case incomingAccountID, incomingSecurityCode, peerAccount, suspended, note
        }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            agencyType = try c.decodeIfPresent(String.self, forKey: .agencyType)
            agencyValue = try c.decodeIfPresent(String.self, forKey: .agencyValue) ?? ""
            name = try c.decodeIfPresent(String.self, forKey: .name) ?? ""
            nameZh = try c.decodeIfPresent(String.self, forKey: .nameZh)
            endpoint = try c.decodeIfPresent(String.self, forKey: .endpoint) ?? ""
            catalogue = try c.decodeIfPresent(String.self, forKey: .catalogue)
            services = try c.decodeIfPresent([String].self, forKey: .services)
            loanDays = try c.decodeIfPresent(String.self, forKey: .loanDays)
            answerHours = try c.decodeIfPresent(String.self, forKey: .answerHours)
            copyTerms = try c.decodeIfPresent(String.self, forKey: .copyTerms)
            timeZone = try c.decodeIfPresent(String.self, forKey: .timeZone)
            latitude = try c.decodeIfPresent(String.self, forKey: .latitude)
            longitude = try c.decodeIfPresent(String.self, forKey: .longitude)
            outgoingAccountID = try c.decodeIfPresent(String.self, forKey: .outgoingAccountID)
            outgoingSecurityCode = try c.decodeIfPresent(String.self, forKey: .outgoingSecurityCode)
            outgoingToken = try c.decodeIfPresent(String.self, forKey: .outgoingToken)
            incomingAccountID = try c.decodeIfPresent(String.self, forKey: .incomingAccountID)
            incomingSecurityCode = try c.decodeIfPresent(String.self, forKey: .incomingSecurityCode)
            peerAccount = try c.decodeIfPresent(String.self, forKey: .peerAccount)
            suspended = try c.decodeIfPresent(String.self, forKey: .suspended)
            note = try c.decodeIfPresent(String.self, forKey: .note)
            tariff = try TariffFields(from: decoder)
        }

        /// The entry to save, on top of the one stored for the same agency (closed days and secrets kept).
        func peer(over stored: Peer?) throws -> Peer {
            let agency = AgencyID(type: BorrowingForm.given(agencyType) ?? "ISIL", value: agencyValue)
            var peer = stored ?? Peer(agency: agency, name: name, endpoint: endpoint)
            peer.agency = agency
            peer.name = name.trimmingCharacters(in: .whitespaces)
            peer.nameZh = BorrowingForm.given(nameZh)
            peer.endpoint = endpoint.trimmingCharacters(in: .whitespaces)
            peer.catalogue = BorrowingForm.given(catalogue)
            peer.services = (services ?? []).compactMap(ServiceType.init(rawValue:))
            peer.loanDays = try ILLDirectoryForms.number(loanDays, "loanDays") ?? peer.loanDays
            peer.answerHours = try ILLDirectoryForms.number(answerHours, "answerHours") ?? peer.answerHours
            peer.copyTerms = BorrowingForm.given(copyTerms)
            peer.timeZone = BorrowingForm.given(timeZone) ?? peer.timeZone
            peer.latitude = BorrowingForm.given(latitude).flatMap(Double.init)
            peer.longitude = BorrowingForm.given(longitude).flatMap(Double.init)
            peer.outgoingAccountID = BorrowingForm.given(outgoingAccountID)
            peer.outgoingSecurityCode = BorrowingForm.given(outgoingSecurityCode) ?? peer.outgoingSecurityCode
            peer.outgoingToken = BorrowingForm.given(outgoingToken) ?? peer.outgoingToken
            peer.incomingAccountID = BorrowingForm.given(incomingAccountID)
            peer.peerAccount = BorrowingForm.given(peerAccount)
            peer.suspended = suspended == "true"
            peer.note = note ?? ""
            peer.tariff = try tariff.tariff()
            return peer
        }
    }

    /// Tariff fields, in currency units (`8.00`), shared by the peer and settings forms.
    struct TariffFields: Decodable {
        var currency: String?
        var loanFee: String?
        var copyFeePerPage: String?
        var minimumCopyFee: String?
        var postage: String?
        var postageBothWays: String?

        func tariff() throws -> LedgerTariff {
            LedgerTariff(
                currency: BorrowingForm.given(currency)?.uppercased() ?? "CNY",
                loanFeeCents: try ILLDirectoryForms.cents(loanFee, "loanFee"),
                copyFeePerPageCents: try ILLDirectoryForms.cents(copyFeePerPage, "copyFeePerPage"),
                minimumCopyFeeCents: try ILLDirectoryForms.cents(minimumCopyFee, "minimumCopyFee"),
                postageCentsPerShipment: try ILLDirectoryForms.cents(postage, "postage"),
                postageBothWays: postageBothWays == "true")
        }
    }

    /// One of our agency ids and the library it names.
    struct AgencyForm: Decodable {
        var type: String?
        var value: String
        var library: String
    }

    /// The settings the page edits; the others keep their stored values.
    struct SettingsForm: Decodable {
        var endpoint: String?
        var autoApprove: String?
        var autoSupply: String?
        var answerHours: String?
        var loanDays: String?
        var documentDays: String?
        var documentOpens: String?
        var currency: String?
        var loanFee: String?
        var copyFeePerPage: String?
        var minimumCopyFee: String?
        var postage: String?
        var postageBothWays: String?

        func settings(over stored: SharingSettings) throws -> SharingSettings {
            var settings = stored
            settings.endpoint = BorrowingForm.given(endpoint)
            settings.autoApprove = autoApprove == "true"
            settings.autoSupply = autoSupply == "true"
            settings.answerHours = try ILLDirectoryForms.number(answerHours, "answerHours") ?? settings.answerHours
            settings.loanDays = try ILLDirectoryForms.number(loanDays, "loanDays") ?? settings.loanDays
            settings.documentDays = try ILLDirectoryForms.number(documentDays, "documentDays") ?? settings.documentDays
            settings.documentOpens =
                try ILLDirectoryForms.number(documentOpens, "documentOpens") ?? settings.documentOpens
            settings.tariff = try TariffFields(
                currency: currency, loanFee: loanFee, copyFeePerPage: copyFeePerPage, minimumCopyFee: minimumCopyFee,
                postage: postage, postageBothWays: postageBothWays
            ).tariff()
            return settings
        }
    }

    /// A whole number from a form field; nil when empty.
    static func number(_ text: String?, _ field: String) throws -> Int? {
        guard let text = BorrowingForm.given(text) else { return nil }
        guard let value = Int(text), value >= 0 else {
            throw SharingRefusal.invalidInput("\(field): \(text) is not a whole number")
        }
        return value
    }

    /// Cents from an amount field; zero when empty.
    static func cents(_ text: String?, _ field: String) throws -> Int {
        guard BorrowingForm.given(text) != nil else { return 0 }
        guard let cents = ILLFormat.cents(text) else {
            throw SharingRefusal.invalidInput("\(field): \(text ?? "") is not an amount like 8.00")
        }
        return cents
    }
}
