/// The Query of a SearchRequest (Z39.50-2003 3.7): type-1 and type-101 RPN are understood; other types are
/// kept by number so the server can answer Bib-1 diagnostic 107.
public enum Z3950Query: Sendable, Hashable {
    /// type-1 [1] or type-101 [101]: an RPN query.
    case rpn(RPNQuery)
    /// Any other query type, by its tag.
    case unsupported(type: Int)

    var value: BERValue {
        switch self {
        case .rpn(let query): .constructed(21, [query.value(tag: 1)])
        case .unsupported(let type): .constructed(21, [BERValue(.context, type, .primitive([]))])
        }
    }

    init(_ value: BERValue) throws(Z3950Error) {
        guard let choice = value.children.first else { throw Z3950Error.malformed("empty query", offset: 0) }
        switch choice.tag {
        case 1, 101: self = .rpn(try RPNQuery(choice))
        default: self = .unsupported(type: choice.tag)
        }
    }
}

/// RPNQuery ::= SEQUENCE { attributeSet OBJECT IDENTIFIER, rpn RPNStructure }.
public struct RPNQuery: Sendable, Hashable {
    /// Bib-1, 1.2.840.10003.3.1.
    public static let bib1: [Int] = [1, 2, 840, 10003, 3, 1]

    public var attributeSet: [Int]
    public var root: RPNStructure

    public init(attributeSet: [Int] = Self.bib1, root: RPNStructure) {
        self.attributeSet = attributeSet
        self.root = root
    }

    func value(tag: Int) -> BERValue {
        .constructed(tag, [.objectIdentifier(6, attributeSet, .universal), root.value])
    }

    init(_ value: BERValue) throws(Z3950Error) {
        guard let set = value.universal(6), let structure = value.children.last, value.children.count == 2 else {
            throw Z3950Error.malformed("RPN query needs an attribute set and a structure", offset: 0)
        }
        attributeSet = try set.objectIdentifier()
        root = try RPNStructure(structure)
    }
}

/// RPNStructure ::= CHOICE { op [0] Operand, rpnRpnOp [1] IMPLICIT SEQUENCE { rpn1, rpn2, op [46] Operator } }.
public indirect enum RPNStructure: Sendable, Hashable {
    /// An attributes-plus-term operand.
    case term(AttributesPlusTerm)
    /// A named result set as an operand (ResultSetId [31]).
    case resultSet(String)
    /// Two structures joined by an operator.
    case operation(RPNStructure, RPNStructure, RPNOperator)

    var value: BERValue {
        switch self {
        case .term(let term): .constructed(0, [term.value])
        case .resultSet(let name): .constructed(0, [.string(31, name)])
        case .operation(let left, let right, let op):
            .constructed(1, [left.value, right.value, .constructed(46, [.null(op.rawValue)])])
        }
    }

    init(_ value: BERValue) throws(Z3950Error) {
        switch value.tag {
        case 0:
            guard let operand = value.children.first else { throw Z3950Error.malformed("empty operand", offset: 0) }
            switch operand.tag {
            case 102: self = .term(try AttributesPlusTerm(operand))
            case 31: self = .resultSet(operand.string)
            default: throw Z3950Error.malformed("operand of type [\(operand.tag)]", offset: 0)
            }
        case 1:
            let parts = value.children
            guard parts.count == 3, let op = parts[2].children.first else {
                throw Z3950Error.malformed("RPN operation needs two operands and an operator", offset: 0)
            }
            guard let known = RPNOperator(rawValue: op.tag) else {
                throw Z3950Error.malformed("RPN operator [\(op.tag)]", offset: 0)
            }
            self = .operation(try RPNStructure(parts[0]), try RPNStructure(parts[1]), known)
        default:
            throw Z3950Error.malformed("RPN structure of type [\(value.tag)]", offset: 0)
        }
    }
}

/// Operator ::= [46] CHOICE { and [0], or [1], and-not [2], prox [3] }.
public enum RPNOperator: Int, Sendable, Hashable {
    case and = 0, or, andNot, proximity
}

/// AttributesPlusTerm ::= [102] IMPLICIT SEQUENCE { attributes [44] AttributeList, term Term }.
public struct AttributesPlusTerm: Sendable, Hashable {
    public var attributes: [Z3950Attribute]
    public var term: Z3950Term

    public init(attributes: [Z3950Attribute], term: Z3950Term) {
        self.attributes = attributes
        self.term = term
    }

    var value: BERValue { .constructed(102, [.constructed(44, attributes.map(\.element)), term.value]) }

    init(_ value: BERValue) throws(Z3950Error) {
        guard let list = value.child(44), let term = value.children.last, term.tag != 44 else {
            throw Z3950Error.malformed("attributes and term expected", offset: 0)
        }
        var attributes: [Z3950Attribute] = []
        for element in list.children { attributes.append(try Z3950Attribute(element)) }
        self.attributes = attributes
        self.term = try Z3950Term(term)
    }
}

/// AttributeElement ::= SEQUENCE { attributeSet [1] OPTIONAL, attributeType [120], attributeValue numeric [121] }.
public struct Z3950Attribute: Sendable, Hashable {
    public var type: Int
    /// The numeric value; nil for a complex value, which the server refuses.
    public var value: Int?

    public init(type: Int, value: Int?) {
        self.type = type
        self.value = value
    }

    var element: BERValue {
        .sequence([.integer(120, type), value.map { .integer(121, $0) } ?? .constructed(224, [])])
    }

    init(_ element: BERValue) throws(Z3950Error) {
        type = try element.require(120, "attributeType").integer()
        value = try element.child(121)?.integer()
        if value == nil, element.child(224) == nil {
            throw Z3950Error.malformed("attribute \(type) without a value", offset: 0)
        }
    }
}

/// Term ::= CHOICE { general [45] OCTET STRING, numeric [215] INTEGER, characterString [216] … }.
public enum Z3950Term: Sendable, Hashable {
    case general(String)
    case numeric(Int)
    case characterString(String)
    /// Another kind of term (oid, dateTime, external, integerAndUnit, null), by tag.
    case other(Int)

    /// The term as text, when it has one.
    public var text: String? {
        switch self {
        case .general(let text), .characterString(let text): text
        case .numeric(let number): String(number)
        case .other: nil
        }
    }

    var value: BERValue {
        switch self {
        case .general(let text): .string(45, text)
        case .numeric(let number): .integer(215, number)
        case .characterString(let text): .string(216, text)
        case .other(let tag): .null(tag)
        }
    }

    init(_ value: BERValue) throws(Z3950Error) {
        switch value.tag {
        case 45: self = .general(value.string)
        case 215: self = .numeric(try value.integer())
        case 216: self = .characterString(value.string)
        default: self = .other(value.tag)
        }
    }
}
