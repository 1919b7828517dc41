/// Values handed to the Mustache templates.
enum TemplateValues {
    /// `values` without empty strings, at every depth: swift-mustache treats `""` as true in a section, so an
    /// absent original-script title or year would otherwise render its empty element and separators.
    static func withoutEmptyText(_ values: [String: Any]) -> [String: Any] {
        values.compactMapValues(clean)
    }

    private static func clean(_ value: Any) -> Any? {
        switch value {
        case let text as String: return text.isEmpty ? nil : text
        case let dictionary as [String: Any]: return withoutEmptyText(dictionary)
        case let list as [[String: Any]]: return list.map(withoutEmptyText)
        case let list as [Any]: return list.compactMap(clean)
        default: return value
        }
    }
}
