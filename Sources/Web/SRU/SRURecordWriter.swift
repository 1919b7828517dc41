import Catalog
import Foundation
import MARC

/// A title's display record in one of the SRU record schemas, as the XML that goes inside `recordData`.
enum SRURecordWriter {
    static func write(_ record: Record, holdings: [LibraryHoldings], schema: SRURecordSchema) -> String {
        switch schema {
        case .marcxml: marcXML(record)
        case .dc: dublinCore(record)
        case .opacxml: opacXML(record, holdings: holdings)
        }
    }

    /// One MARC21slim `<record>` carrying its namespace, so that it stands alone inside `recordData`.
    static func marcXML(_ record: Record) -> String {
        var writer = MARCXMLWriter()
        var bytes: [UInt8] = []
        writer.append(record, to: &bytes)
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let start = "<record>"
        guard text.hasPrefix(start) else { return text }
        return "<record xmlns=\"\(MARCXMLWriter.namespace)\">" + text.dropFirst(start.count)
    }

    /// SRU's Dublin Core schema (`info:srw/schema/1/dc-schema`): the fifteen simple elements in order.
    static func dublinCore(_ record: Record) -> String {
        var xml =
            "<srw_dc:dc xmlns:srw_dc=\"info:srw/schema/1/dc-schema\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        for (element, value) in DublinCore(record).pairs {
            xml += SRUXMLText.element("dc:\(element)", value)
        }
        return xml + "</srw_dc:dc>"
    }

    /// YAZ OPAC XML (`opacxml.xsd`): the MARCXML record, then one `<holding>` per copy with its library
    /// (`nucCode`, `localLocation`), shelf, call number and one `<circulation>` saying whether it is on the
    /// shelf now and when a lent copy is due back.
    static func opacXML(_ record: Record, holdings: [LibraryHoldings]) -> String {
        var xml = "<opacRecord><bibliographicRecord>\(marcXML(record))</bibliographicRecord><holdings>"
        for library in holdings {
            for item in library.items { xml += holding(item, library: library) }
        }
        return xml + "</holdings></opacRecord>"
    }

    private static func holding(_ item: ItemHolding, library: LibraryHoldings) -> String {
        var xml = "<holding>"
        xml += SRUXMLText.element("nucCode", library.library)
        xml += SRUXMLText.element("localLocation", library.name)
        xml += SRUXMLText.element("shelvingLocation", item.location)
        xml += SRUXMLText.element("callNumber", item.callNumber)
        xml += "<circulations><circulation>"
        xml += "<availableNow value=\"\(item.status == "available" ? 1 : 0)\"/>"
        xml += SRUXMLText.element("availabilityDate", item.dueAt.map(dueDate))
        xml += SRUXMLText.element("itemId", item.barcode)
        xml += "<renewable value=\"0\"/>"
        xml += "<onHold value=\"\(item.status == "on-hold-shelf" ? 1 : 0)\"/>"
        return xml + "</circulation></circulations></holding>"
    }

    /// A due date as an ISO 8601 calendar date (UTC), as OPAC clients show `availabilityDate`.
    private static func dueDate(_ seconds: Int64) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}
