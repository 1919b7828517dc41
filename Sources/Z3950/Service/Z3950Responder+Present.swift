extension Z3950Responder {
    /// A page of records from a result set, and how the Present went.
    struct RecordPage {
        var returned: Int
        /// presentStatus: 0 success, 2 partial (message size), 5 failure.
        var status: Int
        var records: Z3950Records
    }

    /// Answers a PresentRequest (Z39.50-2003 3.2.3) with the titles the search found at those positions.
    func present(_ request: Z3950PresentRequest, session: Z3950Session) async -> Z3950PresentResponse {
        guard let set = session.resultSet(request.resultSetId) else {
            return Self.failed(request, Z3950Diagnostic(30, request.resultSetId))
        }
        let start = request.resultSetStartPoint
        guard start >= 1, start <= set.count, request.numberOfRecordsRequested >= 0 else {
            return Self.failed(request, Z3950Diagnostic(13, "\(start) of \(set.count)"))
        }
        let page = await records(
            set, start: start, number: request.numberOfRecordsRequested, elementSetName: request.elementSetName,
            syntax: request.preferredRecordSyntax, messageSize: session.messageSize)
        return Z3950PresentResponse(
            referenceId: request.referenceId, numberOfRecordsReturned: page.returned,
            nextResultSetPosition: start + page.returned, presentStatus: page.status, records: page.records)
    }

    static func failed(_ request: Z3950PresentRequest, _ diagnostic: Z3950Diagnostic) -> Z3950PresentResponse {
        Z3950PresentResponse(
            referenceId: request.referenceId, numberOfRecordsReturned: 0, nextResultSetPosition: 0, presentStatus: 5,
            records: .diagnostic(diagnostic))
    }

    /// Up to `number` records from position `start` (1-based), rendered; stops early (partial-2) before the
    /// response would outgrow the agreed message size.
    func records(
        _ set: Z3950Session.ResultSet, start: Int, number: Int, elementSetName: String?, syntax: [Int]?,
        messageSize: Int
    ) async -> RecordPage {
        guard let elementSet = Z3950ElementSet(name: elementSetName) else {
            return RecordPage(returned: 0, status: 5, records: .diagnostic(Z3950Diagnostic(25, elementSetName ?? "")))
        }
        let wanted = min(number, set.count - start + 1, configuration.maximumRecordsPerRequest)
        let titles: [Z3950Catalog.Title]
        do {
            titles = try await catalog.titles(set, offset: start - 1, limit: wanted)
        } catch {
            logger.error("Z39.50 present failed", metadata: ["error": "\(error)"])
            return RecordPage(returned: 0, status: 5, records: .diagnostic(Z3950Diagnostic(2, "present failed")))
        }
        let renderer = Z3950RecordRenderer(syntax: syntax, elementSet: elementSet)
        var records: [NamePlusRecord] = []
        var size = 256
        for title in titles {
            let record = NamePlusRecord(database: configuration.databaseName, content: Self.content(title, renderer))
            size += BERCodec.encode(record.value).count
            if size > messageSize, !records.isEmpty {
                return RecordPage(returned: records.count, status: 2, records: .records(records))
            }
            records.append(record)
        }
        return RecordPage(returned: records.count, status: 0, records: .records(records))
    }

    /// The rendered record, or the surrogate diagnostic (Bib-1 14) for a title that has left the catalogue since
    /// the search (deleted, or merged into another) or whose display record cannot be read: never the title
    /// that has moved into its position.
    static func content(_ title: Z3950Catalog.Title, _ renderer: Z3950RecordRenderer) -> NamePlusRecord.Content {
        guard let result = title.result else {
            return .diagnostic(Z3950Diagnostic(14, "title \(title.id) has left the catalogue since the search"))
        }
        guard let record = title.record else {
            return .diagnostic(Z3950Diagnostic(14, "title \(title.id) has no record"))
        }
        return renderer.render(record, title: result)
    }
}
