import CLibXML2
import XMLTree

/// Rewrites an ISO 18626:2021 document, in place in the libxml2 tree, into the v1.2 form, and says what it did.
///
/// Run only on a document that failed v1.2 validation; the result is validated again, and the document is
/// accepted only if that passes. Element lines are kept, so problems still point at the peer's text.
struct Canonicaliser2021 {
    private(set) var notes: [String] = []
    private let document: ParsedDocument

    init(document: ParsedDocument) {
        self.document = document
    }

    /// Applies the rules to every element below the document element (depth is bounded by libxml2's 256).
    mutating func canonicalise() {
        guard let root = document.root else { return }
        root.children.forEach { visit($0) }
    }

    private mutating func visit(_ element: DOMElement) {
        if element.isISO18626, let rule = Compatibility2021Rules.byElement[element.name] {
            apply(rule, to: element, path: element.ancestry.dropFirst().joined(separator: "/"))
        }
        element.children.forEach { visit($0) }
    }

    private mutating func apply(_ rule: Compatibility2021Rule, to element: DOMElement, path: String) {
        if let hoist = rule.hoisted { self.hoist(hoist, in: element, path: path) }
        for child in element.children where child.isISO18626 {
            if let newName = rule.renamed[child.name] {
                notes.append("\(path): renamed \(child.name) to \(newName)")
                newName.withXMLChars { xmlNodeSetName(child.node, $0) }
            } else if rule.dropped.contains(child.name) {
                notes.append("\(path): dropped 2021-only \(child.name)")
                remove(child)
            }
        }
        limit(element, to: rule.limits, path: path)
        let wasInOrder = isInOrder(element, sequence: rule.sequence)
        let inserted = insertMissing(rule.required, into: element, path: path)
        if !wasInOrder { notes.append("\(path): put the children in v1.2 order") }
        if !wasInOrder || inserted { reorder(element, sequence: rule.sequence) }
    }

    private mutating func hoist(_ hoist: Compatibility2021Rule.Hoist, in element: DOMElement, path: String) {
        guard let container = element.child(hoist.container) else { return }
        if let target = element.child(hoist.target) {
            for child in container.children where hoist.children.contains(child.name) {
                xmlUnlinkNode(child.node)
                xmlAddChild(target.node, child.node)
                notes.append("\(path): moved \(hoist.container)/\(child.name) into \(hoist.target)")
            }
        }
        for child in container.children {
            notes.append("\(path): dropped 2021-only \(hoist.container)/\(child.name)")
        }
        remove(container)
    }

    private mutating func limit(_ element: DOMElement, to limits: [String: Int], path: String) {
        var seen: [String: Int] = [:]
        for child in element.children where child.isISO18626 {
            guard let limit = limits[child.name] else { continue }
            seen[child.name, default: 0] += 1
            if let count = seen[child.name], count > limit { remove(child) }
        }
        for (name, count) in seen.sorted(by: { $0.key < $1.key }) {
            if let limit = limits[name], count > limit {
                notes.append("\(path): kept the first \(limit) of \(count) \(name) (v1.2 allows \(limit))")
            }
        }
    }

    private mutating func insertMissing(_ names: [String], into element: DOMElement, path: String) -> Bool {
        var inserted = false
        for name in names where element.child(name) == nil {
            let node = name.withXMLChars { xmlNewDocNode(document.pointer, element.node.pointee.ns, $0, nil) }
            guard let node else { continue }
            xmlAddChild(element.node, node)
            notes.append("\(path): inserted the empty \(name) that v1.2 requires")
            inserted = true
        }
        return inserted
    }

    /// Whether the known children are in sequence order (unknown ones are left for validation to refuse).
    private func isInOrder(_ element: DOMElement, sequence: [String]) -> Bool {
        let positions = element.children.map { position(of: $0, in: sequence) }.filter { $0 != Int.max }
        return positions == positions.sorted()
    }

    /// Re-appends the element children in sequence order (stable; unknown ones last, where validation finds them).
    private func reorder(_ element: DOMElement, sequence: [String]) {
        let children = element.children.enumerated().sorted {
            (position(of: $0.element, in: sequence), $0.offset) < (position(of: $1.element, in: sequence), $1.offset)
        }
        for (_, child) in children {
            xmlUnlinkNode(child.node)
            xmlAddChild(element.node, child.node)
        }
    }

    private func position(of element: DOMElement, in sequence: [String]) -> Int {
        guard element.isISO18626 else { return Int.max }
        return sequence.firstIndex(of: element.name) ?? Int.max
    }

    private func remove(_ element: DOMElement) {
        xmlUnlinkNode(element.node)
        xmlFreeNode(element.node)
    }
}
