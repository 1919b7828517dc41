import Foundation

/// The arguments of one OAI-PMH request, from the query string (GET) or an
/// `application/x-www-form-urlencoded` body (POST), checked against the verb's rules (OAI-PMH 2.0 §3.1, §4).
struct OAIArguments: Sendable {
    let verb: OAIVerb
    /// Every argument but `verb`, each given once.
    let values: [String: String]

    /// The arguments as given, in order, each pair decoded (`+` is a space, then percent-decoding).
    static func pairs(_ encoded: String) -> [(String, String)] {
        encoded.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map {
                let spaced = $0.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            return (parts[0], parts.count > 1 ? parts[1] : "")
        }
    }

    /// Checks the pairs: one known verb, no repeated, unknown or missing argument, and `resumptionToken` alone.
    init(_ pairs: [(String, String)]) throws(OAIProblem) {
        var values: [String: String] = [:]
        var verbs: [String] = []
        for (name, value) in pairs {
            if name == "verb" {
                verbs.append(value)
                continue
            }
            guard values[name] == nil else { throw OAIProblem(.badArgument, "the argument \(name) is repeated") }
            values[name] = value
        }
        guard verbs.count == 1, let given = verbs.first else {
            throw OAIProblem(.badVerb, verbs.isEmpty ? "the verb argument is missing" : "the verb argument is repeated")
        }
        guard let verb = OAIVerb(rawValue: given) else {
            throw OAIProblem(.badVerb, "\(given.isEmpty ? "an empty verb" : given) is not an OAI-PMH verb")
        }
        try Self.check(values, for: verb)
        self.verb = verb
        self.values = values
    }

    private static func check(_ values: [String: String], for verb: OAIVerb) throws(OAIProblem) {
        let allowed = verb.required.union(verb.optional)
        if let unknown = values.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw OAIProblem(.badArgument, "\(verb.rawValue) does not take the argument \(unknown)")
        }
        if values["resumptionToken"] != nil {
            if let other = values.keys.sorted().first(where: { $0 != "resumptionToken" }) {
                throw OAIProblem(.badArgument, "resumptionToken is an exclusive argument; \(other) may not go with it")
            }
            return
        }
        if let missing = verb.required.sorted().first(where: { values[$0] == nil }) {
            throw OAIProblem(.badArgument, "\(verb.rawValue) needs the argument \(missing)")
        }
        if let empty = values.keys.sorted().first(where: { values[$0]?.isEmpty == true }) {
            throw OAIProblem(.badArgument, "the argument \(empty) is empty")
        }
    }

    subscript(name: String) -> String? { values[name] }
}
