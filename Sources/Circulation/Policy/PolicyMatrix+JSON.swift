import Foundation
import PinakesCore

extension PolicyMatrix {
    /// The matrix bundled with Pinakes (`Resources/default-policy-matrix.json`), a starting point staff edit.
    public static func bundledDefault() throws -> PolicyMatrix {
        guard let url = Bundle.module.url(forResource: "default-policy-matrix", withExtension: "json") else {
            throw PinakesError.notFound("the bundled default-policy-matrix.json is missing")
        }
        return try decode(Data(contentsOf: url))
    }

    /// Reads a matrix from JSON and checks it.
    public static func decode(_ data: Data) throws -> PolicyMatrix {
        let matrix: PolicyMatrix
        do {
            matrix = try JSONDecoder().decode(PolicyMatrix.self, from: data)
        } catch let error as PinakesError {
            throw error
        } catch {
            throw PinakesError.invalidInput("loan policy matrix is not valid JSON for a matrix: \(error)")
        }
        try matrix.validate()
        return matrix
    }

    /// The matrix as pretty, key-sorted JSON, stable enough to diff.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Refuses a matrix with duplicate rule ids, two rules for the same key and scope, unknown groups or
    /// unusable terms; the message lists every problem.
    public func validate() throws {
        var problems: [String] = []
        var ids: Set<String> = []
        var keys: [String: String] = [:]
        let groupNames = Set(groups.map(\.name))
        for rule in rules {
            if !ids.insert(rule.id).inserted { problems.append("rule id \(rule.id) is used twice") }
            let key = "\(rule.readerCategory?.rawValue ?? "*")/\(rule.itemType?.rawValue ?? "*")/\(rule.scope)"
            if let other = keys[key] {
                problems.append("rules \(other) and \(rule.id) have the same category, item type and scope")
            }
            keys[key] = keys[key] ?? rule.id
            if case .group(let name) = rule.scope, !groupNames.contains(name) {
                problems.append("rule \(rule.id) names group \(name), which is not defined")
            }
            problems += rule.policy.problems.map { "rule \(rule.id): \($0)" }
        }
        guard problems.isEmpty else {
            throw PinakesError.invalidInput("loan policy matrix: " + problems.joined(separator: "; "))
        }
    }
}
