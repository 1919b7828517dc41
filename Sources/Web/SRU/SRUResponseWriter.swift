/// Writes SRU responses: `searchRetrieveResponse` and `explainResponse` in the namespace and element order of
/// the version asked for (SRU 1.2 `srw:`; SRU 2.0 `sruResponse.xsd`, which still admits `version`).
enum SRUResponseWriter {
    /// A searchRetrieve response; a fatal diagnostic comes with no records and a count of 0.
    static func searchRetrieve(_ page: SRUResultPage?, request: SRURequest, problem: SRUDiagnostic?) -> String {
        let version = request.version
        let p = version.prefix
        var xml = opening("searchRetrieveResponse", request: request)
        xml += element("version", version.rawValue, version)
        xml += element("numberOfRecords", String(page?.total ?? 0), version)
        if let page, !page.entries.isEmpty {
            xml += "<\(p):records>"
            for entry in page.entries { xml += record(entry, request: request) }
            xml += "</\(p):records>"
        }
        xml += element("nextRecordPosition", page?.nextPosition.map(String.init), version)
        xml += diagnostics(problem, version: version)
        if version.isOASIS, problem == nil {
            // SRU 2.0 §"resultCountPrecision": the count is always exact here.
            xml += element("resultCountPrecision", "info:srw/vocabulary/resultCountPrecision/1/exact", version)
        }
        return xml + "</\(p):searchRetrieveResponse>\n"
    }

    /// An explain response around the ZeeRex record.
    static func explain(_ zeerex: String, request: SRURequest, problem: SRUDiagnostic?) -> String {
        let version = request.version
        var xml = opening("explainResponse", request: request)
        xml += element("version", version.rawValue, version)
        let entry = SRUResultPage.Entry(schemaIdentifier: SRUExplainRecord.namespace, xml: zeerex, position: 1)
        xml += record(entry, request: request)
        xml += diagnostics(problem, version: version)
        return xml + "</\(version.prefix):explainResponse>\n"
    }

    /// One `<diagnostic>` in the version's diagnostic namespace.
    static func diagnostic(_ diagnostic: SRUDiagnostic, version: SRUVersion) -> String {
        "<diag:diagnostic xmlns:diag=\"\(version.diagnosticNamespace)\">"
            + SRUXMLText.element("diag:uri", diagnostic.uri)
            + SRUXMLText.element("diag:details", diagnostic.details)
            + SRUXMLText.element("diag:message", diagnostic.message) + "</diag:diagnostic>"
    }

    private static func opening(_ root: String, request: SRURequest) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        if let stylesheet = request.stylesheet {
            // SRU 1.2 §"stylesheet": the server names the client's stylesheet in the response.
            xml += "<?xml-stylesheet type=\"text/xsl\" href=\"\(SRUXMLText.escaped(stylesheet))\"?>\n"
        }
        let version = request.version
        return xml + "<\(version.prefix):\(root) xmlns:\(version.prefix)=\"\(version.namespace)\">"
    }

    /// A `<record>`: schema, packing (1.x) or escaping (2.0), the data and its position.
    private static func record(_ entry: SRUResultPage.Entry, request: SRURequest) -> String {
        let version = request.version
        let p = version.prefix
        let packing = request.escapesRecords ? "string" : "xml"
        var xml = "<\(p):record>"
        xml += element("recordSchema", entry.schemaIdentifier, version)
        xml += element(version.isOASIS ? "recordXMLEscaping" : "recordPacking", packing, version)
        let data = request.escapesRecords ? SRUXMLText.escaped(entry.xml) : entry.xml
        xml += "<\(p):recordData>\(data)</\(p):recordData>"
        xml += element("recordPosition", String(entry.position), version)
        return xml + "</\(p):record>"
    }

    private static func diagnostics(_ problem: SRUDiagnostic?, version: SRUVersion) -> String {
        guard let problem else { return "" }
        let p = version.prefix
        return "<\(p):diagnostics>\(diagnostic(problem, version: version))</\(p):diagnostics>"
    }

    private static func element(_ name: String, _ value: String?, _ version: SRUVersion) -> String {
        SRUXMLText.element("\(version.prefix):\(name)", value)
    }
}
