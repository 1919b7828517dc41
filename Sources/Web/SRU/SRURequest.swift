import Foundation

/// A checked SRU request: the version and operation it is answered in, and what it asks for. A request that
/// cannot be carried out keeps the diagnostic to answer with in `problem`.
struct SRURequest: Sendable {
    /// The SRU operations; scan is answered with diagnostic 4.
    enum Operation: Sendable { case explain, searchRetrieve }

    /// More records than this per response are refused (explain's configInfo `maximumRecords`).
    static let maximumRecordsLimit = 100
    /// Records per response when the request does not say (configInfo default `numberOfRecords`).
    static let defaultMaximumRecords = 10

    var version = SRUVersion.standard
    var operation = Operation.explain
    /// Whether `recordData` carries the record as escaped text (1.x `recordPacking=string`, 2.0
    /// `recordXMLEscaping=string`) rather than as XML.
    var escapesRecords = false
    var stylesheet: String?
    var contentType = "application/xml; charset=utf-8"
    var query = ""
    var startRecord = 1
    var maximumRecords = defaultMaximumRecords
    var schema = SRURecordSchema.standard
    /// SRU 1.1 `sortKeys` (`path,schema,ascending …`), when given.
    var sortKeys: String?
    /// The fatal diagnostic, when the request cannot be carried out.
    var problem: SRUDiagnostic?

    init(_ parameters: SRUParameters) {
        let versionText = parameters["version"]
        let operationName = parameters["operation"]
        operation = operationName == nil && parameters["query"] != nil ? .searchRetrieve : .explain
        if operationName == "searchRetrieve" { operation = .searchRetrieve }
        guard let version = SRUVersion.requested(versionText) else {
            self.version = SRUVersion.fallback(for: versionText ?? "")
            problem = SRUDiagnostic(
                5, details: "2.0", explanation: "version \(versionText ?? "") is not answered; use 1.1, 1.2 or 2.0")
            return
        }
        self.version = version
        do {
            try check(operationName)
            try readPresentation(parameters)
            if operation == .searchRetrieve { try readSearch(parameters) }
            if let unknown = parameters.unknownName {
                throw SRUDiagnostic(8, details: unknown, explanation: "\(unknown) is not an SRU parameter here")
            }
        } catch {
            problem = error as? SRUDiagnostic ?? SRUDiagnostic(1, details: "\(error)")
        }
    }

    private func check(_ operationName: String?) throws {
        guard let operationName, !["explain", "searchRetrieve"].contains(operationName) else { return }
        throw SRUDiagnostic(
            4, details: operationName, explanation: "only explain and searchRetrieve are answered here")
    }

    /// Packing, escaping, stylesheet and the media type, which explain and searchRetrieve share.
    private mutating func readPresentation(_ parameters: SRUParameters) throws {
        let packing = parameters["recordPacking"]
        if version.isOASIS {
            // SRU 2.0 §"recordPacking": packed or unpacked; 1.2 clients sending xml/string on 2.0 mean escaping.
            let escaping = parameters["recordXMLEscaping"] ?? (["xml", "string"].contains(packing) ? packing : nil)
            try readEscaping(escaping, parameter: "recordXMLEscaping")
            if let packing, !["packed", "xml", "string"].contains(packing) {
                throw SRUDiagnostic(
                    71, details: packing, explanation: "records are sent packed (recordPacking=packed)")
            }
        } else {
            try readEscaping(packing, parameter: "recordPacking")
        }
        if let stylesheet = parameters["stylesheet"] {
            guard !stylesheet.contains("?>"), !stylesheet.contains("\""), !stylesheet.contains("<") else {
                throw SRUDiagnostic.badValue("stylesheet", "the stylesheet address may not contain \", < or ?>")
            }
            self.stylesheet = stylesheet
        }
        if let accept = parameters["httpAccept"] { contentType = try Self.mediaType(accept) }
    }

    private mutating func readEscaping(_ value: String?, parameter: String) throws {
        switch value {
        case nil, "xml": escapesRecords = false
        case "string": escapesRecords = true
        case let other?:
            throw SRUDiagnostic(71, details: other, explanation: "\(parameter) must be xml or string")
        }
    }

    /// The response's media type for SRU 2.0 `httpAccept`; only XML media types can be answered.
    static func mediaType(_ accept: String) throws -> String {
        switch accept.trimmingCharacters(in: .whitespaces).lowercased() {
        case "application/sru+xml": "application/sru+xml; charset=utf-8"
        case "text/xml": "text/xml; charset=utf-8"
        case "application/xml", "*/*": "application/xml; charset=utf-8"
        default: throw SRUDiagnostic.badValue("httpAccept", "responses are XML: application/sru+xml or application/xml")
        }
    }
}
