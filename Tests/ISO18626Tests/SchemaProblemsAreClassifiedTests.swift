import Foundation
import ISO18626
import Testing

@Suite(.enabled(if: CrosslinkSamples.isPresent, "needs ../shared/data")) struct SchemaProblemsAreClassified {
    let reader: ISO18626Reader

    init() throws {
        reader = try ISO18626Reader()
    }

    private func refusal(_ sample: String, replacing target: String, with replacement: String) throws
        -> ISO18626Refusal
    {
        let text = CrosslinkSamples.text(sample)
        try #require(text.contains(target))
        return try #require(reader.read(text.replacingOccurrences(of: target, with: replacement)).failure)
    }

    @Test func missingMandatoryElementIsUnrecognisedDataElementAtItsParent() throws {
        let refused = try refusal(
            "supmsg-ok.xml", replacing: "<lastChange>2024-12-12T20:12:00.629710681Z</lastChange>", with: "")
        #expect(refused.errorType == .unrecognisedDataElement)
        #expect(refused.elementPath == "supplyingAgencyMessage/statusInfo")
        #expect(refused.errorValue.hasPrefix("supplyingAgencyMessage/statusInfo: Missing child element(s)."))
        #expect(refused.errorValue.contains("lastChange"))
        #expect(!refused.errorValue.contains("{http"))
    }

    @Test func unexpectedElementIsUnrecognisedDataElementNamingIt() throws {
        let refused = try refusal(
            "supmsg-ok.xml", replacing: "<itemId>12345</itemId>", with: "<itemId>12345</itemId><colour>red</colour>")
        #expect(refused.errorType == .unrecognisedDataElement)
        #expect(refused.elementPath == "supplyingAgencyMessage/deliveryInfo/colour")
        #expect(refused.errorValue.contains("This element is not expected."))
        #expect(refused.line == 32)
    }

    @Test func badDateTimeIsUnrecognisedDataValue() throws {
        let refused = try refusal(
            "supmsg-ok.xml", replacing: "<lastChange>2024-12-12T20:12:00.629710681Z</lastChange>",
            with: "<lastChange>yesterday</lastChange>")
        #expect(refused.errorType == .unrecognisedDataValue)
        #expect(
            refused.errorValue
                == "supplyingAgencyMessage/statusInfo/lastChange: 'yesterday' is not a valid xs:dateTime (line 28)")
    }

    @Test func badServiceTypeIsUnrecognisedDataValue() throws {
        let refused = try refusal(
            "request-loaned.xml", replacing: "<serviceType>Loan</serviceType>",
            with: "<serviceType>Borrow</serviceType>")
        #expect(refused.errorType == .unrecognisedDataValue)
        #expect(refused.errorValue.hasPrefix("request/serviceInfo/serviceType: 'Borrow' is not a valid serviceType"))
        #expect(refused.kind == .request)
        #expect(refused.header.requestingAgencyRequestID == "5636c993-c41c-48f4-a285-470545f6f343")
    }

    @Test func badBooleanAndDecimalAreUnrecognisedDataValues() throws {
        let boolean = try refusal(
            "supmsg-ok.xml", replacing: "<itemId>12345</itemId>",
            with: "<itemId>12345</itemId><sentToPatron>maybe</sentToPatron>")
        #expect(boolean.errorType == .unrecognisedDataValue)
        #expect(boolean.errorValue.contains("'maybe' is not a valid xs:boolean"))
        let decimal = try refusal(
            "supmsg-ok.xml", replacing: "<itemId>12345</itemId>",
            with: "<itemId>12345</itemId><deliveryCosts><currencyCode>CNY</currencyCode>"
                + "<monetaryValue>12,50</monetaryValue></deliveryCosts>")
        #expect(decimal.errorType == .unrecognisedDataValue)
        #expect(decimal.elementPath == "supplyingAgencyMessage/deliveryInfo/deliveryCosts/monetaryValue")
    }

    @Test func unqualifiedSchemeAttributeIsAnUnrecognisedElement() throws {
        let refused = try refusal(
            "request-loaned.xml", replacing: "<bibliographicItemIdentifierCode>ISBN",
            with: "<bibliographicItemIdentifierCode scheme=\"urn:x\">ISBN")
        #expect(refused.errorType == .unrecognisedDataElement)
        #expect(refused.elementPath == "request/bibliographicInfo/bibliographicItemId/bibliographicItemIdentifierCode")
        #expect(refused.errorValue.hasSuffix(": The attribute 'scheme' is not allowed. (line 27)"))
    }

    @Test func refusalListsEveryProblemForTheLog() throws {
        let refused = try refusal(
            "supmsg-ok.xml", replacing: "<status>Loaned</status>", with: "<status>Lent</status><extra/>")
        #expect(refused.problems.count >= 2)
        #expect(refused.problems.first == refused.errorValue)
    }
}
