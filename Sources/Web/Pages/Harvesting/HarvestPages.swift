import Accounts
import Consortium
import Foundation
import HTTPTypes
import Harvesting
import Hummingbird
import PinakesCore

/// The staff pages of scheduled OAI-PMH harvests: the sources of the libraries a staff member manages, their
/// recent runs, the forms to add, edit, enable, disable and delete a source, and "harvest now".
enum HarvestPages {
    static func register(on routes: RouteTable, services: WebServices, pages: PageRenderer) {
        HarvestSourcesPage.register(on: routes, services: services, pages: pages)
        HarvestSourcePage.register(on: routes, services: services, pages: pages)
        HarvestRunPage.register(on: routes, services: services, pages: pages)
    }

    /// A page with the harvest strings (`{{h.key}}`) besides the common ones (`{{t.key}}`).
    static func page(
        _ template: String, title: String, values: [String: Any], context: PinakesRequestContext,
        pages: PageRenderer, status: HTTPResponse.Status = .ok
    ) throws -> Response {
        var values = values
        values["h"] = Strings.harvestTable(for: context.language)
        return try pages.page(template, title: title, values: values, context: context, status: status)
    }

    /// The signed-in staff member.
    static func principal(_ context: PinakesRequestContext) throws -> Principal {
        guard let principal = context.principal else { throw WebError.unauthenticated("sign in first") }
        return principal
    }

    /// The library ids whose sources `principal` sees: nil (all) for administrators.
    static func scope(_ principal: Principal) -> Set<Int64>? {
        principal.role == .admin ? nil : Set(principal.managedLibraries.map(\.rawValue))
    }

    /// The libraries `principal` may harvest into, by code.
    static func manageable(_ services: WebServices, _ principal: Principal) async throws -> [Library] {
        try await services.libraries.all().filter { principal.mayManage($0.id) }.sorted { $0.code < $1.code }
    }

    /// The source named by the path's `id`: 404 when there is none, 403 outside the caller's libraries.
    static func source(_ context: PinakesRequestContext, _ services: WebServices) async throws -> HarvestSource {
        let id = try context.parameters.identifier("id")
        let registry = HarvestRegistry(database: services.database, clock: services.clock)
        guard let source = try await registry.source(id: id) else {
            throw WebError.notFound("there is no harvest source \(id)")
        }
        guard try principal(context).mayManage(Identifier(source.libraryID)) else {
            throw WebError.forbidden("harvest source \(id) belongs to \(source.libraryCode), outside your libraries")
        }
        return source
    }

    /// The library select's options, the chosen one marked.
    static func libraryOptions(_ libraries: [Library], selected: String?, _ language: Language) -> [[String: Any]] {
        libraries.map { library in
            [
                "code": library.code, "name": language == .zh ? (library.nameZh ?? library.name) : library.name,
                "selected": library.code.caseInsensitiveCompare(selected ?? "") == .orderedSame,
            ]
        }
    }

    /// The metadata format select's options, the chosen one marked.
    static func prefixOptions(selected: String?, _ language: Language) -> [[String: Any]] {
        MetadataPrefix.allCases.map { prefix in
            [
                "value": prefix.rawValue, "label": Strings.harvest("prefix.\(prefix.rawValue)", language),
                "selected": prefix.rawValue == (selected ?? MetadataPrefix.marc21.rawValue),
            ]
        }
    }

    /// Epoch seconds as an ISO 8601 time; empty for nil.
    static func time(_ seconds: Int64?) -> String {
        guard let seconds else { return "" }
        return ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    /// A source or run status in words.
    static func status(_ status: String, _ language: Language) -> String {
        let key = "status.\(status)"
        return Strings.harvestEntries[key] == nil ? status : Strings.harvest(key, language)
    }

    /// A refusal of the registry (a duplicate source, say) as a form problem.
    static func refusal(_ error: any Error, _ language: Language) -> HarvestFormRefusal? {
        guard let error = error as? HarvestError, case .invalidSource(let reason) = error else { return nil }
        let duplicate = reason.contains("already harvests")
        return HarvestFormRefusal(
            ["source": duplicate ? Strings.harvest("problem.duplicate", language) + " (\(reason))" : reason])
    }
}
