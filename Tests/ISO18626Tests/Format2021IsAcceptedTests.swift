import Foundation
import ISO18626
import Testing

@Suite(.enabled(if: CrosslinkSamples.isPresent, "needs ../shared/data")) struct Format2021IsAccepted {
    let reader: ISO18626Reader

    init() throws {
        reader = try ISO18626Reader()
    }

    @Test func requestIn2021OrderIsCanonicalisedWithNotes() throws {
        let document = try reader.read(Fixtures.bytes("request-2021.xml")).get()
        #expect(document.acceptedAs2021)
        #expect(document.version == "2021-2")
        #expect(document.notes.contains("request/header: dropped 2021-only consortialId"))
        #expect(document.notes.contains("request/header: inserted the empty multipleItemRequestId that v1.2 requires"))
        #expect(document.notes.contains("request/bibliographicInfo: dropped 2021-only authorId"))
        #expect(document.notes.contains("request/bibliographicInfo: kept the first 1 of 2 volume (v1.2 allows 1)"))
        #expect(
            document.notes.contains("request/bibliographicInfo/bibliographicItemId: put the children in v1.2 order"))
        #expect(document.notes.contains("request/serviceInfo: renamed itemFormat to preferredFormat"))
        #expect(document.notes.contains("request/requestedDeliveryInfo: dropped 2021-only deliveryMethod"))
        guard case .request(let request) = document.message else {
            Issue.record("expected a request")
            return
        }
        #expect(request.bibliographicInfo.title == "红楼梦")
        #expect(request.bibliographicInfo.volume == "1")
        #expect(request.bibliographicInfo.bibliographicItemIDs == [.init(identifier: "9787020002207", code: "ISBN")])
        #expect(request.serviceInfo?.preferredFormat == "Printed")
        #expect(request.header.multipleItemRequestID == nil)
        #expect(request.header.timestamp == instant("2025-03-01T01:30:00.123Z"))
        #expect(
            request.requestedDeliveryInfo.first?.address
                == .physical(
                    PhysicalAddress(line1: "深圳图书馆", locality: "深圳", region: "CN-GD", country: "CN")))
    }

    @Test func deliveryInfoIn2021FormMapsOntoVersion1_2Names() throws {
        let document = try reader.read(Fixtures.bytes("supplying-agency-message-2021-loaned.xml")).get()
        #expect(document.acceptedAs2021)
        #expect(document.notes.contains("supplyingAgencyMessage/deliveryInfo: renamed deliveryMethod to sentVia"))
        #expect(document.notes.contains("supplyingAgencyMessage/deliveryInfo: renamed itemFormat to deliveredFormat"))
        #expect(document.notes.contains("supplyingAgencyMessage/deliveryInfo: dropped 2021-only URL"))
        #expect(document.notes.contains("supplyingAgencyMessage: dropped 2021-only shippingInfo"))
        guard case .supplyingAgencyMessage(let message) = document.message else {
            Issue.record("expected a supplyingAgencyMessage")
            return
        }
        let delivery = try #require(message.deliveryInfo)
        #expect(delivery.itemID == "31234000123456")
        #expect(
            delivery.sentVia
                == SchemeValue(scheme: "http://illtransactions.org/ISO18626/OpenCodeList/SentVia", value: "Courier"))
        #expect(delivery.deliveredFormat == "Printed")
        #expect(delivery.loanCondition == "LibraryUseOnly")
        #expect(delivery.deliveryCosts?.cents == 1250)
        #expect(delivery.sentToPatron == false)
        #expect(message.statusInfo.dueDate == instant("2025-04-02T15:59:59Z"))
        #expect(message.returnInfo?.name == "中山大学图书馆")
    }

    @Test func retryInfoMovesIntoMessageInfo() throws {
        let document = try reader.read(Fixtures.bytes("supplying-agency-message-2021-retry.xml")).get()
        #expect(document.notes.contains("supplyingAgencyMessage: moved retryInfo/offeredCosts into messageInfo"))
        #expect(document.notes.contains("supplyingAgencyMessage: dropped 2021-only retryInfo/loanCondition"))
        guard case .supplyingAgencyMessage(let message) = document.message else {
            Issue.record("expected a supplyingAgencyMessage")
            return
        }
        #expect(message.statusInfo.status == .retryPossible)
        #expect(message.messageInfo.offeredCosts == Costs(currencyCode: "CNY", cents: 3000))
        #expect(message.messageInfo.retryAfter == instant("2025-03-03T00:00:00Z"))
        #expect(message.messageInfo.retryBefore == instant("2025-03-31T00:00:00Z"))
        #expect(message.messageInfo.reasonRetry == "CostExceedsMaxCost")
    }

    @Test func canonicalisedMessageIsWrittenAsValidVersion1_2() throws {
        for name in ["request-2021.xml", "supplying-agency-message-2021-loaned.xml"] {
            let document = try reader.read(Fixtures.bytes(name)).get()
            let again = try reader.read(ISO18626Writer.bytes(document.message)).get()
            #expect(!again.acceptedAs2021)
            #expect(again.message == document.message)
        }
    }

    @Test func actionOnlyIn2021IsUnsupportedActionType() throws {
        let refused = try #require(reader.read(Fixtures.bytes("requesting-agency-message-2021-holdreturn.xml")).failure)
        #expect(refused.errorType == .unsupportedActionType)
        #expect(refused.errorValue == "requestingAgencyMessage/action: 'HoldReturn' is not a valid action (line 19)")
        #expect(refused.header.requestingAgencyRequestID == "SZ-2025-000042")
    }

    @Test func readerCanRefuse2021Form() throws {
        let strict = try ISO18626Reader(accepts2021: false)
        let refused = try #require(strict.read(Fixtures.bytes("request-2021.xml")).failure)
        #expect(refused.errorType == .unrecognisedDataElement)
        #expect(refused.elementPath == "request/header/consortialId")
    }

    @Test func misspelledElementIsNotDroppedAs2021() throws {
        let text = CrosslinkSamples.text("request-loaned.xml")
            .replacingOccurrences(of: "<author>JRR Tolkien</author>", with: "<auther>JRR Tolkien</auther>")
        let refused = try #require(reader.read(text).failure)
        #expect(refused.errorType == .unrecognisedDataElement)
        #expect(refused.elementPath == "request/bibliographicInfo/auther")
    }
}
