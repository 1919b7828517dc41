import Foundation
import MARC

/// What a result list shows of a member record and what facets count, worked out once at import and kept on
/// the record's row (`display` JSON and a few columns), so a search never parses MARC for its results.
struct RecordFacts: Sendable, Hashable {
    /// The display part, stored as JSON in `bib_source_record.display`.
    struct Display: Codable, Sendable, Hashable {
        var title: String
        var titleOriginal: String?
        var authors: [String]
        var authorsOriginal: [String]
        var year: Int?
        var isbns: [String]
        var issns: [String]
        var format: String
        var languages: [String]
        var publisher: String?
        var edition: String?
    }

    var display: Display
    /// `BibliographicFormat` raw value.
    var material: String
    /// The first language code, lower case.
    var language: String?
    /// Classification class as a facet value: `lcc:QA`, `ddc:500`, `clc:I`.
    var classCode: String?
    /// The title's tokens (non-filing characters dropped), for the exact-title boost and title sorting.
    var titleKey: String
    /// The search document of the record.
    var document: SearchDocument

    init(_ record: Record, summary: BibliographicSummary) {
        let title = summary.title ?? ""
        display = Display(
            title: title, titleOriginal: summary.vernacularTitle, authors: summary.names,
            authorsOriginal: summary.vernacularNames, year: summary.year, isbns: summary.isbns, issns: summary.issns,
            format: summary.format.rawValue, languages: summary.languages, publisher: summary.publisher,
            edition: summary.edition)
        material = summary.format.rawValue
        language = summary.languages.first?.lowercased()
        classCode = Self.classCode(summary.classifications)
        let keyTokenizer = SearchTokenizer(indexesCJKUnigrams: false)
        titleKey = String(keyTokenizer.indexText(Self.filingTitle(record, title: title)).prefix(200))
        document = SearchDocument(record, dialect: summary.dialect)
    }

    var displayJSON: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(display)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// The title without its leading article as catalogued (245 second indicator, MARC 21).
    static func filingTitle(_ record: Record, title: String) -> String {
        guard let field = record["245"], let skip = field.indicator2.wholeNumberValue, skip > 0, skip < title.count
        else { return title }
        return String(title.dropFirst(skip))
    }

    /// The broad class of the first classification number that has one.
    static func classCode(_ numbers: [Classification]) -> String? {
        for scheme in ["lcc", "ddc", "clc"] {
            for number in numbers where Self.schemeName(number.scheme) == scheme {
                let text = number.number.trimmingCharacters(in: .whitespaces)
                switch scheme {
                case "lcc":
                    let letters = text.prefix { $0.isASCII && $0.isLetter }.uppercased()
                    if (1...3).contains(letters.count) { return "lcc:" + letters }
                case "ddc":
                    if let digit = text.first, digit.isASCII, let value = digit.wholeNumberValue {
                        return "ddc:\(value)00"
                    }
                default:
                    if let letter = text.first, letter.isASCII, letter.isLetter { return "clc:" + letter.uppercased() }
                }
            }
        }
        return nil
    }

    static func schemeName(_ scheme: Classification.Scheme) -> String {
        switch scheme {
        case .lcc: "lcc"
        case .ddc: "ddc"
        case .clc: "clc"
        case .other(let code): code
        }
    }
}
