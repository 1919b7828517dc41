extension Z3950Responder {
    /// Runs a SearchRequest (Z39.50-2003 3.2.2): translates the RPN, counts the titles and keeps their ids
    /// (up to `resultSetSnapshotLimit`) as the result set, and piggybacks records by the small/medium/large
    /// set rules.
    func search(_ request: Z3950SearchRequest, session: inout Z3950Session) async -> Z3950SearchResponse {
        let name = request.resultSetName.isEmpty ? "default" : request.resultSetName
        if let database = unknownDatabase(request.databaseNames) {
            return Self.failed(request, Z3950Diagnostic(235, database))
        }
        if session.resultSet(name) != nil, !request.replaceIndicator {
            return Self.failed(request, Z3950Diagnostic(21, name))
        }
        if session.resultSet(name) == nil, session.resultSets.count >= configuration.maximumResultSets {
            return Self.failed(request, Z3950Diagnostic(112, String(configuration.maximumResultSets)))
        }
        let selection: Z3950Selection
        switch request.query {
        case .unsupported(let type):
            return Self.failed(request, Z3950Diagnostic(107, "type-\(type)"))
        case .rpn(let query):
            do throws(Z3950Diagnostic) {
                selection = try RPNTranslator(resultSets: session.selections).translate(query)
            } catch {
                return Self.failed(request, error)
            }
        }
        let set: Z3950Session.ResultSet
        do {
            set = try await catalog.resultSet(selection, snapshotLimit: configuration.resultSetSnapshotLimit)
        } catch {
            logger.error("Z39.50 search failed", metadata: ["error": "\(error)"])
            return Self.failed(request, Self.searchError(error))
        }
        session.store(set, as: name)
        return await piggyback(request, set: set, messageSize: session.messageSize)
    }

    private func piggyback(_ request: Z3950SearchRequest, set: Z3950Session.ResultSet, messageSize: Int) async
        -> Z3950SearchResponse
    {
        let count = set.count
        let small = count <= request.smallSetUpperBound
        let wanted =
            small ? count : (count < request.largeSetLowerBound ? min(request.mediumSetPresentNumber, count) : 0)
        var response = Z3950SearchResponse(
            referenceId: request.referenceId, resultCount: count, nextResultSetPosition: 1, searchStatus: true)
        guard wanted > 0 else { return response }
        let elementSet = small ? request.smallSetElementSetName : request.mediumSetElementSetName
        let page = await records(
            set, start: 1, number: wanted, elementSetName: elementSet, syntax: request.preferredRecordSyntax,
            messageSize: messageSize)
        response.numberOfRecordsReturned = page.returned
        response.nextResultSetPosition = 1 + page.returned
        response.presentStatus = page.status
        response.records = page.records
        return response
    }

    static func failed(_ request: Z3950SearchRequest, _ diagnostic: Z3950Diagnostic) -> Z3950SearchResponse {
        Z3950SearchResponse(
            referenceId: request.referenceId, resultCount: 0, nextResultSetPosition: 0, searchStatus: false,
            resultSetStatus: 3, records: .diagnostic(diagnostic))
    }

    /// Bib-1 108 for a query the engine cannot run, 2 (temporary system error) otherwise.
    static func searchError(_ error: any Error) -> Z3950Diagnostic {
        let text = "\(error)"
        return text.contains("CQLError") ? Z3950Diagnostic(108, text) : Z3950Diagnostic(2, "search failed")
    }
}
