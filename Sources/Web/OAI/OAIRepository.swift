import Catalog
import Consortium
import PinakesCore

/// The union catalogue's member records as an OAI-PMH 2.0 repository: answers each verb from `CatalogFeed`.
struct OAIRepository: Sendable {
    /// Records (or headers) per list response before a resumptionToken is given.
    static let defaultPageSize = 100

    let feed: CatalogFeed
    let clock: Clock
    let pageSize: Int
    /// The repositoryIdentifier when configured (`PINAKES_OAI_REPOSITORY`); else the host name, or the
    /// consortium code under `.pinakes` when the host is not a domain name.
    let configuredRepository: String?
    /// The adminEmail when configured (`PINAKES_OAI_ADMIN_EMAIL`); else `catalogue@` the repositoryIdentifier.
    let configuredAdminEmail: String?

    /// What one request's answer depends on besides its arguments.
    struct Setting {
        var baseURL: String
        var repository: String
        var tree: FeedLibraries
        /// The response date; lists end one second before it, so that second's changes wait for the next harvest.
        var now: Int64
    }

    /// The response document for the arguments of one request (`pairs` as given, `verb` included).
    func respond(to pairs: [(String, String)], baseURL: String, host: String?) async throws -> [UInt8] {
        let now = clock.epochSeconds
        let arguments: OAIArguments
        do {
            arguments = try OAIArguments(pairs)
        } catch {
            var writer = OAIResponseWriter(responseDate: now, baseURL: baseURL, arguments: nil)
            writer.error(error)
            return writer.finish()
        }
        let tree = try await feed.libraryTree()
        let repository =
            configuredRepository ?? host.flatMap(OAIItemIdentifier.repository(host:))
            ?? OAIItemIdentifier.repository(consortiumCode: tree.root?.code)
        let setting = Setting(baseURL: baseURL, repository: repository, tree: tree, now: now)
        let echo = [("verb", arguments.verb.rawValue)] + pairs.filter { $0.0 != "verb" }
        var writer = OAIResponseWriter(responseDate: now, baseURL: baseURL, arguments: echo)
        do {
            try await answer(arguments, setting: setting, into: &writer)
        } catch let problem as OAIProblem {
            writer = OAIResponseWriter(
                responseDate: now, baseURL: baseURL, arguments: problem.echoesArguments ? echo : nil)
            writer.error(problem)
        }
        return writer.finish()
    }

    private func answer(_ arguments: OAIArguments, setting: Setting, into writer: inout OAIResponseWriter)
        async throws
    {
        switch arguments.verb {
        case .identify: try await identify(setting, into: &writer)
        case .listMetadataFormats: try await listMetadataFormats(arguments, setting: setting, into: &writer)
        case .listSets: try await listSets(arguments, setting: setting, into: &writer)
        case .getRecord: try await getRecord(arguments, setting: setting, into: &writer)
        case .listIdentifiers, .listRecords: try await list(arguments, setting: setting, into: &writer)
        }
    }

    /// Identify (§4.2), with an oai-identifier description.
    private func identify(_ setting: Setting, into writer: inout OAIResponseWriter) async throws {
        let earliest = try await feed.earliestDatestamp() ?? setting.now
        writer.open("Identify")
        writer.element("repositoryName", setting.tree.root?.name ?? "Pinakes union catalogue")
        writer.element("baseURL", setting.baseURL)
        writer.element("protocolVersion", "2.0")
        writer.element("adminEmail", configuredAdminEmail ?? "catalogue@\(setting.repository)")
        writer.element("earliestDatestamp", OAIDatestamp.text(earliest))
        writer.element("deletedRecord", "persistent")
        writer.element("granularity", "YYYY-MM-DDThh:mm:ssZ")
        writer.open("description")
        let scheme = "http://www.openarchives.org/OAI/2.0/oai-identifier"
        writer.open("oai-identifier", [("xmlns", scheme), ("xsi:schemaLocation", "\(scheme) \(scheme).xsd")])
        writer.element("scheme", "oai")
        writer.element("repositoryIdentifier", setting.repository)
        writer.element("delimiter", ":")
        let sample = OAIItemIdentifier(libraryCode: setting.tree.root?.code ?? "CEN", sourceID: "ocm00012345")
        writer.element("sampleIdentifier", sample.text(repository: setting.repository))
        writer.close("oai-identifier")
        writer.close("description")
        writer.close("Identify")
    }

