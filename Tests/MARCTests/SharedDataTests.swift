import Testing

@testable import MARC

/// Broken real-world files from copyleft sources, read from `../shared/data` when it is present.
@Suite(.enabled(if: FixtureFiles.hasSharedData, "needs ../shared/data"))
struct BrokenSharedFilesEndInDiagnosticsNotCrashes {
    @Test(arguments: [
        "marc4j/bad_hathi_records.mrc", "marc4j/bad_oversize_field_bad_directory.mrc", "marc4j/bad_too_long_plus_2.mrc",
        "marc4j/datos-20161010-slice.mrc", "marc4j/incomplete_esc_seq.mrc", "evergreen/iso2709/oss.marc",
        "marc4j/pride-and-prejudice-with-many-errors.mrc", "ruby-marc/cp866_unimarc.marc",
    ])
    func iso2709FileYieldsRecordsAndDiagnostics(name: String) throws {
        let reader = try ISO2709Reader(path: FixtureFiles.shared(name))
        let records = Array(reader)
        #expect(!records.isEmpty)
        #expect(!reader.diagnostics.isEmpty)
        #expect(reader.diagnostics.allSatisfy { $0.recordNumber >= 1 && $0.recordNumber <= records.count + 1 })
    }

    @Test(arguments: ["koha-misc4dev/koha_sample_1605_bibs.xml", "koha-misc4dev/koha_sample_1812_biblio_metadata.xml"])
    func kohaControlFieldWithUnitSeparatorIsReportedAndReadingGoesOn(name: String) throws {
        let reader = try MARCXMLReader(path: FixtureFiles.shared(name))
        let records = Array(reader)
        #expect(records.count == 436)
        let problem = try #require(reader.diagnostics.first)
        #expect(problem.severity == .error && problem.recordNumber == 368 && problem.line != nil)
        #expect(records[367].controlValue("001")?.contains("\u{1F}") == true)
    }

    @Test func evergreenSerialsFileWithSeveralTopLevelRecords() throws {
        let reader = try MARCXMLReader(path: FixtureFiles.shared("evergreen/marcxml/serials_marc21.xml"))
        #expect(Array(reader).count == 7)
        // Read leniently, but the file is not one XML document, and the reader says where it stops being one.
        #expect(reader.diagnostics.count == 1)
        #expect(reader.diagnostics.first?.recordNumber == 2 && reader.diagnostics.first?.line == 117)
        #expect(reader.diagnostics.first?.message.contains("second top-level element") == true)
    }

    @Test func ossRecordCountMatchesYaz() throws {
        let reader = try ISO2709Reader(path: FixtureFiles.shared("evergreen/iso2709/oss.marc"))
        #expect(Array(reader).count == 42)
    }
}
