import MARC
import PinakesTestSupport

/// Small records built in code, with Koha 952 items, for import tests.
enum SampleRecords {
    static func book(
        id: String, title: String, status: Character = "n", items: [(barcode: String, library: String)] = []
    ) -> Record {
        var leader = Leader("00000nam a2200000 a 4500")
        leader.recordStatus = status
        var fields = [
            Field(tag: "001", value: id),
            Field(tag: "008", value: "200101s2020    ch a          000 0 chi d"),
            Field(tag: "245", indicator1: "1", indicator2: "0", subfields: [Subfield(code: "a", value: title)]),
        ]
        for item in items {
            fields.append(
                Field(
                    tag: "952",
                    subfields: [
                        Subfield(code: "a", value: item.library), Subfield(code: "p", value: item.barcode),
                        Subfield(code: "o", value: "I247.5 \(id)"), Subfield(code: "y", value: "BOOK"),
                    ]))
        }
        return Record(leader: leader, fields: fields)
    }

    static func file(_ records: [Record]) throws -> String {
        Fixtures.temporaryFile(try ISO2709Writer.bytes(records))
    }
}
