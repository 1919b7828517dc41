extension ILLRequest {
    /// Decodes a `request`.
    init(wire: WireElement) throws(WireProblem) {
        self.init(
            header: try MessageHeader(wire: try wire.required("header")),
            bibliographicInfo: try BibliographicInfo(wire: try wire.required("bibliographicInfo")),
            publicationInfo: wire.optional("publicationInfo").map(PublicationInfo.init(wire:)),
            serviceInfo: try wire.optional("serviceInfo").map { element throws(WireProblem) in
                try ServiceInfo(wire: element)
            },
            supplierInfo: try wire.all("supplierInfo").map { element throws(WireProblem) in
                try SupplierInfo(wire: element)
            },
            requestedDeliveryInfo: try wire.all("requestedDeliveryInfo").map { element throws(WireProblem) in
                RequestedDeliveryInfo(
                    sortOrder: try element.integer("sortOrder"),
                    address: try element.optional("address").map { address throws(WireProblem) in
                        try Address(wire: address)
                    })
            },
            requestingAgencyInfo: try wire.optional("requestingAgencyInfo").map { element throws(WireProblem) in
                RequestingAgencyInfo(
                    name: element.string("name"), contactName: element.string("contactName"),
                    addresses: try element.addresses())
            },
            patronInfo: try wire.optional("patronInfo").map { element throws(WireProblem) in
                try PatronInfo(wire: element)
            },
            billingInfo: try wire.optional("billingInfo").map { element throws(WireProblem) in
                try BillingInfo(wire: element)
            })
    }
}

extension BibliographicInfo {
    /// Decodes a `bibliographicInfo`.
    init(wire: WireElement) throws(WireProblem) {
        self.init(
            supplierUniqueRecordID: wire.string("supplierUniqueRecordId"), title: wire.string("title"),
            author: wire.string("author"), subtitle: wire.string("subtitle"), seriesTitle: wire.string("seriesTitle"),
            edition: wire.string("edition"), titleOfComponent: wire.string("titleOfComponent"),
            authorOfComponent: wire.string("authorOfComponent"), volume: wire.string("volume"),
            issue: wire.string("issue"), pagesRequested: wire.string("pagesRequested"),
            estimatedNoPages: wire.string("estimatedNoPages"),
            bibliographicItemIDs: try wire.all("bibliographicItemId").map { element throws(WireProblem) in
                BibliographicItemID(
                    identifier: try element.requiredString("bibliographicItemIdentifier"),
                    code: try element.required("bibliographicItemIdentifierCode").schemeValue)
            },
            sponsor: wire.string("sponsor"), informationSource: wire.string("informationSource"),
            bibliographicRecordIDs: try wire.all("bibliographicRecordId").map { element throws(WireProblem) in
                try BibliographicRecordID(wire: element)
            })
    }
}

extension PublicationInfo {
    /// Decodes a `publicationInfo`.
    init(wire: WireElement) {
        self.init(
            publisher: wire.string("publisher"), publicationType: wire.schemeValue("publicationType"),
            publicationDate: wire.string("publicationDate"), placeOfPublication: wire.string("placeOfPublication"))
    }
}

extension ServiceInfo {
    /// Decodes a `serviceInfo`.
    init(wire: WireElement) throws(WireProblem) {
        self.init(
            requestType: try wire.enumeration("requestType", as: RequestType.self),
            requestSubTypes: try wire.all("requestSubType").map { element throws(WireProblem) in
                try element.enumerationValue(as: RequestSubType.self)
            },
            requestingAgencyPreviousRequestID: wire.string("requestingAgencyPreviousRequestId"),
            serviceType: try wire.required("serviceType").enumerationValue(as: ServiceType.self),
            serviceLevel: wire.schemeValue("serviceLevel"), preferredFormat: wire.schemeValue("preferredFormat"),
            needBeforeDate: try wire.date("needBeforeDate"),
            copyrightCompliance: wire.schemeValue("copyrightCompliance"), anyEdition: try wire.yesNo("anyEdition"),
            startDate: try wire.date("startDate"), endDate: try wire.date("endDate"), note: wire.string("note"))
    }
}

extension SupplierInfo {
    /// Decodes a `supplierInfo` (often sent empty).
    init(wire: WireElement) throws(WireProblem) {
        self.init(
            sortOrder: try wire.integer("sortOrder"), supplierCode: try wire.agency("supplierCode"),
            supplierDescription: wire.string("supplierDescription"),
            bibliographicRecordID: try wire.optional("bibliographicRecordId").map { element throws(WireProblem) in
                try BibliographicRecordID(wire: element)
            },
            callNumber: wire.string("callNumber"), summaryHoldings: wire.string("summaryHoldings"),
            availabilityNote: wire.string("availabilityNote"))
    }
}

extension PatronInfo {
    /// Decodes a `patronInfo`.
    init(wire: WireElement) throws(WireProblem) {
        self.init(
            patronID: wire.string("patronId"), surname: wire.string("surname"), givenName: wire.string("givenName"),
            patronType: wire.schemeValue("patronType"), sendToPatron: try wire.yesNo("sendToPatron"),
            addresses: try wire.addresses())
    }
}

extension BillingInfo {
    /// Decodes a `billingInfo`.
    init(wire: WireElement) throws(WireProblem) {
        self.init(
            paymentMethod: wire.schemeValue("paymentMethod"), maximumCosts: try wire.costs("maximumCosts"),
            billingMethod: wire.schemeValue("billingMethod"), billingName: wire.string("billingName"),
            address: try wire.optional("address").map { element throws(WireProblem) in try Address(wire: element) })
    }
}
