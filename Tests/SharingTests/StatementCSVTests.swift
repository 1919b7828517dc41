import Foundation
import ISO18626
import Sharing
import Testing

@Suite struct StatementCSVFollowsRFC4180 {
    let names: [AgencyID: String] = [
        LedgerFixtures.university: "Shenzhen University Library, Main Campus",
        LedgerFixtures.museum: "The \"Old Town\" Museum",
        LedgerFixtures.overseas: "纽约大学图书馆",
    ]

    func csv() throws -> String {
        try MonthlyStatement.make(
            member: LedgerFixtures.central, year: 2025, month: 6, timeZone: LedgerFixtures.shanghai,
            entries: LedgerFixtures.june, counterpartNames: names
        ).csv()
    }

    @Test func theHeaderNamesTheColumnsInTheirFixedOrder() throws {
        let header = try csv().components(separatedBy: "\r\n").first
        #expect(
            header
                == "record,date,request_id,counterpart,counterpart_name,role,service,kind,currency,amount,description")
    }

    @Test func everyRecordEndsInCRLF() throws {
        let text = try csv()
        #expect(text.hasSuffix("\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(text.components(separatedBy: "\r\n").count == 1 + 4 + 3 + 6 + 1)
    }

    @Test func namesWithCommasAndQuotesAreQuotedAndChineseIsKept() throws {
        let lines = try csv().components(separatedBy: "\r\n")
        #expect(
            lines[1]
                == "line,2025-06-03,R-1,ISIL:CN-SZ-UNI,\"Shenzhen University Library, Main Campus\",lent,Loan,loanFee,CNY,10.00,"
        )
        #expect(
            lines[3]
                == "line,2025-06-10,R-2,ISIL:CN-SZ-MUS,\"The \"\"Old Town\"\" Museum\",borrowed,Copy,copyFee,CNY,-3.00,"
        )
        #expect(lines[4] == "line,2025-06-20,R-3,OCLC:NYU,纽约大学图书馆,lent,Copy,copyFee,USD,5.00,")
    }

    @Test func totalsAndTheNetRowCloseEachCurrency() throws {
        let lines = try csv().components(separatedBy: "\r\n")
        #expect(
            lines.contains("counterpart,,,ISIL:CN-SZ-UNI,\"Shenzhen University Library, Main Campus\",,,,CNY,12.50,"))
        #expect(lines.contains("owed_to_member,,,,,,,,CNY,12.50,"))
        #expect(lines.contains("owed_by_member,,,,,,,,CNY,-3.00,"))
        #expect(lines.contains("net,,,,,,,,CNY,9.50,"))
        #expect(lines.contains("net,,,,,,,,USD,5.00,"))
    }

    @Test func fieldsNeedingQuotesAreTheOnesRFC4180Names() {
        #expect(CSVText.field("plain") == "plain")
        #expect(CSVText.field("a,b") == "\"a,b\"")
        #expect(CSVText.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVText.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVText.field("深圳图书馆") == "深圳图书馆")
        #expect(CSVText.record(["", "x"]) == ",x\r\n")
    }

    @Test func theBytesAreUTF8WithAnOptionalByteOrderMark() throws {
        let statement = try MonthlyStatement.make(
            member: LedgerFixtures.central, year: 2025, month: 6, timeZone: LedgerFixtures.shanghai,
            entries: LedgerFixtures.june, counterpartNames: names)
        #expect(statement.csvData() == Data(statement.csv().utf8))
        #expect(Array(statement.csvData(byteOrderMark: true).prefix(3)) == [0xEF, 0xBB, 0xBF])
    }
}
