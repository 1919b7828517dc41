import SwiftASN1

/// Reads and writes BER elements (ITU-T X.690): parsing through swift-asn1's BER rules, which accept
/// indefinite lengths, with Z39.50's own bounds on nesting.
public enum BERCodec {
    /// The deepest nesting accepted; real APDUs stay far below it (a deep RPN tree is the worst case).
    public static let maximumDepth = 32

    /// Parses exactly one element from `bytes`; anything else is `Z3950Error.malformed`.
    public static func parse(_ bytes: [UInt8]) throws(Z3950Error) -> BERValue {
        let node: ASN1Node
        do {
            node = try BER.parse(bytes)
        } catch {
            throw Z3950Error.malformed("not a BER element: \(error)", offset: 0)
        }
        return try value(node, depth: 1)
    }

    private static func value(_ node: ASN1Node, depth: Int) throws(Z3950Error) -> BERValue {
        guard depth <= maximumDepth else {
            throw Z3950Error.malformed("elements nested deeper than \(maximumDepth)", offset: 0)
        }
        let tagClass: BERValue.TagClass =
            switch node.identifier.tagClass {
            case .universal: .universal
            case .application: .application
            case .contextSpecific: .context
            case .private: .private
            }
        guard node.identifier.tagNumber <= UInt(Int32.max) else {
            throw Z3950Error.malformed("tag number \(node.identifier.tagNumber) too large", offset: 0)
        }
        let tag = Int(node.identifier.tagNumber)
        switch node.content {
        case .primitive(let bytes):
            return BERValue(tagClass, tag, .primitive(Array(bytes)))
        case .constructed(let nodes):
            var children: [BERValue] = []
            for child in nodes { children.append(try value(child, depth: depth + 1)) }
            return BERValue(tagClass, tag, .constructed(children))
        }
    }

    /// The definite-length encoding of `value`.
    public static func encode(_ value: BERValue) -> [UInt8] {
        var out: [UInt8] = []
        append(value, to: &out)
        return out
    }

    private static func append(_ value: BERValue, to out: inout [UInt8]) {
        let content: [UInt8]
        let constructed: Bool
        switch value.content {
        case .primitive(let bytes):
            content = bytes
            constructed = false
        case .constructed(let children):
            var inner: [UInt8] = []
            for child in children { append(child, to: &inner) }
            content = inner
            constructed = true
        }
        appendIdentifier(value, constructed: constructed, to: &out)
        appendLength(content.count, to: &out)
        out += content
    }

    private static func appendIdentifier(_ value: BERValue, constructed: Bool, to out: inout [UInt8]) {
        let classBits: UInt8 =
            switch value.tagClass {
            case .universal: 0x00
            case .application: 0x40
            case .context: 0x80
            case .private: 0xC0
            }
        let first = classBits | (constructed ? 0x20 : 0)
        if value.tag < 31 {
            out.append(first | UInt8(value.tag))
            return
        }
        out.append(first | 0x1F)
        var chunk: [UInt8] = [UInt8(value.tag & 0x7F)]
        var rest = value.tag >> 7
        while rest > 0 {
            chunk.insert(UInt8(rest & 0x7F) | 0x80, at: 0)
            rest >>= 7
        }
        out += chunk
    }

    private static func appendLength(_ length: Int, to out: inout [UInt8]) {
        if length < 0x80 {
            out.append(UInt8(length))
            return
        }
        var octets: [UInt8] = []
        var rest = length
        while rest > 0 {
            octets.insert(UInt8(rest & 0xFF), at: 0)
            rest >>= 8
        }
        out.append(0x80 | UInt8(octets.count))
        out += octets
    }
}
