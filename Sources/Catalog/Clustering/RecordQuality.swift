import MARC

/// How good a member record is as the display record of its cluster: full cataloguing beats minimal,
/// richer beats thinner, subjects and classification count.
public enum RecordQuality {
    /// Leader/17 encoding levels, best first (MARC 21: blank full, 1, 4, I…; 3, 5, 7, K, M minimal/partial).
    static let encodingLevels: [Character] = [" ", "1", "I", "4", "L", "2", "5", "K", "7", "M", "3", "8", "u", "z"]

    /// A score: higher is better.
    public static func score(_ record: Record, summary: BibliographicSummary) -> Int {
        let level = encodingLevels.firstIndex(of: record.leader.encodingLevel) ?? encodingLevels.count
        var score = (encodingLevels.count - level) * 100
        score += min(record.fieldCount, 80)
        if !summary.subjects.isEmpty { score += 40 }
        if !summary.classifications.isEmpty { score += 30 }
        if summary.vernacularTitle != nil { score += 10 }
        return score
    }
}
