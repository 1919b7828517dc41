import Circulation
import Foundation
import Hummingbird
import PinakesCore

/// `/api/v1/libraries/{code}/calendar`: a library's opening hours, closures and exceptions, which put due
/// dates and hold-shelf expiries on open days. Staff of the library change it.
enum CalendarAPI {
    static func register(on routes: RouteTable, services: WebServices) {
        routes.add(.get, "/api/v1/libraries/:code/calendar", access: .anyone) { _, context in
            let rules = try await services.circulation.policies.rules()
            let library = try rules.library(code: try context.parameters.require("code"))
            return try Self.json(rules.calendar(for: library.id))
        }
        routes.add(.put, "/api/v1/libraries/:code/calendar", access: .staff) { request, context in
            let library = try await CirculationCaller.desk(
                try context.parameters.require("code"), context, services: services)
            var request = request
            let body = try await request.collectBody(upTo: 1 << 20)
            let calendar = try decode(Data(buffer: body))
            try await services.circulation.policies.saveCalendar(
                calendar, for: library.id, actor: try CirculationCaller.principal(context).auditName)
            return try Self.json(calendar)
        }
    }

    /// Reads a calendar, naming what is wrong with one that is not.
    static func decode(_ data: Data) throws -> LibraryCalendar {
        do {
            return try JSONDecoder().decode(LibraryCalendar.self, from: data)
        } catch let error as PinakesError {
            throw error
        } catch {
            throw PinakesError.invalidInput(
                "calendar is not valid JSON for a calendar (timeZone, weeklyHours {monday: [{opens, closes}]}, "
                    + "closures [{name, from, through}], exceptions [{date, periods, note}]): \(error)")
        }
    }

    static func json(_ calendar: LibraryCalendar) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(calendar))))
    }
}
