import Consortium
import Hummingbird

/// `/`: the consortium's libraries as a tree, with records and items held by each.
enum HomePage {
    static func register(on routes: RouteTable, services: WebServices, pages: PageRenderer) {
        routes.add(.get, "/", access: .anyone) { _, context in
            let tree = LibraryTree(try await services.libraries.all())
            let counts = try await services.catalog.holdingsCounts()
            let zh = context.language == .zh
            let rows: [[String: Any]] = tree.withDepth.map { entry in
                let library = entry.library
                let count = counts[library.id.rawValue] ?? (0, 0)
                let primary = zh ? (library.nameZh ?? library.name) : library.name
                let alternate = zh ? library.name : library.nameZh
                return [
                    "code": library.code, "name": primary, "altName": alternate != primary ? alternate ?? "" : "",
                    "altLang": zh ? "en" : "zh-CN", "depth": entry.depth, "indent": Double(entry.depth) * 1.5 + 0.6,
                    "typeLabel": zh ? library.type.labelZh : library.type.label, "region": library.region ?? "",
                    "records": count.records, "items": count.items,
                ]
            }
            let root = tree.ordered.first { $0.type == .consortium }
            let name = (zh ? root?.nameZh ?? root?.name : root?.name) ?? Strings.table(for: context.language)["appName"]
            return try pages.page(
                "home", title: name ?? "Pinakes",
                values: ["libraries": rows, "consortiumName": name ?? "Pinakes"], context: context)
        }
    }
}
