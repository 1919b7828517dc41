import Accounts
import Catalog
import Consortium
import Foundation
import Hummingbird
import PinakesCore

/// `/staff`: the staff dashboard — recent imports of their libraries, API tokens, and (for administrators)
/// adding a library.
enum StaffPage {
    struct TokenForm: Decodable { var name: String }
    struct LibraryForm: Decodable {
        var code: String
        var name: String
        var name_zh: String?
        var type: String?
        var parent: String?
        var region: String?
    }

    static func register(on routes: RouteTable, services: WebServices, pages: PageRenderer) {
        routes.add(.get, "/staff", access: .staff) { request, context in
            let added = request.uri.queryParameters.get("added")
            let notice = added.map { "\(Strings.table(for: context.language)["libraryAdded"] ?? "") \($0)" }
            return try await render(services: services, pages: pages, context: context, extra: ["notice": notice ?? ""])
        }
        routes.add(.post, "/staff/tokens", access: .staff) { request, context in
            let form = try await request.decode(as: TokenForm.self, context: context)
            guard let principal = context.principal else { throw WebError.unauthenticated("sign in first") }
            let token = try await services.accounts.issueToken(for: principal, name: form.name)
            return try await render(services: services, pages: pages, context: context, extra: ["newToken": token])
        }
        routes.add(.post, "/staff/libraries", access: .admin) { request, context in
            let form = try await request.decode(as: LibraryForm.self, context: context)
            guard let principal = context.principal else { throw WebError.unauthenticated("sign in first") }
            let type = try form.type.map { raw in
                guard let type = LibraryType(rawValue: raw) else {
                    throw PinakesError.invalidInput("unknown library type \(raw)")
                }
                return type
            }
            let library = try await services.libraries.add(
                NewLibrary(
                    code: form.code, name: form.name, nameZh: form.name_zh.flatMap { $0.isEmpty ? nil : $0 },
                    type: type, parentCode: form.parent.flatMap { $0.isEmpty ? nil : $0 },
                    region: form.region.flatMap { $0.isEmpty ? nil : $0 }),
                actor: principal.auditName)
            return Response.redirect(to: "/staff?added=\(library.code)", type: .found)
        }
    }

    static func render(
        services: WebServices, pages: PageRenderer, context: PinakesRequestContext, extra: [String: Any]
    ) async throws -> Response {
        guard let principal = context.principal else { throw WebError.unauthenticated("sign in first") }
        let scope: Set<Identifier<Library>>? = principal.role == .admin ? nil : principal.managedLibraries
        let runs = try await services.catalog.importRuns(limit: 20, libraries: scope)
        let formatter = ISO8601DateFormatter()
        let imports: [[String: Any]] = runs.map { run in
            [
                "library": run.libraryCode, "file": (run.source as NSString).lastPathComponent,
                "started": formatter.string(from: Date(timeIntervalSince1970: TimeInterval(run.startedAt))),
                "status": run.status, "read": run.read, "new": run.new, "updated": run.updated, "deleted": run.deleted,
                "rejected": run.rejected, "items": run.itemsNew,
            ]
        }
        let libraries = try await services.libraries.all()
        let zh = context.language == .zh
        var values: [String: Any] = [
            "imports": imports, "hasImports": !imports.isEmpty, "isAdmin": principal.role == .admin,
            "scope": principal.scopeCodes,
            "types": LibraryType.allCases.filter { $0 != .consortium }.map {
                ["value": $0.rawValue, "label": zh ? $0.labelZh : $0.label]
            },
            "parents": libraries.map { ["code": $0.code, "name": zh ? ($0.nameZh ?? $0.name) : $0.name] },
        ]
        values.merge(extra) { _, new in new }
        return try pages.page(
            "staff", title: Strings.table(for: context.language)["staff"] ?? "Staff", values: values, context: context)
    }
}
