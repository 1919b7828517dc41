extension XMLComposer {
    /// A `type_agencyId` element.
    mutating func agency(_ name: String, _ agency: AgencyID?) {
        guard let agency else { return }
        element(name) {
            $0.text("agencyIdType", agency.type)
            $0.text("agencyIdValue", agency.value)
        }
    }

    /// A `type_costs` element; the amount is written in plain decimal notation.
    mutating func costs(_ name: String, _ costs: Costs?) {
        guard let costs else { return }
        element(name) {
            $0.text("currencyCode", costs.currencyCode)
            $0.text("monetaryValue", "\(costs.monetaryValue)")
        }
    }

    /// An `address` element.
    mutating func address(_ address: Address?) {
        guard let address else { return }
        element("address") { composer in
            switch address {
            case .electronic(let electronic):
                composer.element("electronicAddress") {
                    $0.schemeValue("electronicAddressType", electronic.type)
                    $0.text("electronicAddressData", electronic.data)
                }
            case .physical(let physical):
                composer.physicalAddress(physical)
            }
        }
    }

    /// A `physicalAddress` element.
    mutating func physicalAddress(_ address: PhysicalAddress?) {
        guard let address else { return }
        element("physicalAddress") {
            $0.text("line1", address.line1)
            $0.text("line2", address.line2)
            $0.text("locality", address.locality)
            $0.text("postalCode", address.postalCode)
            $0.schemeValue("region", address.region)
            $0.schemeValue("country", address.country)
        }
    }

    /// A `bibliographicRecordId` element.
    mutating func bibliographicRecordID(_ recordID: BibliographicRecordID?) {
        guard let recordID else { return }
        element("bibliographicRecordId") {
            $0.schemeValue("bibliographicRecordIdentifierCode", recordID.code)
            $0.text("bibliographicRecordIdentifier", recordID.identifier)
        }
    }

    /// An `errorData` element.
    mutating func errorData(_ errorData: ErrorData?) {
        guard let errorData else { return }
        element("errorData") {
            $0.enumeration("errorType", errorData.errorType)
            $0.text("errorValue", errorData.errorValue)
        }
    }
}

extension MessageHeader {
    /// Writes the `header` element; `multipleItemRequestId` is always present, empty when `nil`.
    func write(to composer: inout XMLComposer) {
        composer.element("header") {
            $0.agency("supplyingAgencyId", supplyingAgency)
            $0.agency("requestingAgencyId", requestingAgency)
            $0.text("multipleItemRequestId", multipleItemRequestID ?? "")
            $0.date("timestamp", timestamp)
            $0.text("requestingAgencyRequestId", requestingAgencyRequestID)
            $0.text("supplyingAgencyRequestId", supplyingAgencyRequestID)
            if let authentication {
                $0.element("requestingAgencyAuthentication") {
                    $0.text("accountId", authentication.accountID)
                    $0.text("securityCode", authentication.securityCode)
                }
            }
        }
    }
}

extension ConfirmationHeader {
    /// Writes the `confirmationHeader` element.
    func write(to composer: inout XMLComposer) {
        composer.element("confirmationHeader") {
            $0.agency("supplyingAgencyId", supplyingAgency)
            $0.agency("requestingAgencyId", requestingAgency)
            $0.date("timestamp", timestamp)
            $0.text("requestingAgencyRequestId", requestingAgencyRequestID)
            $0.text("multipleItemRequestId", multipleItemRequestID)
            $0.date("timestampReceived", timestampReceived)
            $0.enumeration("messageStatus", messageStatus)
        }
    }
}

extension RequestConfirmation {
    /// Writes the content of `requestConfirmation`.
    func write(to composer: inout XMLComposer) {
        confirmationHeader.write(to: &composer)
        composer.errorData(errorData)
    }
}

extension SupplyingAgencyMessageConfirmation {
    /// Writes the content of `supplyingAgencyMessageConfirmation`.
    func write(to composer: inout XMLComposer) {
        confirmationHeader.write(to: &composer)
        composer.enumeration("reasonForMessage", reasonForMessage)
        composer.errorData(errorData)
    }
}

extension RequestingAgencyMessageConfirmation {
    /// Writes the content of `requestingAgencyMessageConfirmation`.
    func write(to composer: inout XMLComposer) {
        confirmationHeader.write(to: &composer)
        composer.enumeration("action", action)
        composer.errorData(errorData)
    }
}
