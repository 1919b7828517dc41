extension ILLRequest {
    /// Writes the content of `request`, in the XSD sequence.
    func write(to composer: inout XMLComposer) {
        header.write(to: &composer)
        bibliographicInfo.write(to: &composer)
        if let publicationInfo {
            composer.element("publicationInfo") {
                $0.text("publisher", publicationInfo.publisher)
                $0.schemeValue("publicationType", publicationInfo.publicationType)
                $0.text("publicationDate", publicationInfo.publicationDate)
                $0.text("placeOfPublication", publicationInfo.placeOfPublication)
            }
        }
        serviceInfo?.write(to: &composer)
        supplierInfo.forEach { $0.write(to: &composer) }
        for delivery in requestedDeliveryInfo {
            composer.element("requestedDeliveryInfo") {
                $0.integer("sortOrder", delivery.sortOrder)
                $0.address(delivery.address)
            }
        }
        if let requestingAgencyInfo {
            composer.element("requestingAgencyInfo") { composer in
                composer.text("name", requestingAgencyInfo.name)
                composer.text("contactName", requestingAgencyInfo.contactName)
                requestingAgencyInfo.addresses.forEach { composer.address($0) }
            }
        }
        patronInfo?.write(to: &composer)
        billingInfo?.write(to: &composer)
    }
}

extension BibliographicInfo {
    /// Writes `bibliographicInfo`.
    func write(to composer: inout XMLComposer) {
        composer.element("bibliographicInfo") { composer in
            let leading: [(String, String?)] = [
                ("supplierUniqueRecordId", supplierUniqueRecordID), ("title", title), ("author", author),
                ("subtitle", subtitle), ("seriesTitle", seriesTitle), ("edition", edition),
                ("titleOfComponent", titleOfComponent), ("authorOfComponent", authorOfComponent), ("volume", volume),
                ("issue", issue), ("pagesRequested", pagesRequested), ("estimatedNoPages", estimatedNoPages),
            ]
            leading.forEach { composer.text($0.0, $0.1) }
            for itemID in bibliographicItemIDs {
                composer.element("bibliographicItemId") {
                    $0.text("bibliographicItemIdentifier", itemID.identifier)
                    $0.schemeValue("bibliographicItemIdentifierCode", itemID.code)
                }
            }
            composer.text("sponsor", sponsor)
            composer.text("informationSource", informationSource)
            bibliographicRecordIDs.forEach { composer.bibliographicRecordID($0) }
        }
    }
}

extension ServiceInfo {
    /// Writes `serviceInfo`; only the first three request subtypes, the most v1.2 allows.
    func write(to composer: inout XMLComposer) {
        composer.element("serviceInfo") { composer in
            composer.enumeration("requestType", requestType)
            requestSubTypes.prefix(3).forEach { composer.enumeration("requestSubType", $0) }
            composer.text("requestingAgencyPreviousRequestId", requestingAgencyPreviousRequestID)
            composer.enumeration("serviceType", serviceType)
            composer.schemeValue("serviceLevel", serviceLevel)
            composer.schemeValue("preferredFormat", preferredFormat)
            composer.date("needBeforeDate", needBeforeDate)
            composer.schemeValue("copyrightCompliance", copyrightCompliance)
            composer.yesNo("anyEdition", anyEdition)
            composer.date("startDate", startDate)
            composer.date("endDate", endDate)
            composer.text("note", note)
        }
    }
}

extension SupplierInfo {
    /// Writes `supplierInfo`.
    func write(to composer: inout XMLComposer) {
        composer.element("supplierInfo") {
            $0.integer("sortOrder", sortOrder)
            $0.agency("supplierCode", supplierCode)
            $0.text("supplierDescription", supplierDescription)
            $0.bibliographicRecordID(bibliographicRecordID)
            $0.text("callNumber", callNumber)
            $0.text("summaryHoldings", summaryHoldings)
            $0.text("availabilityNote", availabilityNote)
        }
    }
}

extension PatronInfo {
    /// Writes `patronInfo`.
    func write(to composer: inout XMLComposer) {
        composer.element("patronInfo") { composer in
            composer.text("patronId", patronID)
            composer.text("surname", surname)
            composer.text("givenName", givenName)
            composer.schemeValue("patronType", patronType)
            composer.yesNo("sendToPatron", sendToPatron)
            addresses.forEach { composer.address($0) }
        }
    }
}

extension BillingInfo {
    /// Writes `billingInfo`.
    func write(to composer: inout XMLComposer) {
        composer.element("billingInfo") {
            $0.schemeValue("paymentMethod", paymentMethod)
            $0.costs("maximumCosts", maximumCosts)
            $0.schemeValue("billingMethod", billingMethod)
            $0.text("billingName", billingName)
            $0.address(address)
        }
    }
}
