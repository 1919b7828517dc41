import Foundation
import Harvesting
import Hummingbird
import PinakesCore

/// `/staff/harvests`: the sources of the caller's libraries with their schedule and last harvest, the recent
/// runs, and the form to add a source.
enum HarvestSourcesPage {
    static func register(on routes: RouteTable, services: WebServices, pages: PageRenderer) {
        routes.add(.get, "/staff/harvests", access: .staff) { request, context in
            let done: String = request.uri.queryParameters.get("done") ?? ""
            let notice = ["saved", "added", "removed"].contains(done) ? done : nil
            return try await render(
                notice.map { ["notice": Strings.harvest($0, context.language)] } ?? [:], form: nil, context, services,
                pages)
        }
        routes.add(.post, "/staff/harvests", access: .staff) { request, context in
            let form = try await request.decode(as: HarvestSourceForm.self, context: context)
            let principal = try HarvestPages.principal(context)
            let libraries = try await HarvestPages.manageable(services, principal)
            let refusal: HarvestFormRefusal
            switch form.draft(libraries: libraries, principal: principal, context.language) {
            case .failure(let problems): refusal = problems
            case .success(let draft):
                do {
                    _ = try await HarvestRegistry(database: services.database, clock: services.clock)
                        .add(draft, actor: principal.auditName)
                    return Response.redirect(to: "/staff/harvests?done=added", type: .found)
                } catch {
                    guard let known = HarvestPages.refusal(error, context.language) else { throw error }
                    refusal = known
                }
            }
            return try await render(refusal.values, form: form, context, services, pages, status: .badRequest)
        }
    }

    /// The list page, with `extra` (a notice, an error, the form's problems) and the add form as posted.
    static func render(
        _ extra: [String: Any], form: HarvestSourceForm?, _ context: PinakesRequestContext, _ services: WebServices,
        _ pages: PageRenderer, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let language = context.language
        let principal = try HarvestPages.principal(context)
        let scope = HarvestPages.scope(principal)
        let registry = HarvestRegistry(database: services.database, clock: services.clock)
        let sources = try await registry.sources(libraryIDs: scope).map { sourceValues($0, language) }
        let runs = try await registry.runs(libraryIDs: scope, limit: 20).map { HarvestRunPage.runValues($0, language) }
        let libraries = try await HarvestPages.manageable(services, principal)
        let given = form ?? HarvestSourceForm(intervalHours: "24", enabled: "true")
        var values: [String: Any] = [
            "sources": sources, "hasSources": !sources.isEmpty, "runs": runs, "hasRuns": !runs.isEmpty,
            "form": given.values, "hasLibraries": !libraries.isEmpty,
            "libraries": HarvestPages.libraryOptions(libraries, selected: given.library, language),
            "prefixes": HarvestPages.prefixOptions(selected: given.prefix, language),
        ]
        values.merge(extra) { _, new in new }
        return try HarvestPages.page(
            "harvests", title: Strings.harvest("harvests", language), values: values, context: context, pages: pages,
            status: status)
    }

    /// One source as the list shows it.
    static func sourceValues(_ source: HarvestSource, _ language: Language) -> [String: Any] {
        [
            "id": source.id, "library": source.libraryCode, "baseURL": source.baseURL, "setSpec": source.setSpec,
            "prefix": source.metadataPrefix.rawValue, "intervalHours": source.intervalHours,
            "enabled": source.enabled,
            "enabledText": Strings.harvest(source.enabled ? "enabled" : "disabled", language),
            "nextFrom": source.lastFrom ?? Strings.harvest("full", language),
            "lastRun": source.lastRunAt.map { HarvestPages.time($0) } ?? Strings.harvest("never", language),
            "lastStatus": HarvestPages.status(source.lastStatus, language),
        ]
    }
}
