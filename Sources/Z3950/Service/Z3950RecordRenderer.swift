import Catalog
import Foundation
import MARC

/// Renders a title's display record in the syntax a client asked for, as an EXTERNAL, or the surrogate
/// diagnostic (Bib-1 238/239) when it cannot be had in that syntax.
struct Z3950RecordRenderer: Sendable {
    var syntax: [Int]?
    var elementSet: Z3950ElementSet

    func render(_ member: MemberRecord, title: SearchResult) -> NamePlusRecord.Content {
        let dialect = MARCDialect.detect(member.marc)
        let wanted: Z3950RecordSyntax
        if let syntax {
            guard let known = Z3950RecordSyntax(oid: syntax) else {
                return .diagnostic(Z3950Diagnostic(239, syntax.map(String.init).joined(separator: ".")))
            }
            wanted = known
        } else {
            wanted = .marc(dialect)
        }
        let record = elementSet == .brief ? brief(member.marc, dialect: dialect) : member.marc
        do {
            return .record(try external(record, dialect: dialect, syntax: wanted, title: title))
        } catch {
            return .diagnostic(error)
        }
    }

    private func external(_ record: Record, dialect: MARCDialect, syntax: Z3950RecordSyntax, title: SearchResult)
        throws(Z3950Diagnostic) -> ExternalRecord
    {
        switch syntax {
        case .usmarc, .unimarc:
            guard syntax == .marc(dialect) else {
                throw Z3950Diagnostic(238, "record \(title.id) is \(dialect == .unimarc ? "UNIMARC" : "MARC 21")")
            }
            return ExternalRecord(syntax: syntax.oid, encoding: .octets(try iso2709(record)))
        case .xml:
            return ExternalRecord(syntax: syntax.oid, encoding: .octets(Self.marcXML(record)))
        case .opac:
            let bibliographic = ExternalRecord(
                syntax: Z3950RecordSyntax.marc(dialect).oid, encoding: .octets(try iso2709(record)))
            return ExternalRecord(
                syntax: syntax.oid, encoding: .asn1(OPACRecordBuilder.record(bibliographic, holdings: title.holdings)))
        case .sutrs:
            return ExternalRecord(syntax: syntax.oid, encoding: .octets(Array(Self.sutrs(title).utf8)))
        }
    }

    private func iso2709(_ record: Record) throws(Z3950Diagnostic) -> [UInt8] {
        do {
            return try ISO2709Writer.bytes([record])
        } catch {
            throw Z3950Diagnostic(227, "record too long for ISO 2709")
        }
    }

    private func brief(_ record: Record, dialect: MARCDialect) -> Record {
        let kept = Z3950ElementSet.briefTags(dialect)
        return Record(leader: record.leader, fields: record.fields.filter { kept.contains($0.tag) })
    }

    /// One MARCXML `<record>` in the MARC 21 slim namespace.
    static func marcXML(_ record: Record) -> [UInt8] {
        var writer = MARCXMLWriter()
        var body: [UInt8] = []
        writer.append(record, to: &body)
        let open = Array("  <record>".utf8)
        let rest = body.starts(with: open) ? Array(body.dropFirst(open.count)) : body
        return Array("<record xmlns=\"\(MARCXMLWriter.namespace)\">".utf8) + rest
    }

    /// SUTRS: a short plain-text citation.
    static func sutrs(_ title: SearchResult) -> String {
        var lines = ["Title: \(title.title)"]
        if !title.authors.isEmpty { lines.append("Author: \(title.authors.joined(separator: "; "))") }
        if let publisher = title.publisher { lines.append("Publisher: \(publisher)") }
        if let year = title.year { lines.append("Year: \(year)") }
        for isbn in title.isbns { lines.append("ISBN: \(isbn)") }
        for library in title.holdings {
            lines.append("Held by: \(library.name) (\(library.available)/\(library.total))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
