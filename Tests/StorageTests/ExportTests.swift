import Catalog
import Circulation
import Foundation
import MARC
import PinakesApp
import PinakesCore
import PinakesTestSupport
import Testing

@Suite struct CSVFieldsAreQuotedAsRFC4180Says {
    @Test func commasQuotesAndLineBreaksAreQuotedAndNilIsEmpty() {
        var output: [UInt8] = []
        CSVWriter.append(["plain", "a,b", "say \"hi\"", "two\nlines", nil, "王芳", ""], to: &output)
        #expect(String(decoding: output, as: UTF8.self) == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,王芳,\r\n")
    }

    @Test func aFileHasItsHeaderAndRefusesRowsOfAnotherWidth() throws {
        let path = TestDatabase.temporaryDirectory() + "/t.csv"
        let writer = try CSVWriter(path: path, header: ["card", "name"])
        try writer.write(["SZ1", "Li, Wei"])
        #expect(throws: PinakesError.self) { try writer.write(["only one"]) }
        try writer.finish()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "card,name\r\nSZ1,\"Li, Wei\"\r\n")
        #expect(writer.rowCount == 1)
    }
}

@Suite struct CopiesAreExportedAs852Fields {
    @Test func aCopyBecomesAnEvergreenStyle852AndCirculationStatesAreLeftOut() {
        let lost = ExportedCopy(
            barcode: "3100001", owningLibraryCode: "CEN", libraryCode: "GUSU", location: "STACKS",
            callNumber: "I247.5 b1", itemType: "BOOK", status: .lost)
        #expect(
            lost.field.subfields.map { "\($0.code)=\($0.value)" } == [
                "a=CEN", "b=GUSU", "c=STACKS", "h=I247.5 b1", "g=BOOK", "p=3100001", "y=LOST",
            ])
        let lent = ExportedCopy(barcode: "3100002", owningLibraryCode: "CEN", libraryCode: "CEN", status: .onLoan)
        #expect(lent.field.subfields.map(\.code) == ["a", "b", "p"])
    }

    @Test func theItemFieldsARecordCameWithAreReplacedByTheCopiesAsTheyAreNow() {
        let record = SampleRecords.book(id: "b1", title: "红楼梦", items: [("3100001", "GUSU")])
        var withHoldings = record
        withHoldings.fields.append(Field(tag: "852", subfields: [Subfield(code: "b", value: "Reading room")]))
        let copy = ExportedCopy(barcode: "3100001", owningLibraryCode: "CEN", libraryCode: "WUZH")
        let exported = ExportedCopy.record(withHoldings, with: [copy])
        #expect(exported.fields("952").isEmpty)
        // An 852 without a barcode is a holdings statement, not an item: it stays.
        #expect(exported.fields("852").map { $0["p"] } == [nil, "3100001"])
        #expect(exported["245"]?["a"] == "红楼梦")
    }
}

@Suite struct CatalogueAndCirculationExportOnEveryBackend {
    @Test(arguments: TestDatabase.backends)
    func liveRecordsComeInBatchesWithTheirCopiesAndImportAgain(backend: Database.Backend) async throws {
        let node = try await consortium(backend)
        let file = try SampleRecords.file([
            SampleRecords.book(id: "b1", title: "红楼梦", items: [("3100001", "GUSU"), ("3100002", "WUZH")]),
            SampleRecords.book(id: "b2", title: "Journey to the West", items: [("3100003", "CEN")]),
            SampleRecords.book(id: "b3", title: "Water Margin"),
        ])
        _ = try await node.importer.importFile(file, libraryCode: "CEN", actor: "test")
        let deletion = try SampleRecords.file([SampleRecords.book(id: "b3", title: "Water Margin", status: "d")])
        _ = try await node.importer.importFile(deletion, libraryCode: "CEN", actor: "test")
        var batches: [[Record]] = []
        let totals = try await CatalogExport(database: node.database, batchSize: 1).records(ofLibrary: "CEN") {
            batches.append($0)
        }
        #expect(totals.records == 2 && totals.copies == 3 && batches.count == 2)
        let exported = batches.flatMap { $0 }
        #expect(exported.map { $0.fields("852").compactMap { $0["b"] } } == [["GUSU", "WUZH"], ["CEN"]])
        #expect(try await CatalogExport(database: node.database).records(ofLibrary: "SUDA") { _ in }.records == 0)
        await node.shutdown()

        let fresh = try await consortium(backend)
        let again = try await fresh.importer.importFile(
            try SampleRecords.file(exported), libraryCode: "CEN", actor: "test")
        #expect(again.new == 2 && again.itemsNew == 3 && again.itemsRejected.isEmpty)
        let placed = try await fresh.catalog.item(barcode: "3100002")
        #expect(placed?.libraryCode == "WUZH" && placed?.callNumber == "I247.5 b1")
        await fresh.shutdown()
    }

    @Test(arguments: TestDatabase.backends)
    func circulationFilesAreWrittenWithTheirHeaders(backend: Database.Backend) async throws {
        let node = try await consortium(backend)
        let folder = TestDatabase.temporaryDirectory()
        let written = try await CirculationExport(database: node.database).write(toDirectory: folder)
        await node.shutdown()
        #expect(
            written.map(\.file) == [
                "readers.csv", "loans.csv", "holds.csv", "transits.csv", "fines.csv", "payments.csv",
            ])
        #expect(written.allSatisfy { $0.rows == 0 })
        let loans = try String(contentsOfFile: folder + "/loans.csv", encoding: .utf8)
        #expect(loans.hasPrefix("loan_id,barcode,card_number,library,status,checked_out_at,due_at,returned_at,"))
    }
}
