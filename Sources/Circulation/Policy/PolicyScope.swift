import PinakesCore

/// Where a rule applies: one library (by code), a named group of libraries, or the whole consortium;
/// written `"library:GUSU"`, `"group:rural"` or `"consortium"`.
public enum PolicyScope: Sendable, Hashable, Codable, CustomStringConvertible {
    case library(String)
    case group(String)
    case consortium

    /// Rank in resolution: a library's own rule beats its group's, which beats the consortium's.
    public var specificity: Int {
        switch self {
        case .library: return 2
        case .group: return 1
        case .consortium: return 0
        }
    }

    /// Reads the written form; nil when it is not one.
    public init?(_ text: String) {
        if text == "consortium" {
            self = .consortium
        } else if text.hasPrefix("library:"), text.count > 8 {
            self = .library(String(text.dropFirst(8)).uppercased())
        } else if text.hasPrefix("group:"), text.count > 6 {
            self = .group(String(text.dropFirst(6)))
        } else {
            return nil
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let scope = PolicyScope(text) else {
            throw PinakesError.invalidInput(
                "scope '\(text)' is not valid: write \"library:CODE\", \"group:NAME\" or \"consortium\"")
        }
        self = scope
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public var description: String {
        switch self {
        case .library(let code): return "library:\(code)"
        case .group(let name): return "group:\(name)"
        case .consortium: return "consortium"
        }
    }
}
