import Foundation
import MARC
import PinakesTestSupport
import Testing

@testable import Z3950

/// Record syntaxes, element sets and named result sets, over real TCP.
@Suite struct Z3950RecordTests {
    private func first(_ page: Z3950PresentResponse) throws -> NamePlusRecord.Content {
        guard case .records(let records) = page.records, let record = records.first else {
            throw Z3950Error.protocolViolation("no record in \(page)")
        }
        return record.content
    }

    private func octets(_ content: NamePlusRecord.Content) throws -> [UInt8] {
        guard case .record(let external) = content, case .octets(let bytes) = external.encoding else {
            throw Z3950Error.protocolViolation("not an octet record: \(content)")
        }
        return bytes
    }

    @Test func briefRecordsKeepTheCoreFieldsAndFullRecordsKeepEverything() async throws {
        try await Z3950Fixture.run { fixture in
            let client = try await fixture.client()
            _ = try await client.search(term(7, Z3950Fixture.dreamISBN))
            let brief = try #require(
                ISO2709Reader(bytes: try octets(try first(await client.present(elementSet: "b")))).next())
            let full = try #require(
                ISO2709Reader(bytes: try octets(try first(await client.present(elementSet: "F")))).next())
            #expect(brief["245"] != nil && brief["020"] != nil && brief["260"] != nil)
            #expect(brief["500"] == nil && brief["650"] == nil)
            #expect(full["500"] != nil && full["650"] != nil)
            let unknown = try await client.present(elementSet: "Q")
            #expect(unknown.records == .diagnostic(Z3950Diagnostic(25, "Q")))
            await client.close()
        }
    }

    @Test func xmlIsMARCXMLAndOPACCarriesHoldings() async throws {
        try await Z3950Fixture.run { fixture in
            let client = try await fixture.client()
            _ = try await client.search(term(7, Z3950Fixture.dreamISBN))
            let xml = String(decoding: try octets(try first(await client.present(syntax: .xml))), as: UTF8.self)
            #expect(xml.hasPrefix("<record xmlns=\"http://www.loc.gov/MARC21/slim\">"))
            #expect(xml.contains("Dream of the red chamber"))
            guard case .record(let opac) = try first(await client.present(syntax: .opac)),
                case .asn1(let value) = opac.encoding
            else { throw Z3950Error.protocolViolation("no OPAC record") }
            let bibliographic = try ExternalRecord(try #require(value.child(1)))
            #expect(bibliographic.syntax == Z3950RecordSyntax.usmarc.oid)
            let holdings = try #require(value.child(2)).children
            #expect(holdings.count == 2)
            let barcodes = holdings.compactMap { $0.child(19)?.children.first?.child(5)?.string }
            #expect(Set(barcodes) == ["Z-1", "Z-2"])
            #expect(holdings.allSatisfy { $0.child(11)?.string == "I247.5/one" })
            await client.close()
        }
    }

    @Test func aUNIMARCRecordIsRefusedAsUSMARCButSentAsUNIMARC() async throws {
        try await Z3950Fixture.run { fixture in
            let client = try await fixture.client()
            #expect(try await client.search(term(4, "Wei cheng")).resultCount == 1)
            let asUSMARC = try first(await client.present(syntax: .usmarc))
            guard case .diagnostic(let diagnostic) = asUSMARC else {
                throw Z3950Error.protocolViolation("expected a surrogate diagnostic")
            }
            #expect(diagnostic.condition == 238)
            guard case .record(let external) = try first(await client.present(syntax: .unimarc)) else {
                throw Z3950Error.protocolViolation("no UNIMARC record")
            }
            #expect(external.syntax == Z3950RecordSyntax.unimarc.oid)
            let unknown = try first(
                await client.send(
                    .presentRequest(
                        Z3950PresentRequest(
                            resultSetStartPoint: 1, numberOfRecordsRequested: 1,
                            preferredRecordSyntax: [1, 2, 840, 10003, 5, 9999]))
                ).flatMap { if case .presentResponse(let page) = $0 { page } else { nil } }
                    ?? Z3950PresentResponse(
                        numberOfRecordsReturned: 0, nextResultSetPosition: 0, presentStatus: 5, records: nil))
            guard case .diagnostic(let refused) = unknown else { throw Z3950Error.protocolViolation("expected 239") }
            #expect(refused.condition == 239)
            await client.close()
        }
    }

    @Test func namedResultSetsLiveSideBySideAndCanBeCombined() async throws {
        try await Z3950Fixture.run { fixture in
            let client = try await fixture.client()
            #expect(try await client.search(term(21, "fiction"), name: "fiction").resultCount == 2)
            #expect(try await client.search(term(4, "algebra"), name: "algebra").resultCount == 1)
            #expect(try await client.search(term(4, "fortress")).resultCount == 1)
            let combined = try await client.search(.operation(.resultSet("fiction"), .resultSet("algebra"), .or))
            #expect(combined.resultCount == 3)
            #expect(try await client.present("fiction", start: 1, count: 5).numberOfRecordsReturned == 2)
            #expect(try await client.present("algebra").numberOfRecordsReturned == 1)
            let outOfRange = try await client.present("algebra", start: 2)
            #expect(outOfRange.records == .diagnostic(Z3950Diagnostic(13, "2 of 1")))
            #expect(try await client.present("nothing").records == .diagnostic(Z3950Diagnostic(30, "nothing")))
            let piggybacked = try await client.search(term(21, "fiction"), piggyback: 5, syntax: .xml)
            #expect(piggybacked.numberOfRecordsReturned == 2)
            await client.close()
        }
    }
}
