import Foundation
import ISO18626

/// Hand-built messages with every optional part filled, at fixed times.
enum TestMessages {
    static let sent = instant("2025-03-01T01:30:00.123Z")
    static let later = instant("2025-03-08T12:00:00Z")
    static let requester = AgencyID(type: "ISIL", value: "CN-SZ-CEN")
    static let supplier = AgencyID(type: "ISIL", value: "CN-GZ-ZSU")
    static let codeList = "http://illtransactions.org/ISO18626/OpenCodeList/"

    static let header = MessageHeader(
        supplyingAgency: supplier, requestingAgency: requester, multipleItemRequestID: "MULTI-7", timestamp: sent,
        requestingAgencyRequestID: "SZ-2025-000042", supplyingAgencyRequestID: "ZSU-77",
        authentication: RequestingAgencyAuthentication(accountID: "szlib", securityCode: "s3cret&<>"))

    static let postal = PhysicalAddress(
        line1: "深圳图书馆", line2: "福田区福中一路2001号", locality: "深圳", postalCode: "518036",
        region: SchemeValue(scheme: "ISO3166-2", value: "CN-GD"), country: SchemeValue(scheme: "ISO3166-1", value: "CN")
    )

    static let email = Address.electronic(ElectronicAddress(type: "Email", data: "ill@szlib.org.cn"))

    static let request = ILLRequest(
        header: header,
        bibliographicInfo: BibliographicInfo(
            supplierUniqueRecordID: "ZSU-b1234", title: "红楼梦", author: "曹雪芹", subtitle: "脂砚斋重评",
            seriesTitle: "中国古典文学读本丛书", edition: "第3版", titleOfComponent: "第一回", authorOfComponent: "曹雪芹",
            volume: "1", issue: "2", pagesRequested: "1-20", estimatedNoPages: "20",
            bibliographicItemIDs: [
                BibliographicItemID(identifier: "9787020002207", code: "ISBN"),
                BibliographicItemID(identifier: "0001-0002", code: SchemeValue(scheme: codeList + "Id", value: "ISSN")),
            ],
            sponsor: "广东省文化厅", informationSource: "CALIS",
            bibliographicRecordIDs: [BibliographicRecordID(code: "OCLC", identifier: "ocm12345")]),
        publicationInfo: PublicationInfo(
            publisher: "人民文学出版社", publicationType: "Book", publicationDate: "1996", placeOfPublication: "北京"),
        serviceInfo: ServiceInfo(
            requestType: .new, requestSubTypes: [.patronRequest, .bookingRequest],
            requestingAgencyPreviousRequestID: "SZ-2025-000041", serviceType: .copyOrLoan, serviceLevel: "Rush",
            preferredFormat: "PDF", needBeforeDate: later, copyrightCompliance: "CN-Art22", anyEdition: true,
            startDate: sent, endDate: later, note: "请尽快"),
        supplierInfo: [
            SupplierInfo(
                sortOrder: 1, supplierCode: supplier, supplierDescription: "中山大学图书馆",
                bibliographicRecordID: BibliographicRecordID(code: "CALIS", identifier: "b0001"),
                callNumber: "I242.47/C15", summaryHoldings: "v.1-4", availabilityNote: "在架"),
            SupplierInfo(),
        ],
        requestedDeliveryInfo: [
            RequestedDeliveryInfo(sortOrder: 1, address: .physical(postal)), RequestedDeliveryInfo(address: email),
        ],
        requestingAgencyInfo: RequestingAgencyInfo(
            name: "深圳图书馆", contactName: "馆际互借部", addresses: [email, .physical(postal)]),
        patronInfo: PatronInfo(
            patronID: "R-0042", surname: "王", givenName: "小明", patronType: "Student", sendToPatron: false,
            addresses: [email]),
        billingInfo: BillingInfo(
            paymentMethod: "Account", maximumCosts: Costs(currencyCode: "CNY", cents: 5000), billingMethod: "Invoice",
            billingName: "深圳图书馆", address: .physical(postal)))

    static let supplyingAgencyMessage = SupplyingAgencyMessage(
        header: header,
        messageInfo: MessageInfo(
            reasonForMessage: .requestResponse, answerYesNo: true, note: "可以借出", reasonUnfilled: "NotHeld",
            reasonRetry: "CostExceedsMaxCost", offeredCosts: Costs(currencyCode: "CNY", monetaryValue: Decimal(30)),
            retryAfter: sent, retryBefore: later),
        statusInfo: StatusInfo(status: .loaned, expectedDeliveryDate: sent, dueDate: later, lastChange: sent),
        deliveryInfo: DeliveryInfo(
            dateSent: sent, itemID: "31234000123456", sentVia: SchemeValue(scheme: codeList + "SentVia", value: "Mail"),
            sentToPatron: true, loanCondition: "LibraryUseOnly", deliveredFormat: "Printed",
            deliveryCosts: Costs(currencyCode: "CNY", cents: 1250)),
        returnInfo: ReturnInfo(returnAgencyID: supplier, name: "中山大学图书馆", physicalAddress: postal))

    static let requestingAgencyMessage = RequestingAgencyMessage(header: header, action: .renew, note: "再借两周")

    static let confirmationHeader = ConfirmationHeader(
        supplyingAgency: supplier, requestingAgency: requester, timestamp: later,
        requestingAgencyRequestID: "SZ-2025-000042", multipleItemRequestID: "MULTI-7", timestampReceived: sent,
        messageStatus: .error)

    static let errorData = ErrorData(errorType: .unrecognisedDataValue, errorValue: "requestingAgencyRequestId: 重复")

    /// One message of each of the six kinds, with every optional part present.
    static let everyKind: [ISO18626Message] = [
        .request(request),
        .requestConfirmation(RequestConfirmation(confirmationHeader: confirmationHeader, errorData: errorData)),
        .supplyingAgencyMessage(supplyingAgencyMessage),
        .supplyingAgencyMessageConfirmation(
            SupplyingAgencyMessageConfirmation(
                confirmationHeader: confirmationHeader, reasonForMessage: .statusChange, errorData: errorData)),
        .requestingAgencyMessage(requestingAgencyMessage),
        .requestingAgencyMessageConfirmation(
            RequestingAgencyMessageConfirmation(
                confirmationHeader: confirmationHeader, action: .renew, errorData: errorData)),
    ]

    static let minimalHeader = MessageHeader(
        supplyingAgency: supplier, requestingAgency: requester, timestamp: sent, requestingAgencyRequestID: "R1")

    static let minimalConfirmationHeader = ConfirmationHeader(
        timestamp: sent, timestampReceived: sent, messageStatus: .ok)

    /// One message of each kind with only what the schema requires.
    static let everyKindMinimal: [ISO18626Message] = [
        .request(ILLRequest(header: minimalHeader, bibliographicInfo: BibliographicInfo())),
        .requestConfirmation(RequestConfirmation(confirmationHeader: minimalConfirmationHeader)),
        .supplyingAgencyMessage(
            SupplyingAgencyMessage(
                header: minimalHeader, messageInfo: MessageInfo(reasonForMessage: .notification),
                statusInfo: StatusInfo(status: .requestReceived, lastChange: sent))),
        .supplyingAgencyMessageConfirmation(
            SupplyingAgencyMessageConfirmation(confirmationHeader: minimalConfirmationHeader)),
        .requestingAgencyMessage(RequestingAgencyMessage(header: minimalHeader, action: .statusRequest)),
        .requestingAgencyMessageConfirmation(
            RequestingAgencyMessageConfirmation(confirmationHeader: minimalConfirmationHeader)),
    ]
}
