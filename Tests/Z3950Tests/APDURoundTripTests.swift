import Testing

@testable import Z3950

/// Every APDU the server reads or writes survives encoding and decoding unchanged.
@Suite struct APDURoundTripTests {
    private func roundTrip(_ pdu: Z3950PDU) throws {
        let bytes = pdu.encoded
        #expect(try Z3950PDU.decode(bytes) == pdu)
        #expect(try BERFrame.extent(of: bytes) == .complete(bytes.count))
    }

    static let isbnQuery = RPNQuery(
        root: .term(
            AttributesPlusTerm(
                attributes: [Z3950Attribute(type: 1, value: 7)], term: .general("9780262033848"))))

    @Test func initializeRequestAndResponseRoundTrip() throws {
        try roundTrip(
            .initRequest(
                Z3950InitializeRequest(
                    referenceId: [1, 2], options: [.search, .present, .scan, .namedResultSets],
                    preferredMessageSize: 1_048_576, exceptionalRecordSize: 5_000_000, authentication: "user/secret",
                    implementationId: "81", implementationName: "YAZ", implementationVersion: "5.34")))
        try roundTrip(
            .initResponse(
                Z3950InitializeResponse(
                    protocolVersions: [0, 1, 2], options: [.search, .present], preferredMessageSize: 65_536,
                    exceptionalRecordSize: 65_536, result: true, implementationId: "Pinakes")))
    }

    @Test func searchRequestWithBooleanRPNRoundTrips() throws {
        let title = AttributesPlusTerm(
            attributes: [Z3950Attribute(type: 1, value: 4), Z3950Attribute(type: 5, value: 1)],
            term: .characterString("红楼"))
        let date = AttributesPlusTerm(
            attributes: [Z3950Attribute(type: 1, value: 31), Z3950Attribute(type: 2, value: 4)], term: .numeric(1990))
        let root = RPNStructure.operation(
            .operation(.term(title), .term(date), .and), .resultSet("first"), .andNot)
        try roundTrip(
            .searchRequest(
                Z3950SearchRequest(
                    referenceId: [9], smallSetUpperBound: 5, largeSetLowerBound: 10, mediumSetPresentNumber: 3,
                    replaceIndicator: false, resultSetName: "second", databaseNames: ["Default", "Other"],
                    smallSetElementSetName: "B", mediumSetElementSetName: "F",
                    preferredRecordSyntax: Z3950RecordSyntax.usmarc.oid, query: .rpn(RPNQuery(root: root)))))
        try roundTrip(.searchRequest(Z3950SearchRequest(query: .unsupported(type: 2))))
    }

    @Test func searchResponseWithRecordsAndDiagnosticsRoundTrips() throws {
        let records: [NamePlusRecord] = [
            NamePlusRecord(
                database: "Default",
                content: .record(ExternalRecord(syntax: Z3950RecordSyntax.usmarc.oid, encoding: .octets([0x30, 0x31])))),
            NamePlusRecord(database: "Default", content: .diagnostic(Z3950Diagnostic(238, "UNIMARC"))),
        ]
        try roundTrip(
            .searchResponse(
                Z3950SearchResponse(
                    resultCount: 12, numberOfRecordsReturned: 2, nextResultSetPosition: 3, searchStatus: true,
                    presentStatus: 0, records: .records(records))))
        try roundTrip(
            .searchResponse(
                Z3950SearchResponse(
                    resultCount: 0, nextResultSetPosition: 0, searchStatus: false, resultSetStatus: 3,
                    records: .diagnostic(Z3950Diagnostic(235, "Nowhere")))))
    }

    @Test func presentRequestAndResponseRoundTrip() throws {
        try roundTrip(
            .presentRequest(
                Z3950PresentRequest(
                    resultSetId: "default", resultSetStartPoint: 3, numberOfRecordsRequested: 10,
                    elementSetName: "F", preferredRecordSyntax: Z3950RecordSyntax.xml.oid)))
        let opac = ExternalRecord(
            syntax: Z3950RecordSyntax.opac.oid,
            encoding: .asn1(
                .sequence([ExternalRecord(syntax: [1, 2, 840, 10003, 5, 10], encoding: .octets([1])).value(tag: 1)])))
        try roundTrip(
            .presentResponse(
                Z3950PresentResponse(
                    numberOfRecordsReturned: 1, nextResultSetPosition: 4, presentStatus: 0,
                    records: .records([NamePlusRecord(database: nil, content: .record(opac))]))))
    }

    @Test func scanRequestAndResponseRoundTrip() throws {
        try roundTrip(
            .scanRequest(
                Z3950ScanRequest(
                    termListAndStartPoint: AttributesPlusTerm(
                        attributes: [Z3950Attribute(type: 1, value: 4)], term: .general("a")),
                    stepSize: 0, numberOfTermsRequested: 20, preferredPositionInResponse: 1)))
        try roundTrip(
            .scanResponse(
                Z3950ScanResponse(
                    stepSize: 0, scanStatus: 0, positionOfTerm: 1,
                    entries: [ScanEntry(term: "Algebra", displayTerm: "Algebra", occurrences: 3)])))
        try roundTrip(.scanResponse(Z3950ScanResponse(scanStatus: 6, diagnostics: [Z3950Diagnostic(114, "99")])))
    }

    @Test func closeRoundTrips() throws {
        try roundTrip(.close(Z3950Close(referenceId: [7], reason: .lackOfActivity, diagnosticInformation: "idle")))
    }

    @Test func integersOfEverySizeRoundTrip() throws {
        for number in [0, 1, 127, 128, 255, 256, -1, -128, -129, 65_535, 1 << 40, Int.max, Int.min] {
            #expect(try BERValue.integer(2, number).integer() == number)
        }
    }
}
