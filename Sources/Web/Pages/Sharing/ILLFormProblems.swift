import Circulation
import Sharing

/// Why a request was not sent, in the page's language: each problem the desk names by its field goes next to
/// that field, and every problem is listed above the form.
struct ILLFormProblems {
    /// Problem text by form field name.
    var byField: [String: String] = [:]
    /// Every problem, in the order found.
    var all: [String] = []

    /// No problems.
    init() {}

    /// The problems in a refusal; `invalidInput` lists them as `field: what is wrong`, joined by `; `.
    init(_ error: any Error, _ language: Language) {
        if case .invalidInput(let text) = error as? SharingRefusal {
            for problem in text.components(separatedBy: "; ") { add(problem, language) }
        } else if let refusal = ILLPages.refusal(error, language) {
            all.append(refusal.message)
            // Circulation refuses the reader's card (unknown, blocked, expired); the staff form names the card.
            if error is CirculationRefusal || Self.isCardParameter(error) { byField["card"] = refusal.message }
        }
    }

    private mutating func add(_ problem: String, _ language: Language) {
        let field = problem.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
        guard let name = Self.fields[field] else {
            all.append(language == .zh ? SharingRefusal.invalidInput(problem).chinese : problem)
            return
        }
        var text = Strings.sharing("problem.\(name)", language)
        if name == "openURL" {
            // The parser's own words say where the link went wrong.
            let given = problem.dropFirst(field.count + 1).trimmingCharacters(in: .whitespaces)
            text += " (\(given))"
        }
        byField[name] = text
        all.append(text)
    }

    private static func isCardParameter(_ error: any Error) -> Bool {
        if case .invalidParameter("card", _) = error as? WebError { return true }
        return false
    }

    /// The desk's field names in its problems, and the form field each belongs next to.
    static let fields = [
        "title": "title", "articleTitle or pages": "articleTitle", "isbn": "isbn", "issn": "issn",
        "needBefore": "needBefore", "openURL": "openURL", "card": "card",
    ]
}
