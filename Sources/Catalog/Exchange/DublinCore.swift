import Foundation
import MARC

/// A record as simple (unqualified) Dublin Core: the fifteen elements, each repeatable, in element order.
/// The crosswalk follows the Library of Congress MARC to Dublin Core mapping, read through
/// `BibliographicSummary` so that MARC 21 and UNIMARC records give the same elements.
public struct DublinCore: Sendable, Hashable {
    /// The element names of simple Dublin Core (`http://purl.org/dc/elements/1.1/`), in the order written.
    public static let elementNames = [
        "title", "creator", "subject", "description", "publisher", "contributor", "date", "type", "format",
        "identifier", "source", "language", "relation", "coverage", "rights",
    ]

    /// Element name → values, only for elements that have values.
    public private(set) var elements: [String: [String]] = [:]

    public init() {}

    /// The crosswalk of one MARC record.
    public init(_ record: Record) {
        self.init(summary: BibliographicSummary(record))
    }

    /// The crosswalk of a summary: title 245/200, creators 1XX/7XX (70X/71X), subjects 6XX (60X), publisher,
    /// date, DCMI type from the leader, extent as format, ISBN/ISSN/LCCN as URNs, language codes, series.
    public init(summary: BibliographicSummary) {
        add("title", summary.title)
        add("title", summary.vernacularTitle)
        for name in summary.names { add("creator", name) }
        for name in summary.vernacularNames { add("creator", name) }
        for subject in summary.subjects { add("subject", subject) }
        add("description", summary.statementOfResponsibility)
        add("publisher", [summary.place, summary.publisher].compactMap { $0 }.joined(separator: " : "))
        add("date", summary.dateText ?? summary.year.map(String.init))
        add("type", Self.dcmiType(summary.format))
        add("format", summary.extent)
        for isbn in summary.isbns { add("identifier", "urn:isbn:\(isbn)") }
        for issn in summary.issns { add("identifier", "urn:issn:\(issn)") }
        add("identifier", summary.lccn.map { "info:lccn/\($0)" })
        for number in summary.oclcNumbers { add("identifier", "info:oclcnum/\(number)") }
        for language in summary.languages { add("language", language) }
        for series in summary.series { add("relation", series) }
        add("description", summary.edition)
    }

    /// Adds a value (trimmed; empty values and repeats are dropped).
    public mutating func add(_ element: String, _ value: String?) {
        guard let value = value?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return }
        if elements[element]?.contains(value) == true { return }
        elements[element, default: []].append(value)
    }

    /// The values of one element.
    public func values(_ element: String) -> [String] { elements[element] ?? [] }

    /// Every (element, value) pair in element order.
    public var pairs: [(element: String, value: String)] {
        Self.elementNames.flatMap { name in values(name).map { (name, $0) } }
    }

    /// The DCMI Type Vocabulary term for a kind of material.
    public static func dcmiType(_ format: BibliographicFormat) -> String {
        switch format {
        case .book, .serial, .manuscript, .musicScore: "Text"
        case .map, .image: "StillImage"
        case .video: "MovingImage"
        case .soundRecording: "Sound"
        case .electronicResource: "Software"
        case .kit, .archivalMaterial: "Collection"
        case .object: "PhysicalObject"
        case .holdings, .authority, .unknown: "Text"
        }
    }
}
