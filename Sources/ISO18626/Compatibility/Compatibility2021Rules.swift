/// The differences between ISO 18626:2021 and v1.2 that Pinakes bridges, keyed by element name.
enum Compatibility2021Rules {
    /// Rules by element name; element names mean the same thing wherever they occur in both schemas.
    static let byElement: [String: Compatibility2021Rule] = [
        "header": Compatibility2021Rule(
            sequence: [
                "supplyingAgencyId", "requestingAgencyId", "multipleItemRequestId", "timestamp",
                "requestingAgencyRequestId", "supplyingAgencyRequestId", "requestingAgencyAuthentication",
            ],
            dropped: ["consortialId"], required: ["multipleItemRequestId"]),
        "bibliographicInfo": Compatibility2021Rule(
            sequence: [
                "supplierUniqueRecordId", "title", "author", "subtitle", "seriesTitle", "edition", "titleOfComponent",
                "authorOfComponent", "volume", "issue", "pagesRequested", "estimatedNoPages", "bibliographicItemId",
                "sponsor", "informationSource", "bibliographicRecordId",
            ],
            dropped: ["authorId"], limits: ["volume": 1]),
        "bibliographicItemId": Compatibility2021Rule(
            sequence: ["bibliographicItemIdentifier", "bibliographicItemIdentifierCode"]),
        "publicationInfo": Compatibility2021Rule(
            sequence: ["publisher", "publicationType", "publicationDate", "placeOfPublication"],
            dropped: ["publisherId"]),
        "serviceInfo": Compatibility2021Rule(
            sequence: [
                "requestType", "requestSubType", "requestingAgencyPreviousRequestId", "serviceType", "serviceLevel",
                "preferredFormat", "needBeforeDate", "copyrightCompliance", "anyEdition", "startDate", "endDate",
                "note",
            ],
            renamed: ["itemFormat": "preferredFormat"], dropped: ["preferredEdition", "loanCondition"],
            limits: ["requestSubType": 3]),
        "requestedDeliveryInfo": Compatibility2021Rule(
            sequence: ["sortOrder", "address"], dropped: ["deliveryMethod", "courierName"]),
        "supplyingAgencyMessage": Compatibility2021Rule(
            sequence: ["header", "messageInfo", "statusInfo", "deliveryInfo", "returnInfo"],
            dropped: ["shippingInfo"],
            hoisted: .init(
                container: "retryInfo", children: ["offeredCosts", "retryAfter", "retryBefore"],
                target: "messageInfo")),
        "messageInfo": Compatibility2021Rule(
            sequence: [
                "reasonForMessage", "answerYesNo", "note", "reasonUnfilled", "reasonRetry", "offeredCosts",
                "retryAfter", "retryBefore",
            ],
            limits: ["offeredCosts": 1]),
        "deliveryInfo": Compatibility2021Rule(
            sequence: [
                "dateSent", "itemId", "sentVia", "sentToPatron", "loanCondition", "deliveredFormat", "deliveryCosts",
            ],
            renamed: ["deliveryMethod": "sentVia", "itemFormat": "deliveredFormat"],
            dropped: ["URL", "address", "serviceType", "paymentMethod"],
            limits: ["itemId": 1, "loanCondition": 1, "deliveryCosts": 1]),
        "requestConfirmation": Compatibility2021Rule(
            sequence: ["confirmationHeader", "errorData"], limits: ["errorData": 1]),
        "supplyingAgencyMessageConfirmation": Compatibility2021Rule(
            sequence: ["confirmationHeader", "reasonForMessage", "errorData"], limits: ["errorData": 1]),
        "requestingAgencyMessageConfirmation": Compatibility2021Rule(
            sequence: ["confirmationHeader", "action", "errorData"], limits: ["errorData": 1]),
    ]
}
