import Consortium
import Foundation
import PinakesCore

/// The consortium's libraries by id and code, for filters, facet labels and distances.
struct LibraryIndex: Sendable {
    let tree: LibraryTree
    let byID: [Int64: Library]
    private let byCode: [String: Library]
    /// Each library with the libraries above it, the consortium itself left out: what a holding counts for.
    let countedFor: [Int64: [Int64]]

    init(_ libraries: [Library]) {
        tree = LibraryTree(libraries)
        let byID = Dictionary(libraries.map { ($0.id.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
        self.byID = byID
        byCode = Dictionary(libraries.map { ($0.code.uppercased(), $0) }, uniquingKeysWith: { first, _ in first })
        var counted: [Int64: [Int64]] = [:]
        for library in libraries {
            var chain: [Int64] = []
            var current: Library? = library
            while let step = current, step.type != .consortium, chain.count < 32 {
                chain.append(step.id.rawValue)
                current = step.parentID.flatMap { byID[$0.rawValue] }
            }
            counted[library.id.rawValue] = chain
        }
        countedFor = counted
    }

    func require(_ code: String) throws -> Library {
        guard let library = byCode[code.uppercased()] else {
            throw PinakesError.invalidInput("no library with code \(code)")
        }
        return library
    }

    /// The ids of `codes` and of every library below them; nil when `codes` is empty.
    func scope(_ codes: [String]) throws -> Set<Int64>? {
        guard !codes.isEmpty else { return nil }
        var ids: Set<Int64> = []
        for code in codes {
            let library = try require(code.trimmingCharacters(in: .whitespaces))
            ids.formUnion(tree.subtree(of: library.id).map(\.rawValue))
        }
        return ids
    }

    /// Great-circle distance in kilometres, when both libraries have coordinates.
    static func distance(from home: Library?, to library: Library) -> Double? {
        guard let home, let lat1 = home.latitude, let lon1 = home.longitude, let lat2 = library.latitude,
            let lon2 = library.longitude
        else { return nil }
        let radians = Double.pi / 180
        let dLat = (lat2 - lat1) * radians
        let dLon = (lon2 - lon1) * radians
        let a =
            sin(dLat / 2) * sin(dLat / 2) + cos(lat1 * radians) * cos(lat2 * radians) * sin(dLon / 2) * sin(dLon / 2)
        return (6371 * 2 * atan2(a.squareRoot(), (1 - a).squareRoot()) * 10).rounded() / 10
    }
}
