import Foundation
import ISO18626
import Testing

@Suite struct WrittenMessagesValidate {
    let reader: ISO18626Reader

    init() throws {
        reader = try ISO18626Reader(accepts2021: false)
    }

    @Test(arguments: TestMessages.everyKind)
    func fullMessageValidatesAndReadsBackEqual(message: ISO18626Message) throws {
        let document = try reader.read(ISO18626Writer.bytes(message)).get()
        #expect(document.message == message)
        #expect(document.version == "1.2")
    }

    @Test(arguments: TestMessages.everyKindMinimal)
    func minimalMessageValidatesAndReadsBackEqual(message: ISO18626Message) throws {
        let document = try reader.read(ISO18626Writer.bytes(message)).get()
        #expect(document.message == message)
    }

    @Test func everyKindIsCovered() {
        #expect(Set(TestMessages.everyKind.map(\.kind)) == Set(ISO18626MessageKind.allCases))
        #expect(Set(TestMessages.everyKindMinimal.map(\.kind)) == Set(ISO18626MessageKind.allCases))
    }

    @Test func schemeIsWrittenAsQualifiedAttribute() {
        let xml = ISO18626Writer.xml(.request(TestMessages.request))
        #expect(xml.contains("<region ill:scheme=\"ISO3166-2\">CN-GD</region>"))
        #expect(xml.contains("<securityCode>s3cret&amp;&lt;&gt;</securityCode>"))
    }

    @Test func moreThanThreeRequestSubtypesAreCutToThreeSoTheOutputStaysValid() throws {
        var request = ILLRequest(header: TestMessages.minimalHeader, bibliographicInfo: BibliographicInfo())
        request.serviceInfo = ServiceInfo(
            requestSubTypes: [.patronRequest, .bookingRequest, .transferRequest, .multipleItemRequest],
            serviceType: .loan)
        let document = try reader.read(ISO18626Writer.bytes(.request(request))).get()
        guard case .request(let read) = document.message else {
            Issue.record("expected a request")
            return
        }
        #expect(read.serviceInfo?.requestSubTypes == [.patronRequest, .bookingRequest, .transferRequest])
    }

    @Test func charactersXMLCannotCarryAreReplacedAndCarriageReturnsKept() throws {
        let note = "line one\r\nline two\u{1}\u{FFFE} tab\there"
        let message = ISO18626Message.requestingAgencyMessage(
            RequestingAgencyMessage(header: TestMessages.minimalHeader, action: .notification, note: note))
        let document = try reader.read(ISO18626Writer.bytes(message)).get()
        #expect(document.message.kind == .requestingAgencyMessage)
        guard case .requestingAgencyMessage(let read) = document.message else { return }
        #expect(read.note == "line one\r\nline two\u{FFFD}\u{FFFD} tab\there")
    }
}
