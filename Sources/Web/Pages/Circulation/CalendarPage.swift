import Circulation
import Consortium
import Foundation
import Hummingbird
import PinakesCore

/// `/staff/circulation/calendar?library=CODE`: a library's opening hours, closures and the next two weeks as
/// readers will find them, with the calendar as JSON for the library's staff to edit.
enum CalendarPage {
    struct CalendarForm: Decodable {
        var library: String
        var calendar: String
    }

    static func register(on routes: RouteTable, services: WebServices, pages: PageRenderer) {
        routes.add(.get, "/staff/circulation/calendar", access: .staff) { request, context in
            let code = request.uri.queryParameters.get("library") ?? "CEN"
            return try await render(code: code, [:], context, services, pages)
        }
        routes.add(.post, "/staff/circulation/calendar", access: .staff) { request, context in
            let form = try await request.decode(as: CalendarForm.self, context: context)
            let library = try await CirculationCaller.desk(form.library, context, services: services)
            do {
                let calendar = try CalendarAPI.decode(Data(form.calendar.utf8))
                try await services.circulation.policies.saveCalendar(
                    calendar, for: library.id, actor: try CirculationCaller.principal(context).auditName)
                return try await render(
                    code: library.code, ["notice": Strings.text("calendarSaved", context.language)], context,
                    services, pages)
            } catch PinakesError.invalidInput(let message) {
                return try await render(
                    code: library.code, ["error": message, "draft": form.calendar], context, services, pages,
                    status: .badRequest)
            }
        }
    }

    static func render(
        code: String, _ extra: [String: Any], _ context: PinakesRequestContext, _ services: WebServices,
        _ pages: PageRenderer, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let language = context.language
        let rules = try await services.circulation.policies.rules()
        let library = try rules.library(code: code)
        let calendar = rules.calendar(for: library.id)
        let today = LocalDate(epochSeconds: services.clock.epochSeconds, in: calendar.timeZone)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var values: [String: Any] = [
            "library": library.code,
            "libraryName": language == .zh ? (library.nameZh ?? library.name) : library.name,
            "libraries": rules.libraries.map {
                ["code": $0.code, "selected": $0.code == library.code] as [String: Any]
            },
            "ownCalendar": rules.hasOwnCalendar(library.id),
            "timeZone": calendar.timeZone.identifier,
            "week": Weekday.allCases.map { day in
                [
                    "day": Strings.text("weekday.\(day.rawValue)", language),
                    "hours": hours(calendar.weeklyHours[day] ?? [], language),
                ]
            },
            "closures": calendar.closures.map {
                ["name": $0.name, "from": $0.from.description, "through": $0.through.description]
            },
            "coming": (0..<14).map { offset -> [String: Any] in
                let date = today.adding(days: offset)
                return [
                    "date": date.description, "weekday": Strings.text("weekday.\(date.weekday.rawValue)", language),
                    "hours": hours(calendar.periods(on: date), language), "closed": !calendar.isOpen(on: date),
                ]
            },
            "mayEdit": context.principal?.mayManage(library.id) ?? false,
            "json": String(decoding: try encoder.encode(calendar), as: UTF8.self),
        ]
        values.merge(extra) { _, new in new }
        if let draft = extra["draft"] { values["json"] = draft }
        return try pages.page(
            "calendar", title: Strings.text("calendar", language), values: values, context: context, status: status)
    }

    static func hours(_ periods: [OpeningPeriod], _ language: Language) -> String {
        periods.isEmpty
            ? Strings.text("closed", language) : periods.map { "\($0.opens)–\($0.closes)" }.joined(separator: ", ")
    }
}
