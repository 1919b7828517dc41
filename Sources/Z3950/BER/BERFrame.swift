/// Finds where one BER element ends in a byte stream (X.690 8.1.3), without parsing its content: how the
/// server cuts APDUs out of a TCP connection.
public enum BERFrame {
    /// The outcome of looking at the start of a buffer.
    public enum Extent: Sendable, Equatable {
        /// One element of this many bytes is complete.
        case complete(Int)
        /// More bytes are needed; at least this many are announced so far.
        case incomplete(atLeast: Int)
    }

    /// The extent of the element starting at `bytes.startIndex`; indefinite lengths are followed through
    /// their nested elements. Throws `Z3950Error.malformed` for a length no message could have.
    public static func extent(of bytes: some RandomAccessCollection<UInt8>, depth: Int = 1) throws(Z3950Error)
        -> Extent
    {
        guard depth <= BERCodec.maximumDepth else {
            throw Z3950Error.malformed("elements nested deeper than \(BERCodec.maximumDepth)", offset: 0)
        }
        let octets = Array(bytes.prefix(16))
        guard let first = octets.first else { return .incomplete(atLeast: 2) }
        var index = 1
        if first & 0x1F == 0x1F {
            while true {
                guard index < octets.count else { return .incomplete(atLeast: index + 2) }
                guard index < 6 else { throw Z3950Error.malformed("tag number too long", offset: 0) }
                let octet = octets[index]
                index += 1
                if octet & 0x80 == 0 { break }
            }
        }
        guard index < octets.count else { return .incomplete(atLeast: index + 1) }
        let lengthOctet = octets[index]
        index += 1
        if lengthOctet < 0x80 { return finish(header: index, length: Int(lengthOctet), available: bytes.count) }
        if lengthOctet == 0x80 {
            guard first & 0x20 != 0 else {
                throw Z3950Error.malformed("indefinite length on a primitive element", offset: 0)
            }
            return try indefinite(bytes, header: index, depth: depth)
        }
        let count = Int(lengthOctet & 0x7F)
        guard count <= 4 else { throw Z3950Error.malformed("length of \(count) octets", offset: index - 1) }
        guard index + count <= octets.count else { return .incomplete(atLeast: index + count) }
        var length = 0
        for octet in octets[index..<index + count] { length = (length << 8) | Int(octet) }
        return finish(header: index + count, length: length, available: bytes.count)
    }

    private static func finish(header: Int, length: Int, available: Int) -> Extent {
        header + length <= available ? .complete(header + length) : .incomplete(atLeast: header + length)
    }

    private static func indefinite(_ bytes: some RandomAccessCollection<UInt8>, header: Int, depth: Int)
        throws(Z3950Error) -> Extent
    {
        var offset = header
        while true {
            let rest = bytes.dropFirst(offset)
            if rest.count >= 2, rest.first == 0, rest.dropFirst().first == 0 { return .complete(offset + 2) }
            switch try extent(of: rest, depth: depth + 1) {
            case .complete(let size): offset += size
            case .incomplete(let needed): return .incomplete(atLeast: offset + needed)
            }
        }
    }
}
