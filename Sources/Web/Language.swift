import Foundation

/// The two languages of the pages; Chinese (`zh`) and English (`en`).
public enum Language: String, Sendable, CaseIterable {
    case en
    case zh

    /// The language chosen from `?lang=`, the `pinakes_lang` cookie, then `Accept-Language`.
    static func negotiate(query: String?, cookie: String?, acceptLanguage: String?) -> Language {
        if let query, let language = Language(rawValue: query) { return language }
        if let cookie, let language = Language(rawValue: cookie) { return language }
        guard let acceptLanguage else { return .en }
        // Highest q-value wins; ties keep header order.
        var best: (Language, Double)?
        for part in acceptLanguage.split(separator: ",") {
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first?.lowercased() else { continue }
            let quality = pieces.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            let language: Language? = tag.hasPrefix("zh") ? .zh : tag.hasPrefix("en") ? .en : nil
            if let language, quality > (best?.1 ?? 0) { best = (language, quality) }
        }
        return best?.0 ?? .en
    }

    /// The `lang` attribute value for HTML.
    var htmlTag: String { self == .zh ? "zh-CN" : "en" }
}
