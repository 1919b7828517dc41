import Catalog
import Foundation
import Hummingbird
import MARC

/// `/records/{id}/marc`: a member record as received, field by field (tag, indicators, subfields), with links to
/// its exports.
enum MARCPage {
    static func register(on routes: RouteTable, services: WebServices, pages: PageRenderer) {
        routes.add(.get, "/records/:id/marc", access: .anyone) { _, context in
            let id = try context.parameters.identifier("id")
            let member = try await services.search.record(id: id)
            let record = member.marc
            let fields: [[String: Any]] = record.fields.map { field in
                if let value = field.value { return ["tag": field.tag, "control": true, "value": value] }
                return [
                    "tag": field.tag, "control": false,
                    "indicators": "\(field.indicator1)\(field.indicator2)".replacingOccurrences(of: " ", with: "_"),
                    "subfields": field.subfields.map { ["code": String($0.code), "value": $0.value] },
                ]
            }
            let formatter = ISO8601DateFormatter()
            let values: [String: Any] = [
                "id": member.id, "library": member.library, "sourceID": member.sourceID, "version": member.version,
                "deleted": member.deleted,
                "updated": formatter.string(from: Date(timeIntervalSince1970: TimeInterval(member.updatedAt))),
                "titleHref": member.clusterID.map { "/titles/\($0)" } ?? "",
                "leader": record.leader.string, "fields": fields,
                "exports": RecordExportFormat.allCases.map {
                    ["format": $0.rawValue, "href": "/api/v1/records/\(member.id)?format=\($0.rawValue)"]
                },
            ]
            let title = "\(Strings.text("marcRecord", context.language)) \(member.library) \(member.sourceID)"
            return try pages.page("marc", title: title, values: values, context: context)
        }
    }
}
