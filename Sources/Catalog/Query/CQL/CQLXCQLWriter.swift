/// Writes XCQL text in yaz's layout.
struct CQLXCQLWriter {
    private(set) var output = ""

    mutating func write(_ node: CQLNode, level: Int, scope: CQLPrefixScope, sortKeys: [CQLSortKey]) {
        switch node {
        case .prefixed(let assignment, let inner):
            write(inner, level: level, scope: scope.adding(assignment), sortKeys: sortKeys)
        case .searchClause(let clause):
            write(clause, level: level, scope: scope, sortKeys: sortKeys)
        case .boolean(let boolean):
            line(level, "<triple>")
            line(level + 2, "<boolean>")
            element(level + 4, "value", boolean.booleanOperator.rawValue)
            write(boolean.modifiers, level: level + 4)
            line(level + 2, "</boolean>")
            line(level + 2, "<leftOperand>")
            write(boolean.left, level: level + 4, scope: scope, sortKeys: [])
            line(level + 2, "</leftOperand>")
            line(level + 2, "<rightOperand>")
            write(boolean.right, level: level + 4, scope: scope, sortKeys: [])
            line(level + 2, "</rightOperand>")
            write(sortKeys, level: level + 2)
            line(level, "</triple>")
        }
    }

    private mutating func write(
        _ clause: CQLSearchClause, level: Int, scope: CQLPrefixScope, sortKeys: [CQLSortKey]
    ) {
        let (identifier, index) = scope.resolve(index: clause.index)
        line(level, "<searchClause>")
        if let identifier {
            line(level + 2, "<prefixes>")
            line(level + 4, "<prefix>")
            element(level + 6, "identifier", identifier)
            line(level + 4, "</prefix>")
            line(level + 2, "</prefixes>")
        }
        element(level + 2, "index", index)
        line(level + 2, "<relation>")
        element(level + 4, "value", clause.relation.name)
        write(clause.relation.modifiers, level: level + 4)
        line(level + 2, "</relation>")
        for term in [clause.term] + clause.additionalTerms {
            element(level + 2, "term", term)
        }
        write(sortKeys, level: level + 2)
        line(level, "</searchClause>")
    }

    private mutating func write(_ modifiers: [CQLModifier], level: Int) {
        guard !modifiers.isEmpty else { return }
        line(level, "<modifiers>")
        for modifier in modifiers.reversed() {
            line(level + 2, "<modifier>")
            element(level + 4, "type", modifier.name)
            if let comparison = modifier.comparison {
                element(level + 4, "comparison", comparison)
            }
            if let value = modifier.value {
                element(level + 4, "value", value)
            }
            line(level + 2, "</modifier>")
        }
        line(level, "</modifiers>")
    }

    private mutating func write(_ sortKeys: [CQLSortKey], level: Int) {
        guard !sortKeys.isEmpty else { return }
        line(level, "<sortKeys>")
        for key in sortKeys {
            line(level + 2, "<key>")
            element(level + 4, "index", key.index)
            write(key.modifiers, level: level + 6)
            line(level + 2, "</key>")
        }
        line(level, "</sortKeys>")
    }

    private mutating func line(_ level: Int, _ text: String) {
        output += String(repeating: " ", count: level) + text + "\n"
    }

    private mutating func element(_ level: Int, _ name: String, _ text: String) {
        line(level, "<\(name)>\(Self.escaped(text))</\(name)>")
    }

    /// Escapes `&`, `<` and `>` only, as yaz does; quotes stay as they are.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}
