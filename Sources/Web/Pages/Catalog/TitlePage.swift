import Catalog
import Foundation
import Hummingbird

/// `/titles/{id}`: one title of the union catalogue — its full description, the copies of every library nearest
/// first from the reader's home library, searches for more by its authors and on its subjects, and the member
/// records it gathers.
enum TitlePage {
    static func register(on routes: RouteTable, services: WebServices, pages: PageRenderer) {
        routes.add(.get, "/titles/:id", access: .anyone) { request, context in
            let id = try context.parameters.identifier("id")
            let home = SearchPage.homeLibrary(context, request.uri.queryParameters)
            let detail = try await services.search.cluster(id: id, homeLibrary: home)
            let language = context.language
            var values = description(detail, language: language)
            values["holdings"] = detail.title.holdings.map { TitleHoldingsView.row($0, language: language) }
            values["hasHoldings"] = !detail.title.holdings.isEmpty
            if let home {
                let libraries = try await services.libraries.all()
                let library = libraries.first { $0.code == home }
                let name = language == .zh ? library?.nameZh ?? library?.name : library?.name
                values["holdingsFrom"] = Strings.text("holdingsFrom", language, ["library": name ?? home])
            }
            let codes = try await manageableCodes(context, services: services)
            values["members"] = detail.members.map { member in
                [
                    "id": member.id, "library": member.library, "sourceID": member.sourceID, "title": member.title,
                    "quality": member.quality, "pinned": member.pinned, "isDisplayRecord": member.isDisplayRecord,
                    "marcHref": "/records/\(member.id)/marc", "clusterID": detail.title.id,
                    "canSplit": detail.members.count > 1 && codes.contains(member.library),
                    "csrfToken": context.csrfToken ?? "",
                ] as [String: Any]
            }
            values["marcHref"] = "/records/\(detail.title.displayRecordID)/marc"
            values.merge(try await TitleRequest.formValues(context, services: services)) { _, new in new }
            values.merge(ILLTitleLink.values(detail, context, services)) { _, new in new }
            return try pages.page("title", title: detail.title.title, values: values, context: context)
        }
        routes.add(.post, "/titles/:id/split", access: .staff) { request, context in
            let id = try context.parameters.identifier("id")
            let form = try await request.decode(as: SplitForm.self, context: context)
            guard let record = Int64(form.record), let principal = context.principal else {
                throw WebError.invalidParameter("record", "record must be the number of a member record")
            }
            let member = try await services.search.record(id: record)
            guard member.clusterID == id else {
                throw WebError.invalidParameter("record", "record \(record) is not in title \(id)")
            }
            let cluster = try await services.catalog.split(
                recordID: record, actor: principal.auditName, mayManage: principal.mayManage)
            return Response.redirect(to: "/titles/\(cluster)", type: .found)
        }
        routes.add(.post, "/titles/:id/merge", access: .staff) { request, context in
            let id = try context.parameters.identifier("id")
            let form = try await request.decode(as: MergeForm.self, context: context)
            guard let source = Int64(form.from.trimmingCharacters(in: .whitespaces)), let principal = context.principal
            else {
                throw WebError.invalidParameter("from", "from must be the number of a title")
            }
            try await services.catalog.merge(
                cluster: source, into: id, actor: principal.auditName, mayManage: principal.mayManage)
            return Response.redirect(to: "/titles/\(id)", type: .found)
        }
    }

    /// Codes of the libraries whose records the signed-in cataloguer may split or merge.
    static func manageableCodes(_ context: PinakesRequestContext, services: WebServices) async throws -> Set<String> {
        guard let principal = context.principal, principal.isStaff else { return [] }
        let libraries = try await services.libraries.all()
        return Set(libraries.filter { principal.mayManage($0.id) }.map(\.code))
    }

    /// The descriptive part: title, original script, authors, publication, physical description, subjects.
    static func description(_ detail: ClusterDetail, language: Language) -> [String: Any] {
        let title = detail.title
        return [
            "id": title.id,
            "heading": title.title,
            "titleOriginal": title.titleOriginal ?? "",
            "authors": title.authors.map { ["name": $0, "href": SearchLink.query("author", $0)] },
            "hasAuthors": !title.authors.isEmpty,
            "authorsOriginal": title.authorsOriginal.joined(separator: "; "),
            "responsibility": detail.statementOfResponsibility ?? "",
            "publisher": title.publisher ?? "",
            "place": detail.place ?? "",
            "year": detail.dateText ?? title.year.map(String.init) ?? "",
            "edition": title.edition ?? "",
            "extent": detail.extent ?? "",
            "format": Strings.label("format", title.format, language, fallback: title.format),
            "languages": title.languages.map { Strings.label("lang", $0, language, fallback: $0) }
                .joined(separator: ", "),
            "isbns": title.isbns.joined(separator: ", "),
            "issns": title.issns.joined(separator: ", "),
            "subjects": detail.subjects.map { ["name": $0, "href": SearchLink.query("subject", $0)] },
            "hasSubjects": !detail.subjects.isEmpty,
            "series": detail.series.joined(separator: "; "),
            "classifications": detail.classifications.map { ["scheme": $0.scheme.uppercased(), "number": $0.number] },
            "hasClassifications": !detail.classifications.isEmpty,
        ]
    }
}

/// The staff form that splits a member record out of its title.
struct SplitForm: Decodable {
    var record: String
}

/// The staff form that merges another title into this one.
struct MergeForm: Decodable {
    var from: String
}
