import Catalog

/// The title page's "Request from another library" link: to the reader's request form (staff get their own
/// form), prefilled from the title, and said more loudly when no copy is on the shelf anywhere.
enum ILLTitleLink {
    /// The link's values, or none when this server does not share with other libraries.
    static func values(_ detail: ClusterDetail, _ context: PinakesRequestContext, _ services: WebServices)
        -> [String: Any]
    {
        guard services.sharing != nil else { return [:] }
        let form = context.principal?.isStaff == true ? "/staff/ill/new" : "/ill/request"
        let onShelf = detail.title.holdings.reduce(0) { $0 + $1.available }
        return [
            "illHref": "\(form)?cluster=\(detail.title.id)",
            "illLabel": Strings.sharing("requestElsewhere", context.language),
            "illNoneOnShelf": onShelf == 0 ? Strings.sharing("noneOnShelf", context.language) : "",
        ]
    }
}
