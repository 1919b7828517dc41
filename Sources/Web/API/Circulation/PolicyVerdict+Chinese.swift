import Circulation

/// The "why" view's sentences in Chinese; the English ones are the domain's own (`PolicyVerdict.english`).
extension PolicyVerdict {
    /// The verdict as a sentence in Chinese.
    var chinese: String {
        switch self {
        case .chosen: return "采用：适用规则中最具体的一条"
        case .outrankedByScope(let winner): return "适用，但规则 \(winner) 的适用范围更窄"
        case .outrankedByKey(let winner): return "适用，但规则 \(winner) 范围相同且对读者类型和文献类型规定得更具体"
        case .laterInMatrix(let winner): return "与规则 \(winner) 同样具体，但 \(winner) 在矩阵中排在前面"
        case .doesNotApply(let mismatch): return "不适用：\(mismatch.chinese)"
        }
    }

    /// The verdict in `language`.
    func text(_ language: Language) -> String { language == .zh ? chinese : english }

    /// A stable name for scripts: `chosen`, `outranked-by-scope`, `outranked-by-key`, `later-in-matrix`,
    /// `does-not-apply`.
    var code: String {
        switch self {
        case .chosen: return "chosen"
        case .outrankedByScope: return "outranked-by-scope"
        case .outrankedByKey: return "outranked-by-key"
        case .laterInMatrix: return "later-in-matrix"
        case .doesNotApply: return "does-not-apply"
        }
    }
}

extension PolicyMismatch {
    /// The mismatch in Chinese.
    var chinese: String {
        switch self {
        case .otherReaderCategory(let category): return "该规则适用于\(category.chinese)读者"
        case .otherItemType(let type): return "该规则适用于\(type)类文献"
        case .otherLibrary(let code): return "该规则适用于图书馆 \(code)"
        case .notInGroup(let group): return "该馆不属于馆组 \(group)"
        }
    }
}

/// A "why" answer for JSON and pages: the domain's explanation plus each rule's verdict in words.
struct ExplanationView: Encodable {
    struct Line: Encodable {
        var rule: String
        var scope: String
        var readerCategory: String
        var itemType: String
        var verdict: String
        var english: String
        var chinese: String
        var chosen: Bool
    }
    var explanation: PolicyExplanation
    var chosenRule: String?
    var lines: [Line]

    init(_ explanation: PolicyExplanation) {
        self.explanation = explanation
        chosenRule = explanation.chosen?.id
        lines = explanation.candidates.map { candidate in
            Line(
                rule: candidate.rule.id, scope: candidate.rule.scope.description,
                readerCategory: candidate.rule.readerCategory?.rawValue ?? "*",
                itemType: candidate.rule.itemType?.rawValue ?? "*", verdict: candidate.verdict.code,
                english: candidate.verdict.english, chinese: candidate.verdict.chinese,
                chosen: candidate.verdict == .chosen)
        }
    }
}
