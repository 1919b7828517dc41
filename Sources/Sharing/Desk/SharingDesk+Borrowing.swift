import Catalog
import Circulation
import Consortium
import Foundation
import ISO18626
import PinakesCore
import SQLKit

extension SharingDesk {
    /// Stores a reader's request (after the copyright check for copies), and sends it at once when the
    /// settings approve requests automatically; otherwise it waits for staff review.
    public func submit(_ form: BorrowingForm, reader: ReaderProfile, actor: String) async throws -> ILLRequestRecord {
        var form = try await completed(form)
        let problems = form.problems
        guard problems.isEmpty else { throw SharingRefusal.invalidInput(problems.joined(separator: "; ")) }
        guard reader.status == .active else {
            throw SharingRefusal.invalidInput("card: the reader's registration is \(reader.status.rawValue)")
        }
        form.service = form.service ?? .loan
        let pickup = try await libraries.require(code: BorrowingForm.given(form.pickup) ?? reader.homeLibraryCode)
        guard let own = try await directory.ownAgencies().first else {
            throw SharingRefusal.invalidInput(
                "this node has no ISO 18626 agency id yet: an administrator adds one on the directory page")
        }
        let copyright = try await copyrightCheck(form, library: pickup.id.rawValue)
        let requestID = "PNK-" + UUID().uuidString.lowercased()
        let address = PhysicalAddress(
            line1: pickup.nameZh.map { "\(pickup.name) \($0)" } ?? pickup.name, line2: pickup.address,
            locality: pickup.region)
        let template = form.request(
            from: own.agency, requestID: requestID, patron: "R\(reader.id.rawValue)", pickup: address,
            compliance: copyright.compliance, at: clock.now)
        let state = BorrowingState(service: form.service ?? .loan)
        let new = NewILLRequest(
            role: .borrowing, requestingAgency: own.agency, requestingRequestID: requestID, supplyingAgency: nil,
            supplyingRequestID: nil, libraryID: pickup.id.rawValue, readerID: reader.id.rawValue,
            status: state.status.rawValue, stateJSON: try Self.json(state), service: state.service,
            title: BorrowingForm.given(form.articleTitle).map { "\($0) / \(form.title ?? "")" } ?? form.title ?? "",
            author: BorrowingForm.given(form.articleAuthor) ?? form.author ?? "",
            requestXML: ISO18626Writer.xml(.request(template)), requestJSON: try Self.json(template),
            copyrightKey: copyright.key, copyrightYear: copyright.key == nil ? nil : copyright.year, answerBy: nil,
            note: form.note ?? "")
        let now = clock.epochSeconds
        let id = try await write { sql in
            let id = try await SharingRows.insert(new, at: now, on: sql)
            try await SharingRows.addEvent(
                request: id, at: now, actor: actor, event: "submitted", from: "", to: state.status.rawValue,
                note: copyright.compliance.map { "copyright: \($0)" } ?? "", on: sql)
            return id
        }
        if try await directory.settings().autoApprove { return try await approve(id, actor: "pinakes") }
        return try await request(id)
    }

    /// Fills what the form leaves empty from its OpenURL and from the catalogue title it names.
    func completed(_ form: BorrowingForm) async throws -> BorrowingForm {
        var form = form
        if let link = BorrowingForm.given(form.openURL) {
            let citation: Citation
            do { citation = try OpenURLParser.citation(from: link) } catch {
                throw SharingRefusal.invalidInput("openURL: \(error)")
            }
            form.fill(from: citation)
        }
        if let cluster = form.cluster {
            let title = try await search.cluster(id: cluster)
            form.title = BorrowingForm.given(form.title) ?? title.title.title
            form.author = BorrowingForm.given(form.author) ?? title.title.authors.first
            form.isbn = BorrowingForm.given(form.isbn) ?? title.title.isbns.first
            form.issn = BorrowingForm.given(form.issn) ?? title.title.issns.first
            form.publisher = BorrowingForm.given(form.publisher) ?? title.title.publisher
            form.year = BorrowingForm.given(form.year) ?? title.title.year.map(String.init)
        }
        return form
    }

    /// The copyright rules' verdict on a copy request, with the tally key it counts under. The prior copies are
    /// those of the same title this year, for the pickup library or the whole consortium as the rule's scope says.
    private func copyrightCheck(_ form: BorrowingForm, library: Int64) async throws
        -> (compliance: String?, key: String?, year: Int)
    {
        let year = Calendar(identifier: .gregorian).component(.year, from: clock.now)
        guard form.service == .copy else { return (nil, nil, year) }
        let issn = BorrowingForm.given(form.issn)
        guard let key = CopyrightTitleKey.make(issn: issn, title: BorrowingForm.given(form.title)) else {
            return (nil, nil, year)
        }
        let rules = try CopyrightRules.bundled()
        let jurisdiction = try await directory.settings().copyrightJurisdiction
        let facts = CopyRequestFacts(
            titleKey: key, publicationType: issn != nil ? "article" : "chapter", service: .copy,
            jurisdiction: jurisdiction,
            publicationYear: BorrowingForm.given(form.year).flatMap { Int($0.prefix(4)) }, requestYear: year,
            pagesRequested: form.pageCount)
        let perLibrary = rules.rule(covering: facts)?.scope != .consortium
        let prior = try await database.withConnection { sql in
            var query: SQLQueryString = """
                SELECT COUNT(*) AS n FROM ill_request WHERE role = 'borrowing' AND copyright_key = \(bind: key)
                    AND copyright_year = \(bind: year) AND status NOT IN ('rejected', 'cancelled', 'end-of-rota')
                """
            if perLibrary { query += " AND library_id = \(bind: library)" }
            return try await sql.raw(query).first()?.decode(column: "n", as: Int.self) ?? 0
        }
        let verdict = CopyrightCheck.verdict(for: facts, priorCopiesThisYear: prior, rules: rules)
        if case .refused(_, let reason, let reasonZh) = verdict {
            throw SharingRefusal.copyrightLimit(reason, zh: reasonZh)
        }
        return (verdict.compliance, key, year)
    }
}
