import Foundation
import ISO18626
import Testing

@Suite(.enabled(if: CrosslinkSamples.isPresent, "needs ../shared/data")) struct RoundTripPreservesEveryMessage {
    let reader: ISO18626Reader

    init() throws {
        reader = try ISO18626Reader(requiresRequestingAgencyRequestID: false)
    }

    @Test(arguments: CrosslinkSamples.validNames)
    func sampleReadWrittenAndReadAgainIsEqual(name: String) throws {
        let first = try reader.read(CrosslinkSamples.bytes(name)).get()
        let written = ISO18626Writer.xml(first.message)
        let second = try reader.read(written).get()
        #expect(second.message == first.message)
        #expect(!second.acceptedAs2021)
    }

    @Test func writtenDocumentHasDeclarationNamespaceAndVersion() throws {
        let document = try reader.read(CrosslinkSamples.bytes("supmsg-ok.xml")).get()
        let written = ISO18626Writer.xml(document.message)
        #expect(written.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ISO18626Message "))
        #expect(written.contains("xmlns=\"http://illtransactions.org/2013/iso18626\""))
        #expect(written.contains("xmlns:ill=\"http://illtransactions.org/2013/iso18626\" ill:version=\"1.2\""))
        #expect(written.contains("<multipleItemRequestId></multipleItemRequestId>"))
        #expect(written.contains("<lastChange>2024-12-12T20:12:00.629Z</lastChange>"))
        #expect(ISO18626Writer.bytes(document.message) == Array(written.utf8))
    }

    @Test func emptySupplierInfoIsWrittenAsAnEmptyElement() throws {
        let document = try reader.read(CrosslinkSamples.bytes("request-loaned.xml")).get()
        #expect(ISO18626Writer.xml(document.message).contains("<supplierInfo/>"))
    }
}
