import Foundation

extension SIP2Responder {
    func patronInformation(_ message: SIP2PatronInformationRequest, session: SIP2Session) async throws
        -> SIP2Response
    {
        let start = max(1, message.startItem ?? 1)
        let end = max(start, message.endItem ?? start + 9)
        let info = try await service.patronInformation(
            card: message.patronIdentifier, password: message.patronPassword, summary: message.summary,
            range: start...end, session: session)
        let status = patronStatus(info.standing, institution: message.institutionID)
        var response = SIP2PatronInformationResponse(
            patronStatus: status.patronStatus, transactionDate: status.transactionDate,
            institutionID: status.institutionID, patronIdentifier: status.patronIdentifier,
            personalName: status.personalName)
        response.language = status.language
        response.holdItemsCount = info.holdCount
        response.overdueItemsCount = info.overdueCount
        response.chargedItemsCount = info.chargedCount
        response.fineItemsCount = info.fineCount
        response.recallItemsCount = info.recallCount
        response.unavailableHoldsCount = info.unavailableHoldCount
        response.holdItemsLimit = info.holdLimit
        response.overdueItemsLimit = info.overdueLimit
        response.chargedItemsLimit = info.chargedLimit
        response.feeLimit = info.feeLimit.map(Self.amount)
        response.validPatron = status.validPatron
        response.validPatronPassword = status.validPatronPassword
        response.currencyType = status.currencyType
        response.feeAmount = status.feeAmount
        switch message.summary {
        case .holdItems: response.holdItems = info.items
        case .overdueItems: response.overdueItems = info.items
        case .chargedItems: response.chargedItems = info.items
        case .fineItems: response.fineItems = info.items
        case .recallItems: response.recallItems = info.items
        case .unavailableHolds: response.unavailableHoldItems = info.items
        case nil: break
        }
        response.homeAddress = info.homeAddress
        response.emailAddress = info.email
        response.homePhone = info.phone
        response.screenMessage = status.screenMessage
        response.printLine = status.printLine
        return .patronInformation(response)
    }

    func checkout(_ message: SIP2CheckoutRequest, session: SIP2Session) async throws -> SIP2Response {
        let outcome = try await service.checkout(
            card: message.patronIdentifier, barcode: message.itemIdentifier, password: message.patronPassword,
            feeAcknowledged: message.feeAcknowledged ?? false, noBlock: message.noBlock,
            noBlockDueDate: message.noBlockDueDate?.date(localTimeZone: configuration.timeZone),
            cancel: message.cancel ?? false, session: session)
        return .loan(loan(outcome, code: .checkoutResponse, institution: message.institutionID))
    }

    func renew(_ message: SIP2RenewRequest, session: SIP2Session) async throws -> SIP2Response {
        let outcome = try await service.renew(
            card: message.patronIdentifier, barcode: message.itemIdentifier, title: message.titleIdentifier,
            password: message.patronPassword, feeAcknowledged: message.feeAcknowledged ?? false, session: session)
        return .loan(loan(outcome, code: .renewResponse, institution: message.institutionID))
    }

    private func loan(_ outcome: SIP2LoanOutcome, code: SIP2MessageCode, institution: String) -> SIP2LoanResponse {
        var response = SIP2LoanResponse(
            code: code, ok: outcome.ok, renewalOK: outcome.renewalOK, transactionDate: configuration.timestamp,
            institutionID: institution, patronIdentifier: outcome.card, itemIdentifier: outcome.barcode,
            titleIdentifier: outcome.title, dueDate: text(outcome.dueDate))
        response.magneticMedia = outcome.magneticMedia
        response.desensitize = outcome.desensitize
        response.feeType = outcome.feeType
        response.securityInhibit = outcome.securityInhibit
        response.currencyType = outcome.currency
        response.feeAmount = outcome.feeAmount.map(Self.amount)
        response.mediaType = outcome.mediaType
        response.transactionID = outcome.transactionID
        response.screenMessage = outcome.screenMessage
        response.printLine = outcome.printLine
        return response
    }

    func checkin(_ message: SIP2CheckinRequest, session: SIP2Session) async throws -> SIP2Response {
        let location = message.currentLocation.flatMap { $0.isEmpty ? nil : $0 } ?? session.location
        let outcome = try await service.checkin(
            barcode: message.itemIdentifier, location: location,
            returnedAt: message.returnDate?.date(localTimeZone: configuration.timeZone), noBlock: message.noBlock,
            cancel: message.cancel ?? false, session: session)
        var response = SIP2CheckinResponse(
            ok: outcome.ok, resensitize: outcome.resensitize, alert: outcome.alert,
            transactionDate: configuration.timestamp, institutionID: message.institutionID,
            itemIdentifier: outcome.barcode, permanentLocation: outcome.permanentLocation)
        response.magneticMedia = outcome.magneticMedia
        response.titleIdentifier = outcome.title
        response.sortBin = outcome.sortBin
        response.patronIdentifier = outcome.card
        response.mediaType = outcome.mediaType
        response.alertType = outcome.alertType
        response.destinationLocation = outcome.destinationLocation
        response.holdPatronIdentifier = outcome.holdPatronCard
        response.screenMessage = outcome.screenMessage
        response.printLine = outcome.printLine
        return .checkin(response)
    }

    func renewAll(_ message: SIP2RenewAllRequest, session: SIP2Session) async throws -> SIP2Response {
        let outcome = try await service.renewAll(
            card: message.patronIdentifier, password: message.patronPassword,
            feeAcknowledged: message.feeAcknowledged ?? false, session: session)
        var response = SIP2RenewAllResponse(
            ok: outcome.ok, transactionDate: configuration.timestamp, institutionID: message.institutionID,
            renewedItems: outcome.renewed, unrenewedItems: outcome.unrenewed)
        response.screenMessage = outcome.screenMessage
        response.printLine = outcome.printLine
        return .renewAll(response)
    }
}
