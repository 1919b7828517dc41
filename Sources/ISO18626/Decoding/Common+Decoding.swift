import Foundation

extension AgencyID {
    /// Decodes a `type_agencyId` (the `agencyIdType`'s scheme attribute, if any, is not kept).
    init(wire: WireElement) throws(WireProblem) {
        self.init(type: try wire.requiredString("agencyIdType"), value: try wire.requiredString("agencyIdValue"))
    }
}

extension Costs {
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// Decodes a `type_costs`.
    init(wire: WireElement) throws(WireProblem) {
        let amount = try wire.required("monetaryValue")
        guard let value = Decimal(string: amount.token, locale: Self.posix) else { throw amount.invalid("xs:decimal") }
        self.init(currencyCode: try wire.required("currencyCode").token, monetaryValue: value)
    }
}

extension WireElement {
    /// A `type_agencyId` child.
    func agency(_ name: String) throws(WireProblem) -> AgencyID? {
        try optional(name).map { element throws(WireProblem) in try AgencyID(wire: element) }
    }

    /// A `type_costs` child.
    func costs(_ name: String) throws(WireProblem) -> Costs? {
        try optional(name).map { element throws(WireProblem) in try Costs(wire: element) }
    }

    /// Every `address` child.
    func addresses() throws(WireProblem) -> [Address] {
        try all("address").map { element throws(WireProblem) in try Address(wire: element) }
    }
}

extension Address {
    /// Decodes an `address`, a choice of electronic or physical.
    init(wire: WireElement) throws(WireProblem) {
        if let electronic = wire.optional("electronicAddress") {
            self = .electronic(
                ElectronicAddress(
                    type: try electronic.required("electronicAddressType").schemeValue,
                    data: try electronic.requiredString("electronicAddressData")))
        } else {
            self = .physical(PhysicalAddress(wire: try wire.required("physicalAddress")))
        }
    }
}

extension PhysicalAddress {
    /// Decodes a `physicalAddress`.
    init(wire: WireElement) {
        self.init(
            line1: wire.string("line1"), line2: wire.string("line2"), locality: wire.string("locality"),
            postalCode: wire.string("postalCode"), region: wire.schemeValue("region"),
            country: wire.schemeValue("country"))
    }
}

extension MessageHeader {
    /// Decodes a `header`; an empty `multipleItemRequestId` reads as `nil`.
    init(wire: WireElement) throws(WireProblem) {
        let authentication = wire.optional("requestingAgencyAuthentication").map {
            RequestingAgencyAuthentication(accountID: $0.string("accountId"), securityCode: $0.string("securityCode"))
        }
        self.init(
            supplyingAgency: try AgencyID(wire: try wire.required("supplyingAgencyId")),
            requestingAgency: try AgencyID(wire: try wire.required("requestingAgencyId")),
            multipleItemRequestID: wire.string("multipleItemRequestId").flatMap { $0.isEmpty ? nil : $0 },
            timestamp: try wire.requiredDate("timestamp"),
            requestingAgencyRequestID: try wire.requiredString("requestingAgencyRequestId"),
            supplyingAgencyRequestID: wire.string("supplyingAgencyRequestId"), authentication: authentication)
    }
}

extension BibliographicRecordID {
    /// Decodes a `bibliographicRecordId`.
    init(wire: WireElement) throws(WireProblem) {
        self.init(
            code: try wire.required("bibliographicRecordIdentifierCode").schemeValue,
            identifier: try wire.requiredString("bibliographicRecordIdentifier"))
    }
}
