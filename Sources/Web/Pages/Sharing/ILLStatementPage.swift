import Foundation
import Hummingbird
import ISO18626
import Sharing

/// `/staff/ill/statements?agency=ISIL:X&month=2026-12`: a member's monthly statement — every ledger line, the
/// subtotals per counterpart, the totals and net position per currency, the counts, and the CSV download.
enum ILLStatementPage {
    static func register(on routes: RouteTable, services: WebServices, pages: PageRenderer) {
        routes.add(.get, "/staff/ill/statements", access: .staff) { request, context in
            let query = request.uri.queryParameters
            let desk = try SharingCaller.desk(services)
            let own = try await desk.directory.ownAgencies()
            let peers = try await desk.directory.peers()
            guard let agency = agency(BorrowingForm.given(query.get("agency"))) ?? own.first?.agency else {
                throw WebError.invalidParameter("agency", "give the agency, e.g. ISIL:CN-SZ")
            }
            let (year, month) = try StatementAPI.month(query.get("month"), now: services.clock.now)
            let statement = try await desk.statement(member: agency, year: year, month: month)
            let monthText = "\(year)-" + String(format: "%02d", month)
            let choices = own.map(\.agency) + peers.map(\.agency)
            var values = view(statement, context.language)
            values["month"] = monthText
            values["agencies"] = choices.map { ["code": $0.description, "selected": $0 == agency] as [String: Any] }
            values["csvHref"] =
                "/api/v1/ill/statements?agency=\(encoded(agency.description))&month=\(monthText)&format=csv"
            return try ILLPages.page(
                "ill-statement", title: Strings.sharing("statements", context.language), values: values,
                context: context, pages: pages)
        }
    }

    /// `ISIL:CN-SZ`, or a bare value taken as an ISIL.
    static func agency(_ text: String?) -> AgencyID? {
        text.map(AgencyID.init(parsing:))
    }

    static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-_.:")))
            ?? text
    }

    /// The statement's tables.
    static func view(_ statement: MonthlyStatement, _ language: Language) -> [String: Any] {
        let lines: [[String: Any]] = statement.lines.map { line in
            [
                "date": line.localDate, "requestID": line.requestID,
                "counterpart": statement.name(of: line.counterpart),
                "side": Strings.sharingLabel("role", line.role.rawValue, language, fallback: line.role.rawValue),
                "service": ILLFormat.service(line.service, language),
                "kind": Strings.sharingLabel("kind", line.kind.rawValue, language, fallback: line.kind.rawValue),
                "amount": ILLFormat.amount(line.signedCents), "currency": line.currency,
                "description": line.description,
            ]
        }
        let counterparts: [[String: Any]] = statement.counterparts.map { sub in
            [
                "counterpart": statement.name(of: sub.counterpart), "agency": sub.counterpart.description,
                "currency": sub.currency, "owedTo": ILLFormat.amount(sub.owedToMemberCents),
                "owedBy": ILLFormat.amount(sub.owedByMemberCents), "net": ILLFormat.amount(sub.netCents),
                "lines": sub.lineCount,
            ]
        }
        let totals: [[String: Any]] = statement.totals.map { total in
            [
                "currency": total.currency, "owedTo": ILLFormat.amount(total.owedToMemberCents),
                "owedBy": ILLFormat.amount(total.owedByMemberCents), "net": ILLFormat.amount(total.netCents),
            ]
        }
        let counts = statement.counts
        return [
            "member": statement.member.description, "lines": lines, "hasLines": !lines.isEmpty,
            "counterparts": counterparts, "totals": totals, "timeZone": statement.timeZone.identifier,
            "counts": [
                "loansSupplied": counts.loansSupplied, "copiesSupplied": counts.copiesSupplied,
                "loansReceived": counts.loansReceived, "copiesReceived": counts.copiesReceived,
            ],
        ]
    }
}
