import Foundation
import ISO18626
import Testing

@Suite(.enabled(if: CrosslinkSamples.isPresent, "needs ../shared/data")) struct UnicodeSurvivesRoundTrip {
    @Test func chineseTitleIsWrittenAsUTF8AndReadBack() throws {
        let reader = try ISO18626Reader()
        var request = TestMessages.request
        request.bibliographicInfo.title = "书名：红楼梦 & <续> \"校注\" 𠀋"
        let bytes = ISO18626Writer.bytes(.request(request))
        #expect(bytes.starts(with: Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".utf8)))
        let titleBytes = Array("书名".utf8)
        #expect(bytes.indices.contains { bytes[$0...].starts(with: titleBytes) })
        let document = try reader.read(bytes).get()
        guard case .request(let read) = document.message else {
            Issue.record("expected a request")
            return
        }
        #expect(read.bibliographicInfo.title == "书名：红楼梦 & <续> \"校注\" 𠀋")
        #expect(read == request)
    }

    @Test func chineseSampleEditIsReadFromPeerBytes() throws {
        let text = CrosslinkSamples.text("request-loaned.xml")
            .replacingOccurrences(of: "Lord of the Rings", with: "书名")
        let document = try ISO18626Reader().read(Array(text.utf8)).get()
        guard case .request(let request) = document.message else {
            Issue.record("expected a request")
            return
        }
        #expect(request.bibliographicInfo.title == "书名")
    }

    @Test func whitespaceInsideTextIsKept() throws {
        let note = "  两个空格\n第二行  "
        let message = ISO18626Message.requestingAgencyMessage(
            RequestingAgencyMessage(header: TestMessages.minimalHeader, action: .notification, note: note))
        let document = try ISO18626Reader().read(ISO18626Writer.bytes(message)).get()
        #expect(document.message == message)
    }
}
