import Foundation

/// The record schemas `/sru` returns (SRU schema list identifiers), named in `recordSchema` by short name
/// or identifier.
enum SRURecordSchema: String, Sendable, CaseIterable {
    case marcxml
    case dc
    case opacxml

    /// The default when a request names no schema (the explain record says so).
    static let standard = SRURecordSchema.marcxml

    /// The schema's identifier as SRU lists it.
    var identifier: String {
        switch self {
        case .marcxml: "info:srw/schema/1/marcxml-v1.1"
        case .dc: "info:srw/schema/1/dc-v1.1"
        case .opacxml: "info:srw/schema/1/opacxml-v1.0"
        }
    }

    /// The schema's title in the explain record.
    var title: String {
        switch self {
        case .marcxml: "MARC21slim MARCXML of the title's display record"
        case .dc: "Simple Dublin Core (SRU dc-schema)"
        case .opacxml: "YAZ OPAC XML: the MARCXML record with every library's copies and their availability"
        }
    }

    /// Where the schema's XSD is published.
    var location: String {
        switch self {
        case .marcxml: "http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd"
        case .dc: "http://www.loc.gov/standards/sru/recordSchemas/dc-schema.xsd"
        case .opacxml: "https://www.indexdata.com/yaz/doc/opacxml.xsd"
        }
    }

    /// The schema a request names, or nil when this server does not return it; names compare case-insensitively
    /// and the common aliases (`marc21`, `MARC21-xml`, `info:srw/schema/1/marcxml-v1.1-light`) are accepted.
    init?(requested name: String) {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        if let schema = Self.allCases.first(where: { $0.rawValue == key || $0.identifier == key }) {
            self = schema
            return
        }
        switch key {
        case "marc21", "marc", "marc21-xml", "marcxml-v1.1", "info:srw/schema/1/marcxml-v1.1-light",
            "http://www.loc.gov/marc21/slim":
            self = .marcxml
        case "dc-v1.1", "oai_dc", "info:srw/schema/1/dc-schema", "http://purl.org/dc/elements/1.1/": self = .dc
        case "opac", "opacxml-v1.0": self = .opacxml
        default: return nil
        }
    }
}
