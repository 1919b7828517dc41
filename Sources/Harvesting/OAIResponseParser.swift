import Catalog
import Foundation
import MARC
import XMLTree

/// Reads OAI-PMH 2.0 responses (http://www.openarchives.org/OAI/2.0/) with libxml2: ListRecords pages,
/// Identify, and `<error>`s. Metadata is read by its namespace: MARCXML becomes a record as it is, simple
/// Dublin Core goes through `DublinCoreCrosswalk`.
public struct OAIResponseParser: Sendable {
    /// The OAI-PMH namespace.
    public static let namespace = "http://www.openarchives.org/OAI/2.0/"
    /// The oai_dc container namespace.
    static let oaiDCNamespace = "http://www.openarchives.org/OAI/2.0/oai_dc/"
    /// The Dublin Core elements namespace.
    static let dcNamespace = "http://purl.org/dc/elements/1.1/"

    /// Where the response came from, for error messages.
    public var url: String
    public var token: String?

    public init(url: String, token: String? = nil) {
        self.url = url
        self.token = token
    }

    /// A ListRecords page; throws for broken XML, a response that is not OAI-PMH, or an OAI error other than
    /// `noRecordsMatch`.
    public func listRecords(_ bytes: [UInt8]) throws -> OAIPage {
        let document = try parse(bytes)
        defer { withExtendedLifetime(document) {} }  // the elements borrow its nodes
        guard let root = document.root else { throw failure("the document is empty") }
        let responseDate = try self.responseDate(root)
        if let error = root.child("error") {
            let code = error.attribute("code") ?? ""
            if code == "noRecordsMatch" { return OAIPage(responseDate: responseDate, noRecordsMatch: true) }
            throw HarvestError.providerError(url: url, token: token, code: code, message: error.trimmedText)
        }
        guard let list = root.child("ListRecords") else { throw failure("there is no ListRecords element") }
        var page = OAIPage(responseDate: responseDate)
        for element in list.children("record") {
            switch try read(element) {
            case .success(let record): page.records.append(record)
            case .failure(let rejection): page.rejected.append(rejection)
            }
        }
        if let token = list.child("resumptionToken") {
            page.resumptionToken = token.trimmedText
            page.completeListSize = token.attribute("completeListSize").flatMap { Int($0) }
        }
        return page
    }

    /// The Identify answer.
    public func identify(_ bytes: [UInt8]) throws -> OAIIdentity {
        let document = try parse(bytes)
        defer { withExtendedLifetime(document) {} }  // the elements borrow its nodes
        guard let root = document.root else { throw failure("the document is empty") }
        if let error = root.child("error") {
            throw HarvestError.providerError(
                url: url, token: token, code: error.attribute("code") ?? "", message: error.trimmedText)
        }
        guard let identify = root.child("Identify") else { throw failure("there is no Identify element") }
        return OAIIdentity(
            repositoryName: identify.child("repositoryName")?.trimmedText ?? "",
            granularity: identify.child("granularity")?.trimmedText ?? "YYYY-MM-DD",
            earliestDatestamp: identify.child("earliestDatestamp")?.trimmedText ?? "",
            deletedRecord: identify.child("deletedRecord")?.trimmedText ?? "no")
    }

    private func parse(_ bytes: [UInt8]) throws -> OAIDocument {
        switch OAIDocument.parse(bytes) {
        case .success(let document):
            guard let root = document.root, root.name == "OAI-PMH", root.namespaceURI == Self.namespace else {
                let name = document.root?.name ?? "nothing"
                throw failure("the document element is \(name), not OAI-PMH in \(Self.namespace)")
            }
            return document
        case .failure(let problem): throw failure("malformed XML: \(problem.message)")
        }
    }

    private func responseDate(_ root: DOMElement) throws -> String {
        guard let date = root.child("responseDate")?.trimmedText, !date.isEmpty else {
            throw failure("there is no responseDate")
        }
        return date
    }

    /// One `<record>`: its header and metadata, or why the metadata cannot be used.
    private func read(_ element: DOMElement) throws -> Result<OAIRecord, OAIRejection> {
        guard let header = element.child("header") else { throw failure("a record has no header") }
        let identifier = header.child("identifier")?.trimmedText ?? ""
        guard !identifier.isEmpty else { throw failure("a record header has no identifier") }
        var record = OAIRecord(
            identifier: identifier, datestamp: header.child("datestamp")?.trimmedText ?? "",
            setSpecs: header.children("setSpec").map(\.trimmedText), deleted: header.attribute("status") == "deleted",
            record: nil)
        if record.deleted { return .success(record) }
        guard let content = element.child("metadata")?.children.first else {
            return .failure(OAIRejection(identifier: identifier, reason: "the record has no metadata"))
        }
        switch metadata(content, identifier: identifier) {
        case .success(let marc): record.record = marc
        case .failure(let rejection): return .failure(rejection)
        }
        return .success(record)
    }

    private func metadata(_ element: DOMElement, identifier: String) -> Result<Record, OAIRejection> {
        let namespace = element.namespaceURI ?? ""
        if element.name == "dc", namespace == Self.oaiDCNamespace {
            let dc = dublinCore(element)
            guard !dc.elements.isEmpty else {
                return .failure(
                    OAIRejection(identifier: identifier, reason: "the oai_dc record has no Dublin Core elements"))
            }
            return .success(DublinCoreCrosswalk.record(from: dc, identifier: identifier))
        }
        if element.name == "record" || element.name == "collection",
            namespace.isEmpty || MARCXMLReader.namespaces.contains(namespace)
        {
            return marcRecord(element, identifier: identifier)
        }
        return .failure(
            OAIRejection(
                identifier: identifier,
                reason: "metadata \(element.name) in \(namespace.isEmpty ? "no namespace" : namespace) "
                    + "is neither MARCXML nor oai_dc"))
    }

    private func marcRecord(_ element: DOMElement, identifier: String) -> Result<Record, OAIRejection> {
        guard let bytes = element.standaloneBytes() else {
            return .failure(OAIRejection(identifier: identifier, reason: "the MARCXML could not be copied"))
        }
        let reader = MARCXMLReader(bytes: bytes)
        guard let record = reader.next(), record.fieldCount > 0 else {
            let why = reader.diagnostics.first.map { String(describing: $0) } ?? "no MARC fields"
            return .failure(OAIRejection(identifier: identifier, reason: "unreadable MARCXML: \(why)"))
        }
        return .success(record)
    }

    private func dublinCore(_ element: DOMElement) -> DublinCore {
        var dc = DublinCore()
        for child in element.children where child.namespaceURI == Self.dcNamespace {
            dc.add(child.name, child.trimmedText)
        }
        return dc
    }

    private func failure(_ reason: String) -> HarvestError {
        .badResponse(url: url, token: token, reason: reason)
    }
}
