/// Records ::= CHOICE { responseRecords [28] SEQUENCE OF NamePlusRecord, nonSurrogateDiagnostic [130],
/// multipleNonSurDiagnostics [205] } (Z39.50-2003 3.2.2.1.6).
public enum Z3950Records: Sendable, Hashable {
    case records([NamePlusRecord])
    /// The operation failed as a whole.
    case diagnostic(Z3950Diagnostic)

    var value: BERValue {
        switch self {
        case .records(let records): .constructed(28, records.map(\.value))
        case .diagnostic(let diagnostic): diagnostic.value(130)
        }
    }

    init?(in parent: BERValue) throws(Z3950Error) {
        if let list = parent.child(28) {
            var records: [NamePlusRecord] = []
            for record in list.children { records.append(try NamePlusRecord(record)) }
            self = .records(records)
        } else if let diagnostic = parent.child(130) {
            self = .diagnostic(try Z3950Diagnostic(diagnostic))
        } else if let first = parent.child(205)?.children.first {
            self = .diagnostic(try Z3950Diagnostic.record(first))
        } else {
            return nil
        }
    }
}

/// NamePlusRecord ::= SEQUENCE { name [0] DatabaseName OPTIONAL, record [1] CHOICE { retrievalRecord [1]
/// EXTERNAL, surrogateDiagnostic [2] DiagRec } }.
public struct NamePlusRecord: Sendable, Hashable {
    /// A record or the reason it cannot be sent.
    public enum Content: Sendable, Hashable {
        case record(ExternalRecord)
        case diagnostic(Z3950Diagnostic)
    }

    public var database: String?
    public var content: Content

    public init(database: String?, content: Content) {
        self.database = database
        self.content = content
    }

    var value: BERValue {
        let choice: BERValue =
            switch content {
            case .record(let record): .constructed(1, [record.value])
            case .diagnostic(let diagnostic): .constructed(2, [diagnostic.value()])
            }
        return .sequence([database.map { .string(0, $0) }, .constructed(1, [choice])])
    }

    init(_ value: BERValue) throws(Z3950Error) {
        database = value.child(0)?.string
        guard let choice = value.child(1)?.children.first, let inner = choice.children.first else {
            throw Z3950Error.malformed("NamePlusRecord without a record", offset: 0)
        }
        switch choice.tag {
        case 1: content = .record(try ExternalRecord(inner))
        case 2: content = .diagnostic(try Z3950Diagnostic.record(inner))
        default: throw Z3950Error.malformed("record of type [\(choice.tag)]", offset: 0)
        }
    }
}

/// EXTERNAL (X.208 / ISO 8824 clause 34): a record tagged with the OID of its syntax.
public struct ExternalRecord: Sendable, Hashable {
    /// The encoding choice of an EXTERNAL.
    public enum Encoding: Sendable, Hashable {
        /// single-ASN1-type [0]: an ASN.1 value (OPAC records).
        case asn1(BERValue)
        /// octet-aligned [1]: bytes (ISO 2709, XML, SUTRS).
        case octets([UInt8])
    }

    public var syntax: [Int]
    public var encoding: Encoding

    public init(syntax: [Int], encoding: Encoding) {
        self.syntax = syntax
        self.encoding = encoding
    }

    /// The EXTERNAL with the universal tag 8, or `tag` when the context tags it implicitly.
    func value(tag: Int? = nil) -> BERValue {
        let data: BERValue =
            switch encoding {
            case .asn1(let value): .constructed(0, [value])
            case .octets(let bytes): BERValue(.context, 1, .primitive(bytes))
            }
        let fields: [BERValue?] = [.objectIdentifier(6, syntax, .universal), data]
        return tag.map { .constructed($0, fields) } ?? .constructed(8, fields, .universal)
    }

    var value: BERValue { value() }

    init(_ value: BERValue) throws(Z3950Error) {
        syntax = try value.universal(6)?.objectIdentifier() ?? []
        if let single = value.child(0)?.children.first {
            encoding = .asn1(single)
        } else if let octets = value.child(1) {
            encoding = .octets(octets.bytes)
        } else {
            throw Z3950Error.malformed("EXTERNAL without data", offset: 0)
        }
    }
}
