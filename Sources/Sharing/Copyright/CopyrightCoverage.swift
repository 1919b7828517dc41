import Foundation
import ISO18626

/// Which copy requests a rule covers; an empty list means "any".
public struct CopyrightCoverage: Sendable, Hashable, Codable {
    /// ISO 18626 services covered, normally only `Copy`.
    public var services: [ServiceType]
    /// Publication types covered, lower case (`article`, `journal`, `book`, `chapter`).
    public var publicationTypes: [String]
    /// Only works published at most this many calendar years before the request year (CONTU: 5); a work of
    /// unknown date counts as recent, the cautious reading.
    public var publishedWithinYears: Int?
    /// ISO 3166-1 alpha-2 codes of the countries whose law the rule applies (the supplying library's country).
    public var jurisdictions: [String]

    /// A coverage; leaving everything out covers every copy request.
    public init(
        services: [ServiceType] = [], publicationTypes: [String] = [], publishedWithinYears: Int? = nil,
        jurisdictions: [String] = []
    ) {
        self.services = services
        self.publicationTypes = publicationTypes
        self.publishedWithinYears = publishedWithinYears
        self.jurisdictions = jurisdictions
    }

    enum CodingKeys: String, CodingKey {
        case services, publicationTypes, publishedWithinYears, jurisdictions
    }

    /// Reads a coverage; keys left out cover everything.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        services = try c.decodeIfPresent([ServiceType].self, forKey: .services) ?? []
        publicationTypes = try c.decodeIfPresent([String].self, forKey: .publicationTypes) ?? []
        publishedWithinYears = try c.decodeIfPresent(Int.self, forKey: .publishedWithinYears)
        jurisdictions = try c.decodeIfPresent([String].self, forKey: .jurisdictions) ?? []
    }

    /// Whether a request with these facts falls under the rule.
    public func covers(_ facts: CopyRequestFacts) -> Bool {
        if !services.isEmpty, !services.contains(facts.service) { return false }
        if !publicationTypes.isEmpty, !publicationTypes.contains(facts.publicationType.lowercased()) { return false }
        if !jurisdictions.isEmpty {
            guard let country = facts.jurisdiction?.uppercased(), jurisdictions.contains(country) else { return false }
        }
        if let years = publishedWithinYears, let published = facts.publicationYear {
            return facts.requestYear - published <= years
        }
        return true
    }
}
