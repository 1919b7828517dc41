import MARC

/// The descriptive match point used when no identifier links two records: normalised title, first author,
/// year, edition, publisher and pagination, compared with tolerance for small differences.
public struct CompositeKey: Sendable, Hashable, Codable {
    public var title: String
    public var author: String?
    public var year: Int?
    public var edition: String?
    public var publisher: String?
    public var pages: Int?

    /// The key of a summary, or nil when it has no title to match on.
    public init?(_ summary: BibliographicSummary) {
        let title = MatchText.normalised(summary.title ?? "")
        guard !title.isEmpty else { return nil }
        self.title = String(title.prefix(80))
        author = summary.names.first.map { Self.surname(MatchText.normalised($0)) }.flatMap { $0.isEmpty ? nil : $0 }
        year = summary.year
        edition = summary.edition.map(Self.editionKey)
        publisher = summary.publisher.map(MatchText.normalised).flatMap {
            $0.split(separator: " ").first.map(String.init)
        }
        pages = summary.extent.flatMap(MatchText.largestNumber(in:))
    }

    /// What candidates are looked up by: records that can match share it exactly.
    public var blockingKey: String { "\(title)|\(year.map(String.init) ?? "")" }

    /// Whether two keys describe the same manifestation: same title and year, and no disagreement on author,
    /// edition or publisher where both have one; page counts may differ by a few (preliminaries, plates).
    public func matches(_ other: CompositeKey) -> Bool {
        guard title == other.title, year == other.year else { return false }
        if let a = author, let b = other.author, a != b { return false }
        if let a = edition, let b = other.edition, a != b { return false }
        if let a = publisher, let b = other.publisher, a != b { return false }
        if let a = pages, let b = other.pages, abs(a - b) > max(4, max(a, b) / 50) { return false }
        return true
    }

    /// Words every edition statement uses, which do not tell two editions apart.
    static let editionNoise: Set<String> = [
        "ed", "edn", "edition", "editions", "eds", "rev", "revised", "and", "the", "new", "ausg", "aufl", "auflage",
        "edicion", "edizione", "izd", "版",
    ]

    /// The edition number with the words that set an edition apart: "4th ed." → "4",
    /// "Instructor's annotated ed., 4th ed." → "4 annotated instructor s", "2. Aufl." → "2".
    static func editionKey(_ statement: String) -> String {
        let number = MatchText.largestNumber(in: statement).map(String.init)
        let words = MatchText.normalised(statement).split(separator: " ").map(String.init).filter { word in
            !editionNoise.contains(word) && !word.contains(where: \.isNumber)
        }
        return ([number].compactMap { $0 } + Set(words).sorted()).joined(separator: " ")
    }

    /// "Cao, Xueqin, 1715?-1763" → "cao": the part before the first comma-word boundary, for inverted names.
    static func surname(_ normalisedName: String) -> String {
        normalisedName.split(separator: " ").first.map(String.init) ?? normalisedName
    }
}
