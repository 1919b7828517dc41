/// The explain record (ZeeRex 2.0, `http://explain.z3950.org/dtd/2.0/`): where the server is, what the
/// catalogue is, which CQL indexes and record schemas it has, and its defaults and limits.
enum SRUExplainRecord {
    static let namespace = "http://explain.z3950.org/dtd/2.0/"

    /// A searchable index: its title and the `set.name`s that reach it, the first one being the preferred.
    struct Index: Sendable {
        var title: String
        var names: [String]
        var sorts = false
    }

    /// The CQL context sets of the indexes below.
    static let contextSets: [(name: String, identifier: String)] = [
        ("cql", "info:srw/cql-context-set/1/cql-v1.2"),
        ("dc", "info:srw/cql-context-set/1/dc-v1.1"),
        ("bath", "http://zing.z3950.org/cql/bath/2.0/"),
        ("pinakes", "urn:pinakes:cql-context-set:1.0"),
    ]

    /// Every index `CQLSearchMapping` answers, by the names clients use most.
    static let indexes: [Index] = [
        Index(title: "Any word of the record", names: ["cql.anywhere", "cql.serverChoice", "cql.keywords"]),
        Index(title: "Every record", names: ["cql.allRecords"]),
        Index(title: "Title", names: ["dc.title", "bath.title"], sorts: true),
        Index(
            title: "Author, creator or contributor",
            names: ["dc.creator", "dc.contributor", "bath.author", "bath.name"]),
        Index(title: "Subject", names: ["dc.subject", "bath.subject"]),
        Index(title: "ISBN", names: ["bath.isbn"]),
        Index(title: "ISSN", names: ["bath.issn"]),
        Index(title: "ISBN, ISSN or other identifier", names: ["dc.identifier"]),
        Index(title: "Publisher and description", names: ["dc.publisher", "dc.description"]),
        Index(title: "Year of publication (=, <, >, <=, >=, within)", names: ["dc.date"], sorts: true),
        Index(title: "Holding library and its branches (library code)", names: ["pinakes.library"]),
        Index(title: "Language (MARC code such as eng, chi)", names: ["dc.language"]),
        Index(title: "Kind of material (book, serial, map, music, video…)", names: ["dc.format"]),
    ]

    /// The ZeeRex record for a server reached at `host:port`.
    static func write(host: String, port: Int) -> String {
        var xml = "<explain xmlns=\"\(namespace)\">"
        xml += "<serverInfo protocol=\"SRU\" version=\"\(SRUVersion.standard.rawValue)\" transport=\"http\""
        xml += " method=\"GET POST\">"
        xml += SRUXMLText.element("host", host) + SRUXMLText.element("port", String(port))
        xml += SRUXMLText.element("database", "sru") + "</serverInfo>"
        xml += "<databaseInfo><title lang=\"en\" primary=\"true\">Pinakes union catalogue</title>"
        xml += "<title lang=\"zh\">Pinakes 联合目录</title>"
        xml += "<description lang=\"en\" primary=\"true\">Every member library's records gathered into titles, "
        xml += "with each library's copies. SRU 1.1, 1.2 and 2.0 (GET and POST); requests without a version "
        xml += "are answered as SRU 1.2. One record per title.</description></databaseInfo>"
        return xml + indexInfo() + schemaInfo() + configInfo() + "</explain>"
    }

    private static func indexInfo() -> String {
        var xml = "<indexInfo>"
        for set in contextSets {
            xml += "<set name=\"\(set.name)\" identifier=\"\(SRUXMLText.escaped(set.identifier))\"/>"
        }
        for index in indexes {
            xml += "<index search=\"true\" scan=\"false\" sort=\"\(index.sorts)\">"
            xml += SRUXMLText.element("title", index.title)
            for name in index.names {
                let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
                guard let set = parts.first, let local = parts.last, parts.count == 2 else { continue }
                xml += "<map><name set=\"\(set)\">\(SRUXMLText.escaped(local))</name></map>"
            }
            xml += "</index>"
        }
        return xml + "</indexInfo>"
    }

    private static func schemaInfo() -> String {
        var xml = "<schemaInfo>"
        for schema in SRURecordSchema.allCases {
            xml += "<schema identifier=\"\(schema.identifier)\" name=\"\(schema.rawValue)\""
            xml += " location=\"\(schema.location)\" sort=\"false\" retrieve=\"true\">"
            xml += SRUXMLText.element("title", schema.title) + "</schema>"
        }
        return xml + "</schemaInfo>"
    }

    private static func configInfo() -> String {
        "<configInfo>"
            + "<default type=\"numberOfRecords\">\(SRURequest.defaultMaximumRecords)</default>"
            + "<default type=\"retrieveSchema\">\(SRURecordSchema.standard.rawValue)</default>"
            + "<default type=\"contextSet\">cql</default>"
            + "<default type=\"index\">cql.anywhere</default>"
            + "<default type=\"relation\">=</default>"
            + "<default type=\"version\">\(SRUVersion.standard.rawValue)</default>"
            + "<setting type=\"maximumRecords\">\(SRURequest.maximumRecordsLimit)</setting>"
            + "<supports type=\"sort\">sortBy dc.title, dc.date (sort.ascending, sort.descending)</supports>"
            + ["=", "all", "any", "adj", "==", "<", ">", "<=", ">=", "within"].map {
                "<supports type=\"relation\">\(SRUXMLText.escaped($0))</supports>"
            }.joined()
            + "</configInfo>"
    }
}
