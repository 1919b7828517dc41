extension SupplyingAgencyMessage {
    /// Writes the content of `supplyingAgencyMessage`, in the XSD sequence.
    func write(to composer: inout XMLComposer) {
        header.write(to: &composer)
        composer.element("messageInfo") { [messageInfo] in
            $0.enumeration("reasonForMessage", messageInfo.reasonForMessage)
            $0.yesNo("answerYesNo", messageInfo.answerYesNo)
            $0.text("note", messageInfo.note)
            $0.schemeValue("reasonUnfilled", messageInfo.reasonUnfilled)
            $0.schemeValue("reasonRetry", messageInfo.reasonRetry)
            $0.costs("offeredCosts", messageInfo.offeredCosts)
            $0.date("retryAfter", messageInfo.retryAfter)
            $0.date("retryBefore", messageInfo.retryBefore)
        }
        composer.element("statusInfo") { [statusInfo] in
            $0.enumeration("status", statusInfo.status)
            $0.date("expectedDeliveryDate", statusInfo.expectedDeliveryDate)
            $0.date("dueDate", statusInfo.dueDate)
            $0.date("lastChange", statusInfo.lastChange)
        }
        if let deliveryInfo {
            composer.element("deliveryInfo") {
                $0.date("dateSent", deliveryInfo.dateSent)
                $0.text("itemId", deliveryInfo.itemID)
                $0.schemeValue("sentVia", deliveryInfo.sentVia)
                $0.boolean("sentToPatron", deliveryInfo.sentToPatron)
                $0.schemeValue("loanCondition", deliveryInfo.loanCondition)
                $0.schemeValue("deliveredFormat", deliveryInfo.deliveredFormat)
                $0.costs("deliveryCosts", deliveryInfo.deliveryCosts)
            }
        }
        if let returnInfo {
            composer.element("returnInfo") {
                $0.agency("returnAgencyId", returnInfo.returnAgencyID)
                $0.text("name", returnInfo.name)
                $0.physicalAddress(returnInfo.physicalAddress)
            }
        }
    }
}

extension RequestingAgencyMessage {
    /// Writes the content of `requestingAgencyMessage`.
    func write(to composer: inout XMLComposer) {
        header.write(to: &composer)
        composer.enumeration("action", action)
        composer.text("note", note)
    }
}
