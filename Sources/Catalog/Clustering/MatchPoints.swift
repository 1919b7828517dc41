import MARC

/// What a member record can be matched on, strongest first (DESIGN.md section 4).
public struct MatchPoints: Sendable, Hashable, Codable {
    public var oclcNumbers: Set<String>
    public var isbns: Set<String>
    /// ISBNs from 020/010 `$z`: a weak point that only confirms a descriptive match.
    public var weakISBNs: Set<String>
    public var issns: Set<String>
    public var lccn: String?
    public var year: Int?
    public var composite: CompositeKey?
    /// The record describes a serial, whose ISSN identifies it (nil in keys stored before this was kept).
    public var serial: Bool?

    public init(_ summary: BibliographicSummary) {
        oclcNumbers = Set(summary.oclcNumbers)
        isbns = Set(summary.isbns)
        weakISBNs = Set(summary.invalidISBNs.compactMap { ISBN.isbn13($0) }).subtracting(summary.isbns)
        issns = Set(summary.issns)
        lccn = summary.lccn
        year = summary.year
        composite = CompositeKey(summary)
        serial = summary.format == .serial
    }

    /// The strong keys as (kind, value) pairs, as stored for look-ups.
    public var strongKeys: [MatchKey] {
        oclcNumbers.sorted().map { MatchKey(kind: .oclc, value: $0) }
            + isbns.sorted().map { MatchKey(kind: .isbn, value: $0) }
            + issns.sorted().map { MatchKey(kind: .issn, value: $0) }
            + (lccn.map { [MatchKey(kind: .lccn, value: $0)] } ?? [])
    }

    /// Every key stored for this record: strong keys, weak ISBNs and the composite blocking key.
    public var keys: [MatchKey] {
        strongKeys + weakISBNs.sorted().map { MatchKey(kind: .weakISBN, value: $0) }
            + (composite.map { [MatchKey(kind: .composite, value: $0.blockingKey)] } ?? [])
    }

    /// Records that must never share a cluster: different ISSNs, or different years.
    public func conflicts(with other: MatchPoints) -> Bool {
        if !issns.isEmpty && !other.issns.isEmpty && issns.isDisjoint(with: other.issns) { return true }
        if let a = year, let b = other.year, a != b { return true }
        return false
    }

    /// Titles agree when they are equal or one extends the other (a subtitle recorded by one cataloguer only).
    func titlesAgree(with other: MatchPoints) -> Bool {
        guard let mine = composite?.title, let theirs = other.composite?.title else { return true }
        return mine == theirs || mine.hasPrefix(theirs + " ") || theirs.hasPrefix(mine + " ")
    }

    /// How strongly `other` says "same manifestation": 3 for a shared identifier, 2 for a descriptive match
    /// confirmed by a weak ISBN, 1 for a descriptive match alone, 0 for none or a conflict.
    public func strength(against other: MatchPoints) -> Int {
        guard !conflicts(with: other) else { return 0 }
        let unique = !oclcNumbers.isDisjoint(with: other.oclcNumbers) || (lccn != nil && lccn == other.lccn)
        if unique { return 3 }
        // A shared ISSN on two books is often their series' (symposium proceedings, working papers): it links
        // them only when their titles agree.
        if !issns.isDisjoint(with: other.issns)
            && ((serial == true && other.serial == true) || titlesAgree(with: other))
        {
            return 3
        }
        // One ISBN on many records is common for the volumes of a set ("(set)"): it links records only when
        // their titles do not tell them apart.
        if !isbns.isDisjoint(with: other.isbns) && titlesAgree(with: other) { return 3 }
        guard let mine = composite, let theirs = other.composite, mine.matches(theirs) else { return 0 }
        let allISBNs = isbns.union(weakISBNs)
        let linked = !allISBNs.isDisjoint(with: other.isbns.union(other.weakISBNs))
        // Both carry ISBNs and none is shared: the publisher told them apart (the books of a series described
        // alike, a teacher's edition), so a descriptive match alone does not join them.
        if !linked && !isbns.isEmpty && !other.isbns.isEmpty { return 0 }
        return linked ? 2 : 1
    }
}

/// One stored match key: what kind of point, and its normalised value.
public struct MatchKey: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case oclc, isbn, weakISBN = "isbn-weak", issn, lccn, composite
    }
    public var kind: Kind
    public var value: String
}
