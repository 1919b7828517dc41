import PinakesCore

/// The libraries arranged as a tree, for ordering, indentation and scope checks.
public struct LibraryTree: Sendable {
    public let libraries: [Library]
    private let children: [Identifier<Library>?: [Library]]

    public init(_ libraries: [Library]) {
        self.libraries = libraries
        var children: [Identifier<Library>?: [Library]] = [:]
        let ids = Set(libraries.map(\.id))
        for library in libraries {
            // An orphan (parent missing) is shown at the top rather than lost.
            let parent = library.parentID.flatMap { ids.contains($0) ? $0 : nil }
            children[parent, default: []].append(library)
        }
        self.children = children
    }

    /// Depth-first order: each parent followed by its children, siblings by type then code.
    public var ordered: [Library] { withDepth.map(\.library) }

    /// Depth-first order with each library's depth (0 for roots).
    public var withDepth: [(library: Library, depth: Int)] {
        var result: [(Library, Int)] = []
        func visit(_ parent: Identifier<Library>?, _ depth: Int) {
            for child in (children[parent] ?? []).sorted(by: { ($0.type.rank, $0.code) < ($1.type.rank, $1.code) }) {
                result.append((child, depth))
                visit(child.id, depth + 1)
            }
        }
        visit(nil, 0)
        return result.map { (library: $0.0, depth: $0.1) }
    }

    /// The library and all below it.
    public func subtree(of id: Identifier<Library>) -> Set<Identifier<Library>> {
        var result: Set<Identifier<Library>> = [id]
        var queue = [id]
        while let next = queue.popLast() {
            for child in children[next] ?? [] where !result.contains(child.id) {
                result.insert(child.id)
                queue.append(child.id)
            }
        }
        return result
    }
}
