import Circulation
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PinakesCore
import PinakesTestSupport
import Testing

@Suite struct StaffKeepTheirLibrarysCalendarAndDueDatesFollowIt {
    /// A week with GUSU open on Sundays only: a one-day loan made on a weekday falls due on the next Sunday.
    static let sundaysOnly = """
        {"timeZone":"Asia/Shanghai","weeklyHours":{"sunday":[{"opens":"09:00","closes":"17:00"}]},
         "closures":[],"exceptions":[]}
        """

    @Test func gusuStaffChangeTheirCalendarNotWuzhongs() async throws {
        let fixture = try await CirculationFixture.make()
        try await fixture.web.app.test(.router) { client in
            let before = try await client.execute(uri: "/api/v1/libraries/GUSU/calendar", method: .get)
            #expect(before.status == .ok && String(buffer: before.body).contains("monday"))
            let saved = try await CirculationFixture.call(
                client, .put, "/api/v1/libraries/GUSU/calendar", token: fixture.gusuToken, json: Self.sundaysOnly)
            #expect(saved.status == .ok, "\(String(buffer: saved.body))")
            let other = try await CirculationFixture.call(
                client, .put, "/api/v1/libraries/WUZH/calendar", token: fixture.gusuToken, json: Self.sundaysOnly)
            #expect(other.status == .forbidden)
            let broken = try await CirculationFixture.call(
                client, .put, "/api/v1/libraries/GUSU/calendar", token: fixture.gusuToken,
                json: #"{"timeZone":"Asia/Shanghai","weeklyHours":{"monday":[{"opens":"18:00","closes":"09:00"}]}}"#)
            #expect(broken.status == .badRequest)
            #expect(String(buffer: broken.body).contains("closes before it opens"))

            let loan = try await CirculationFixture.call(
                client, .post, "/api/v1/circulation/checkout", token: fixture.gusuToken,
                json: #"{"card":"C-JIA","barcode":"G-1","library":"GUSU"}"#)
            #expect(loan.status == .ok)
            let due = try #require((CirculationFixture.json(loan)["dueAt"] as? NSNumber)?.int64Value)
            let zone = try #require(TimeZone(identifier: "Asia/Shanghai"))
            #expect(LocalDate(epochSeconds: due, in: zone).weekday == .sunday)

            let page = try await client.execute(
                uri: "/staff/circulation/calendar?library=GUSU", method: .get,
                headers: [.authorization: "Bearer \(fixture.gusuToken)", .acceptLanguage: "zh-CN"])
            let html = String(buffer: page.body)
            #expect(page.status == .ok && html.contains("星期日") && html.contains("09:00–17:00"))
            #expect(html.contains("calendar-json"))
        }
        await fixture.web.node.shutdown()
    }
}
