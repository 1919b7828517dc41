import Consortium
import Foundation
import Harvesting
import Hummingbird
import PinakesCore

/// "Harvest now" on a source, and `/staff/harvests/runs/{id}`: one run's pages, counts and error.
enum HarvestRunPage {
    static func register(on routes: RouteTable, services: WebServices, pages: PageRenderer) {
        routes.add(.post, "/staff/harvests/:id/harvest", access: .staff) { _, context in
            let source = try await HarvestPages.source(context, services)
            let actor = try HarvestPages.principal(context).auditName
            let harvester = Harvester(database: services.database, clock: services.clock)
            do {
                let run = try await harvester.harvest(source, actor: actor)
                return Response.redirect(to: "/staff/harvests/runs/\(run.id)", type: .found)
            } catch let error as HarvestError {
                // Another harvest of the source is running, or its library has gone.
                return try await HarvestSourcesPage.render(
                    ["error": String(describing: error)], form: nil, context, services, pages, status: .conflict)
            }
        }
        routes.add(.get, "/staff/harvests/runs/:id", access: .staff) { _, context in
            let id = try context.parameters.identifier("id")
            let registry = HarvestRegistry(database: services.database, clock: services.clock)
            guard let run = try await registry.run(id: id) else {
                throw WebError.notFound("there is no harvest run \(id)")
            }
            let library = try await services.libraries.library(code: run.libraryCode)
            guard let library, try HarvestPages.principal(context).mayManage(library.id) else {
                throw WebError.forbidden("harvest run \(id) belongs to \(run.libraryCode), outside your libraries")
            }
            let language = context.language
            return try HarvestPages.page(
                "harvest-run", title: Strings.harvest("run", language), values: ["run": runValues(run, language)],
                context: context, pages: pages)
        }
    }

    /// One run as the pages show it.
    static func runValues(_ run: HarvestRun, _ language: Language) -> [String: Any] {
        [
            "id": run.id, "library": run.libraryCode, "baseURL": run.baseURL,
            "from": run.from ?? Strings.harvest("full", language), "started": HarvestPages.time(run.startedAt),
            "finished": HarvestPages.time(run.finishedAt), "status": HarvestPages.status(run.status, language),
            "failed": run.status == "failed", "pages": run.pages, "new": run.new, "updated": run.updated,
            "unchanged": run.unchanged, "deleted": run.deleted, "rejected": run.rejected, "errorText": run.error ?? "",
        ]
    }
}
