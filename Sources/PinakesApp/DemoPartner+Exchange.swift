import Catalog
import Circulation
import Foundation
import ISO18626
import PinakesCore
import Sharing

extension DemoPartner {
    /// The first time the demo runs, the Wuhan student borrows a Suzhou book and gets a chapter copied, each
    /// step done by the librarian who would do it, every message crossing between the two servers.
    public static func exchange(main: PinakesNode, partner: PinakesNode, log: @Sendable (String) -> Void) async throws {
        guard try await partner.sharing.list(.borrowing).isEmpty else { return }
        let titles = try await lendableTitles(main)
        guard titles.count >= 2 else { return log("The demo catalogue has no lendable titles with an ISBN.") }
        let reader = try await partner.circulation.readers.reader(card: readerCard)
        // The book: shipped by Suzhou's central library, received in Wuhan and lent to the student.
        let book = try await partner.sharing.submit(
            BorrowingForm(
                service: .loan, title: titles[0].title, author: titles[0].authors.first, isbn: titles[0].isbns.first),
            reader: reader, actor: "user:whu-reader")
        let lending = try await arrived(book.requestingRequestID, at: main, status: "will-supply")
        guard let copy = try await main.sharing.shelfCopies(for: lending).first else { return }
        _ = try await main.sharing.lend(lending.id, .ship(barcode: copy.barcode), actor: "user:central")
        try await reach(book.id, "shipped", on: partner)
        _ = try await partner.sharing.borrow(book.id, .receive, actor: "user:whu-staff")
        _ = try await partner.sharing.borrow(book.id, .lendToReader, actor: "user:whu-staff")
        log("ILL: Wuhan borrowed \"\(titles[0].title)\" (\(copy.barcode)) from Suzhou over ISO 18626")
        // The article (or, without a journal in the catalogue, a chapter): copied and sent as a PDF; the
        // student's link opens a few times.
        let journal = try await journalTitle(main)
        let form =
            journal.map {
                BorrowingForm(
                    service: .copy, title: $0.title, issn: $0.issns.first, year: $0.year.map(String.init),
                    articleTitle: "An article for a course essay", volume: "1", pages: "1-12")
            }
            ?? BorrowingForm(
                service: .copy, title: titles[1].title, author: titles[1].authors.first, isbn: titles[1].isbns.first,
                articleTitle: "Chapter 1", pages: "1-12")
        let article = try await partner.sharing.submit(form, reader: reader, actor: "user:whu-reader")
        let copying = try await arrived(article.requestingRequestID, at: main, status: "will-supply")
        _ = try await main.sharing.deliverCopy(
            copying.id,
            file: DemoDocument.pdf(title: form.title ?? "", chapter: "\(form.articleTitle ?? ""), pages 1-12"),
            filename: "copy.pdf", pages: 12, actor: "user:central")
        try await reach(article.id, "completed", on: partner)
        log("ILL: Suzhou sent Wuhan a copy from \"\(form.title ?? "")\"")
    }

    /// Two titles held at Suzhou's central library with a copy on the shelf and an ISBN.
    private static func lendableTitles(_ node: PinakesNode) async throws -> [SearchResult] {
        var filters = SearchFilters()
        filters.libraries = ["CEN"]
        filters.availableNow = true
        let found = try await node.sharing.search.search(
            SearchRequest(query: .everything, filters: filters, sort: .title, limit: 60, facets: false))
        return Array(found.results.filter { !$0.isbns.isEmpty && $0.holdings.contains { $0.available > 0 } }.prefix(2))
    }

    /// A journal (a title with an ISSN) held at Suzhou's central library, if the catalogue has one.
    private static func journalTitle(_ node: PinakesNode) async throws -> SearchResult? {
        var filters = SearchFilters()
        filters.libraries = ["CEN"]
        for offset in stride(from: 0, to: 3_000, by: 100) {
            let found = try await node.sharing.search.search(
                SearchRequest(
                    query: .everything, filters: filters, sort: .title, offset: offset, limit: 100, facets: false))
            if let journal = found.results.first(where: { !$0.issns.isEmpty }) { return journal }
            if found.results.count < 100 { return nil }
        }
        return nil
    }

    /// The lending request for `requestID` once it has reached `status` on `node`.
    private static func arrived(_ requestID: String, at node: PinakesNode, status: String) async throws
        -> ILLRequestRecord
    {
        for _ in 0..<300 {
            if let found = try await node.sharing.list(.lending).first(where: { $0.requestingRequestID == requestID }),
                found.status == status
            {
                return found
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw SharingRefusal.peerUnreachable("request \(requestID) did not reach \(status) at the lender")
    }

    private static func reach(_ id: Int64, _ status: String, on node: PinakesNode) async throws {
        for _ in 0..<300 {
            if try await node.sharing.request(id).status == status { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw SharingRefusal.peerUnreachable("request \(id) did not reach \(status)")
    }
}
