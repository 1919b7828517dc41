import Catalog

extension Z3950Responder {
    /// Answers a ScanRequest (Z39.50-2003 3.2.8) from the browse lists of titles, names and subjects.
    func scan(_ request: Z3950ScanRequest) async -> Z3950ScanResponse {
        if let database = unknownDatabase(request.databaseNames) {
            return Self.failed(request, Z3950Diagnostic(235, database))
        }
        let kind: BrowseHeading.Kind
        do throws(Z3950Diagnostic) {
            kind = try Self.headingKind(request.termListAndStartPoint.attributes)
        } catch {
            return Self.failed(request, error)
        }
        let term = request.termListAndStartPoint.term.text ?? ""
        let number = max(0, min(request.numberOfTermsRequested, 200))
        let position = min(max(1, request.preferredPositionInResponse ?? 1), number + 1)
        do {
            let (before, after) = try await catalog.browse.scan(
                kind, from: term, before: position - 1, after: number - (position - 1))
            let entries = (before + after).map {
                ScanEntry(term: $0.display, displayTerm: $0.display, occurrences: $0.titles)
            }
            return Z3950ScanResponse(
                referenceId: request.referenceId, stepSize: 0, scanStatus: entries.count < number ? 5 : 0,
                positionOfTerm: before.count + 1, entries: entries)
        } catch {
            logger.error("Z39.50 scan failed", metadata: ["error": "\(error)"])
            return Self.failed(request, Z3950Diagnostic(2, "scan failed"))
        }
    }

    static func failed(_ request: Z3950ScanRequest, _ diagnostic: Z3950Diagnostic) -> Z3950ScanResponse {
        Z3950ScanResponse(referenceId: request.referenceId, scanStatus: 6, diagnostics: [diagnostic])
    }

    /// The browse list for the use attribute: title (4), names (1, 2, 1003, 1004), subject (21).
    static func headingKind(_ attributes: [Z3950Attribute]) throws(Z3950Diagnostic) -> BrowseHeading.Kind {
        for attribute in attributes where attribute.type != 1 {
            guard [2, 3, 4, 5, 6].contains(attribute.type) else { throw Z3950Diagnostic(113, String(attribute.type)) }
        }
        let use = attributes.first { $0.type == 1 }?.value ?? 4
        switch use {
        case 4: return .title
        case 1, 2, 1003, 1004: return .author
        case 21: return .subject
        default: throw Z3950Diagnostic(114, String(use))
        }
    }
}
