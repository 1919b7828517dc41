import Foundation

extension CopyrightRules {
    /// The rules bundled with Pinakes (`Resources/copyright-rules.json`): CONTU, China, and the fallback.
    public static func bundled() throws(CopyrightRulesError) -> CopyrightRules {
        guard let url = Bundle.module.url(forResource: "copyright-rules", withExtension: "json") else {
            throw .missingResource("copyright-rules.json")
        }
        return try load(contentsOf: url)
    }

    /// Rules from a JSON file an operator supplies.
    public static func load(contentsOf url: URL) throws(CopyrightRulesError) -> CopyrightRules {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: url.path, reason: error.localizedDescription)
        }
        return try decode(data)
    }

    /// Rules from JSON data; a wrong field is reported with the rule's id and the field's path.
    public static func decode(_ data: Data) throws(CopyrightRulesError) -> CopyrightRules {
        do {
            return try JSONDecoder().decode(CopyrightRules.self, from: data)
        } catch let error as CopyrightRulesError {
            throw error
        } catch let error as DecodingError {
            throw explain(error, in: data)
        } catch {
            throw .malformedJSON(error.localizedDescription)
        }
    }

    /// Turns a decoding error into one that names the rule (by id when the JSON gives one) and the field.
    static func explain(_ error: DecodingError, in data: Data) -> CopyrightRulesError {
        let (path, problem) = pathAndProblem(error)
        guard path.first?.stringValue == CodingKeys.rules.rawValue, path.count > 1, let index = path[1].intValue
        else {
            if path.isEmpty { return .malformedJSON(problem) }
            return .invalidField(rule: "(document)", field: dotted(path), problem: problem)
        }
        let field = path.count > 2 ? dotted(Array(path[2...])) : "(the rule itself)"
        return .invalidField(rule: ruleName(at: index, in: data), field: field, problem: problem)
    }

    static func pathAndProblem(_ error: DecodingError) -> ([any CodingKey], String) {
        switch error {
        case .typeMismatch(let type, let context):
            return (context.codingPath, "expected \(kind(of: type))")
        case .valueNotFound(let type, let context):
            return (context.codingPath, "is null, expected \(kind(of: type))")
        case .keyNotFound(let key, let context):
            return (context.codingPath + [key], "is missing")
        case .dataCorrupted(let context):
            return (context.codingPath, context.debugDescription)
        @unknown default:
            return ([], "\(error)")
        }
    }

    static func kind(of type: Any.Type) -> String {
        switch type {
        case is Int.Type: return "a whole number"
        case is Double.Type: return "a number"
        case is String.Type: return "text"
        case is Bool.Type: return "true or false"
        default: return String(describing: type).hasPrefix("Array") ? "a list" : "\(type)"
        }
    }

    static func dotted(_ path: [any CodingKey]) -> String {
        path.map { key in key.intValue.map { "[\($0)]" } ?? key.stringValue }
            .joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
    }

    /// The id of the rule at `index` in the raw JSON, or `rules[index]` when it has none.
    static func ruleName(at index: Int, in data: Data) -> String {
        let object = try? JSONSerialization.jsonObject(with: data)
        if let document = object as? [String: Any], let rules = document["rules"] as? [Any], index < rules.count,
            let rule = rules[index] as? [String: Any], let id = rule["id"] as? String, !id.isEmpty
        {
            return id
        }
        return "rules[\(index)]"
    }
}
