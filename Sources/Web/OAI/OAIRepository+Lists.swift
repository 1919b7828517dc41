import Catalog

extension OAIRepository {
    /// ListIdentifiers and ListRecords (§4.3, §4.5): one page in (datestamp, id) order, with a stateless
    /// resumptionToken while more remain and an empty one on the last page of a resumed list (§3.5).
    func list(_ arguments: OAIArguments, setting: Setting, into writer: inout OAIResponseWriter) async throws {
        let resumed = arguments["resumptionToken"] != nil
        let state = try await listState(arguments, setting: setting)
        let format = try OAIMetadataFormat(rawValue: state.metadataPrefix).orThrow(
            OAIProblem(.badResumptionToken, "the resumptionToken names an unknown metadataPrefix"))
        let selection = FeedSelection(
            from: state.from, until: state.until, set: state.set.flatMap(FeedSet.init(spec:)))
        let withRecords = arguments.verb == .listRecords
        let page = try await feed.page(
            after: resumed ? state.last : nil, selection: selection, in: setting.tree, limit: pageSize + 1,
            withRecords: withRecords)
        guard !page.isEmpty else {
            throw OAIProblem(.noRecordsMatch, resumed ? "no records remain in this list" : "no records match")
        }
        let entries = page.prefix(pageSize)
        writer.open(arguments.verb.rawValue)
        for entry in entries {
            if withRecords {
                write(entry, format: format, setting: setting, into: &writer)
            } else {
                writeHeader(entry, setting: setting, into: &writer)
            }
        }
        var next = state
        next.cursor = state.cursor + entries.count
        next.completeListSize = max(state.completeListSize, next.cursor + (page.count > pageSize ? 1 : 0))
        let attributes = [("completeListSize", String(next.completeListSize)), ("cursor", String(state.cursor))]
        if page.count > pageSize, let last = entries.last {
            next.last = last.cursor
            writer.element("resumptionToken", next.encoded, attributes)
        } else if resumed {
            writer.empty("resumptionToken", attributes)
        }
        writer.close(arguments.verb.rawValue)
    }

    /// The list's state: read from the token, or made from the first request's arguments.
    private func listState(_ arguments: OAIArguments, setting: Setting) async throws -> OAIResumptionToken {
        if let token = arguments["resumptionToken"] {
            return try OAIResumptionToken(token)
        }
        let format = try OAIMetadataFormat.named(arguments["metadataPrefix"] ?? "")
        let window = try Self.window(from: arguments["from"], until: arguments["until"], now: setting.now)
        let setSpec = arguments["set"]
        var state = OAIResumptionToken(
            metadataPrefix: format.rawValue, set: setSpec, from: window.from, until: window.until,
            last: FeedCursor(datestamp: 0, id: 0), cursor: 0, completeListSize: 0)
        guard let spec = setSpec else {
            state.completeListSize = try await feed.count(
                FeedSelection(from: window.from, until: window.until), in: setting.tree)
            return state
        }
        guard let set = FeedSet(spec: spec) else {
            throw OAIProblem(.noRecordsMatch, "there is no set \(spec); ListSets names them")
        }
        state.completeListSize = try await feed.count(
            FeedSelection(from: window.from, until: window.until, set: set), in: setting.tree)
        return state
    }

    /// The datestamp window: `from` and `until` of one granularity with from ≤ until (§3.3.1), and `until`
    /// no later than the last whole second before the request, fixed for the whole list.
    static func window(from: String?, until: String?, now: Int64) throws(OAIProblem) -> (from: Int64?, until: Int64) {
        let start = try from.map { text throws(OAIProblem) in
            try OAIDatestamp(argument: text, endOfDay: false).orThrow(
                OAIProblem(.badArgument, "from=\(text) is not a date YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ"))
        }
        let end = try until.map { text throws(OAIProblem) in
            try OAIDatestamp(argument: text, endOfDay: true).orThrow(
                OAIProblem(.badArgument, "until=\(text) is not a date YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ"))
        }
        if let start, let end {
            guard start.granularity == end.granularity else {
                throw OAIProblem(.badArgument, "from and until must have the same granularity")
            }
            guard start.seconds <= end.seconds else {
                throw OAIProblem(.badArgument, "from=\(from ?? "") is later than until=\(until ?? "")")
            }
        }
        return (start?.seconds, min(end?.seconds ?? Int64.max, now - 1))
    }
}

extension Optional {
    /// The value, or `problem` thrown.
    fileprivate func orThrow(_ problem: OAIProblem) throws(OAIProblem) -> Wrapped {
        guard let value = self else { throw problem }
        return value
    }
}
