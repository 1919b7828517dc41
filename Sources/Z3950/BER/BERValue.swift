import SwiftASN1

/// One BER element (ITU-T X.690 8.1): a tag, and either content octets or nested elements.
public struct BERValue: Sendable, Hashable {
    /// The tag class (X.690 8.1.2.2).
    public enum TagClass: Sendable, Hashable {
        case universal, application, context, `private`
    }

    /// Content octets of a primitive element, or the elements of a constructed one.
    public enum Content: Sendable, Hashable {
        case primitive([UInt8])
        case constructed([BERValue])
    }

    public var tagClass: TagClass
    public var tag: Int
    public var content: Content

    public init(_ tagClass: TagClass, _ tag: Int, _ content: Content) {
        self.tagClass = tagClass
        self.tag = tag
        self.content = content
    }

    /// The nested elements (empty for a primitive element).
    public var children: [BERValue] {
        if case .constructed(let values) = content { return values }
        return []
    }

    /// The content octets (empty for a constructed element).
    public var bytes: [UInt8] {
        if case .primitive(let bytes) = content { return bytes }
        return []
    }

    /// The first nested element with this context tag.
    public func child(_ tag: Int, _ tagClass: TagClass = .context) -> BERValue? {
        children.first { $0.tag == tag && $0.tagClass == tagClass }
    }

    /// The nested element with this context tag, or a malformed-APDU error naming `what`.
    public func require(_ tag: Int, _ what: String) throws(Z3950Error) -> BERValue {
        guard let value = child(tag) else { throw Z3950Error.malformed("\(what) [\(tag)] is missing", offset: 0) }
        return value
    }

    /// The first nested element of a universal type (SEQUENCE 16, OBJECT IDENTIFIER 6, EXTERNAL 8).
    public func universal(_ tag: Int) -> BERValue? { child(tag, .universal) }

    // MARK: Primitive values

    /// A two's-complement INTEGER (X.690 8.3); values beyond 64 bits are refused.
    public func integer() throws(Z3950Error) -> Int {
        let octets = bytes
        guard !octets.isEmpty, octets.count <= 8 else {
            throw Z3950Error.malformed("INTEGER of \(octets.count) octets in tag \(tag)", offset: 0)
        }
        var value = Int(Int8(bitPattern: octets[0]))
        for octet in octets.dropFirst() { value = (value << 8) | Int(octet) }
        return value
    }

    /// A BOOLEAN (X.690 8.2): any non-zero octet is true.
    public var boolean: Bool { bytes.contains { $0 != 0 } }

    /// A character string, read as UTF-8 (Z39.50 InternationalString is GeneralString; clients send UTF-8).
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// An OBJECT IDENTIFIER (X.690 8.19) as its arcs.
    public func objectIdentifier() throws(Z3950Error) -> [Int] {
        var arcs: [Int] = []
        var current = 0
        for octet in bytes {
            guard current < Int.max >> 8 else { throw Z3950Error.malformed("OID arc too large", offset: 0) }
            current = (current << 7) | Int(octet & 0x7F)
            if octet & 0x80 == 0 {
                if arcs.isEmpty {
                    arcs.append(min(current / 40, 2))
                    arcs.append(current - arcs[0] * 40)
                } else {
                    arcs.append(current)
                }
                current = 0
            }
        }
        guard !arcs.isEmpty else { throw Z3950Error.malformed("empty OBJECT IDENTIFIER", offset: 0) }
        return arcs
    }

    /// A BIT STRING (X.690 8.6) as the numbers of its set bits, bit 0 first.
    public var setBits: Set<Int> {
        let octets = bytes
        guard octets.count > 1 else { return [] }
        var bits: Set<Int> = []
        for (index, octet) in octets.dropFirst().enumerated() {
            for bit in 0..<8 where octet & (0x80 >> bit) != 0 { bits.insert(index * 8 + bit) }
        }
        return bits
    }

    // MARK: Building

    /// A constructed element.
    public static func constructed(_ tag: Int, _ children: [BERValue?], _ tagClass: TagClass = .context) -> BERValue {
        BERValue(tagClass, tag, .constructed(children.compactMap { $0 }))
    }

    /// A universal SEQUENCE.
    public static func sequence(_ children: [BERValue?]) -> BERValue { constructed(16, children, .universal) }

    /// An INTEGER with a context tag (or universal 2).
    public static func integer(_ tag: Int, _ value: Int, _ tagClass: TagClass = .context) -> BERValue {
        var octets: [UInt8] = []
        var rest = value
        repeat {
            octets.insert(UInt8(truncatingIfNeeded: rest), at: 0)
            rest >>= 8
        } while !(rest == 0 && octets[0] & 0x80 == 0) && !(rest == -1 && octets[0] & 0x80 != 0)
        return BERValue(tagClass, tag, .primitive(octets))
    }

    /// A BOOLEAN with a context tag.
    public static func boolean(_ tag: Int, _ value: Bool) -> BERValue {
        BERValue(.context, tag, .primitive([value ? 0x01 : 0x00]))
    }

    /// A character or octet string with a context tag (or universal GeneralString 27).
    public static func string(_ tag: Int, _ value: String, _ tagClass: TagClass = .context) -> BERValue {
        BERValue(tagClass, tag, .primitive(Array(value.utf8)))
    }

    /// A NULL with a context tag.
    public static func null(_ tag: Int) -> BERValue { BERValue(.context, tag, .primitive([])) }

    /// An OBJECT IDENTIFIER with a context tag (or universal 6).
    public static func objectIdentifier(_ tag: Int, _ arcs: [Int], _ tagClass: TagClass = .context) -> BERValue {
        var octets: [UInt8] = []
        let first = arcs.count >= 2 ? [arcs[0] * 40 + arcs[1]] + arcs.dropFirst(2) : arcs
        for arc in first {
            var chunk: [UInt8] = [UInt8(arc & 0x7F)]
            var rest = arc >> 7
            while rest > 0 {
                chunk.insert(UInt8(rest & 0x7F) | 0x80, at: 0)
                rest >>= 7
            }
            octets += chunk
        }
        return BERValue(tagClass, tag, .primitive(octets))
    }

    /// A BIT STRING with a context tag and these bits set.
    public static func bits(_ tag: Int, _ set: Set<Int>, count: Int) -> BERValue {
        var octets = [UInt8](repeating: 0, count: (count + 7) / 8)
        for bit in set where bit < count { octets[bit / 8] |= 0x80 >> (bit % 8) }
        let unused = octets.count * 8 - count
        return BERValue(.context, tag, .primitive([UInt8(unused)] + octets))
    }
}
