import Foundation
import HTTPTypes
import Hummingbird
import ISO18626
import Sharing

/// `GET /api/v1/ill/statements?agency=ISIL:X&month=2026-12[&format=csv]`: an agency's monthly statement.
enum StatementAPI {
    static func register(on routes: RouteTable, services: WebServices) {
        routes.add(.get, "/api/v1/ill/statements", access: .staff) { request, _ in
            let query = request.uri.queryParameters
            let desk = try SharingCaller.desk(services)
            let agency: AgencyID
            if let text = query.get("agency"), !text.isEmpty {
                agency = AgencyID(parsing: text)
            } else if let own = try await desk.directory.ownAgencies().first {
                agency = own.agency
            } else {
                throw WebError.invalidParameter("agency", "give the agency, e.g. ISIL:CN-SZ")
            }
            let (year, month) = try month(query.get("month"), now: services.clock.now)
            let statement = try await desk.statement(member: agency, year: year, month: month)
            guard query.get("format") == "csv" else { return try JSONResponse.make(StatementView(statement)) }
            let name = "statement-\(agency.value)-\(year)-\(String(format: "%02d", month)).csv"
            return Response(
                status: .ok,
                headers: [
                    .contentType: "text/csv; charset=utf-8", .contentDisposition: "attachment; filename=\"\(name)\"",
                ],
                body: ResponseBody(byteBuffer: ByteBuffer(string: statement.csv())))
        }
    }

    static func month(_ text: String?, now: Date) throws -> (Int, Int) {
        guard let text, !text.isEmpty else {
            let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month], from: now)
            return (parts.year ?? 2026, parts.month ?? 1)
        }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2, (1...12).contains(parts[1]) else {
            throw WebError.invalidParameter("month", "month must look like 2026-12")
        }
        return (parts[0], parts[1])
    }
}

/// A monthly statement as JSON: its lines, totals with the net position per currency, and counts.
struct StatementView: Encodable {
    struct Total: Encodable {
        var currency: String
        var owedToMemberCents: Int
        var owedByMemberCents: Int
        var netCents: Int
    }
    var member: String
    var year: Int
    var month: Int
    var timeZone: String
    var lines: [StatementLine]
    var totals: [Total]
    var counterparts: [CounterpartSubtotal]
    var counts: StatementCounts

    init(_ statement: MonthlyStatement) {
        member = statement.member.description
        year = statement.year
        month = statement.month
        timeZone = statement.timeZone.identifier
        lines = statement.lines
        totals = statement.totals.map {
            Total(
                currency: $0.currency, owedToMemberCents: $0.owedToMemberCents, owedByMemberCents: $0.owedByMemberCents,
                netCents: $0.netCents)
        }
        counterparts = statement.counterparts
        counts = statement.counts
    }
}
