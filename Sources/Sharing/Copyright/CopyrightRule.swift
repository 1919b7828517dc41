import Foundation

/// One copyright limit on copies, as data: what it covers, how many copies of one title a year, how much of one
/// work, and the ISO 18626 `serviceInfo/copyrightCompliance` value sent when a copy is asked for under it.
public struct CopyrightRule: Sendable, Hashable, Codable {
    /// Stable id stored with each counted copy (`us-contu-rule-of-five`).
    public var id: String
    /// Short label for staff lists.
    public var name: String
    /// Name in Chinese, for refusals shown to readers and staff.
    public var nameZh: String
    /// Name in English.
    public var nameEn: String
    /// The law or guideline the rule follows.
    public var authority: String
    /// Which requests it covers.
    public var covers: CopyrightCoverage
    /// Whose copies the yearly limit counts.
    public var scope: CopyrightScope
    /// Copies from one title (journal, or book for whole works) per calendar year; none means no yearly limit.
    public var copiesPerTitlePerYear: Int?
    /// Largest share of one work a single copy may take (0.3333 = a third), checked when the work's pages are known;
    /// the pages allowed are the share of the total rounded to the nearest page (a third of 300 is 100).
    public var maxShareOfWork: Double?
    /// Value for ISO 18626 `copyrightCompliance` (`US-CCG` for the CONTU guidelines).
    public var copyrightCompliance: String
    /// Why the figures are what they are, for the operator.
    public var note: String?

    /// A rule.
    public init(
        id: String, name: String, nameZh: String, nameEn: String, authority: String = "",
        covers: CopyrightCoverage = CopyrightCoverage(), scope: CopyrightScope = .requestingLibrary,
        copiesPerTitlePerYear: Int? = nil, maxShareOfWork: Double? = nil, copyrightCompliance: String,
        note: String? = nil
    ) {
        self.id = id
        self.name = name
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.authority = authority
        self.covers = covers
        self.scope = scope
        self.copiesPerTitlePerYear = copiesPerTitlePerYear
        self.maxShareOfWork = maxShareOfWork
        self.copyrightCompliance = copyrightCompliance
        self.note = note
    }

    enum CodingKeys: String, CodingKey {
        case id, name, nameZh, nameEn, authority, covers, scope, copiesPerTitlePerYear, maxShareOfWork
        case copyrightCompliance, note
    }

    /// Reads a rule; `authority`, `covers` (everything), `scope` (the requesting library), the limits and `note`
    /// may be left out.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id), name: try c.decode(String.self, forKey: .name),
            nameZh: try c.decode(String.self, forKey: .nameZh), nameEn: try c.decode(String.self, forKey: .nameEn),
            authority: try c.decodeIfPresent(String.self, forKey: .authority) ?? "",
            covers: try c.decodeIfPresent(CopyrightCoverage.self, forKey: .covers) ?? CopyrightCoverage(),
            scope: try c.decodeIfPresent(CopyrightScope.self, forKey: .scope) ?? .requestingLibrary,
            copiesPerTitlePerYear: try c.decodeIfPresent(Int.self, forKey: .copiesPerTitlePerYear),
            maxShareOfWork: try c.decodeIfPresent(Double.self, forKey: .maxShareOfWork),
            copyrightCompliance: try c.decode(String.self, forKey: .copyrightCompliance),
            note: try c.decodeIfPresent(String.self, forKey: .note))
    }

    /// Fields that make the rule unusable, as (field, problem); empty when it can be used.
    public var problems: [(field: String, problem: String)] {
        var found: [(String, String)] = []
        if id.trimmingCharacters(in: .whitespaces).isEmpty { found.append(("id", "is empty")) }
        if name.isEmpty || nameZh.isEmpty || nameEn.isEmpty {
            found.append(("name", "name, nameZh and nameEn are needed"))
        }
        if copyrightCompliance.trimmingCharacters(in: .whitespaces).isEmpty {
            found.append(("copyrightCompliance", "is empty"))
        }
        if let limit = copiesPerTitlePerYear, limit < 0 { found.append(("copiesPerTitlePerYear", "is negative")) }
        if let share = maxShareOfWork, !(share > 0 && share <= 1) { found.append(("maxShareOfWork", "must be in 0…1")) }
        if let years = covers.publishedWithinYears, years < 0 {
            found.append(("covers.publishedWithinYears", "is negative"))
        }
        if let type = covers.publicationTypes.first(where: { $0 != $0.lowercased() || $0.isEmpty }) {
            found.append(("covers.publicationTypes", "\"\(type)\" must be lower case and not empty"))
        }
        if let code = covers.jurisdictions.first(where: { $0.count != 2 || $0 != $0.uppercased() }) {
            found.append(("covers.jurisdictions", "\"\(code)\" is not an ISO 3166-1 alpha-2 code such as CN"))
        }
        return found
    }
}
