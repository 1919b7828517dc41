import Foundation
import ISO18626
import Testing

@Suite(.enabled(if: CrosslinkSamples.isPresent, "needs ../shared/data")) struct DatesAreReadToTheMillisecond {
    /// 2024-12-12T20:12:00Z.
    let base: TimeInterval = 1_734_034_320

    @Test func nanosecondsAreTruncatedToMilliseconds() {
        let date = ISO18626DateTime.date(from: "2024-12-12T20:12:00.629710681Z")
        #expect(date == Date(timeIntervalSince1970: base + 0.629))
        #expect(ISO18626DateTime.date(from: "2024-12-12T20:12:00.62959771Z") == date)
        #expect(ISO18626DateTime.date(from: "2024-12-12T20:12:00.6Z") == Date(timeIntervalSince1970: base + 0.6))
    }

    @Test func offsetsAreApplied() {
        let utc = ISO18626DateTime.date(from: "2024-12-12T20:12:00Z")
        #expect(utc == Date(timeIntervalSince1970: base))
        #expect(ISO18626DateTime.date(from: "2024-12-13T04:12:00+08:00") == utc)
        #expect(ISO18626DateTime.date(from: "2024-12-12T14:42:00-05:30") == utc)
        #expect(ISO18626DateTime.date(from: "2024-12-12T20:12:00") == utc)
        #expect(ISO18626DateTime.date(from: "2024-12-12T24:00:00Z") == instant("2024-12-13T00:00:00Z"))
    }

    @Test func calendarEdgesAreChecked() {
        #expect(ISO18626DateTime.date(from: "2024-02-29T00:00:00Z") != nil)
        #expect(ISO18626DateTime.date(from: "2023-02-29T00:00:00Z") == nil)
        #expect(ISO18626DateTime.date(from: "2024-13-01T00:00:00Z") == nil)
        #expect(ISO18626DateTime.date(from: "2024-12-12T20:60:00Z") == nil)
        #expect(ISO18626DateTime.date(from: "-0044-03-15T12:00:00Z") == nil)
        #expect(ISO18626DateTime.date(from: "2024-12-12T20:12:00+15:00") == nil)
        #expect(ISO18626DateTime.date(from: "2024-12-12T20:12:00.Z") == nil)
        #expect(ISO18626DateTime.date(from: "2024-12-12 20:12:00Z") == nil)
        #expect(ISO18626DateTime.date(from: "0001-01-01T00:00:00Z") == Date(timeIntervalSince1970: -62_135_596_800))
    }

    @Test func writerGivesUTCMillisecondsAndZ() {
        #expect(ISO18626DateTime.string(from: Date(timeIntervalSince1970: base + 0.629)) == "2024-12-12T20:12:00.629Z")
        #expect(ISO18626DateTime.string(from: Date(timeIntervalSince1970: base + 0.6296)) == "2024-12-12T20:12:00.630Z")
        #expect(
            ISO18626DateTime.string(from: Date(timeIntervalSince1970: -62_135_596_800)) == "0001-01-01T00:00:00.000Z")
        #expect(ISO18626DateTime.string(from: Date(timeIntervalSince1970: -0.5)) == "1969-12-31T23:59:59.500Z")
    }

    @Test func readWriteReadGivesTheSameInstant() {
        for text in ["2024-12-12T20:12:00.629710681Z", "2025-03-01T09:30:00.123456+08:00", "1999-12-31T23:59:59.999Z"] {
            let first = ISO18626DateTime.date(from: text)
            let again = first.map(ISO18626DateTime.string(from:)).flatMap(ISO18626DateTime.date(from:))
            #expect(first != nil)
            #expect(again == first)
        }
    }

    @Test func messageDatesWithOffsetsAndNanosecondsAreReadThroughTheReader() throws {
        let dates =
            "<dueDate>2025-01-10T23:59:59.999999999+08:00</dueDate>"
            + "<lastChange>2024-12-13T04:12:00.1+08:00</lastChange>"
        let text = CrosslinkSamples.text("supmsg-ok.xml")
            .replacingOccurrences(of: "<lastChange>2024-12-12T20:12:00.629710681Z</lastChange>", with: dates)
        let document = try ISO18626Reader().read(text).get()
        guard case .supplyingAgencyMessage(let message) = document.message else {
            Issue.record("expected a supplyingAgencyMessage")
            return
        }
        #expect(message.statusInfo.dueDate == instant("2025-01-10T15:59:59.999Z"))
        #expect(message.statusInfo.lastChange == Date(timeIntervalSince1970: base + 0.1))
    }
}