    /// ListMetadataFormats (§4.4): both formats, for the repository or for one existing item.
    private func listMetadataFormats(
        _ arguments: OAIArguments, setting: Setting, into writer: inout OAIResponseWriter
    ) async throws {
        if let identifier = arguments["identifier"] {
            _ = try await entry(identifier, withRecord: false)
        }
        writer.open("ListMetadataFormats")
        for format in OAIMetadataFormat.allCases {
            writer.open("metadataFormat")
            writer.element("metadataPrefix", format.rawValue)
            writer.element("schema", format.schema)
            writer.element("metadataNamespace", format.namespace)
            writer.close("metadataFormat")
        }
        writer.close("ListMetadataFormats")
    }

    /// ListSets (§4.6): every library and every kind of material present, in one response.
    private func listSets(_ arguments: OAIArguments, setting: Setting, into writer: inout OAIResponseWriter)
        async throws
    {
        if let token = arguments["resumptionToken"] {
            throw OAIProblem(
                .badResumptionToken, "ListSets is answered whole; \(token.prefix(80)) was not issued for it")
        }
        writer.open("ListSets")
        for set in try await feed.sets(in: setting.tree) {
            writer.open("set")
            writer.element("setSpec", set.set.spec)
            writer.element("setName", set.name)
            writer.close("set")
        }
        writer.close("ListSets")
    }

    /// GetRecord (§4.1).
    private func getRecord(_ arguments: OAIArguments, setting: Setting, into writer: inout OAIResponseWriter)
        async throws
    {
        let format = try OAIMetadataFormat.named(arguments["metadataPrefix"] ?? "")
        let found = try await entry(arguments["identifier"] ?? "", withRecord: true)
        writer.open("GetRecord")
        write(found, format: format, setting: setting, into: &writer)
        writer.close("GetRecord")
    }

    /// The entry an identifier names, or idDoesNotExist.
    private func entry(_ identifier: String, withRecord: Bool) async throws -> FeedEntry {
        guard let parsed = OAIItemIdentifier(identifier),
            let found = try await feed.entry(
                libraryCode: parsed.libraryCode, sourceID: parsed.sourceID, withRecord: withRecord)
        else {
            throw OAIProblem(.idDoesNotExist, "no item has the identifier \(identifier)")
        }
        return found
    }

    /// A `header` (§2.5), with `status="deleted"` for a deleted record.
    func writeHeader(_ entry: FeedEntry, setting: Setting, into writer: inout OAIResponseWriter) {
        writer.open("header", entry.deleted ? [("status", "deleted")] : [])
        let identifier = OAIItemIdentifier(libraryCode: entry.libraryCode, sourceID: entry.sourceID)
        writer.element("identifier", identifier.text(repository: setting.repository))
        writer.element("datestamp", OAIDatestamp.text(entry.datestamp))
        for spec in setting.tree.setSpecs(of: entry) { writer.element("setSpec", spec) }
        writer.close("header")
    }

    /// A `record`: the header, and the metadata unless deleted.
    func write(_ entry: FeedEntry, format: OAIMetadataFormat, setting: Setting, into writer: inout OAIResponseWriter) {
        writer.open("record")
        writeHeader(entry, setting: setting, into: &writer)
        if let record = entry.record, !entry.deleted {
            writer.open("metadata")
            format.write(record, to: &writer)
            writer.close("metadata")
        }
        writer.close("record")
    }
}
