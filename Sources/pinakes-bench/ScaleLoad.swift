import Foundation

/// The two loads of the scale benchmark, over HTTP from blocking keep-alive clients (one thread each) spread
/// round-robin over the servers' ports: the search query set, and checkout + check-in pairs.
struct ScaleLoad: Sendable {
    /// Search API paths, one per query of the set, as the reader's search box sends them (facets on).
    let searchPaths: [String]
    /// Per client: its reader's card and its own copies, so clients never contend for one copy.
    let lending: [(card: String, copies: [BenchCopy])]
    let token: String

    init(queries: [BenchQuery], setup: CirculationSetup, clients: Int, copiesPerClient: Int) {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        searchPaths = queries.map { query in
            let text = query.text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
            return "/api/v1/search?q=\(text)&facets=true&limit=20"
        }
        // `setup.copies` holds copy 0 of every title, then copy 1, …; a client takes whole titles (every
        // `clients`-th), so no two clients lend copies of one title and meet on its on-shelf row.
        let titles = setup.copies.count / 5
        lending = (0..<clients).map { client in
            let copies = stride(from: client, to: titles, by: clients).flatMap { title in
                (0..<5).map { setup.copies[$0 * titles + title] }
            }
            return (setup.cards[client % setup.cards.count], Array(copies.prefix(copiesPerClient)))
        }
        token = setup.token
    }

    /// Searches for `seconds` by `lending.count` clients, each starting at its own place in the query set.
    func search(ports: [Int], seconds: Double) -> LoadDriver.Figures {
        let work = (0..<lending.count).map { client in
            (0..<Int(seconds * 4_000) + 100).map { searchPaths[(client * 211 + $0) % searchPaths.count] }
        }
        return LoadDriver.run(
            work: work, limit: seconds, connect: { try BlockingHTTPClient(port: ports[$0 % ports.count], token: "") },
            operation: { client, path in
                let (status, body) = try client.get(path)
                guard status == 200 else { throw BenchError("search \(status) \(body.prefix(200))") }
                return true
            }
        ).0
    }

    /// Checkout + check-in pairs for `seconds`: each client lends its copies in turn to its reader and takes
    /// each back at once; one operation (and one latency) is the pair.
    func circulate(ports: [Int], seconds: Double) -> LoadDriver.Figures {
        let work = lending.map { card, copies in
            (0..<Int(seconds * 2_000) + 100).map { (card: card, copy: copies[$0 % copies.count]) }
        }
        let token = self.token
        return LoadDriver.run(
            work: work, limit: seconds,
            connect: { try BlockingHTTPClient(port: ports[$0 % ports.count], token: token) },
            operation: { client, loan in
                let out = try client.post(
                    "/api/v1/circulation/checkout",
                    json:
                        #"{"card":"\#(loan.card)","barcode":"\#(loan.copy.barcode)","library":"\#(loan.copy.library)"}"#
                )
                guard (200..<300).contains(out.status) else {
                    throw BenchError("checkout \(out.status) \(out.body.prefix(200))")
                }
                let back = try client.post(
                    "/api/v1/circulation/checkin",
                    json: #"{"barcode":"\#(loan.copy.barcode)","library":"\#(loan.copy.library)"}"#)
                guard (200..<300).contains(back.status) else {
                    throw BenchError("check-in \(back.status) \(back.body.prefix(200))")
                }
                return true
            }
        ).0
    }
}
