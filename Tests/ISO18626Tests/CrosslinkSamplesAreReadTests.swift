import Foundation
import ISO18626
import Testing

@Suite(.enabled(if: CrosslinkSamples.isPresent, "needs ../shared/data")) struct CrosslinkSamplesAreRead {
    let reader: ISO18626Reader
    let lenient: ISO18626Reader

    init() throws {
        reader = try ISO18626Reader()
        lenient = try ISO18626Reader(requiresRequestingAgencyRequestID: false)
    }

    @Test func allThirtyFourSamplesArePresent() {
        #expect(CrosslinkSamples.allNames.count == 34)
        #expect(CrosslinkSamples.validNames.count == 30)
        #expect(CrosslinkSamples.invalidNames.isSubset(of: Set(CrosslinkSamples.allNames)))
    }

    @Test(arguments: CrosslinkSamples.validNames)
    func validSampleIsAcceptedAsPlainVersion1_2(name: String) throws {
        let document = try lenient.read(CrosslinkSamples.bytes(name)).get()
        #expect(document.version == "1.2")
        #expect(!document.acceptedAs2021)
        #expect(document.notes.isEmpty)
    }

    @Test func loanedSupplyingAgencyMessageGivesStatusItemAndIDs() throws {
        let document = try reader.read(CrosslinkSamples.bytes("supmsg-ok.xml")).get()
        guard case .supplyingAgencyMessage(let message) = document.message else {
            Issue.record("expected a supplyingAgencyMessage, got \(document.message.kind)")
            return
        }
        #expect(message.statusInfo.status == .loaned)
        #expect(message.deliveryInfo?.itemID == "12345")
        #expect(message.messageInfo.reasonForMessage == .statusChange)
        #expect(message.header.supplyingAgency == AgencyID(type: "ISIL", value: "SUP_B"))
        #expect(message.header.requestingAgencyRequestID == "6ad1ff2e-bab2-4978-b064-656c0e67ebd6")
        #expect(message.header.supplyingAgencyRequestID == "c488bef0-5735-4c33-ba13-a9f343447574")
        #expect(message.header.multipleItemRequestID == nil)
        #expect(message.statusInfo.lastChange == instant("2024-12-12T20:12:00.629Z"))
        #expect(message.deliveryInfo?.dateSent == instant("2024-12-12T20:12:00.629Z"))
    }

    @Test func requestGivesBibliographicServiceAndDeliveryDetails() throws {
        let document = try reader.read(CrosslinkSamples.bytes("request-loaned.xml")).get()
        guard case .request(let request) = document.message else {
            Issue.record("expected a request, got \(document.message.kind)")
            return
        }
        #expect(request.bibliographicInfo.title == "Lord of the Rings")
        #expect(request.bibliographicInfo.author == "JRR Tolkien")
        #expect(request.bibliographicInfo.supplierUniqueRecordID == "LOANED")
        #expect(
            request.bibliographicInfo.bibliographicItemIDs == [BibliographicItemID(identifier: "1983", code: "ISBN")])
        #expect(request.publicationInfo?.publicationDate == "1954")
        #expect(request.serviceInfo?.serviceType == .loan)
        #expect(request.serviceInfo?.requestType == .new)
        #expect(request.serviceInfo?.requestSubTypes == [.patronRequest])
        #expect(request.supplierInfo == [SupplierInfo()])
        #expect(
            request.requestedDeliveryInfo.first?.address
                == .physical(PhysicalAddress(line1: "The Prancing Pony Inn, Bree")))
        #expect(request.patronInfo?.patronID == "123")
        #expect(request.header.requestingAgency == AgencyID(type: "ISIL", value: "REQ"))
        #expect(request.header.timestamp == instant("2024-11-28T10:25:11.136Z"))
    }

    @Test func retryNoteAndPreviousRequestIDAreKept() throws {
        let cost = try reader.read(CrosslinkSamples.bytes("request-retry-cost-loaned.xml")).get()
        guard case .request(let request) = cost.message else {
            Issue.record("expected a request")
            return
        }
        #expect(request.serviceInfo?.note == "#RETRYKEEPID#")
        let retries = try CrosslinkSamples.validNames.map { try lenient.read(CrosslinkSamples.bytes($0)).get() }
        let previous = retries.compactMap { document -> String? in
            guard case .request(let request) = document.message else { return nil }
            return request.serviceInfo?.requestingAgencyPreviousRequestID
        }
        #expect(previous.count == 3)
    }

    @Test func requestingAgencyMessageGivesItsAction() throws {
        let document = try reader.read(CrosslinkSamples.bytes("reqmsg-notification.xml")).get()
        #expect(document.message.kind == .requestingAgencyMessage)
        #expect(document.message.action == .notification)
        #expect(document.message.requestingAgency == AgencyID(type: "ISIL", value: "SLNP_ONE"))
        #expect(document.message.supplyingAgencyRequestID == "c488bef0-5735-4c33-ba13-a9f343447574")
    }

    @Test(arguments: CrosslinkSamples.emptyRequestIDNames)
    func emptyRequestingAgencyRequestIDIsRefusedAsUnrecognisedDataValue(name: String) throws {
        let refusal = try #require(reader.read(CrosslinkSamples.bytes(name)).failure)
        #expect(refusal.errorType == .unrecognisedDataValue)
        #expect(refusal.errorValue.contains("header/requestingAgencyRequestId: cannot be empty (line "))
        #expect(refusal.elementPath?.hasSuffix("/header/requestingAgencyRequestId") == true)
        #expect(refusal.kind != nil)
        #expect(refusal.header.requestingAgency != nil)
    }
}
