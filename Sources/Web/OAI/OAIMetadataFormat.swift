import Catalog
import MARC

/// The metadata formats this repository disseminates for every item (OAI-PMH 2.0 §4.4).
enum OAIMetadataFormat: String, Sendable, CaseIterable {
    /// Unqualified Dublin Core, which every OAI-PMH repository must offer (§3.4).
    case oaiDC = "oai_dc"
    /// The record itself as MARC 21 XML (MARC21slim).
    case marc21

    var schema: String {
        switch self {
        case .oaiDC: "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"
        case .marc21: "http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd"
        }
    }

    var namespace: String {
        switch self {
        case .oaiDC: "http://www.openarchives.org/OAI/2.0/oai_dc/"
        case .marc21: MARCXMLWriter.namespace
        }
    }

    /// The format a `metadataPrefix` names; cannotDisseminateFormat otherwise.
    static func named(_ prefix: String) throws(OAIProblem) -> OAIMetadataFormat {
        guard let format = OAIMetadataFormat(rawValue: prefix) else {
            throw OAIProblem(
                .cannotDisseminateFormat, "metadataPrefix \(prefix) is not offered here; use oai_dc or marc21")
        }
        return format
    }

    /// Writes the record's `metadata` content: one element in the format's namespace.
    func write(_ record: Record, to writer: inout OAIResponseWriter) {
        switch self {
        case .oaiDC: Self.writeDublinCore(record, to: &writer)
        case .marc21: Self.writeMARC(record, to: &writer)
        }
    }

    private static func writeDublinCore(_ record: Record, to writer: inout OAIResponseWriter) {
        writer.open(
            "oai_dc:dc",
            [
                ("xmlns:oai_dc", OAIMetadataFormat.oaiDC.namespace), ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
                ("xsi:schemaLocation", "\(OAIMetadataFormat.oaiDC.namespace) \(OAIMetadataFormat.oaiDC.schema)"),
            ])
        writer.raw("\n")
        for (element, value) in DublinCore(record).pairs {
            writer.element("dc:" + element, value)
        }
        writer.close("oai_dc:dc")
    }

    /// MARCXMLWriter writes `<record>` for a `<collection>` that declares the namespace; inside `metadata` the
    /// record stands alone, so its start tag gets the namespace and schema location itself.
    private static func writeMARC(_ record: Record, to writer: inout OAIResponseWriter) {
        var marc = MARCXMLWriter()
        var bytes: [UInt8] = []
        marc.append(conforming(record), to: &bytes)
        let plain = Array("  <record>".utf8)
        guard bytes.starts(with: plain) else {
            writer.raw(bytes: bytes)
            return
        }
        writer.open(
            "record",
            [
                ("xmlns", MARCXMLWriter.namespace),
                ("xsi:schemaLocation", "\(MARCXMLWriter.namespace) \(OAIMetadataFormat.marc21.schema)"),
            ])
        writer.raw(bytes: Array(bytes[plain.count...]))
    }

    /// MARC 21 indicators are digits, lower-case letters or blank (MARC21slim's pattern); real member records
    /// carry the odd upper-case one, written here in lower case, and anything else as blank (undefined).
    static func conforming(_ record: Record) -> Record {
        func valid(_ indicator: Character) -> Bool {
            indicator == " " || (indicator.isASCII && (indicator.isNumber || indicator.isLowercase))
        }
        func fixed(_ indicator: Character) -> Character {
            if valid(indicator) { return indicator }
            let lower = Character(indicator.lowercased())
            return valid(lower) ? lower : " "
        }
        let fields = record.fields
        guard fields.contains(where: { $0.value == nil && !(valid($0.indicator1) && valid($0.indicator2)) }) else {
            return record
        }
        return Record(
            leader: record.leader,
            fields: fields.map { field in
                guard field.value == nil else { return field }
                var field = field
                field.indicator1 = fixed(field.indicator1)
                field.indicator2 = fixed(field.indicator2)
                return field
            })
    }
}
