import Consortium
import PinakesCore

/// The library tree as the feed's sets see it: a library's set holds its subtree's records, and a record's
/// header names its library and every library above it.
public struct FeedLibraries: Sendable {
    public let tree: LibraryTree
    private let byID: [Identifier<Library>: Library]

    public init(_ libraries: [Library]) {
        tree = LibraryTree(libraries)
        byID = Dictionary(libraries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The consortium root: the first library of the tree.
    public var root: Library? { tree.ordered.first }

    /// The library with this code.
    public func library(code: String) -> Library? { tree.libraries.first { $0.code == code.uppercased() } }

    /// The ids of the library with this code and of every library below it; empty for an unknown code.
    public func subtree(code: String) -> Set<Identifier<Library>> {
        guard let library = library(code: code) else { return [] }
        return tree.subtree(of: library.id)
    }

    /// The library and its ancestors, nearest first; a cycle or a missing parent ends the walk.
    public func lineage(of id: Identifier<Library>) -> [Library] {
        var result: [Library] = []
        var next: Identifier<Library>? = id
        while let current = next, let library = byID[current], !result.contains(library) {
            result.append(library)
            next = library.parentID
        }
        return result
    }

    /// The setSpecs an entry belongs to: its library's lineage under `library`, its format under `format`.
    public func setSpecs(of entry: FeedEntry) -> [String] {
        var specs = lineage(of: entry.libraryID).reversed().map { FeedSet.library(code: $0.code).spec }
        if specs.isEmpty { specs = [FeedSet.library(code: entry.libraryCode).spec] }
        specs.insert(FeedSet.libraries.spec, at: 0)
        if let material = entry.material {
            specs += [FeedSet.formats.spec, FeedSet.format(material).spec]
        }
        return specs
    }
}
